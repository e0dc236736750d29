#include "imaging/perspective.h"

#include "util/parallel.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace qujat {
namespace {

// Solves the 8x8 system a * x = b by Gaussian elimination with partial
// pivoting; fails on a singular matrix.
bool solve8(std::array<std::array<double, 9>, 8> rows, std::array<double, 8> *x)
{
    for (int column = 0; column < 8; ++column) {
        int pivot = column;
        for (int r = column + 1; r < 8; ++r) {
            if (std::abs(rows[size_t(r)][size_t(column)]) > std::abs(rows[size_t(pivot)][size_t(column)]))
                pivot = r;
        }
        if (std::abs(rows[size_t(pivot)][size_t(column)]) < 1e-12)
            return false;
        std::swap(rows[size_t(pivot)], rows[size_t(column)]);
        for (int r = 0; r < 8; ++r) {
            if (r == column)
                continue;
            const double factor = rows[size_t(r)][size_t(column)] / rows[size_t(column)][size_t(column)];
            for (int c = column; c < 9; ++c)
                rows[size_t(r)][size_t(c)] -= factor * rows[size_t(column)][size_t(c)];
        }
    }
    for (int r = 0; r < 8; ++r)
        (*x)[size_t(r)] = rows[size_t(r)][8] / rows[size_t(r)][size_t(r)];
    return true;
}

// The focal length of a phone's main camera as a share of the image's long
// side: about 26 mm in 35 mm terms on a 4:3 sensor.
constexpr double PhoneFocalLength = 0.75;

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

struct Vector3
{
    double x, y, z;
};

Vector3 crossProduct(const Vector3 &a, const Vector3 &b)
{
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}

double dotProduct(const Vector3 &a, const Vector3 &b)
{
    return a.x * b.x + a.y * b.y + a.z * b.z;
}

// The width : height ratio of the rectangle whose image is `corners`,
// after Zhang and He, "Whiteboard scanning and image enhancement" (2007).
// The vanishing geometry of the quadrilateral gives the focal length and
// with it the true ratio. When one pair of sides is parallel in the image
// (a page tilted straight towards the camera) the focal length cannot be
// found, and PhoneFocalLength is assumed. Fails for a parallelogram.
std::optional<double> cameraAspectRatio(const Quad &corners, const QSize &imageSize)
{
    const double u0 = imageSize.width() / 2.0;
    const double v0 = imageSize.height() / 2.0;
    const auto homogeneous = [u0, v0](const QPointF &p) { return Vector3{p.x() - u0, p.y() - v0, 1}; };
    const Vector3 m1 = homogeneous(corners[0]); // top left
    const Vector3 m2 = homogeneous(corners[1]); // top right
    const Vector3 m3 = homogeneous(corners[3]); // bottom left
    const Vector3 m4 = homogeneous(corners[2]); // bottom right

    const double k2Denominator = dotProduct(crossProduct(m2, m4), m3);
    const double k3Denominator = dotProduct(crossProduct(m3, m4), m2);
    if (std::abs(k2Denominator) < 1e-9 || std::abs(k3Denominator) < 1e-9)
        return std::nullopt;
    const double k2 = dotProduct(crossProduct(m1, m4), m3) / k2Denominator;
    const double k3 = dotProduct(crossProduct(m1, m4), m2) / k3Denominator;
    const Vector3 n2{k2 * m2.x - m1.x, k2 * m2.y - m1.y, k2 * m2.z - m1.z};
    const Vector3 n3{k3 * m3.x - m1.x, k3 * m3.y - m1.y, k3 * m3.z - m1.z};

    // Without perspective both n2.z and n3.z vanish: the side ratio is exact.
    const bool parallel2 = std::abs(n2.z) < 1e-4;
    const bool parallel3 = std::abs(n3.z) < 1e-4;
    if (parallel2 && parallel3)
        return std::nullopt;
    const double longSide = std::max(imageSize.width(), imageSize.height());
    double focalSquared = std::pow(PhoneFocalLength * longSide, 2);
    if (!parallel2 && !parallel3) {
        const double estimate = -(n2.x * n3.x + n2.y * n3.y) / (n2.z * n3.z);
        // Phone and compact cameras have focal lengths of about 0.7 to 1.5
        // times the long side of the image; a far wider range is accepted.
        if (estimate > std::pow(0.3 * longSide, 2) && estimate < std::pow(5 * longSide, 2))
            focalSquared = estimate;
    }
    const double width = std::sqrt(n2.x * n2.x + n2.y * n2.y + focalSquared * n2.z * n2.z);
    const double height = std::sqrt(n3.x * n3.x + n3.y * n3.y + focalSquared * n3.z * n3.z);
    if (height <= 0)
        return std::nullopt;
    return width / height;
}

double sideRatio(const Quad &corners)
{
    const double width = (distance(corners[0], corners[1]) + distance(corners[3], corners[2])) / 2;
    const double height = (distance(corners[0], corners[3]) + distance(corners[1], corners[2])) / 2;
    return height > 0 ? width / height : 1;
}

// Mixes two RGB32 pixels, `weight` of 0..256 towards b, two channels per
// multiplication.
inline uint32_t mix(uint32_t a, uint32_t b, uint32_t weight)
{
    const uint32_t inverse = 256 - weight;
    const uint32_t redBlue = (((a & 0x00FF00FFu) * inverse + (b & 0x00FF00FFu) * weight) >> 8) & 0x00FF00FFu;
    const uint32_t alphaGreen = (((a >> 8) & 0x00FF00FFu) * inverse + ((b >> 8) & 0x00FF00FFu) * weight) & 0xFF00FF00u;
    return redBlue | alphaGreen;
}

} // namespace

