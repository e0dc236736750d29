#include "imaging/pageborders.h"

#include <algorithm>
#include <cmath>

namespace qujat::detection {
namespace {

// Sides are sampled between these shares of their length. The support in
// the first and last EndStretch of that weighs extra in a side's score.
// So a side that runs on past the page's corner, along a line of wood
// grain for example, loses to the side that stops there.
constexpr double SideStart = 0.03;
constexpr double SideEnd = 0.97;
constexpr double EndStretch = 0.12;
constexpr double EndWeight = 0.15;

struct SideSupport
{
    double share = 0;      // supported samples, of those inside the image
    double endShare = 0;   // the same in the weaker of the two end stretches
    bool onFrame = false;  // most samples fall outside: the side is the frame
    bool darkInside = false; // the band inside is darker than the band outside
};

SideSupport sideSupport(const BorderTest &test, const QPointF &from, const QPointF &to)
{
    const QPointF normal = outwardNormal(from, to);
    const double length = std::hypot(to.x() - from.x(), to.y() - from.y());
    const int samples = std::max(16, int(length));
    // Counts of valid and supported samples: whole side, start, end.
    int valid[3] = {0, 0, 0};
    int strong[3] = {0, 0, 0};
    double step = 0;
    for (int i = 0; i < samples; ++i) {
        const double share = (i + 0.5) / samples;
        const QPointF p = from + (to - from) * (SideStart + (SideEnd - SideStart) * share);
        if (!test.inFrame(p, normal))
            continue;
        const bool supported = test.supported(p, normal);
        step += test.lumaStep(p, normal);
        for (int part = 0; part < 3; ++part) {
            const bool inPart = part == 0 || (part == 1 && share < EndStretch) || (part == 2 && share > 1 - EndStretch);
            if (inPart) {
                ++valid[part];
                strong[part] += supported ? 1 : 0;
            }
        }
    }
    SideSupport support;
    support.onFrame = valid[0] < samples * (1 - FrameSideShare);
    support.share = valid[0] > 0 ? double(strong[0]) / valid[0] : 0;
    support.endShare = std::min(valid[1] > 0 ? double(strong[1]) / valid[1] : 0,
                                valid[2] > 0 ? double(strong[2]) / valid[2] : 0);
    support.darkInside = valid[0] > 0 && step / valid[0] > MinDarkInsideStep;
    return support;
}

Candidate combine(const Quad &quad, const std::array<SideSupport, 4> &sides, const char *source)
{
    Candidate candidate;
    candidate.quad = quad;
    candidate.source = source;
    double sum = 0;
    int counted = 0;
    candidate.minSupport = 1;
    for (const SideSupport &support : sides) {
        candidate.darkInsideSides += support.darkInside ? 1 : 0;
        if (support.onFrame) {
            ++candidate.framedSides;
            sum += FrameSideCredit;
            continue;
        }
        sum += (1 - EndWeight) * support.share + EndWeight * support.endShare;
        ++counted;
        candidate.minSupport = std::min(candidate.minSupport, support.share);
    }
    candidate.score = counted > 0 ? sum / 4 : 0;
    candidate.borderScore = counted > 0 ? (sum - FrameSideCredit * candidate.framedSides) / counted : 0;
    if (counted == 0)
        candidate.minSupport = 0;
    return candidate;
}

// A straight line in Hough form, x cos(theta) + y sin(theta) = rho, with the
// border test precomputed along it as prefix sums.
struct HoughLine
{
    double theta = 0; // radians, 0..pi; set with setTheta()
    double cosTheta = 1;
    double sinTheta = 0;
    double rho = 0;
    int votes = 0;
    bool frame = false; // one of the image borders, standing for a page cut by the frame
    double reach = 0;   // samples run from -reach to +reach along the line
    std::vector<int> supportedBefore; // supported samples before index i
    std::vector<int> insideBefore;    // samples inside the frame before index i
    std::vector<double> stepBefore;   // sum of BorderTest::lumaStep along the normal before index i

