#pragma once

#include "imaging/pagedetector.h"

#include <QImage>
#include <QPointF>
#include <QRect>
#include <QSize>

#include <array>
#include <optional>

namespace qujat {

// Averages blocks of factor x factor pixels of `area` of `source` (RGB32 or
// ARGB32, whose alpha is ignored) into an RGB32 image. The blocks at the
// right and bottom edges may be smaller. Rows of blocks run on the
// available cores.
QImage boxReduced(const QImage &source, const QRect &area, int factor);

// A 3x3 projective transform, row-major, mapping (x, y, 1) to (u, v, w).
class Homography
{
public:
    // The transform that maps each `from` point to the `to` point with the
    // same index, or nothing when three of the points are collinear.
    static std::optional<Homography> fromQuads(const Quad &from, const Quad &to);

    QPointF map(const QPointF &point) const;
    const std::array<double, 9> &matrix() const { return m_matrix; }

private:
    std::array<double, 9> m_matrix{};
};

// Perspective correction of a page: the page's size and the warp itself.
class Perspective
{
public:
    // sqrt(2): ISO 216 pages (A4, A5 ...) have this ratio of long to short side.
    static constexpr double IsoRatio = 1.4142135623730951;

    // How far (as a share) a measured ratio may be from IsoRatio and still
    // be snapped to it.
    static constexpr double IsoSnapTolerance = 0.05;

    // The width : height ratio of the flat page behind `corners`. With
    // perspective in the quadrilateral it comes from a pinhole camera model
    // (principal point at the centre of `imageSize`, focal length from the
    // quadrilateral or a phone's typical one), unless that disagrees with
    // the mean lengths of opposite sides by more than 25 %. Otherwise it is
    // the ratio of those lengths. Snapped to the ISO ratio in the
    // orientation of the quadrilateral when within IsoSnapTolerance.
    static double aspectRatio(const Quad &corners, const QSize &imageSize);

    // The size of the straightened page: the given ratio, the page's own
    // resolution (longest sides of the quadrilateral) and at most
    // `maxPixels` pixels (0: no limit). Never larger than the page's own
    // resolution.
    static QSize outputSize(const Quad &corners, const QSize &imageSize, qint64 maxPixels);

    // Maps `corners` of `source` onto an upright rectangle of `size` with
    // bilinear sampling. When the page shrinks by two or more, the source is
    // first averaged over blocks of that many pixels, so that fine print and
    // QR modules are smoothed instead of aliased.
    static QImage warp(const QImage &source, const Quad &corners, const QSize &size);
};

} // namespace qujat