QImage boxReduced(const QImage &source, const QRect &area, int factor)
{
    const int width = (area.width() + factor - 1) / factor;
    const int height = (area.height() + factor - 1) / factor;
    QImage reduced(width, height, QImage::Format_RGB32);
    uchar *reducedBits = reduced.bits(); // scanLine() would detach in each thread
    const qsizetype reducedStride = reduced.bytesPerLine();
    const int areaWidth = area.width(); // not re-read in the inner loops
    forEachRowBand(height, [&](int firstRow, int endRow) {
        std::vector<uint32_t> sums(size_t(width) * 3);
        for (int ry = firstRow; ry < endRow; ++ry) {
            std::fill(sums.begin(), sums.end(), 0);
            const int y0 = area.top() + ry * factor;
            const int y1 = std::min(area.top() + area.height(), y0 + factor);
            for (int y = y0; y < y1; ++y) {
                const auto *line = reinterpret_cast<const QRgb *>(source.constScanLine(y)) + area.left();
                // Each block's row is summed in registers, then added once.
                for (int rx = 0, x = 0; rx < width; ++rx) {
                    uint32_t red = 0, green = 0, blue = 0;
                    for (const int end = std::min(areaWidth, x + factor); x < end; ++x) {
                        red += qRed(line[x]);
                        green += qGreen(line[x]);
                        blue += qBlue(line[x]);
                    }
                    uint32_t *sum = &sums[size_t(rx) * 3];
                    sum[0] += red;
                    sum[1] += green;
                    sum[2] += blue;
                }
            }
            auto *out = reinterpret_cast<QRgb *>(reducedBits + ry * reducedStride);
            for (int rx = 0; rx < width; ++rx) {
                const int columns = std::min(areaWidth, (rx + 1) * factor) - rx * factor;
                const uint32_t count = uint32_t(columns * (y1 - y0));
                const uint32_t *sum = &sums[size_t(rx) * 3];
                out[rx] = qRgb(int(sum[0] / count), int(sum[1] / count), int(sum[2] / count));
            }
        }
    });
    return reduced;
}

