#include "imaging/pagedetector.h"

#include "util/logging.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <optional>
#include <vector>

namespace qujat {
namespace {

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

// How far (work pixels) either side of a side the outline is sampled.
constexpr double ContrastOffset = 3.0;

// A side whose samples fall outside the image this often lies on the frame.
constexpr double FrameSideShare = 0.5;

// Averages factor x factor blocks of the photo in one pass over its rows.
WorkImage reduce(const QImage &photo, int factor)
{
    const QImage source = photo.format() == QImage::Format_RGB32 || photo.format() == QImage::Format_ARGB32
                              ? photo
                              : photo.convertToFormat(QImage::Format_RGB32);
    const int width = (source.width() + factor - 1) / factor;
    const int height = (source.height() + factor - 1) / factor;
    WorkImage work;
    work.factor = factor;
    work.red = Plane(width, height);
    work.green = Plane(width, height);
    work.blue = Plane(width, height);

    std::vector<uint32_t> sums(size_t(width) * 3);
    for (int wy = 0; wy < height; ++wy) {
        std::fill(sums.begin(), sums.end(), 0);
        const int y0 = wy * factor;
        const int y1 = std::min(source.height(), y0 + factor);
        for (int y = y0; y < y1; ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(source.constScanLine(y));
            for (int x = 0; x < source.width(); ++x) {
                const QRgb pixel = line[x];
                uint32_t *sum = &sums[size_t(x / factor) * 3];
                sum[0] += qRed(pixel);
                sum[1] += qGreen(pixel);
                sum[2] += qBlue(pixel);
            }
        }
        uint8_t *red = work.red.row(wy);
        uint8_t *green = work.green.row(wy);
        uint8_t *blue = work.blue.row(wy);
        for (int wx = 0; wx < width; ++wx) {
            const int columns = std::min(source.width(), (wx + 1) * factor) - wx * factor;
            const uint32_t count = uint32_t(columns * (y1 - y0));
            const uint32_t *sum = &sums[size_t(wx) * 3];
            red[wx] = uint8_t(sum[0] / count);
            green[wx] = uint8_t(sum[1] / count);
            blue[wx] = uint8_t(sum[2] / count);
        }
    }
    return work;
}

// Box blur with running sums, edges clamped: first rows, then columns.
void boxBlur(Plane *plane, int radius)
{
    const int width = plane->width;
    const int height = plane->height;
    const int window = 2 * radius + 1;
    std::vector<uint8_t> line(size_t(std::max(width, height)));
    const auto blurLine = [&](auto get, auto set, int length) {
        for (int i = 0; i < length; ++i)
            line[size_t(i)] = get(i);
        int sum = 0;
        for (int i = -radius; i <= radius; ++i)
            sum += line[size_t(std::clamp(i, 0, length - 1))];
        for (int i = 0; i < length; ++i) {
            set(i, uint8_t((sum + window / 2) / window));
            sum += line[size_t(std::min(i + radius + 1, length - 1))];
            sum -= line[size_t(std::max(i - radius, 0))];
        }
    };
    for (int y = 0; y < height; ++y) {
        uint8_t *row = plane->row(y);
        blurLine([row](int i) { return row[i]; }, [row](int i, uint8_t v) { row[i] = v; }, width);
    }
    for (int x = 0; x < width; ++x) {
        uint8_t *column = plane->data.data() + x;
        blurLine([column, width](int i) { return column[size_t(i) * size_t(width)]; },
                 [column, width](int i, uint8_t v) { column[size_t(i) * size_t(width)] = v; }, height);
    }
}

// Otsu's threshold of a 256-bin histogram: values above it form the upper class.
int otsuThreshold(const std::array<uint32_t, 256> &histogram)
{
    double total = 0;
    double weightedTotal = 0;
    for (int i = 0; i < 256; ++i) {
        total += histogram[size_t(i)];
        weightedTotal += double(i) * histogram[size_t(i)];
    }
    double lowerCount = 0;
    double lowerSum = 0;
    double bestVariance = -1;
    int best = 127;
    for (int t = 0; t < 255; ++t) {
        lowerCount += histogram[size_t(t)];
        lowerSum += double(t) * histogram[size_t(t)];
        const double upperCount = total - lowerCount;
        if (lowerCount == 0 || upperCount == 0)
            continue;
        const double meanLower = lowerSum / lowerCount;
        const double meanUpper = (weightedTotal - lowerSum) / upperCount;
        const double variance = lowerCount * upperCount * (meanLower - meanUpper) * (meanLower - meanUpper);
        if (variance > bestVariance) {
            bestVariance = variance;
            best = t;
        }
    }
    return best;
}

std::array<uint32_t, 256> histogramOf(const Plane &plane)
{
    std::array<uint32_t, 256> histogram{};
    for (uint8_t value : plane.data)
        ++histogram[value];
    return histogram;
}

Mask thresholdBelow(const Plane &plane, int threshold)
{
    Mask mask(plane.width, plane.height);
    for (size_t i = 0; i < plane.data.size(); ++i)
        mask.data[i] = plane.data[i] <= threshold ? 1 : 0;
    return mask;
}

// Erodes (keep = all) or dilates (keep = any) a mask with a square of
// side 2 * radius + 1, separably.
Mask morph(const Mask &mask, int radius, bool erode)
{
    const int width = mask.width;
    const int height = mask.height;
    Mask horizontal(width, height);
    for (int y = 0; y < height; ++y) {
        const uint8_t *in = mask.row(y);
        uint8_t *out = horizontal.row(y);
        for (int x = 0; x < width; ++x) {
            const int x0 = std::max(0, x - radius);
            const int x1 = std::min(width - 1, x + radius);
            uint8_t value = erode ? 1 : 0;
            for (int i = x0; i <= x1; ++i)
                value = erode ? uint8_t(value & in[i]) : uint8_t(value | in[i]);
            out[x] = value;
        }
    }
    Mask result(width, height);
    for (int y = 0; y < height; ++y) {
        const int y0 = std::max(0, y - radius);
        const int y1 = std::min(height - 1, y + radius);
        uint8_t *out = result.row(y);
        for (int x = 0; x < width; ++x) {
            uint8_t value = erode ? 1 : 0;
            for (int i = y0; i <= y1; ++i)
                value = erode ? uint8_t(value & horizontal.at(x, i)) : uint8_t(value | horizontal.at(x, i));
            out[x] = value;
        }
    }
    return result;
}

Mask opened(const Mask &mask, int radius)
{
    return morph(morph(mask, radius, true), radius, false);
}

// The set pixels 4-connected to the seed region: of the components that
// reach the central window, the largest; otherwise the largest overall.
// Returns per row the leftmost and rightmost pixel, or nothing when the
// component is smaller than `minArea`.
std::optional<std::vector<QPoint>> centralComponentOutline(const Mask &mask, int minArea)
{
    const int width = mask.width;
    const int height = mask.height;
    std::vector<int32_t> labels(mask.data.size(), -1);
    std::vector<int> areas;
    std::vector<bool> central;
    std::vector<int> queue;
    queue.reserve(mask.data.size() / 4);
    const QRect centre(width * 2 / 5, height * 2 / 5, std::max(1, width / 5), std::max(1, height / 5));

    for (int start = 0; start < int(mask.data.size()); ++start) {
        if (!mask.data[size_t(start)] || labels[size_t(start)] >= 0)
            continue;
        const int label = int(areas.size());
        int area = 0;
        bool reachesCentre = false;
        queue.clear();
        queue.push_back(start);
        labels[size_t(start)] = label;
        for (size_t head = 0; head < queue.size(); ++head) {
            const int index = queue[head];
            const int x = index % width;
            const int y = index / width;
            ++area;
            reachesCentre = reachesCentre || centre.contains(x, y);
            const int neighbours[4] = {x > 0 ? index - 1 : -1, x + 1 < width ? index + 1 : -1,
                                       y > 0 ? index - width : -1, y + 1 < height ? index + width : -1};
            for (int next : neighbours) {
                if (next >= 0 && mask.data[size_t(next)] && labels[size_t(next)] < 0) {
                    labels[size_t(next)] = label;
                    queue.push_back(next);
                }
            }
        }
        areas.push_back(area);
        central.push_back(reachesCentre);
    }

    int best = -1;
    for (int pass = 0; pass < 2 && best < 0; ++pass) {
        for (int label = 0; label < int(areas.size()); ++label) {
            if ((pass == 0 && !central[size_t(label)]) || areas[size_t(label)] < minArea)
                continue;
            if (best < 0 || areas[size_t(label)] > areas[size_t(best)])
                best = label;
        }
    }
    if (best < 0)
        return std::nullopt;

    std::vector<QPoint> outline;
    for (int y = 0; y < height; ++y) {
        int left = -1;
        int right = -1;
        const int32_t *row = labels.data() + size_t(y) * size_t(width);
        for (int x = 0; x < width; ++x) {
            if (row[x] == best) {
                if (left < 0)
                    left = x;
                right = x;
            }
        }
        if (left >= 0) {
            // Pixel x covers x..x+1, so its outer edges are the outline.
            outline.emplace_back(left, y);
            outline.emplace_back(left, y + 1);
            outline.emplace_back(right + 1, y);
            outline.emplace_back(right + 1, y + 1);
        }
    }
    return outline;
}

double cross(const QPointF &o, const QPointF &a, const QPointF &b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

// Andrew's monotone chain; returns the hull clockwise in image coordinates
// (y down), without collinear points.
std::vector<QPointF> convexHull(std::vector<QPoint> points)
{
    std::sort(points.begin(), points.end(), [](const QPoint &a, const QPoint &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3)
        return {};
    std::vector<QPointF> hull(points.size() * 2);
    size_t k = 0;
    for (const QPoint &p : points) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    for (size_t i = points.size() - 1, lower = k + 1; i-- > 0;) {
        const QPointF p = points[i];
        while (k >= lower && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    hull.resize(k - 1);
    // The chain runs counter-clockwise in y-up terms, which is clockwise on screen.
    return hull;
}

double triangleArea(const QPointF &a, const QPointF &b, const QPointF &c)
{
    return std::abs(cross(a, b, c)) / 2;
}

// Drops the vertex that spans the smallest triangle with its neighbours
// until `maxVertices` remain (Visvalingam's simplification).
void simplify(std::vector<QPointF> *polygon, size_t maxVertices)
{
    while (polygon->size() > maxVertices) {
        const size_t n = polygon->size();
        size_t weakest = 0;
        double smallest = std::numeric_limits<double>::max();
        for (size_t i = 0; i < n; ++i) {
            const double area = triangleArea((*polygon)[(i + n - 1) % n], (*polygon)[i], (*polygon)[(i + 1) % n]);
            if (area < smallest) {
                smallest = area;
                weakest = i;
            }
        }
        polygon->erase(polygon->begin() + std::ptrdiff_t(weakest));
    }
}

// The largest-area quadrilateral whose corners are hull vertices: for each
// diagonal (i, k), the best third and fourth vertex on either side.
std::optional<Quad> largestInscribedQuad(std::vector<QPointF> hull)
{
    simplify(&hull, 48);
    const size_t n = hull.size();
    if (n < 4)
        return std::nullopt;
    double bestArea = 0;
    Quad best;
    for (size_t i = 0; i < n; ++i) {
        for (size_t k = i + 2; k < n; ++k) {
            double left = 0;
            size_t leftIndex = i + 1;
            for (size_t j = i + 1; j < k; ++j) {
                const double area = triangleArea(hull[i], hull[j], hull[k]);
                if (area > left) {
                    left = area;
                    leftIndex = j;
                }
            }
            double right = 0;
            size_t rightIndex = (k + 1) % n;
            for (size_t j = k + 1; j < n + i; ++j) {
                const double area = triangleArea(hull[i], hull[j % n], hull[k]);
                if (area > right) {
                    right = area;
                    rightIndex = j % n;
                }
            }
            if (rightIndex == i)
                continue;
            if (left + right > bestArea) {
                bestArea = left + right;
                best = {hull[i], hull[leftIndex], hull[k], hull[rightIndex]};
            }
        }
    }
    if (bestArea <= 0)
        return std::nullopt;
    return PageDetector::orderedClockwise(best);
}

// Samples the blurred colour planes bilinearly; nothing outside the image.
struct Sampler
{
    const WorkImage &work;

    bool inside(const QPointF &p) const
    {
        return p.x() >= 0.5 && p.y() >= 0.5 && p.x() <= work.width() - 0.5 && p.y() <= work.height() - 0.5;
    }

    // Colour at a continuous position (pixel centres at +0.5), clamped to the image.
    std::array<double, 3> colour(const QPointF &p) const
    {
        const double fx = std::clamp(p.x() - 0.5, 0.0, double(work.width() - 1));
        const double fy = std::clamp(p.y() - 0.5, 0.0, double(work.height() - 1));
        const int x0 = std::min(int(fx), work.width() - 2 < 0 ? 0 : work.width() - 2);
        const int y0 = std::min(int(fy), work.height() - 2 < 0 ? 0 : work.height() - 2);
        const int x1 = std::min(x0 + 1, work.width() - 1);
        const int y1 = std::min(y0 + 1, work.height() - 1);
        const double ax = fx - x0;
        const double ay = fy - y0;
        std::array<double, 3> result{};
        const Plane *planes[3] = {&work.red, &work.green, &work.blue};
        for (int c = 0; c < 3; ++c) {
            const Plane &plane = *planes[c];
            const double top = plane.at(x0, y0) * (1 - ax) + plane.at(x1, y0) * ax;
            const double bottom = plane.at(x0, y1) * (1 - ax) + plane.at(x1, y1) * ax;
            result[size_t(c)] = top * (1 - ay) + bottom * ay;
        }
        return result;
    }

    double contrast(const QPointF &a, const QPointF &b) const
    {
        const auto ca = colour(a);
        const auto cb = colour(b);
        return std::abs(ca[0] - cb[0]) + std::abs(ca[1] - cb[1]) + std::abs(ca[2] - cb[2]);
    }
};

QPointF outwardNormal(const QPointF &from, const QPointF &to)
{
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    return length > 0 ? QPointF(d.y() / length, -d.x() / length) : QPointF();
}

struct SideSupport
{
    double share = 0;      // samples with edge contrast, of those inside the image
    bool onFrame = false;  // most samples fall outside: the side is the frame
};

SideSupport sideSupport(const Sampler &sampler, const QPointF &from, const QPointF &to)
{
    const QPointF normal = outwardNormal(from, to);
    const double length = std::hypot(to.x() - from.x(), to.y() - from.y());
    const int samples = std::max(8, int(length / 2));
    int valid = 0;
    int strong = 0;
    for (int i = 0; i < samples; ++i) {
        const double t = 0.1 + 0.8 * (i + 0.5) / samples;
        const QPointF p = from + (to - from) * t;
        const QPointF outside = p + normal * ContrastOffset;
        const QPointF inside = p - normal * ContrastOffset;
        if (!sampler.inside(outside) || !sampler.inside(inside))
            continue;
        ++valid;
        if (sampler.contrast(inside, outside) >= MinEdgeContrast)
            ++strong;
    }
    SideSupport support;
    support.onFrame = valid < samples * (1 - FrameSideShare);
    support.share = valid > 0 ? double(strong) / valid : 0;
    return support;
}

struct Candidate
{
    Quad quad;
    double score = 0;       // mean support of the sides not on the frame
    double minSupport = 0;
    int framedSides = 0;
    const char *source = "";
};

Candidate scoreQuad(const Sampler &sampler, const Quad &quad, const char *source)
{
    Candidate candidate;
    candidate.quad = quad;
    candidate.source = source;
    double sum = 0;
    int counted = 0;
    candidate.minSupport = 1;
    for (int i = 0; i < 4; ++i) {
        const SideSupport support = sideSupport(sampler, quad[size_t(i)], quad[size_t((i + 1) % 4)]);
        if (support.onFrame) {
            ++candidate.framedSides;
            continue;
        }
        sum += support.share;
        ++counted;
        candidate.minSupport = std::min(candidate.minSupport, support.share);
    }
    candidate.score = counted > 0 ? sum / counted : 0;
    if (counted == 0)
        candidate.minSupport = 0;
    return candidate;
}

// A line through `point` along the unit vector `direction`.
struct Line
{
    QPointF point;
    QPointF direction;
};

// Total least squares through the points, refitted twice without the
// points farther than twice the median distance (at least one pixel).
std::optional<Line> fitLine(std::vector<QPointF> points)
{
    for (int round = 0; round < 3; ++round) {
        if (points.size() < 6)
            return std::nullopt;
        QPointF mean;
        for (const QPointF &p : points)
            mean += p;
        mean /= double(points.size());
        double sxx = 0, syy = 0, sxy = 0;
        for (const QPointF &p : points) {
            const QPointF d = p - mean;
            sxx += d.x() * d.x();
            syy += d.y() * d.y();
            sxy += d.x() * d.y();
        }
        const double angle = 0.5 * std::atan2(2 * sxy, sxx - syy);
        const Line line{mean, QPointF(std::cos(angle), std::sin(angle))};
        if (round == 2)
            return line;
        std::vector<double> distances;
        distances.reserve(points.size());
        const QPointF normal(-line.direction.y(), line.direction.x());
        for (const QPointF &p : points)
            distances.push_back(std::abs(QPointF::dotProduct(p - mean, normal)));
        std::vector<double> sorted = distances;
        std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(sorted.size() / 2), sorted.end());
        const double limit = std::max(1.0, 2 * sorted[sorted.size() / 2]);
        std::vector<QPointF> kept;
        for (size_t i = 0; i < points.size(); ++i) {
            if (distances[i] <= limit)
                kept.push_back(points[i]);
        }
        points = std::move(kept);
    }
    return std::nullopt;
}

std::optional<QPointF> intersect(const Line &a, const Line &b)
{
    const double det = a.direction.x() * b.direction.y() - a.direction.y() * b.direction.x();
    if (std::abs(det) < 1e-6)
        return std::nullopt;
    const QPointF d = b.point - a.point;
    const double t = (d.x() * b.direction.y() - d.y() * b.direction.x()) / det;
    return a.point + a.direction * t;
}

// Edge points near a side between t0 and t1 (0 = from, 1 = to): along each
// normal within `reach`, the position of the strongest colour step, to a
// fraction of a pixel.
std::vector<QPointF> edgePoints(const Sampler &sampler, const QPointF &from, const QPointF &to, double t0,
                                double t1, int reach)
{
    const QPointF normal = outwardNormal(from, to);
    const double length = std::hypot(to.x() - from.x(), to.y() - from.y());
    const int samples = std::max(6, int(length * (t1 - t0)));
    std::vector<QPointF> points;
    std::vector<double> steps(size_t(2 * reach + 1));
    for (int i = 0; i < samples; ++i) {
        const double t = t0 + (t1 - t0) * (i + 0.5) / samples;
        const QPointF base = from + (to - from) * t;
        // steps[k] is the colour change from offset k - reach - 0.5 to k - reach + 0.5.
        auto previous = sampler.colour(base + normal * (-reach - 0.5));
        int best = -1;
        for (int k = 0; k <= 2 * reach; ++k) {
            const QPointF p = base + normal * (k - reach + 0.5);
            const auto current = sampler.colour(p);
            steps[size_t(k)] = std::abs(current[0] - previous[0]) + std::abs(current[1] - previous[1])
                               + std::abs(current[2] - previous[2]);
            previous = current;
            if (!sampler.inside(p)) {
                steps[size_t(k)] = 0;
                continue;
            }
            if (best < 0 || steps[size_t(k)] > steps[size_t(best)])
                best = k;
        }
        if (best < 0 || steps[size_t(best)] * 4 < MinEdgeContrast)
            continue;
        double offset = best - reach;
        if (best > 0 && best < 2 * reach) {
            const double l = steps[size_t(best - 1)];
            const double c = steps[size_t(best)];
            const double r = steps[size_t(best + 1)];
            const double denominator = l - 2 * c + r;
            if (denominator < 0)
                offset += std::clamp(0.5 * (l - r) / denominator, -0.5, 0.5);
        }
        points.push_back(base + normal * offset);
    }
    return points;
}

// Moves each corner to the crossing of lines fitted to the edge along the
// half of each adjacent side nearest to it, so curved sides still give the
// corner. A corner without a good fit stays.
Quad refineCorners(const Sampler &sampler, const Quad &quad, int reach)
{
    std::array<std::optional<Line>, 4> startLines; // side i near corner i
    std::array<std::optional<Line>, 4> endLines;   // side i near corner i + 1
    for (int i = 0; i < 4; ++i) {
        const QPointF from = quad[size_t(i)];
        const QPointF to = quad[size_t((i + 1) % 4)];
        startLines[size_t(i)] = fitLine(edgePoints(sampler, from, to, 0.04, 0.45, reach));
        endLines[size_t(i)] = fitLine(edgePoints(sampler, from, to, 0.55, 0.96, reach));
    }
    Quad refined = quad;
    for (int i = 0; i < 4; ++i) {
        const auto &incoming = endLines[size_t((i + 3) % 4)];
        const auto &outgoing = startLines[size_t(i)];
        if (!incoming || !outgoing)
            continue;
        const std::optional<QPointF> corner = intersect(*incoming, *outgoing);
        if (!corner)
            continue;
        const QPointF shift = *corner - quad[size_t(i)];
        if (std::hypot(shift.x(), shift.y()) <= reach * 1.5)
            refined[size_t(i)] = *corner;
    }
    return PageDetector::isConvex(refined) ? refined : quad;
}

Plane colourDistance(const WorkImage &work, const std::array<int, 3> &reference)
{
    Plane distance(work.width(), work.height());
    for (size_t i = 0; i < distance.data.size(); ++i) {
        const int d = std::abs(work.red.data[i] - reference[0]) + std::abs(work.green.data[i] - reference[1])
                      + std::abs(work.blue.data[i] - reference[2]);
        distance.data[i] = uint8_t(std::min(255, d));
    }
    return distance;
}

// The per-channel median of the central window: the paper's colour when
// the page covers the centre, with text averaged away by the median.
std::array<int, 3> centreColour(const WorkImage &work)
{
    const Plane *planes[3] = {&work.red, &work.green, &work.blue};
    std::array<int, 3> reference{};
    const int x0 = work.width() / 3;
    const int y0 = work.height() / 3;
    for (int c = 0; c < 3; ++c) {
        std::vector<uint8_t> values;
        for (int y = y0; y < work.height() - y0; ++y) {
            for (int x = x0; x < work.width() - x0; ++x)
                values.push_back(planes[c]->at(x, y));
        }
        std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2), values.end());
        reference[size_t(c)] = values[values.size() / 2];
    }
    return reference;
}

Plane lumaOf(const WorkImage &work)
{
    Plane luma(work.width(), work.height());
    for (size_t i = 0; i < luma.data.size(); ++i)
        luma.data[i] = uint8_t((77 * work.red.data[i] + 150 * work.green.data[i] + 29 * work.blue.data[i]) >> 8);
    return luma;
}

Plane chromaOf(const WorkImage &work)
{
    Plane chroma(work.width(), work.height());
    for (size_t i = 0; i < chroma.data.size(); ++i) {
        const uint8_t r = work.red.data[i], g = work.green.data[i], b = work.blue.data[i];
        chroma.data[i] = uint8_t(std::max({r, g, b}) - std::min({r, g, b}));
    }
    return chroma;
}

// Pixels on a colour edge: the Sobel magnitude summed over the channels,
// above Otsu's threshold of its histogram.
Mask edgeMask(const WorkImage &work)
{
    const int width = work.width();
    const int height = work.height();
    Plane magnitude(width, height);
    const Plane *planes[3] = {&work.red, &work.green, &work.blue};
    for (int y = 1; y + 1 < height; ++y) {
        uint8_t *out = magnitude.row(y);
        for (int x = 1; x + 1 < width; ++x) {
            int sum = 0;
            for (const Plane *plane : planes) {
                const uint8_t *above = plane->row(y - 1);
                const uint8_t *here = plane->row(y);
                const uint8_t *below = plane->row(y + 1);
                const int gx = (above[x + 1] + 2 * here[x + 1] + below[x + 1]) - (above[x - 1] + 2 * here[x - 1] + below[x - 1]);
                const int gy = (below[x - 1] + 2 * below[x] + below[x + 1]) - (above[x - 1] + 2 * above[x] + above[x + 1]);
                sum += std::abs(gx) + std::abs(gy);
            }
            out[x] = uint8_t(std::min(255, sum / 8));
        }
    }
    const int threshold = std::max(otsuThreshold(histogramOf(magnitude)), MinEdgeContrast / 4);
    Mask edges(width, height);
    for (size_t i = 0; i < edges.data.size(); ++i)
        edges.data[i] = magnitude.data[i] > threshold ? 1 : 0;
    return edges;
}

// Everything that the image border cannot reach without crossing an edge.
Mask enclosedByEdges(const WorkImage &work)
{
    const Mask edges = morph(edgeMask(work), 1, false);
    const int width = edges.width;
    const int height = edges.height;
    Mask outside(width, height);
    std::vector<int> queue;
    const auto push = [&](int x, int y) {
        const size_t index = size_t(y) * size_t(width) + size_t(x);
        if (!edges.data[index] && !outside.data[index]) {
            outside.data[index] = 1;
            queue.push_back(int(index));
        }
    };
    for (int x = 0; x < width; ++x) {
        push(x, 0);
        push(x, height - 1);
    }
    for (int y = 0; y < height; ++y) {
        push(0, y);
        push(width - 1, y);
    }
    for (size_t head = 0; head < queue.size(); ++head) {
        const int x = queue[head] % width;
        const int y = queue[head] / width;
        if (x > 0)
            push(x - 1, y);
        if (x + 1 < width)
            push(x + 1, y);
        if (y > 0)
            push(x, y - 1);
        if (y + 1 < height)
            push(x, y + 1);
    }
    Mask inside(width, height);
    for (size_t i = 0; i < inside.data.size(); ++i)
        inside.data[i] = outside.data[i] ? 0 : 1;
    return inside;
}

std::vector<std::pair<Mask, const char *>> candidateMasks(const WorkImage &work)
{
    std::vector<std::pair<Mask, const char *>> masks;

    const Plane luma = lumaOf(work);
    const int brightThreshold = otsuThreshold(histogramOf(luma));
    Mask bright(luma.width, luma.height);
    for (size_t i = 0; i < luma.data.size(); ++i)
        bright.data[i] = luma.data[i] > brightThreshold ? 1 : 0;
    masks.emplace_back(std::move(bright), "brightness");

    const Plane distance = colourDistance(work, centreColour(work));
    const int distanceThreshold = otsuThreshold(histogramOf(distance));
    masks.emplace_back(thresholdBelow(distance, distanceThreshold), "centre colour");
    masks.emplace_back(thresholdBelow(distance, std::max(8, distanceThreshold / 2)), "centre colour, strict");

    const Plane chroma = chromaOf(work);
    const int chromaThreshold = otsuThreshold(histogramOf(chroma));
    if (chromaThreshold >= 12)
        masks.emplace_back(thresholdBelow(chroma, chromaThreshold), "low saturation");

    masks.emplace_back(enclosedByEdges(work), "closed edges");
    return masks;
}

} // namespace

Quad PageDetector::frameQuad(const QSize &size)
{
    return {QPointF(0, 0), QPointF(size.width(), 0), QPointF(size.width(), size.height()),
            QPointF(0, size.height())};
}

Quad PageDetector::orderedClockwise(const Quad &points)
{
    QPointF centre;
    for (const QPointF &p : points)
        centre += p;
    centre /= 4;
    Quad sorted = points;
    // atan2 with y down grows clockwise on screen.
    std::sort(sorted.begin(), sorted.end(), [&centre](const QPointF &a, const QPointF &b) {
        return std::atan2(a.y() - centre.y(), a.x() - centre.x())
               < std::atan2(b.y() - centre.y(), b.x() - centre.x());
    });
    const auto first = std::min_element(sorted.begin(), sorted.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() + a.y() < b.x() + b.y();
    });
    std::rotate(sorted.begin(), first, sorted.end());
    return sorted;
}

bool PageDetector::isConvex(const Quad &quad)
{
    for (int i = 0; i < 4; ++i) {
        // Clockwise on screen means every turn has a positive cross product.
        if (cross(quad[size_t(i)], quad[size_t((i + 1) % 4)], quad[size_t((i + 2) % 4)]) <= 0)
            return false;
    }
    return true;
}

double PageDetector::area(const Quad &quad)
{
    double twice = 0;
    for (int i = 0; i < 4; ++i) {
        const QPointF &a = quad[size_t(i)];
        const QPointF &b = quad[size_t((i + 1) % 4)];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

PageDetection PageDetector::detect(const QImage &upright)
{
    PageDetection detection;
    detection.corners = frameQuad(upright.size());
    if (upright.isNull() || upright.width() < 16 || upright.height() < 16)
        return detection;

    const int longSide = std::max(upright.width(), upright.height());
    const int factor = std::max(1, (longSide + WorkLongSide - 1) / WorkLongSide);
    WorkImage work = reduce(upright, factor);
    const int blurRadius = std::max(1, std::max(work.width(), work.height()) / 300);
    for (Plane *plane : {&work.red, &work.green, &work.blue}) {
        boxBlur(plane, blurRadius);
        boxBlur(plane, blurRadius);
    }

    const Sampler sampler{work};
    const double frameArea = double(work.width()) * work.height();
    const int minArea = int(frameArea * MinAreaShare);
    const int openRadius = std::max(1, std::max(work.width(), work.height()) / 200);

    std::optional<Candidate> best;
    for (const auto &[mask, source] : candidateMasks(work)) {
        const auto outline = centralComponentOutline(opened(mask, openRadius), minArea);
        if (!outline)
            continue;
        const std::optional<Quad> quad = largestInscribedQuad(convexHull(*outline));
        if (!quad || !isConvex(*quad) || area(*quad) < frameArea * MinAreaShare)
            continue;
        const Candidate candidate = scoreQuad(sampler, *quad, source);
        qCDebug(lcImaging) << "Page candidate from" << source << "score" << candidate.score << "min"
                           << candidate.minSupport << "framed sides" << candidate.framedSides;
        if (candidate.framedSides > 2)
            continue;
        const auto rank = [frameArea](const Candidate &c) {
            return c.score + 0.2 * area(c.quad) / frameArea;
        };
        if (!best || rank(candidate) > rank(*best))
            best = candidate;
    }
    if (!best || best->minSupport < 0.5)
        return detection;

    const int reach = std::max(4, std::max(work.width(), work.height()) / 100);
    Quad refined = refineCorners(sampler, best->quad, reach);
    refined = refineCorners(sampler, refined, std::max(2, reach / 2));
    const Candidate final = scoreQuad(sampler, refined, best->source);

    const double scale = work.factor;
    Quad corners;
    for (int i = 0; i < 4; ++i) {
        const QPointF p = refined[size_t(i)] * scale;
        corners[size_t(i)] = QPointF(std::clamp(p.x(), 0.0, double(upright.width())),
                                     std::clamp(p.y(), 0.0, double(upright.height())));
    }
    detection.corners = corners;
    detection.found = true;
    detection.confidence = final.score;
    qCInfo(lcImaging) << "Page found from" << best->source << "with confidence" << final.score;
    return detection;
}

} // namespace qujat
