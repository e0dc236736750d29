#pragma once

#include "imaging/pageregions.h"

#include <QPointF>

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

// Internal parts of PageDetector: the evidence that a side of a candidate
// lies on the page's border, the candidates made of straight edges, and
// the refinement of corners.
namespace qujat::detection {

// How far (work pixels) either side of a side the outline is sampled.
constexpr double ContrastOffset = 3.0;

// A side whose samples fall outside the image this often lies on the frame.
constexpr double FrameSideShare = 0.5;

// A side on the frame counts as this much support: a page cut by the frame
// is possible, but a page with all four borders in view is more likely.
constexpr double FrameSideCredit = 0.4;

// A side whose outside is brighter than its inside by more than this (luma
// levels) has print inside rather than paper. A quadrilateral with three
// such sides is a block of print on a page, not a page on a surface.
constexpr double MinDarkInsideStep = 10;

// How much darker (luma levels) than both sides a printed rule is.
constexpr double MinRuleDepth = 30;

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

// Thin colour edges: for each pixel the gradient direction in whole degrees
// (0..179, the direction of the normal of the edge) or -1 off edges.
struct EdgeMap
{
    int width = 0;
    int height = 0;
    std::vector<int16_t> angle;

    int at(int x, int y) const { return angle[size_t(y) * size_t(width) + size_t(x)]; }
};

// Sobel gradients of the strongest channel, thinned by non-maximum
// suppression across the edge.
EdgeMap edgeMap(const WorkImage &work);

// The unit normal of the side from `from` to `to` that points out of a
// clockwise quadrilateral (y down).
QPointF outwardNormal(const QPointF &from, const QPointF &to);

// The evidence that a page border passes through a point with the given
// unit normal: colour contrast across it and a thin edge of the same
// direction within three pixels.
struct BorderTest
{
    const Sampler &sampler;
    const EdgeMap &edges;
    int band = 3; // how far from a side (pixels) its border may run

    // Ignores the sign of the normal.
    bool supported(const QPointF &p, const QPointF &normal) const
    {
        const std::optional<QPointF> edge = nearestEdge(p, normal);
        if (!edge)
            return false;
        const QPointF outside = *edge + normal * ContrastOffset;
        const QPointF inside = *edge - normal * ContrastOffset;
        if (!sampler.inside(outside) || !sampler.inside(inside))
            return false;
        if (sampler.contrast(inside, outside) < MinEdgeContrast)
            return false;
        // A step between two surfaces keeps its contrast farther out; a
        // thin printed line or a change of texture on the paper does not.
        if (sampler.contrast(*edge - normal * (2 * ContrastOffset), *edge + normal * (2 * ContrastOffset)) < MinEdgeContrast)
            return false;
        return !isPrintedRule(*edge, normal);
    }

    // The edge pixel nearest to `p` along the normal, within `band` pixels,
    // whose gradient runs along the normal (within 12 degrees).
    std::optional<QPointF> nearestEdge(const QPointF &p, const QPointF &normal) const
    {
        int normalDegrees = int(std::lround(std::atan2(normal.y(), normal.x()) * 180 / M_PI));
        normalDegrees = ((normalDegrees % 180) + 180) % 180;
        for (int distance = 0; distance <= band; ++distance) {
            for (const int k : {distance, -distance}) {
                const QPointF q = p + normal * k;
                const int x = int(std::floor(q.x()));
                const int y = int(std::floor(q.y()));
                if (x < 0 || y < 0 || x >= edges.width || y >= edges.height)
                    continue;
                const int angle = edges.at(x, y);
                if (angle < 0)
                    continue;
                const int difference = std::abs(angle - normalDegrees);
                if (std::min(difference, 180 - difference) <= 12)
                    return QPointF(x + 0.5, y + 0.5);
                if (distance == 0)
                    break;
            }
        }
        return std::nullopt;
    }

    bool inFrame(const QPointF &p, const QPointF &normal) const
    {
        return sampler.inside(p + normal * ContrastOffset) && sampler.inside(p - normal * ContrastOffset);
    }

    double luma(const QPointF &q) const
    {
        const auto c = sampler.colour(q);
        return 0.30 * c[0] + 0.59 * c[1] + 0.11 * c[2];
    }

    // Whether the point lies on a dark line (a printed frame or table rule)
    // rather than on a step: the darkest luma near it is darker than both
    // sides farther out.
    bool isPrintedRule(const QPointF &p, const QPointF &normal) const
    {
        double darkest = 255;
        for (int k = -2; k <= 2; ++k)
            darkest = std::min(darkest, luma(p + normal * k));
        const double sides = std::min(luma(p + normal * (2 * ContrastOffset)), luma(p - normal * (2 * ContrastOffset)));
        return darkest < sides - MinRuleDepth;
    }

    // Luma a little beyond the contrast samples, outside minus inside.
    double lumaStep(const QPointF &p, const QPointF &normal) const
    {
        return luma(p + normal * (2 * ContrastOffset)) - luma(p - normal * (2 * ContrastOffset));
    }
};

struct Candidate
{
    Quad quad;
    double score = 0;       // mean support of the sides (see EndWeight), FrameSideCredit for those on the frame
    double borderScore = 0; // the same for the sides not on the frame
    double minSupport = 0;
    int framedSides = 0;
    int darkInsideSides = 0;
    const char *source = "";
};

// Scores a quadrilateral by sampling along its sides.
Candidate scoreQuad(const BorderTest &test, const Quad &quad, const char *source);

// Every quadrilateral made of two nearly parallel pairs of straight edges
// (or image borders, for a page cut by the frame), scored.
std::vector<Candidate> lineCandidates(const BorderTest &test, const EdgeMap &edges, int width, int height);

// Moves each corner to the crossing of lines fitted to the border near it.
Quad refineCorners(const Sampler &sampler, const Quad &quad, int reach);

} // namespace qujat::detection
