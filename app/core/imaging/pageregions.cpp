#include "imaging/pageregions.h"

#include "imaging/perspective.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace qujat::detection {
namespace {

// Averages factor x factor blocks of the photo into the colour planes.
WorkImage reduce(const QImage &photo, int factor)
{
    const QImage source = photo.format() == QImage::Format_RGB32 || photo.format() == QImage::Format_ARGB32
                              ? photo
                              : photo.convertToFormat(QImage::Format_RGB32);
    const QImage reduced = boxReduced(source, source.rect(), factor);
    WorkImage work;
    work.factor = factor;
    work.red = Plane(reduced.width(), reduced.height());
    work.green = Plane(reduced.width(), reduced.height());
    work.blue = Plane(reduced.width(), reduced.height());
    for (int y = 0; y < reduced.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(reduced.constScanLine(y));
        uint8_t *red = work.red.row(y);
        uint8_t *green = work.green.row(y);
        uint8_t *blue = work.blue.row(y);
        for (int x = 0; x < reduced.width(); ++x) {
            red[x] = uint8_t(qRed(line[x]));
            green[x] = uint8_t(qGreen(line[x]));
            blue[x] = uint8_t(qBlue(line[x]));
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
    // The rounded mean of every possible window sum, so no pixel divides.
    std::vector<uint8_t> meanOf(size_t(255 * window + 1));
    for (size_t sum = 0; sum < meanOf.size(); ++sum)
        meanOf[sum] = uint8_t((int(sum) + window / 2) / window);
    std::vector<uint8_t> line(size_t(std::max(width, height)));
    const auto blurLine = [&](auto get, auto set, int length) {
        for (int i = 0; i < length; ++i)
            line[size_t(i)] = get(i);
        int sum = 0;
        for (int i = -radius; i <= radius; ++i)
            sum += line[size_t(std::clamp(i, 0, length - 1))];
        for (int i = 0; i < length; ++i) {
            set(i, meanOf[size_t(sum)]);
            sum += line[size_t(std::min(i + radius + 1, length - 1))];
            sum -= line[size_t(std::max(i - radius, 0))];
        }
    };
    for (int y = 0; y < height; ++y) {
        uint8_t *row = plane->row(y);
        blurLine([row](int i) { return row[i]; }, [row](int i, uint8_t v) { row[i] = v; }, width);
    }
    // Columns run side by side, a row at a time, which reads memory in order.
    const Plane rows = *plane;
    std::vector<int> sums(size_t(width), 0);
    for (int i = -radius; i <= radius; ++i) {
        const uint8_t *in = rows.row(std::clamp(i, 0, height - 1));
        for (int x = 0; x < width; ++x)
            sums[size_t(x)] += in[x];
    }
    for (int y = 0; y < height; ++y) {
        uint8_t *out = plane->row(y);
        const uint8_t *entering = rows.row(std::min(y + radius + 1, height - 1));
        const uint8_t *leaving = rows.row(std::max(y - radius, 0));
        for (int x = 0; x < width; ++x) {
            out[x] = meanOf[size_t(sums[size_t(x)])];
            sums[size_t(x)] += entering[x] - leaving[x];
        }
    }
}

Mask thresholdBelow(const Plane &plane, int threshold)
{
    Mask mask(plane.width, plane.height);
    for (size_t i = 0; i < plane.data.size(); ++i)
        mask.data[i] = plane.data[i] <= threshold ? 1 : 0;
    return mask;
}

std::optional<std::vector<QPoint>> centralComponentOutline(const Mask &mask, int minArea)
{
    const std::optional<Mask> component = centralComponent(mask, minArea);
    if (!component)
        return std::nullopt;
    return rowExtremes(*component);
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
    return filledHoles(morph(edgeMask(work), 1, false));
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

// Erodes (keep = all) or dilates (keep = any) a mask with a square of
// side 2 * radius + 1, separably.
Mask morph(const Mask &mask, int radius, bool erode)
{
    // Running counts of set pixels over each window: erosion keeps a pixel
    // whose whole window (clipped to the image) is set, dilation one whose
    // window has any set pixel. Rows first, then columns, row by row.
    const int width = mask.width;
    const int height = mask.height;
    const auto decide = [erode](int count, int length) {
        return uint8_t(erode ? count == length : count > 0);
    };
    Mask horizontal(width, height);
    for (int y = 0; y < height; ++y) {
        const uint8_t *in = mask.row(y);
        uint8_t *out = horizontal.row(y);
        int count = 0;
        for (int i = 0; i < std::min(radius, width); ++i)
            count += in[i];
        for (int x = 0; x < width; ++x) {
            if (x + radius < width)
                count += in[x + radius];
            if (x - radius - 1 >= 0)
                count -= in[x - radius - 1];
            const int length = std::min(width - 1, x + radius) - std::max(0, x - radius) + 1;
            out[x] = decide(count, length);
        }
    }
    Mask result(width, height);
    std::vector<int> counts(size_t(width), 0);
    for (int y = 0; y < std::min(radius, height); ++y) {
        const uint8_t *in = horizontal.row(y);
        for (int x = 0; x < width; ++x)
            counts[size_t(x)] += in[x];
    }
    for (int y = 0; y < height; ++y) {
        if (y + radius < height) {
            const uint8_t *in = horizontal.row(y + radius);
            for (int x = 0; x < width; ++x)
                counts[size_t(x)] += in[x];
        }
        if (y - radius - 1 >= 0) {
            const uint8_t *in = horizontal.row(y - radius - 1);
            for (int x = 0; x < width; ++x)
                counts[size_t(x)] -= in[x];
        }
        const int length = std::min(height - 1, y + radius) - std::max(0, y - radius) + 1;
        uint8_t *out = result.row(y);
        for (int x = 0; x < width; ++x)
            out[x] = decide(counts[size_t(x)], length);
    }
    return result;
}

Mask opened(const Mask &mask, int radius)
{
    return morph(morph(mask, radius, true), radius, false);
}

// The set pixels 4-connected to the seed region: of the components that
// reach the central window, the largest; otherwise the largest overall.
// Returns that component as a mask, or nothing when it is smaller than
// `minArea`.
std::optional<Mask> centralComponent(const Mask &mask, int minArea, int *componentArea)
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
    if (componentArea)
        *componentArea = areas[size_t(best)];

    Mask component(width, height);
    for (size_t i = 0; i < labels.size(); ++i)
        component.data[i] = labels[i] == best ? 1 : 0;
    return component;
}

// The outer corners of the leftmost and rightmost set pixel of each row:
// enough points for the convex hull of the set pixels.
std::vector<QPoint> rowExtremes(const Mask &component)
{
    std::vector<QPoint> outline;
    for (int y = 0; y < component.height; ++y) {
        const uint8_t *row = component.row(y);
        int left = -1;
        int right = -1;
        for (int x = 0; x < component.width; ++x) {
            if (row[x]) {
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

std::array<int, 3> medianColour(const WorkImage &work, const QRect &area, bool inside)
{
    const Plane *planes[3] = {&work.red, &work.green, &work.blue};
    // Inside pixels are only looked for inside the area.
    const QRect scanned = inside ? area.intersected(QRect(0, 0, work.width(), work.height()))
                                 : QRect(0, 0, work.width(), work.height());
    std::array<int, 3> median{};
    for (int c = 0; c < 3; ++c) {
        std::vector<uint8_t> values;
        for (int y = scanned.top(); y <= scanned.bottom(); ++y) {
            for (int x = scanned.left(); x <= scanned.right(); ++x) {
                if (area.contains(x, y) == inside)
                    values.push_back(planes[c]->at(x, y));
            }
        }
        std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2), values.end());
        median[size_t(c)] = values[values.size() / 2];
    }
    return median;
}

// The per-channel median of the central window: the paper's colour when
// the page covers the centre, with text averaged away by the median.
std::array<int, 3> centreColour(const WorkImage &work)
{
    const int x0 = work.width() / 3;
    const int y0 = work.height() / 3;
    return medianColour(work, QRect(x0, y0, work.width() - 2 * x0, work.height() - 2 * y0), true);
}

double polygonArea(std::span<const QPointF> polygon)
{
    double twice = 0;
    for (size_t i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon[i];
        const QPointF &b = polygon[(i + 1) % polygon.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

// The mask with every unset pixel that the image border cannot reach
// through unset pixels set: the text and pictures inside a page.
Mask filledHoles(const Mask &mask)
{
    const int width = mask.width;
    const int height = mask.height;
    Mask outside(width, height);
    std::vector<int> queue;
    const auto push = [&](int x, int y) {
        const size_t index = size_t(y) * size_t(width) + size_t(x);
        if (!mask.data[index] && !outside.data[index]) {
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
    Mask filled(width, height);
    for (size_t i = 0; i < filled.data.size(); ++i)
        filled.data[i] = outside.data[i] ? 0 : 1;
    return filled;
}

WorkImage reducedWorkImage(const QImage &photo, int factor)
{
    WorkImage work = reduce(photo, factor);
    const int blurRadius = std::max(1, std::max(work.width(), work.height()) / 300);
    for (Plane *plane : {&work.red, &work.green, &work.blue}) {
        boxBlur(plane, blurRadius);
        boxBlur(plane, blurRadius);
    }
    return work;
}

double cross(const QPointF &o, const QPointF &a, const QPointF &b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

std::vector<RegionQuad> regionQuads(const WorkImage &work, double minAreaShare)
{
    const double frameArea = double(work.width()) * work.height();
    const int minArea = int(frameArea * minAreaShare);
    const int openRadius = std::max(1, std::max(work.width(), work.height()) / 200);
    std::vector<RegionQuad> quads;
    for (const auto &[mask, source] : candidateMasks(work)) {
        const auto outline = centralComponentOutline(opened(mask, openRadius), minArea);
        if (!outline)
            continue;
        const std::optional<Quad> quad = largestInscribedQuad(convexHull(*outline));
        if (!quad || !PageDetector::isConvex(*quad) || PageDetector::area(*quad) < minArea)
            continue;
        quads.push_back({*quad, source});
    }
    return quads;
}

} // namespace qujat::detection