std::optional<Homography> Homography::fromQuads(const Quad &from, const Quad &to)
{
    // Three collinear points in either quadrilateral leave no unique transform.
    for (const Quad *quad : {&from, &to}) {
        const double scale = std::max(1.0, PageDetector::area(*quad));
        for (int i = 0; i < 4; ++i) {
            const QPointF a = (*quad)[size_t(i)];
            const QPointF b = (*quad)[size_t((i + 1) % 4)];
            const QPointF c = (*quad)[size_t((i + 2) % 4)];
            const double twiceArea = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
            if (std::abs(twiceArea) < 1e-9 * scale)
                return std::nullopt;
        }
    }
    // h33 = 1; each point pair gives two rows of the 8x8 system.
    std::array<std::array<double, 9>, 8> rows{};
    for (int i = 0; i < 4; ++i) {
        const double x = from[size_t(i)].x(), y = from[size_t(i)].y();
        const double u = to[size_t(i)].x(), v = to[size_t(i)].y();
        rows[size_t(2 * i)] = {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
        rows[size_t(2 * i + 1)] = {0, 0, 0, x, y, 1, -v * x, -v * y, v};
    }
    std::array<double, 8> h{};
    if (!solve8(rows, &h))
        return std::nullopt;
    Homography homography;
    homography.m_matrix = {h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], 1};
    return homography;
}

QPointF Homography::map(const QPointF &point) const
{
    const auto &m = m_matrix;
    const double w = m[6] * point.x() + m[7] * point.y() + m[8];
    return {(m[0] * point.x() + m[1] * point.y() + m[2]) / w, (m[3] * point.x() + m[4] * point.y() + m[5]) / w};
}

double Perspective::aspectRatio(const Quad &corners, const QSize &imageSize)
{
    const double sides = sideRatio(corners);
    double ratio = sides;
    // The camera model is trusted only near the side ratio: a focal length
    // estimated from a nearly flat view is noise.
    if (const std::optional<double> camera = cameraAspectRatio(corners, imageSize)) {
        if (*camera > sides / 1.25 && *camera < sides * 1.25)
            ratio = *camera;
    }
    for (const double iso : {IsoRatio, 1 / IsoRatio}) {
        if (std::abs(ratio / iso - 1) <= IsoSnapTolerance)
            return iso;
    }
    return ratio;
}

QSize Perspective::outputSize(const Quad &corners, const QSize &imageSize, qint64 maxPixels)
{
    const double ratio = aspectRatio(corners, imageSize);
    const double naturalWidth = std::max(distance(corners[0], corners[1]), distance(corners[3], corners[2]));
    const double naturalHeight = std::max(distance(corners[0], corners[3]), distance(corners[1], corners[2]));
    double pixels = naturalWidth * naturalHeight;
    if (maxPixels > 0)
        pixels = std::min(pixels, double(maxPixels));
    const double height = std::sqrt(pixels / ratio);
    const double width = height * ratio;
    // Rounded down, so that the page never exceeds maxPixels.
    return {std::max(1, int(width)), std::max(1, int(height))};
}