    // The candidates' loops call these millions of times, so the sine and
    // cosine are computed once.
    void setTheta(double radians)
    {
        theta = radians;
        cosTheta = std::cos(radians);
        sinTheta = std::sin(radians);
    }
    QPointF normal() const { return {cosTheta, sinTheta}; }
    QPointF direction() const { return {-sinTheta, cosTheta}; }
    QPointF foot() const { return normal() * rho; }
    double position(const QPointF &p) const { return QPointF::dotProduct(p - foot(), direction()); }
};

void precomputeSupport(const BorderTest &test, HoughLine *line, double diagonal)
{
    line->reach = diagonal;
    const int samples = int(2 * diagonal) + 1;
    line->supportedBefore.assign(size_t(samples) + 1, 0);
    line->insideBefore.assign(size_t(samples) + 1, 0);
    line->stepBefore.assign(size_t(samples) + 1, 0);
    const QPointF normal = line->normal();
    for (int i = 0; i < samples; ++i) {
        const QPointF p = line->foot() + line->direction() * (i - diagonal);
        const bool inside = !line->frame && test.inFrame(p, normal);
        const bool supported = inside && test.supported(p, normal);
        line->insideBefore[size_t(i) + 1] = line->insideBefore[size_t(i)] + (inside ? 1 : 0);
        line->supportedBefore[size_t(i) + 1] = line->supportedBefore[size_t(i)] + (supported ? 1 : 0);
        line->stepBefore[size_t(i) + 1] = line->stepBefore[size_t(i)] + (inside ? test.lumaStep(p, normal) : 0);
    }
}

SideSupport lineSupport(const HoughLine &line, const QPointF &from, const QPointF &to)
{
    SideSupport support;
    if (line.frame) {
        support.onFrame = true;
        return support;
    }
    const double a = line.position(from) + line.reach;
    const double b = line.position(to) + line.reach;
    const double length = std::abs(b - a);
    const int last = int(line.insideBefore.size()) - 1;
    const auto index = [&](double share) {
        return std::clamp(int(std::min(a, b) + share * length), 0, last);
    };
    // Supported and valid samples between two shares of the side.
    const auto shareBetween = [&](double from, double to, int *inside) {
        const int begin = index(from);
        const int end = index(to);
        *inside = line.insideBefore[size_t(end)] - line.insideBefore[size_t(begin)];
        const int supported = line.supportedBefore[size_t(end)] - line.supportedBefore[size_t(begin)];
        return *inside > 0 ? double(supported) / *inside : 0;
    };
    int inside = 0;
    int endInside = 0;
    support.share = shareBetween(SideStart, SideEnd, &inside);
    const double stretch = EndStretch * (SideEnd - SideStart);
    support.endShare = std::min(shareBetween(SideStart, SideStart + stretch, &endInside),
                                shareBetween(SideEnd - stretch, SideEnd, &endInside));
    const int samples = std::max(1, index(SideEnd) - index(SideStart));
    support.onFrame = inside < samples * (1 - FrameSideShare);
    // The line's normal points outwards when it agrees with the side's.
    const double sign = QPointF::dotProduct(outwardNormal(from, to), line.normal()) > 0 ? 1 : -1;
    const double step = sign * (line.stepBefore[size_t(index(SideEnd))] - line.stepBefore[size_t(index(SideStart))]);
    support.darkInside = inside > 0 && step / inside > MinDarkInsideStep;
    return support;
}

// The strongest straight edges by a Hough transform in which each edge
// pixel votes only near its own gradient direction.
std::vector<HoughLine> houghLines(const EdgeMap &edges, int maxLines)
{
    const int width = edges.width;
    const int height = edges.height;
    const int maxRho = int(std::ceil(std::hypot(width, height)));
    const int rhoBins = 2 * maxRho + 1;
    std::vector<int> accumulator(size_t(180) * size_t(rhoBins), 0);
    std::array<double, 180> cosines{}, sines{};
    for (int t = 0; t < 180; ++t) {
        cosines[size_t(t)] = std::cos(t * M_PI / 180);
        sines[size_t(t)] = std::sin(t * M_PI / 180);
    }
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const int angle = edges.at(x, y);
            if (angle < 0)
                continue;
            for (int d = -2; d <= 2; ++d) {
                const int t = (angle + d + 180) % 180;
                const double rho = (x + 0.5) * cosines[size_t(t)] + (y + 0.5) * sines[size_t(t)];
                ++accumulator[size_t(t) * size_t(rhoBins) + size_t(std::lround(rho) + maxRho)];
            }
        }
    }

