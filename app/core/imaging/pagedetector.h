#pragma once

#include <QImage>
#include <QPointF>
#include <QSize>

#include <array>

namespace qujat {

// The four corners of a page, clockwise from the top left, in pixels of the
// upright image (continuous coordinates: the image spans 0..width, 0..height).
using Quad = std::array<QPointF, 4>;

// What PageDetector found in a photo.
struct PageDetection
{
    Quad corners;           // the whole frame when no page was found
    bool found = false;
    double confidence = 0;  // 0..1: the share of the outline that lies on an edge
};

// Finds the sheet of paper in a photo. Works on a copy of at most
// WorkLongSide pixels: blurred colour planes are split into page and
// background in several ways (brightness, distance from the colour at the
// centre, low saturation, closed edges), each split's region around the
// centre gives a convex hull and its largest inscribed quadrilateral, and the
// candidate whose sides lie best on colour edges wins. Its corners are then
// refined by fitting lines to the edge near each corner. Without a convex
// quadrilateral of at least MinAreaShare of the frame with edges on its
// sides, the detection is the whole frame with `found` false.
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