QImage Perspective::warp(const QImage &source, const Quad &corners, const QSize &size)
{
    if (source.isNull() || size.isEmpty())
        return {};
    const QImage rgb = source.format() == QImage::Format_RGB32 ? source : source.convertToFormat(QImage::Format_RGB32);

    // Average blocks of the source when the page shrinks by two or more.
    const double shrink = std::sqrt(PageDetector::area(corners) / (double(size.width()) * size.height()));
    const int factor = std::max(1, int(std::floor(shrink)));
    QImage sampled = rgb;
    QPointF origin(0, 0);
    if (factor >= 2) {
        double left = corners[0].x(), right = left, top = corners[0].y(), bottom = top;
        for (const QPointF &p : corners) {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
        const QRect area = QRectF(QPointF(left, top), QPointF(right, bottom))
                               .toAlignedRect()
                               .adjusted(-factor, -factor, factor, factor)
                               .intersected(rgb.rect());
        if (area.isEmpty())
            return {};
        sampled = boxReduced(rgb, area, factor);
        origin = area.topLeft();
    }

    const Quad target = PageDetector::frameQuad(size);
    const std::optional<Homography> homography = Homography::fromQuads(target, corners);
    if (!homography)
        return {};
    const auto &m = homography->matrix();

    QImage page(size, QImage::Format_RGB32);
    const int lastX = sampled.width() - 1;
    const int lastY = sampled.height() - 1;
    const double scale = 1.0 / factor;
    // Scan lines are fetched once per band: QImage::scanLine() detaches and
    // is not safe to call from several threads on a shared image.
    uchar *pageBits = page.bits();
    const qsizetype pageStride = page.bytesPerLine();
    const uchar *sampledBits = sampled.constBits();
    const qsizetype sampledStride = sampled.bytesPerLine();
    const double originX = origin.x();
    const double originY = origin.y();
    const int width = size.width();
    // Source positions (in the sampled image, pixel centres at integers) are
    // exact at the ends of each span of SpanLength pixels and interpolated
    // in 16.16 fixed point between them. Over so short a span the
    // perspective's curvature moves a position by far less than 1/256 of a
    // pixel, the precision of the bilinear weights.
    constexpr int SpanLength = 16;
    const auto sourceAt = [&](double u, double y) {
        const double reciprocal = 1.0 / (m[6] * u + m[7] * y + m[8]);
        const double sx = ((m[0] * u + m[1] * y + m[2]) * reciprocal - originX) * scale - 0.5;
        const double sy = ((m[3] * u + m[4] * y + m[5]) * reciprocal - originY) * scale - 0.5;
        // Clamped to the image, so that the fixed-point values stay small.
        return std::pair<int64_t, int64_t>(int64_t(std::clamp(sx, -1.0, lastX + 1.0) * 65536),
                                           int64_t(std::clamp(sy, -1.0, lastY + 1.0) * 65536));
    };
    const int64_t maxX = int64_t(lastX) << 16;
    const int64_t maxY = int64_t(lastY) << 16;
    forEachRowBand(size.height(), [&](int firstRow, int endRow) {
        for (int v = firstRow; v < endRow; ++v) {
            auto *out = reinterpret_cast<QRgb *>(pageBits + v * pageStride);
            const double y = v + 0.5;
            auto [spanX, spanY] = sourceAt(0.5, y);
            for (int spanStart = 0; spanStart < width; spanStart += SpanLength) {
                const int length = std::min(SpanLength, width - spanStart);
                const auto [endX, endY] = sourceAt(spanStart + length + 0.5, y);
                const int64_t stepX = (endX - spanX) / length;
                const int64_t stepY = (endY - spanY) / length;
                int64_t sx = spanX;
                int64_t sy = spanY;
                for (int u = spanStart; u < spanStart + length; ++u, sx += stepX, sy += stepY) {
                    const int64_t fx = std::clamp<int64_t>(sx, 0, maxX);
                    const int64_t fy = std::clamp<int64_t>(sy, 0, maxY);
                    const int x0 = int(fx >> 16);
                    const int y0 = int(fy >> 16);
                    const int x1 = std::min(x0 + 1, lastX);
                    const int y1 = std::min(y0 + 1, lastY);
                    const auto wx = uint32_t((fx >> 8) & 0xFF);
                    const auto wy = uint32_t((fy >> 8) & 0xFF);
                    const auto *row0 = reinterpret_cast<const QRgb *>(sampledBits + y0 * sampledStride);
                    const auto *row1 = reinterpret_cast<const QRgb *>(sampledBits + y1 * sampledStride);
                    const uint32_t top = mix(row0[x0], row0[x1], wx);
                    const uint32_t bottom = mix(row1[x0], row1[x1], wx);
                    out[u] = mix(top, bottom, wy) | 0xFF000000u;
                }
                spanX = endX;
                spanY = endY;
            }
        }
    });
    return page;
}

} // namespace qujat
