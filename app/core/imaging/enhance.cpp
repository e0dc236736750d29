#include "imaging/enhance.h"

#include "util/parallel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

namespace qujat {
namespace {

// The background grid has about this many blocks along the page's long side.
constexpr int BlocksAlongLongSide = 48;

// Radius in blocks of the maximum filter that removes print from the
// background estimate: text, stamps and photos up to about 5/48 of the long
// side disappear from it.
constexpr int MaxFilterRadius = 2;

// Paper is mapped to 255 / PaperLevel, so that paper texture and noise clip
// to white.
constexpr double PaperLevel = 0.92;

// The largest brightening of a shadow, as a factor.
constexpr double MaxGain = 3.0;

// Colour casts are corrected by at most this factor per channel, so that
// tinted paper keeps some of its tint.
constexpr double MaxWhiteBalance = 1.4;

// Midtones are darkened with this gamma so that thin print stays legible.
constexpr double InkGamma = 1.2;

inline int luma(QRgb pixel)
{
    return (77 * qRed(pixel) + 150 * qGreen(pixel) + 29 * qBlue(pixel)) >> 8;
}

// A coarse grid of values with bilinear interpolation between block centres.
struct Grid
{
    int columns = 0;
    int rows = 0;
    int block = 1;
    std::vector<double> values;

