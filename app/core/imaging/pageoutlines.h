#pragma once

#include "imaging/pageregions.h"

#include <QPointF>

#include <vector>

// Internal parts of PageDetector: the outline of a page region whose borders
// are curved, tried when no straight-sided candidate passes.
namespace qujat::detection {

// A point on the outer outline of a region, with the axis direction that
// leads out of the region there (work pixels).
struct OutlinePoint
{
    QPointF position;
    QPointF normal;
    bool onFrame = false; // the region reaches the image border here
};

// The central region of one split with its holes filled, for a page whose
// borders are curved: its corners are the region's extreme points rather
// than crossings of straight borders.
struct RegionOutline
{
    Quad quad; // the largest quadrilateral with its corners on the region's convex hull
    std::vector<OutlinePoint> outline; // the ends of each row and each column of the region
    double solidity = 0;  // the region's area over its convex hull's
    double quadShare = 0; // the quadrilateral's area over the convex hull's
    int medianChroma = 0; // of the region's pixels, as max(R, G, B) - min(R, G, B)
    const char *source = "";
};

// The outlines of the page region found in two ways: grown from the centre
// over segments of the paper's colour, and left over when the surface is
// grown from the frame. Segments are the areas that `edges` (1 on an edge)
// separate. Regions below `minAreaShare` of the frame are left out.
std::vector<RegionOutline> regionOutlines(const WorkImage &work, const Mask &edges, double minAreaShare);

} // namespace qujat::detection
