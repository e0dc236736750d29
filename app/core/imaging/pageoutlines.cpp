#include "imaging/pageoutlines.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace qujat::detection {
namespace {

// The first and last set pixel of every row and every column, on the pixel
// edge that faces out of the region.
std::vector<OutlinePoint> outerOutline(const Mask &component)
{
    const int width = component.width;
    const int height = component.height;
    std::vector<OutlinePoint> outline;
    for (int y = 0; y < height; ++y) {
        const uint8_t *row = component.row(y);
        int left = -1;
        int right = -1;
        for (int x = 0; x < width; ++x) {
            if (row[x]) {
                if (left < 0)
                    left = x;
                right = x;
            }
        }
        if (left < 0)
            continue;
        outline.push_back({QPointF(left, y + 0.5), QPointF(-1, 0), left <= 1});
        outline.push_back({QPointF(right + 1, y + 0.5), QPointF(1, 0), right >= width - 2});
    }
    for (int x = 0; x < width; ++x) {
        int top = -1;
        int bottom = -1;
        for (int y = 0; y < height; ++y) {
            if (component.at(x, y)) {
                if (top < 0)
                    top = y;
                bottom = y;
            }
        }
        if (top < 0)
            continue;
        outline.push_back({QPointF(x + 0.5, top), QPointF(0, -1), top <= 1});
        outline.push_back({QPointF(x + 0.5, bottom + 1), QPointF(0, 1), bottom >= height - 2});
    }
    return outline;
}

// The 4-connected segments of the pixels off a barrier, with their mean
// colours and the segments that face each other across the barrier.
struct Segments
{
    std::vector<int32_t> labels; // -1 on the barrier
    std::vector<std::array<double, 3>> means;
    std::vector<std::vector<int>> neighbours;
};

Segments segmentsOf(const WorkImage &work, const Mask &barrier, int reach)
{
    const int width = work.width();
    const int height = work.height();
    Segments segments;
    segments.labels.assign(barrier.data.size(), -1);
    std::vector<int> queue;
    for (int start = 0; start < int(barrier.data.size()); ++start) {
        if (barrier.data[size_t(start)] || segments.labels[size_t(start)] >= 0)
            continue;
        const int label = int(segments.means.size());
        std::array<double, 3> sum{};
        queue.clear();
        queue.push_back(start);
        segments.labels[size_t(start)] = label;
        for (size_t head = 0; head < queue.size(); ++head) {
            const int index = queue[head];
            sum[0] += work.red.data[size_t(index)];
            sum[1] += work.green.data[size_t(index)];
            sum[2] += work.blue.data[size_t(index)];
            const int x = index % width;
            const int y = index / width;
            const int next[4] = {x > 0 ? index - 1 : -1, x + 1 < width ? index + 1 : -1, y > 0 ? index - width : -1,
                                 y + 1 < height ? index + width : -1};
            for (int n : next) {
                if (n >= 0 && !barrier.data[size_t(n)] && segments.labels[size_t(n)] < 0) {
                    segments.labels[size_t(n)] = label;
                    queue.push_back(n);
                }
            }
        }
        const double count = double(queue.size());
        segments.means.push_back({sum[0] / count, sum[1] / count, sum[2] / count});
    }

    std::vector<std::pair<int, int>> pairs;
    const int offsets[8][2] = {{-reach, 0}, {reach, 0}, {0, -reach}, {0, reach},
                               {-reach, -reach}, {reach, reach}, {-reach, reach}, {reach, -reach}};
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            if (!barrier.at(x, y))
                continue;
            int found[8];
            int count = 0;
            for (const auto &offset : offsets) {
                const int nx = x + offset[0];
                const int ny = y + offset[1];
                if (nx < 0 || ny < 0 || nx >= width || ny >= height)
                    continue;
                const int label = segments.labels[size_t(ny) * size_t(width) + size_t(nx)];
                if (label >= 0)
                    found[count++] = label;
            }
            for (int i = 0; i < count; ++i) {
                for (int j = i + 1; j < count; ++j) {
                    if (found[i] == found[j])
                        continue;
                    const std::pair<int, int> pair(std::min(found[i], found[j]), std::max(found[i], found[j]));
                    // Neighbouring barrier pixels mostly repeat the last pair.
                    if (pairs.empty() || pairs.back() != pair)
                        pairs.push_back(pair);
                }
            }
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    segments.neighbours.resize(segments.means.size());
    for (const auto &[a, b] : pairs) {
        segments.neighbours[size_t(a)].push_back(b);
        segments.neighbours[size_t(b)].push_back(a);
    }
    return segments;
}

// The sum of the channels' absolute differences, like the Plane version.
double colourDistance(const std::array<double, 3> &a, const std::array<int, 3> &b)
{
    return std::abs(a[0] - b[0]) + std::abs(a[1] - b[1]) + std::abs(a[2] - b[2]);
}

// The seed segments and every segment that they reach through neighbours
// whose mean colour lies within `threshold` of `reference`.
std::vector<bool> grownSegments(const Segments &segments, const std::vector<int> &seeds,
                                const std::array<int, 3> &reference, double threshold)
{
    std::vector<bool> chosen(segments.means.size(), false);
    std::vector<int> queue;
    for (int seed : seeds) {
        if (!chosen[size_t(seed)] && colourDistance(segments.means[size_t(seed)], reference) <= threshold) {
            chosen[size_t(seed)] = true;
            queue.push_back(seed);
        }
    }
    for (size_t head = 0; head < queue.size(); ++head) {
        for (int next : segments.neighbours[size_t(queue[head])]) {
            if (!chosen[size_t(next)] && colourDistance(segments.means[size_t(next)], reference) <= threshold) {
                chosen[size_t(next)] = true;
                queue.push_back(next);
            }
        }
    }
    return chosen;
}

// A mask set on the pixels of the `chosen` segments or, with `chosenSet`
// false, on every other pixel (the barrier included).
Mask maskOf(const Segments &segments, const std::vector<bool> &chosen, bool chosenSet, int width, int height)
{
    Mask mask(width, height);
    for (size_t i = 0; i < mask.data.size(); ++i) {
        const bool isChosen = segments.labels[i] >= 0 && chosen[size_t(segments.labels[i])];
        mask.data[i] = isChosen == chosenSet ? 1 : 0;
    }
    return mask;
}

// The median of max(R, G, B) - min(R, G, B) over the set pixels of a mask.
int medianChroma(const WorkImage &work, const Mask &mask)
{
    std::array<uint32_t, 256> histogram{};
    uint32_t count = 0;
    for (size_t i = 0; i < mask.data.size(); ++i) {
        if (!mask.data[i])
            continue;
        const uint8_t r = work.red.data[i], g = work.green.data[i], b = work.blue.data[i];
        ++histogram[size_t(std::max({r, g, b}) - std::min({r, g, b}))];
        ++count;
    }
    uint32_t seen = 0;
    for (int value = 0; value < 256; ++value) {
        seen += histogram[size_t(value)];
        if (2 * seen >= count)
            return value;
    }
    return 255;
}

struct RegionMask
{
    Mask mask; // 1 for the pixels that may be paper
    const char *source;
};

std::vector<RegionMask> outlineMasks(const WorkImage &work, const Mask &thinEdges)
{
    const int width = work.width();
    const int height = work.height();
    const Segments segments = segmentsOf(work, morph(thinEdges, 1, false), 3);
    std::vector<RegionMask> masks;

    // Paper: the segments reached from the centre through segments of
    // about the centre's colour.
    {
        const std::array<int, 3> paper = centreColour(work);
        const int threshold = otsuThreshold(histogramOf(colourDistance(work, paper)));
        std::vector<int> seeds;
        for (int y = height * 2 / 5; y < height * 3 / 5; ++y) {
            for (int x = width * 2 / 5; x < width * 3 / 5; ++x) {
                const int label = segments.labels[size_t(y) * size_t(width) + size_t(x)];
                if (label >= 0)
                    seeds.push_back(label);
            }
        }
        const Mask page = maskOf(segments, grownSegments(segments, seeds, paper, threshold), true, width, height);
        // The dilation covers the barrier between the chosen segments.
        masks.push_back({morph(page, 2, false), "paper segments"});
    }

    // Surface: the segments reached from the frame through segments of
    // about the colour of the frame's ring. The rest is the page.
    {
        // The surface's colour, when the page lies inside the frame: the
        // median of the outermost ring, two pixels wide.
        const std::array<int, 3> surface = medianColour(work, QRect(2, 2, width - 4, height - 4), false);
        const int threshold = std::max(16, otsuThreshold(histogramOf(colourDistance(work, surface))));
        std::vector<int> seeds;
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                if (y > 1 && y < height - 2 && x > 1 && x < width - 2)
                    continue;
                const int label = segments.labels[size_t(y) * size_t(width) + size_t(x)];
                if (label >= 0)
                    seeds.push_back(label);
            }
        }
        const std::vector<bool> surfaceSegments = grownSegments(segments, seeds, surface, threshold);
        masks.push_back({maskOf(segments, surfaceSegments, false, width, height), "surface segments"});
    }
    return masks;
}

} // namespace