    const int minVotes = std::min(width, height) / 8;
    // Sums of five rho bins, so that a slightly curved border still peaks.
    std::vector<int> smoothed(accumulator.size(), 0);
    for (int t = 0; t < 180; ++t) {
        const int *in = accumulator.data() + size_t(t) * size_t(rhoBins);
        int *out = smoothed.data() + size_t(t) * size_t(rhoBins);
        for (int r = 2; r + 2 < rhoBins; ++r)
            out[r] = in[r - 2] + in[r - 1] + in[r] + in[r + 1] + in[r + 2];
    }
    std::vector<HoughLine> peaks;
    for (int t = 0; t < 180; ++t) {
        for (int r = 0; r < rhoBins; ++r) {
            const int votes = smoothed[size_t(t) * size_t(rhoBins) + size_t(r)];
            if (votes < minVotes)
                continue;
            bool isPeak = true;
            for (int dt = -3; dt <= 3 && isPeak; ++dt) {
                const int tt = t + dt;
                if (tt < 0 || tt >= 180)
                    continue;
                for (int dr = -6; dr <= 6; ++dr) {
                    const int rr = r + dr;
                    if ((dt == 0 && dr == 0) || rr < 0 || rr >= rhoBins)
                        continue;
                    const int other = smoothed[size_t(tt) * size_t(rhoBins) + size_t(rr)];
                    // Ties go to the first cell in scan order.
                    if (other > votes || (other == votes && (dt < 0 || (dt == 0 && dr < 0)))) {
                        isPeak = false;
                        break;
                    }
                }
            }
            if (!isPeak)
                continue;
            HoughLine line;
            line.setTheta(t * M_PI / 180);
            line.rho = r - maxRho;
            line.votes = votes;
            peaks.push_back(line);
        }
    }
    std::sort(peaks.begin(), peaks.end(), [](const HoughLine &a, const HoughLine &b) { return a.votes > b.votes; });
    if (int(peaks.size()) > maxLines)
        peaks.resize(size_t(maxLines));
    return peaks;
}

std::optional<QPointF> crossing(const HoughLine &a, const HoughLine &b)
{
    const double det = a.cosTheta * b.sinTheta - a.sinTheta * b.cosTheta;
    if (std::abs(det) < 1e-6)
        return std::nullopt;
    const double x = (a.rho * b.sinTheta - b.rho * a.sinTheta) / det;
    const double y = (b.rho * a.cosTheta - a.rho * b.cosTheta) / det;
    return QPointF(x, y);
}

// The difference of two line directions in degrees, 0..90.
double angleBetween(const HoughLine &a, const HoughLine &b)
{
    double difference = std::abs(a.theta - b.theta) * 180 / M_PI;
    difference = std::fmod(difference, 180);
    return std::min(difference, 180 - difference);
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

} // namespace

QPointF outwardNormal(const QPointF &from, const QPointF &to)
{
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    return length > 0 ? QPointF(d.y() / length, -d.x() / length) : QPointF();
}

