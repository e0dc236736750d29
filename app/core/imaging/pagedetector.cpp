#include "imaging/pagedetector.h"

#include "imaging/pageborders.h"
#include "imaging/pageoutlines.h"
#include "imaging/pageregions.h"
#include "util/logging.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace qujat {
namespace {

using namespace detection;

// Every side of a page, except those on the frame, must have border
// evidence along at least this share of its length.
constexpr double MinSideSupport = 0.5;

// The same for a page cut by the frame, whose few sides in view must be
// clearer: ruled lines on paper that fills the frame look like such sides.
// The curled left border of the bound page in bench/pagedetect scores 0.72.
constexpr double MinCutSideSupport = 0.7;

// Candidates are ranked by support plus this weight times their share of the
// frame, because print on a page (tables, headings in bars) forms well
// supported quadrilaterals inside the page.
constexpr double AreaWeight = 0.5;

// The minimum mean support of a refined outline's sides (except those on
// the frame) for a page to count as found. Ruled paper, printed frames and
// crumpled pages that fill the frame score below it. Flat sheets on a
// surface score 0.8 or more in bench/pagedetect.
constexpr double MinConfidence = 0.7;

// The minimum of the same mean for a page cut by the frame when its sides
// are scored with a band as wide as the corner refinement's reach (see
// detect). It is higher than MinConfidence because a wider band finds more
// stray edges. The frame photos in bench/pagedetect score 0.68 or less.
constexpr double MinCurvedCutConfidence = 0.8;

constexpr int MaxRefinedCandidates = 4;

// A region outline (see regionOutlines) counts as a page only when all of
// these hold, because it is tried after every straight-sided candidate
// failed, on photos that may show no page at all:
// - at least this share of its points off the frame lie on a colour edge,
constexpr double MinOutlineSupport = 0.85;
// - at most this share of its points lie on the frame,
constexpr double MaxOutlineFrameShare = 0.5;
// - at most this share of its supported points have the brighter side
//   outside (a printed box on a page rather than a page on a surface),
constexpr double MaxOutlineDarkInsideShare = 0.5;
// - the region fills at least this share of its convex hull,
constexpr double MinOutlineSolidity = 0.75;
// - its quadrilateral at least this share of the hull,
constexpr double MinOutlineQuadShare = 0.85;
// - and most of its pixels are about grey, as paper is. The median of
//   max(R, G, B) - min(R, G, B) is at most this, because red letters on
//   black (the CMYK sample of tst_hostileinputs) pass the other tests.
// NOTE: a guessed limit. The curled receipt in bench/pagedetect scores 29,
// and a page of strongly coloured paper would be missed by this fallback.
constexpr int MaxOutlineChroma = 64;

struct OutlineEvidence
{
    double support = 0;         // the share of the points off the frame that lie on a colour edge
    double frameShare = 0;      // the share of the points on the frame
    double darkInsideShare = 0; // the share of the supported points with the brighter side outside
};

// A point supports an outline when its axis direction crosses a colour step
// (measured like BorderTest, 2 * ContrastOffset either side) and a thin edge
// of any direction lies within two pixels.
OutlineEvidence outlineEvidence(const BorderTest &test, const std::vector<OutlinePoint> &outline)
{
    OutlineEvidence evidence;
    int onFrame = 0;
    int supported = 0;
    int darkInside = 0;
    for (const OutlinePoint &point : outline) {
        if (point.onFrame) {
            ++onFrame;
            continue;
        }
        const QPointF outside = point.position + point.normal * (2 * ContrastOffset);
        const QPointF inside = point.position - point.normal * (2 * ContrastOffset);
        if (!test.sampler.inside(outside) || test.sampler.contrast(inside, outside) < MinEdgeContrast)
            continue;
        bool nearEdge = false;
        const int cx = int(std::floor(point.position.x()));
        const int cy = int(std::floor(point.position.y()));
        for (int dy = -2; dy <= 2 && !nearEdge; ++dy) {
            for (int dx = -2; dx <= 2 && !nearEdge; ++dx) {
                const int x = cx + dx;
                const int y = cy + dy;
                nearEdge = x >= 0 && y >= 0 && x < test.edges.width && y < test.edges.height && test.edges.at(x, y) >= 0;
            }
        }
        if (!nearEdge)
            continue;
        ++supported;
        darkInside += test.lumaStep(point.position, point.normal) > MinDarkInsideStep ? 1 : 0;
    }
    const int offFrame = int(outline.size()) - onFrame;
    evidence.support = offFrame > 0 ? double(supported) / offFrame : 0;
    evidence.frameShare = outline.empty() ? 1 : double(onFrame) / double(outline.size());
    evidence.darkInsideShare = supported > 0 ? double(darkInside) / supported : 0;
    return evidence;
}

// The best supported region outline that passes the limits above, for a
// page whose borders are too curved for any straight-sided candidate (a
// curled receipt, for example). Its corners are the region's extreme
// points, so they are not refined by line fits.
std::optional<Candidate> curvedPageOutline(const WorkImage &work, const BorderTest &test, double frameArea)
{
    Mask edgePixels(test.edges.width, test.edges.height);
    for (size_t i = 0; i < edgePixels.data.size(); ++i)
        edgePixels.data[i] = test.edges.angle[i] >= 0 ? 1 : 0;

    std::optional<Candidate> best;
    for (const RegionOutline &outline : regionOutlines(work, edgePixels, PageDetector::MinAreaShare)) {
        const OutlineEvidence evidence = outlineEvidence(test, outline.outline);
        if (evidence.support < MinOutlineSupport || evidence.frameShare > MaxOutlineFrameShare
            || evidence.darkInsideShare > MaxOutlineDarkInsideShare || outline.solidity < MinOutlineSolidity
            || outline.quadShare < MinOutlineQuadShare || outline.medianChroma > MaxOutlineChroma
            || PageDetector::area(outline.quad) < PageDetector::MinAreaShare * frameArea)
            continue;
        if (best && best->borderScore >= evidence.support)
            continue;
        Candidate candidate;
        candidate.quad = outline.quad;
        candidate.score = evidence.support;
        candidate.borderScore = evidence.support;
        candidate.source = outline.source;
        best = candidate;
    }
    return best;
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
    return polygonArea(quad);
}

PageDetection PageDetector::detect(const QImage &upright)
{
    PageDetection detection;
    detection.corners = frameQuad(upright.size());
    if (upright.isNull() || upright.width() < 16 || upright.height() < 16)
        return detection;

    const int longSide = std::max(upright.width(), upright.height());
    const int factor = std::max(1, (longSide + WorkLongSide - 1) / WorkLongSide);
    const WorkImage work = reducedWorkImage(upright, factor);

    const Sampler sampler{work};
    const EdgeMap edges = edgeMap(work);
    const BorderTest test{sampler, edges};
    const double frameArea = double(work.width()) * work.height();
    std::vector<Candidate> candidates = lineCandidates(test, edges, work.width(), work.height());
    for (const RegionQuad &region : regionQuads(work, MinAreaShare))
        candidates.push_back(scoreQuad(test, region.quad, region.source));

    const auto rank = [frameArea](const Candidate &c) { return c.score + AreaWeight * area(c.quad) / frameArea; };
    std::sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) { return rank(a) > rank(b); });
    // The best ranked candidates are refined in turn; the first whose
    // refined outline still lies on edges wins.
    const int reach = std::max(4, std::max(work.width(), work.height()) / 100);
    std::optional<Candidate> final;
    int tries = 0;
    double firstArea = 0;
    for (const Candidate &candidate : candidates) {
        const double minSupport = candidate.framedSides > 0 ? MinCutSideSupport : MinSideSupport;
        if (candidate.framedSides > 2 || candidate.minSupport < minSupport || candidate.darkInsideSides >= 3)
            continue;
        if (++tries > MaxRefinedCandidates)
            break;
        // A much smaller runner-up is a part of the page (a fold, a picture).
        if (firstArea == 0)
            firstArea = area(candidate.quad);
        else if (area(candidate.quad) < 0.8 * firstArea)
            continue;
        Quad refined = refineCorners(sampler, candidate.quad, reach);
        refined = refineCorners(sampler, refined, std::max(2, reach / 2));
        const Candidate scored = scoreQuad(test, refined, candidate.source);
        if (scored.borderScore >= MinConfidence) {
            final = scored;
            break;
        }
        // A page cut by the frame often has curled borders in view (a bound
        // page), and after the corners move onto the curl the straight
        // sides between them miss the bow in the middle. Such a page gets a
        // second score that lets its border run up to `reach` pixels off
        // each side.
        if (candidate.framedSides > 0 && candidate.borderScore >= MinConfidence) {
            BorderTest curvedTest = test;
            curvedTest.band = reach;
            const Candidate curved = scoreQuad(curvedTest, refined, candidate.source);
            if (curved.borderScore >= MinCurvedCutConfidence) {
                final = curved;
                break;
            }
        }
    }
    if (!final)
        final = curvedPageOutline(work, test, frameArea);
    if (!final)
        return detection;
    const Quad &refined = final->quad;

    const double scale = work.factor;
    Quad corners;
    for (int i = 0; i < 4; ++i) {
        const QPointF p = refined[size_t(i)] * scale;
        corners[size_t(i)] = QPointF(std::clamp(p.x(), 0.0, double(upright.width())),
                                     std::clamp(p.y(), 0.0, double(upright.height())));
    }
    detection.corners = corners;
    detection.found = true;
    detection.confidence = final->borderScore;
    qCInfo(lcImaging) << "Page found from" << final->source << "with confidence" << final->borderScore;
    return detection;
}

} // namespace qujat
