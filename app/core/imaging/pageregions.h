#pragma once

#include "imaging/pagedetector.h"

#include <QImage>
#include <QPoint>
#include <QPointF>
#include <QRect>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
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

// Building blocks of the region candidates, shared with the curled-page
// outlines of pageoutlines.cpp. Each is documented where it is defined.
int otsuThreshold(const std::array<uint32_t, 256> &histogram);
std::array<uint32_t, 256> histogramOf(const Plane &plane);
Mask morph(const Mask &mask, int radius, bool erode);
Mask opened(const Mask &mask, int radius);
std::optional<Mask> centralComponent(const Mask &mask, int minArea, int *componentArea = nullptr);
std::vector<QPoint> rowExtremes(const Mask &component);
std::vector<QPointF> convexHull(std::vector<QPoint> points);
std::optional<Quad> largestInscribedQuad(std::vector<QPointF> hull);
Plane colourDistance(const WorkImage &work, const std::array<int, 3> &reference);
std::array<int, 3> centreColour(const WorkImage &work);
// The per-channel median of the pixels inside `area`, or of those outside
// it when `inside` is false.
std::array<int, 3> medianColour(const WorkImage &work, const QRect &area, bool inside);
// The area of a simple polygon (shoelace formula), whatever its orientation.
double polygonArea(std::span<const QPointF> polygon);
Mask filledHoles(const Mask &mask);

} // namespace qujat::detection