// Sobel gradients of the strongest channel, thinned by non-maximum
// suppression across the edge, kept above a step of MinEdgeContrast / 3 in
// one channel.
EdgeMap edgeMap(const WorkImage &work)
{
    const int width = work.width();
    const int height = work.height();
    std::vector<float> magnitude(size_t(width) * size_t(height), 0);
    // The gradient of the strongest channel. Its direction is computed
    // later, only where the magnitude passes the threshold.
    std::vector<int16_t> gradientX(magnitude.size(), 0);
    std::vector<int16_t> gradientY(magnitude.size(), 0);
    const Plane *planes[3] = {&work.red, &work.green, &work.blue};
    // Each channel's gradient is computed over a whole row first, in a loop
    // the compiler vectorises. Then the strongest channel wins, and of equal
    // ones the first in the order red, green, blue.
    const auto rowLength = static_cast<size_t>(width);
    std::vector<int> gx(rowLength), gy(rowLength), best(rowLength);
    for (int y = 1; y + 1 < height; ++y) {
        std::fill(best.begin(), best.end(), -1);
        const size_t rowStart = size_t(y) * size_t(width);
        for (const Plane *plane : planes) {
            const uint8_t *above = plane->row(y - 1);
            const uint8_t *here = plane->row(y);
            const uint8_t *below = plane->row(y + 1);
            for (int x = 1; x + 1 < width; ++x) {
                gx[size_t(x)] = (above[x + 1] + 2 * here[x + 1] + below[x + 1]) - (above[x - 1] + 2 * here[x - 1] + below[x - 1]);
                gy[size_t(x)] = (below[x - 1] + 2 * below[x] + below[x + 1]) - (above[x - 1] + 2 * above[x] + above[x + 1]);
            }
            for (int x = 1; x + 1 < width; ++x) {
                const int strength = gx[size_t(x)] * gx[size_t(x)] + gy[size_t(x)] * gy[size_t(x)];
                if (strength > best[size_t(x)]) {
                    best[size_t(x)] = strength;
                    gradientX[rowStart + size_t(x)] = int16_t(gx[size_t(x)]);
                    gradientY[rowStart + size_t(x)] = int16_t(gy[size_t(x)]);
                }
            }
        }
        for (int x = 1; x + 1 < width; ++x)
            magnitude[rowStart + size_t(x)] = float(std::sqrt(double(best[size_t(x)])));
    }

    // A Sobel kernel returns 4 s for a step of s levels.
    const float threshold = 4.0f * MinEdgeContrast / 3;
    EdgeMap edges;
    edges.width = width;
    edges.height = height;
    edges.angle.assign(magnitude.size(), -1);
    for (int y = 1; y + 1 < height; ++y) {
        for (int x = 1; x + 1 < width; ++x) {
            const size_t index = size_t(y) * size_t(width) + size_t(x);
            const float m = magnitude[index];
            if (m < threshold)
                continue;
            const double radians = float(std::atan2(double(gradientY[index]), double(gradientX[index])));
            const int dx = int(std::lround(std::cos(radians)));
            const int dy = int(std::lround(std::sin(radians)));
            const float ahead = magnitude[size_t(y + dy) * size_t(width) + size_t(x + dx)];
            const float behind = magnitude[size_t(y - dy) * size_t(width) + size_t(x - dx)];
            if (m < ahead || m < behind)
                continue;
            int degrees = int(std::lround(radians * 180 / M_PI));
            degrees = ((degrees % 180) + 180) % 180;
            edges.angle[index] = int16_t(degrees);
        }
    }
    return edges;
}

Candidate scoreQuad(const BorderTest &test, const Quad &quad, const char *source)
{
    std::array<SideSupport, 4> sides;
    for (int i = 0; i < 4; ++i)
        sides[size_t(i)] = sideSupport(test, quad[size_t(i)], quad[size_t((i + 1) % 4)]);
    return combine(quad, sides, source);
}