    double &at(int x, int y) { return values[size_t(y) * size_t(columns) + size_t(x)]; }
    double at(int x, int y) const { return values[size_t(y) * size_t(columns) + size_t(x)]; }
};

// The paper's brightness at every point, from the bright pixels of each block.
struct Background
{
    Grid luma;                      // paper luma per block, smoothed
    std::array<double, 3> balance;  // per-channel factors that make the paper grey
};

Grid maxFiltered(const Grid &grid, int radius)
{
    Grid result = grid;
    for (int y = 0; y < grid.rows; ++y) {
        for (int x = 0; x < grid.columns; ++x) {
            double value = 0;
            for (int dy = -radius; dy <= radius; ++dy) {
                for (int dx = -radius; dx <= radius; ++dx) {
                    const int gx = std::clamp(x + dx, 0, grid.columns - 1);
                    const int gy = std::clamp(y + dy, 0, grid.rows - 1);
                    value = std::max(value, grid.at(gx, gy));
                }
            }
            result.at(x, y) = value;
        }
    }
    return result;
}

Grid boxBlurred(const Grid &grid, int radius)
{
    Grid result = grid;
    for (int y = 0; y < grid.rows; ++y) {
        for (int x = 0; x < grid.columns; ++x) {
            double sum = 0;
            int count = 0;
            for (int dy = -radius; dy <= radius; ++dy) {
                for (int dx = -radius; dx <= radius; ++dx) {
                    const int gx = std::clamp(x + dx, 0, grid.columns - 1);
                    const int gy = std::clamp(y + dy, 0, grid.rows - 1);
                    sum += grid.at(gx, gy);
                    ++count;
                }
            }
            result.at(x, y) = sum / count;
        }
    }
    return result;
}

// Per block, the 90th percentile of luma and the mean colour of the pixels
// at or above it (the paper, unless the block is all print).
Background estimateBackground(const QImage &page)
{
    const int longSide = std::max(page.width(), page.height());
    Grid grid;
    grid.block = std::max(4, (longSide + BlocksAlongLongSide - 1) / BlocksAlongLongSide);
    grid.columns = (page.width() + grid.block - 1) / grid.block;
    grid.rows = (page.height() + grid.block - 1) / grid.block;
    grid.values.assign(size_t(grid.columns) * size_t(grid.rows), 0);
    std::vector<std::array<double, 3>> paperColours(grid.values.size());

    forEachRowBand(grid.rows, [&](int firstBlockRow, int endBlockRow) {
        for (int by = firstBlockRow; by < endBlockRow; ++by) {
            const int y0 = by * grid.block;
            const int y1 = std::min(page.height(), y0 + grid.block);
            for (int bx = 0; bx < grid.columns; ++bx) {
                const int x0 = bx * grid.block;
                const int x1 = std::min(page.width(), x0 + grid.block);
                std::array<int, 256> histogram{};
                for (int y = y0; y < y1; ++y) {
                    const auto *line = reinterpret_cast<const QRgb *>(page.constScanLine(y));
                    for (int x = x0; x < x1; ++x)
                        ++histogram[size_t(luma(line[x]))];
                }
                const int count = (x1 - x0) * (y1 - y0);
                int above = 0;
                int level = 255;
                while (level > 0 && (above + histogram[size_t(level)]) * 10 < count) {
                    above += histogram[size_t(level)];
                    --level;
                }
                std::array<double, 3> sum{};
                int bright = 0;
                for (int y = y0; y < y1; ++y) {
                    const auto *line = reinterpret_cast<const QRgb *>(page.constScanLine(y));
                    for (int x = x0; x < x1; ++x) {
                        if (luma(line[x]) >= level) {
                            sum[0] += qRed(line[x]);
                            sum[1] += qGreen(line[x]);
                            sum[2] += qBlue(line[x]);
                            ++bright;
                        }
                    }
                }
                grid.at(bx, by) = std::max(1, level);
                const size_t index = size_t(by) * size_t(grid.columns) + size_t(bx);
                for (int c = 0; c < 3; ++c)
                    paperColours[index][size_t(c)] = sum[size_t(c)] / std::max(1, bright);
            }
        }
    }, 8); // a row of blocks is about 36 pixel rows on a 2 MP page

    // The brightest quarter of the blocks is surely paper: its mean colour
    // sets the white balance.
    std::vector<double> levels = grid.values;
    std::nth_element(levels.begin(), levels.begin() + std::ptrdiff_t(levels.size() * 3 / 4), levels.end());
    const double brightLevel = levels[levels.size() * 3 / 4];
    std::array<double, 3> paper{};
    int paperBlocks = 0;
    for (size_t i = 0; i < grid.values.size(); ++i) {
        if (grid.values[i] >= brightLevel) {
            for (int c = 0; c < 3; ++c)
                paper[size_t(c)] += paperColours[i][size_t(c)];
            ++paperBlocks;
        }
    }
    Background background;
    const double paperLuma = (0.30 * paper[0] + 0.59 * paper[1] + 0.11 * paper[2]) / std::max(1, paperBlocks);
    for (int c = 0; c < 3; ++c) {
        const double channel = paper[size_t(c)] / std::max(1, paperBlocks);
        background.balance[size_t(c)] =
            channel > 0 ? std::clamp(paperLuma / channel, 1 / MaxWhiteBalance, MaxWhiteBalance) : 1;
    }
    background.luma = boxBlurred(boxBlurred(maxFiltered(grid, MaxFilterRadius), 1), 1);
    return background;
}

// Per column, the two grid columns around it and the weight of the second.
struct Interpolation
{
    std::vector<int> first;
    std::vector<int> second;
    std::vector<double> weight;
};

Interpolation interpolation(int length, int block, int cells)
{
    Interpolation result;
    result.first.resize(size_t(length));
    result.second.resize(size_t(length));
    result.weight.resize(size_t(length));
    for (int i = 0; i < length; ++i) {
        const double position = std::clamp((i + 0.5) / block - 0.5, 0.0, double(cells - 1));
        const int first = std::min(int(position), cells - 1);
        result.first[size_t(i)] = first;
        result.second[size_t(i)] = std::min(first + 1, cells - 1);
        result.weight[size_t(i)] = position - first;
    }
    return result;
}

// The gain that brings the paper to white, per pixel of one row.
void rowGains(const Grid &background, const Interpolation &columns, const Interpolation &rows, int y,
              std::vector<double> *gains)
{
    const int r0 = rows.first[size_t(y)];
    const int r1 = rows.second[size_t(y)];
    const double wy = rows.weight[size_t(y)];
    for (size_t x = 0; x < gains->size(); ++x) {
        const int c0 = columns.first[x];
        const int c1 = columns.second[x];
        const double wx = columns.weight[x];
        const double top = background.at(c0, r0) * (1 - wx) + background.at(c1, r0) * wx;
        const double bottom = background.at(c0, r1) * (1 - wx) + background.at(c1, r1) * wx;
        const double level = top * (1 - wy) + bottom * wy;
        (*gains)[x] = std::min(MaxGain, 255.0 / (PaperLevel * std::max(1.0, level)));
    }
}

std::array<uint8_t, 256> inkCurve()
{
    std::array<uint8_t, 256> curve{};
    for (int i = 0; i < 256; ++i)
        curve[size_t(i)] = uint8_t(std::lround(255 * std::pow(i / 255.0, InkGamma)));
    return curve;
}

// The level that becomes black: the 0.5th percentile of a histogram, at
// most 100 so that a page without black print keeps its greys.
int blackPoint(const std::array<int, 256> &histogram)
{
    int total = 0;
    for (int count : histogram)
        total += count;
    int below = 0;
    for (int level = 0; level < 256; ++level) {
        below += histogram[size_t(level)];
        if (below * 200 >= total)
            return std::min(level, 100);
    }
    return 0;
}

// Flattens lighting and stretches levels. With `grey`, returns one luma
// channel (Format_Grayscale8); otherwise RGB32 with the white balance and
// the same gain on all channels, so hues stay. With `curve`, applies the
// ink gamma.
QImage flatten(const QImage &source, bool grey, bool curve)
{
    const QImage page = source.convertToFormat(QImage::Format_RGB32);
    const Background background = estimateBackground(page);
    const Grid &grid = background.luma;
    const Interpolation columns = interpolation(page.width(), grid.block, grid.columns);
    const Interpolation rows = interpolation(page.height(), grid.block, grid.rows);
    const std::array<double, 3> balance = grey ? std::array<double, 3>{1, 1, 1} : background.balance;
    std::vector<double> gains(size_t(page.width()));

    // The black point, from every fourth row and column after flattening.
    std::array<int, 256> histogram{};
    for (int y = 0; y < page.height(); y += 4) {
        rowGains(grid, columns, rows, y, &gains);
        const auto *line = reinterpret_cast<const QRgb *>(page.constScanLine(y));
        for (int x = 0; x < page.width(); x += 4)
            ++histogram[size_t(std::min(255, int(luma(line[x]) * gains[size_t(x)])))];
    }
    const int black = blackPoint(histogram);
    const double stretch = 255.0 / (255 - black);
    const std::array<uint8_t, 256> ink = inkCurve();

    // Fixed point with 12 fractional bits: out = in * factor - offset.
    const int offset = int(std::lround(black * stretch * 4096));
    const auto level = [&](int value, int factor) {
        const int out = (value * factor - offset) >> 12;
        const auto clamped = uint8_t(std::clamp(out, 0, 255));
        return curve ? ink[clamped] : clamped;
    };

    QImage result(page.size(), grey ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    uchar *resultBits = result.bits(); // scanLine() would detach in each thread
    const qsizetype resultStride = result.bytesPerLine();
    forEachRowBand(page.height(), [&](int firstRow, int endRow) {
        std::vector<double> bandGains(size_t(page.width()));
        std::vector<std::array<int, 3>> factors(size_t(page.width()));
        for (int y = firstRow; y < endRow; ++y) {
            rowGains(grid, columns, rows, y, &bandGains);
            for (size_t x = 0; x < bandGains.size(); ++x) {
                for (int c = 0; c < 3; ++c)
                    factors[x][size_t(c)] = int(bandGains[x] * balance[size_t(c)] * stretch * 4096);
            }
            const auto *in = reinterpret_cast<const QRgb *>(page.constScanLine(y));
            if (grey) {
                uint8_t *out = resultBits + y * resultStride;
                for (int x = 0; x < page.width(); ++x)
                    out[x] = level(luma(in[x]), factors[size_t(x)][0]);
            } else {
                auto *out = reinterpret_cast<QRgb *>(resultBits + y * resultStride);
                for (int x = 0; x < page.width(); ++x) {
                    const auto &factor = factors[size_t(x)];
                    out[x] = qRgb(level(qRed(in[x]), factor[0]), level(qGreen(in[x]), factor[1]),
                                  level(qBlue(in[x]), factor[2]));
                }
            }
        }
    });
    return result;
}

// Sauvola's threshold, T = m * (1 + k * (s / 128 - 1)), with the local mean
// m and standard deviation s from integral images.
QImage sauvola(const QImage &grey)
{
    constexpr double K = 0.2;
    constexpr double DynamicRange = 128;
    const int width = grey.width();
    const int height = grey.height();
    const int radius = std::max(7, std::max(width, height) / 100);
    const size_t stride = size_t(width) + 1;
    std::vector<uint32_t> sums(stride * size_t(height + 1), 0);
    std::vector<uint64_t> squares(stride * size_t(height + 1), 0);
    for (int y = 0; y < height; ++y) {
        const uint8_t *line = grey.constScanLine(y);
        uint32_t rowSum = 0;
        uint64_t rowSquares = 0;
        for (int x = 0; x < width; ++x) {
            rowSum += line[x];
            rowSquares += uint64_t(line[x]) * line[x];
            const size_t index = size_t(y + 1) * stride + size_t(x + 1);
            sums[index] = sums[index - stride] + rowSum;
            squares[index] = squares[index - stride] + rowSquares;
        }
    }

    QImage result(grey.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        const int y0 = std::max(0, y - radius);
        const int y1 = std::min(height, y + radius + 1);
        const uint8_t *line = grey.constScanLine(y);
        uint8_t *out = result.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const int x0 = std::max(0, x - radius);
            const int x1 = std::min(width, x + radius + 1);
            const double count = double(x1 - x0) * (y1 - y0);
            const size_t a = size_t(y0) * stride + size_t(x0), b = size_t(y0) * stride + size_t(x1);
            const size_t c = size_t(y1) * stride + size_t(x0), d = size_t(y1) * stride + size_t(x1);
            const double sum = double(sums[d]) + sums[a] - sums[b] - sums[c];
            const double squareSum = double(squares[d]) + squares[a] - squares[b] - squares[c];
            const double mean = sum / count;
            const double deviation = std::sqrt(std::max(0.0, squareSum / count - mean * mean));
            const double threshold = mean * (1 + K * (deviation / DynamicRange - 1));
            out[x] = line[x] <= threshold ? 0 : 255;
        }
    }
    return result;
}

} // namespace

QImage Enhance::apply(const QImage &page, Preset preset)
{
    if (page.isNull())
        return page;
    if (preset == Preset::Auto)
        preset = choose(page);
    switch (preset) {
    case Preset::Auto:
    case Preset::Original:
        return page;
    case Preset::AutoColour:
        return flatten(page, false, true);
    case Preset::Greyscale:
        return flatten(page, true, true);
    case Preset::BlackWhite:
        return sauvola(flatten(page, true, false));
    }
    return page;
}

double Enhance::colourfulShare(const QImage &page)
{
    if (page.isNull())
        return 0;
    // Half size is enough: coloured ink spans several pixels at page resolution.
    const QImage small = std::max(page.width(), page.height()) > 1200
                             ? page.scaled(page.width() / 2, page.height() / 2, Qt::IgnoreAspectRatio,
                                           Qt::SmoothTransformation)
                             : page;
    const QImage flat = flatten(small, false, false);
    qint64 colourful = 0;
    for (int y = 0; y < flat.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(flat.constScanLine(y));
        for (int x = 0; x < flat.width(); ++x) {
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            const int chroma = std::max({r, g, b}) - std::min({r, g, b});
            if (chroma >= 64)
                ++colourful;
        }
    }
    return double(colourful) / (double(flat.width()) * flat.height());
}

Preset Enhance::choose(const QImage &page)
{
    return colourfulShare(page) > ColourfulShare ? Preset::AutoColour : Preset::Greyscale;
}

QString Enhance::name(Preset preset)
{
    switch (preset) {
    case Preset::Auto: return QStringLiteral("auto");
    case Preset::Original: return QStringLiteral("original");
    case Preset::AutoColour: return QStringLiteral("auto-colour");
    case Preset::Greyscale: return QStringLiteral("greyscale");
    case Preset::BlackWhite: return QStringLiteral("black-white");
    }
    return {};
}

std::optional<Preset> Enhance::fromName(const QString &name)
{
    for (const Preset preset :
         {Preset::Auto, Preset::Original, Preset::AutoColour, Preset::Greyscale, Preset::BlackWhite}) {
        if (Enhance::name(preset) == name)
            return preset;
    }
    return std::nullopt;
}

} // namespace qujat