std::vector<RegionOutline> regionOutlines(const WorkImage &work, const Mask &edges, double minAreaShare)
{
    const double frameArea = double(work.width()) * work.height();
    const int minArea = int(frameArea * minAreaShare);
    // The opening cuts bridges up to about a 30th of the long side wide,
    // which join bright patches of the surface to a page's border.
    const int openRadius = std::max(2, std::max(work.width(), work.height()) / 60);
    std::vector<RegionOutline> outlines;
    for (const auto &[mask, source] : outlineMasks(work, edges)) {
        int area = 0;
        const Mask openedMask = opened(mask, openRadius);
        const std::optional<Mask> component = centralComponent(filledHoles(openedMask), minArea, &area);
        if (!component)
            continue;
        const std::vector<QPointF> hull = convexHull(rowExtremes(*component));
        const double hullArea = polygonArea(hull);
        const std::optional<Quad> quad = largestInscribedQuad(hull);
        if (!quad || hullArea <= 0 || !PageDetector::isConvex(*quad))
            continue;
        RegionOutline outline;
        outline.quad = *quad;
        outline.outline = outerOutline(*component);
        outline.solidity = area / hullArea;
        outline.quadShare = PageDetector::area(*quad) / hullArea;
        outline.medianChroma = medianChroma(work, *component);
        outline.source = source;
        outlines.push_back(std::move(outline));
    }
    return outlines;
}

} // namespace qujat::detection
