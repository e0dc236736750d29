#pragma once

#include <QImage>
#include <QPointF>
#include <QSize>

#include <array>

namespace qujat {

// The four corners of a page, clockwise from the top left, in pixels of the
// upright image (continuous coordinates: the image spans 0..width, 0..height).
using Quad = std::array<QPointF, 4>;

// The result of PageDetector::detect for one photo.
struct PageDetection
{
    Quad corners;           // the whole frame when no page was found
    bool found = false;
    double confidence = 0;  // 0..1: the share of the outline that lies on an edge
};

// Finds the sheet of paper in a photo, working on a blurred copy of at most
// WorkLongSide pixels. Candidate quadrilaterals come from two sources. One
// is pairs of nearly parallel straight edges found by a Hough transform.
// The other is the largest quadrilateral inside the convex hull of regions
// split off by brightness, colour distance from the centre, low saturation
// and closed edges. Each candidate is scored by how much of its outline lies on a
// colour step (not on a printed rule), and the best ones get their corners
// refined by fitting lines to the border near each corner. Without a convex
// quadrilateral of at least MinAreaShare of the frame whose refined outline
// lies on edges, the result is the whole frame with `found` false.
class PageDetector
{
public:
    static constexpr int WorkLongSide = 800;
    static constexpr double MinAreaShare = 0.2;

    static PageDetection detect(const QImage &upright);

    // The corners of an image of `size`: the result when no page is found.
    static Quad frameQuad(const QSize &size);

    // Orders four points clockwise from the top left (the point with the
    // smallest x + y starts).
    static Quad orderedClockwise(const Quad &points);

    static bool isConvex(const Quad &quad);
    static double area(const Quad &quad);
};

} // namespace qujat
