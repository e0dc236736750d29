#pragma once

#include "imaging/pagedetector.h"

#include <QImage>
#include <QPoint>
#include <QPointF>

#include <cstdint>
#include <utility>
#include <vector>

// Internal parts of PageDetector: the reduced work image and the candidate
// quadrilaterals found from regions of it.
namespace qujat::detection {

// One 8-bit channel at the detection scale.
struct Plane
{
    int width = 0;
    int height = 0;
    std::vector<uint8_t> data;

    Plane() = default;
    Plane(int w, int h) : width(w), height(h), data(size_t(w) * size_t(h)) {}
    uint8_t at(int x, int y) const { return data[size_t(y) * size_t(width) + size_t(x)]; }
    uint8_t *row(int y) { return data.data() + size_t(y) * size_t(width); }
    const uint8_t *row(int y) const { return data.data() + size_t(y) * size_t(width); }
};

using Mask = Plane; // 1 for set pixels, 0 for the rest

// The photo reduced by an integer factor, as blurred colour planes.
struct WorkImage
{
    int factor = 1; // photo pixels per work pixel along each axis
    Plane red, green, blue;

    int width() const { return red.width; }
    int height() const { return red.height; }
};

// Edge contrast, as the sum of the three channels' differences (0..765),
// that counts as a page border.
constexpr int MinEdgeContrast = 24;

// Averages factor x factor blocks of the photo and blurs the result.
WorkImage reducedWorkImage(const QImage &photo, int factor);

// The cross product of (a - o) and (b - o); positive for a clockwise turn
// on screen (y down).
double cross(const QPointF &o, const QPointF &a, const QPointF &b);

// A candidate outline and the split of the image that gave it.
struct RegionQuad
{
    Quad quad;
    const char *source;
};

// The largest quadrilateral inside the convex hull of the central region of
// each split (brightness, colour distance from the centre, low saturation,
// closed edges), for the regions of at least `minAreaShare` of the frame.
std::vector<RegionQuad> regionQuads(const WorkImage &work, double minAreaShare);

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