// Every quadrilateral made of two nearly parallel pairs of lines, scored by
// the border evidence along its sides.
std::vector<Candidate> lineCandidates(const BorderTest &test, const EdgeMap &edges, int width, int height)
{
    std::vector<HoughLine> lines = houghLines(edges, 24);
    const double diagonal = std::hypot(width, height);
    for (HoughLine &line : lines)
        precomputeSupport(test, &line, diagonal);
    const auto frameLine = [&](double theta, double rho) {
        HoughLine line;
        line.setTheta(theta);
        line.rho = rho;
        line.frame = true;
        return line;
    };
    lines.push_back(frameLine(0, 0));
    lines.push_back(frameLine(0, width));
    lines.push_back(frameLine(M_PI / 2, 0));
    lines.push_back(frameLine(M_PI / 2, height));

    const double minSeparation = 0.2 * std::min(width, height);
    std::vector<std::pair<size_t, size_t>> pairs;
    for (size_t i = 0; i < lines.size(); ++i) {
        for (size_t j = i + 1; j < lines.size(); ++j) {
            if (angleBetween(lines[i], lines[j]) > 20)
                continue;
            const QPointF centre(width / 2.0, height / 2.0);
            const double di = QPointF::dotProduct(centre, lines[i].normal()) - lines[i].rho;
            const double dj = QPointF::dotProduct(centre, lines[j].normal()) - lines[j].rho;
            // The pair must lie on both sides of the... or at least far apart.
            const double separation = std::abs(di - (QPointF::dotProduct(lines[i].normal(), lines[j].normal()) > 0 ? dj : -dj));
            if (separation >= minSeparation)
                pairs.emplace_back(i, j);
        }
    }

    const double frameArea = double(width) * height;
    const QRectF allowed = QRectF(0, 0, width, height).adjusted(-0.03 * width, -0.03 * height, 0.03 * width, 0.03 * height);
    std::vector<Candidate> candidates;
    for (size_t p = 0; p < pairs.size(); ++p) {
        for (size_t q = p + 1; q < pairs.size(); ++q) {
            const HoughLine *a = &lines[pairs[p].first], *b = &lines[pairs[p].second];
            const HoughLine *c = &lines[pairs[q].first], *d = &lines[pairs[q].second];
            if (angleBetween(*a, *c) < 50)
                continue;
            const int frames = int(a->frame) + int(b->frame) + int(c->frame) + int(d->frame);
            if (frames > 2)
                continue;
            const std::optional<QPointF> ac = crossing(*a, *c), cb = crossing(*c, *b), bd = crossing(*b, *d),
                                         da = crossing(*d, *a);
            if (!ac || !cb || !bd || !da)
                continue;
            // Corners in order around the quadrilateral: a-c, c-b, b-d, d-a.
            Quad corners = {*ac, *cb, *bd, *da};
            bool insideFrame = true;
            for (const QPointF &corner : corners)
                insideFrame = insideFrame && allowed.contains(corner);
            if (!insideFrame)
                continue;
            std::array<const HoughLine *, 4> sideLines = {c, b, d, a}; // side i runs from corner i to i + 1
            Quad ordered = PageDetector::orderedClockwise(corners);
            if (!PageDetector::isConvex(ordered) || PageDetector::area(ordered) < frameArea * PageDetector::MinAreaShare)
                continue;
            std::array<SideSupport, 4> sides;
            for (int i = 0; i < 4; ++i) {
                const QPointF from = ordered[size_t(i)];
                const QPointF to = ordered[size_t((i + 1) % 4)];
                // The line through both corners is the side's line.
                const HoughLine *line = nullptr;
                for (const HoughLine *candidate : sideLines) {
                    if (std::abs(QPointF::dotProduct(from, candidate->normal()) - candidate->rho) < 1e-6 * diagonal + 1e-3
                        && std::abs(QPointF::dotProduct(to, candidate->normal()) - candidate->rho) < 1e-6 * diagonal + 1e-3) {
                        line = candidate;
                    }
                }
                sides[size_t(i)] = line ? lineSupport(*line, from, to) : sideSupport(test, from, to);
            }
            candidates.push_back(combine(ordered, sides, "lines"));
        }
    }
    return candidates;
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

} // namespace qujat::detection
