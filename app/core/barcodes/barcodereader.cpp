#include "barcodes/barcodereader.h"

#include "util/logging.h"
#include "util/parallel.h"

#include <QPainter>
#include <QSet>

// ZXing 2.3 renamed ZXVersion.h to Version.h.
#if __has_include(<ZXing/Version.h>)
#include <ZXing/Version.h>
#else
#include <ZXing/ZXVersion.h>
#endif

// ZXing 1.x returns std::wstring from Result::text() unless this is defined;
// from 2.0 on, text() is UTF-8 and the macro has no effect.
#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8 1
#endif
#include <ZXing/BarcodeFormat.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <future>
#include <string>

namespace qujat {
namespace {

// Compatibility with the zxing-cpp releases we build against: 1.4 (Debian 12)
// has DecodeHints and Result; 2.2 renamed DecodeHints to ReaderOptions,
// 2.3 renamed Result to Barcode and 3.0 renamed LinearCodes to AllLinear.
// NOTE: only the 1.4 branch is built and tested here.
#define QUJAT_ZXING_AT_LEAST(major, minor)                                                 \
    (ZXING_VERSION_MAJOR > (major)                                                         \
     || (ZXING_VERSION_MAJOR == (major) && ZXING_VERSION_MINOR >= (minor)))

#if QUJAT_ZXING_AT_LEAST(2, 2)
using ReaderOptions = ZXing::ReaderOptions;
#else
using ReaderOptions = ZXing::DecodeHints;
#endif

#if QUJAT_ZXING_AT_LEAST(2, 3)
using Symbol = ZXing::Barcode;
#else
using Symbol = ZXing::Result;
#endif

#if QUJAT_ZXING_AT_LEAST(3, 0)
constexpr ZXing::BarcodeFormat LinearFormats = ZXing::BarcodeFormat::AllLinear;
constexpr ZXing::BarcodeFormat MatrixFormats = ZXing::BarcodeFormat::AllMatrix;
#else
constexpr ZXing::BarcodeFormat LinearFormats = ZXing::BarcodeFormat::LinearCodes;
constexpr ZXing::BarcodeFormat MatrixFormats = ZXing::BarcodeFormat::MatrixCodes;
#endif

// Each pyramid level's long side is this share of the one before. With
// ZXing 1.4, codes in low-contrast photos are often found at one scale only.
constexpr double PyramidStep = 2.0 / 3.0;

// The smallest pyramid level, because smaller images are too coarse for any code.
constexpr int MinPyramidLongSide = 160;

// Linear codes are not read on pyramid levels smaller than this, because
// there their bars are about one pixel wide and ZXing 1.4 misreads them (an
// EAN-13 read as a UPC-A with another number).
constexpr int MinLinearLongSide = 400;

// The largest pyramid level. Bigger images go from the full-resolution pass,
// which small codes on a page need, straight to this size.
constexpr int MaxPyramidLongSide = 2000;

// Images smaller than this are also decoded enlarged by UpscaleFactor, which
// helps codes whose modules are only two or three pixels wide.
constexpr int UpscaleBelowLongSide = 1000;
constexpr double UpscaleFactor = 1.5;

// The inverted pass runs on images downscaled to at most this long side,
// which keeps its cost at one pyramid level.
constexpr int MaxInvertedLongSide = 2000;

// The maximum number of linear codes read per pass, one at a time as
// Collector::decodeLinear explains.
constexpr int MaxLinearSymbols = 4;

enum class Symbology { Matrix, Linear };

// The matrix codes a certificate or diploma carries: what the first pass of
// Effort::UntilFound reads. PDF417 and MaxiCode (identity cards, parcels)
// come in the passes that follow when it finds nothing.
ZXing::BarcodeFormats commonMatrixFormats()
{
    return ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::MicroQRCode | ZXing::BarcodeFormat::DataMatrix
           | ZXing::BarcodeFormat::Aztec;
}

// The matrix formats that commonMatrixFormats() leaves out.
ZXing::BarcodeFormats otherMatrixFormats()
{
    ZXing::BarcodeFormats others;
    for (const ZXing::BarcodeFormat format : ZXing::BarcodeFormats(MatrixFormats)) {
        if (!commonMatrixFormats().testFlag(format))
            others |= format;
    }
    return others;
}

// `downscale` lets ZXing try its own smaller copies of the image, which is
// redundant where read() runs its pyramid after the pass.
ReaderOptions readerOptions(Symbology symbology, ZXing::Binarizer binarizer, bool downscale = true,
                            ZXing::BarcodeFormats matrixFormats = MatrixFormats)
{
    const bool linear = symbology == Symbology::Linear;
    ReaderOptions options;
    options.setFormats(linear ? ZXing::BarcodeFormats(LinearFormats) : matrixFormats);
    options.setBinarizer(binarizer);
    options.setTryHarder(true);
    options.setTryRotate(true);
    if (linear) {
        options.setTryDownscale(false);
        options.setMaxNumberOfSymbols(1);
    } else {
        options.setTryDownscale(downscale);
    }
#if QUJAT_ZXING_AT_LEAST(2, 0)
    // read() runs its own pass on the inverted image, the only way in 1.4.
    options.setTryInvert(false);
#endif
    return options;
}

// Rec. 601 luma of gamma-encoded RGB, with the weights ZXing itself uses
// for colour images. Qt 6's conversion to Format_Grayscale8 goes through
// colour management: 30 ms of CPU for a 12 MP photo, against 20 ms for this
// loop, with the same codes found (see docs/benchmarks.md).
QImage lumaOf(const QImage &rgb32)
{
    QImage grey(rgb32.size(), QImage::Format_Grayscale8);
    if (grey.isNull())
        return grey;
    uchar *greyBits = grey.bits(); // scanLine() would detach in each thread
    const qsizetype greyStride = grey.bytesPerLine();
    const int width = rgb32.width();
    forEachRowBand(rgb32.height(), [&](int firstRow, int endRow) {
        for (int y = firstRow; y < endRow; ++y) {
            const auto *in = reinterpret_cast<const QRgb *>(rgb32.constScanLine(y));
            uchar *out = greyBits + y * greyStride;
            for (int x = 0; x < width; ++x) {
                const uint32_t pixel = in[x];
                out[x] = uchar((77 * ((pixel >> 16) & 0xFF) + 150 * ((pixel >> 8) & 0xFF) + 29 * (pixel & 0xFF) + 128)
                               >> 8);
            }
        }
    });
    return grey;
}

QImage toGrayscale(const QImage &image)
{
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    if (!image.hasAlphaChannel())
        return lumaOf(image.convertToFormat(QImage::Format_RGB32));

    // Transparent areas count as white paper, not as black.
    QImage flattened(image.size(), QImage::Format_RGB32);
    flattened.fill(Qt::white);
    QPainter painter(&flattened);
    painter.drawImage(0, 0, image);
    painter.end();
    return lumaOf(flattened);
}

QImage scaledToLongSide(const QImage &image, int longSide)
{
    return image.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

ZXing::ImageView viewOf(const QImage &grey)
{
    return ZXing::ImageView(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                            int(grey.bytesPerLine()));
}

Barcode toBarcode(const Symbol &symbol)
{
    const auto &bytes = symbol.bytes();
    Barcode barcode;
    // ToString() returns const char * before ZXing 2.0 and std::string after.
    barcode.format = QString::fromStdString(std::string(ZXing::ToString(symbol.format())));
    barcode.rawBytes = QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    barcode.text = decodeBarcodeBytes(barcode.rawBytes, symbol.hasECI(),
                                      QString::fromStdString(symbol.text()), &barcode.encoding);
    return barcode;
}

// Paints a found linear code white. Its position spans only the scanned rows,
// so the area is widened across the bars to half the code's length.
void maskOut(QImage *grey, const Symbol &symbol)
{
    QPolygon corners;
    for (const auto &point : symbol.position())
        corners.append(QPoint(point.x, point.y));
    QRect area = corners.boundingRect();
    const int length = std::max(area.width(), area.height());
    const int margin = length / 10 + 2;
    const int acrossGrowth = std::max(0, length / 2 - std::min(area.width(), area.height())) / 2;
    if (area.width() >= area.height())
        area.adjust(-margin, -margin - acrossGrowth, margin, margin + acrossGrowth);
    else
        area.adjust(-margin - acrossGrowth, -margin, margin + acrossGrowth, margin);

    QPainter painter(grey);
    painter.fillRect(area, Qt::white);
}

class Collector
{
public:
    // Decodes with both of ZXing's main binarizers. Local average suits
    // uneven lighting and the global histogram suits low-contrast prints.
    // `pyramidFollows`: read() decodes smaller copies of this image after
    // this pass, so ZXing need not make its own.
    void decode(const QImage &grey, const char *pass, bool withLinear = true, bool pyramidFollows = false)
    {
        for (const ZXing::Binarizer binarizer :
             {ZXing::Binarizer::LocalAverage, ZXing::Binarizer::GlobalHistogram})
            decodeWith(binarizer, grey, pass, withLinear, pyramidFollows);
    }

    // One binarizer's matrix and linear reads.
    void decodeWith(ZXing::Binarizer binarizer, const QImage &grey, const char *pass, bool withLinear,
                    bool pyramidFollows, ZXing::BarcodeFormats matrixFormats = MatrixFormats)
    {
        decodeMatrix(grey, binarizer, pass, !pyramidFollows, matrixFormats);
        if (withLinear)
            decodeLinear(grey, binarizer, pass);
    }

    // One binarizer's matrix read of `formats`.
    void decodeMatrix(const QImage &grey, ZXing::Binarizer binarizer, const char *pass, bool downscale,
                      ZXing::BarcodeFormats formats = MatrixFormats)
    {
        if (formats.empty())
            return;
        const auto options = readerOptions(Symbology::Matrix, binarizer, downscale, formats);
        for (const Symbol &symbol : ZXing::ReadBarcodes(viewOf(grey), options)) {
            if (symbol.isValid())
                add(toBarcode(symbol), outlineOf(symbol), pass);
        }
    }

    bool isEmpty() const { return m_barcodes.isEmpty(); }

    QList<Barcode> barcodes() const { return m_barcodes; }
    QList<QPolygonF> outlines() const { return m_outlines; }

    // Adds what `other` found after what this one found, without duplicates.
    void merge(const Collector &other)
    {
        for (qsizetype i = 0; i < other.m_barcodes.size(); ++i)
            add(other.m_barcodes.at(i), other.m_outlines.at(i), nullptr);
    }

private:
    // ZXing before 2.2 fails an assertion, which aborts in Debian's build,
    // when it compares two reads of the same linear code that each span
    // several rows. That happens when the code is found at two internal
    // scales or is printed twice. So linear codes are read one per call, at
    // one scale, and each is painted over before the next read.
    // TODO: read all formats in one call once ZXing 2.2 is the minimum.
    void decodeLinear(QImage grey, ZXing::Binarizer binarizer, const char *pass)
    {
        const auto options = readerOptions(Symbology::Linear, binarizer);
        for (int read = 0; read < MaxLinearSymbols; ++read) {
            const auto symbols = ZXing::ReadBarcodes(viewOf(grey), options);
            if (symbols.empty() || !symbols.front().isValid())
                return;
            add(toBarcode(symbols.front()), outlineOf(symbols.front()), pass);
            maskOut(&grey, symbols.front());
        }
    }

    void add(const Barcode &barcode, const QPolygonF &outline, const char *pass)
    {
        const QString key = barcode.format + QLatin1Char('\n') + barcode.text;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_barcodes.append(barcode);
        m_outlines.append(outline);
        if (pass) // null when merging and for live frames
            qCInfo(lcBarcodes) << "Found" << barcode.format << "in the" << pass << "pass, encoding"
                               << barcode.encoding;
    }

    static QPolygonF outlineOf(const Symbol &symbol)
    {
        QPolygonF outline;
        for (const auto &point : symbol.position())
            outline.append(QPointF(point.x, point.y));
        return outline;
    }

    QSet<QString> m_seen;
    QList<Barcode> m_barcodes;
    QList<QPolygonF> m_outlines;
};

} // namespace

// The passes run in a fixed order, so the result list (in order of
// discovery, duplicates removed) is the same on every call. With
// Effort::AllPasses every pass runs; with Effort::UntilFound a large photo
// stops after its first pass when that pass found a code.
QList<Barcode> BarcodeReader::read(const QImage &image, Effort effort)
{
    if (image.isNull())
        return {};

    const QImage grey = toGrayscale(image);
    const int longSide = std::max(grey.width(), grey.height());
    const bool pyramidFollows = std::min(MaxPyramidLongSide, qRound(longSide * PyramidStep)) >= MinPyramidLongSide;
    const bool large = longSide > MaxPyramidLongSide;

    // The local-average pass at full resolution reads the sharp, evenly lit
    // codes of a typical phone photo, small ones included. With UntilFound a
    // large photo gets it first and alone, for the common formats, so that
    // reading can stop after it. The other formats follow when it found
    // nothing.
    Collector collector;
    const bool firstPassAlone = large && effort == Effort::UntilFound;
    if (firstPassAlone) {
        collector.decodeWith(ZXing::Binarizer::LocalAverage, grey, "full-resolution", true, pyramidFollows,
                             commonMatrixFormats());
        if (!collector.isEmpty())
            return collector.barcodes();
        collector.decodeMatrix(grey, ZXing::Binarizer::LocalAverage, "full-resolution", !pyramidFollows,
                               otherMatrixFormats());
    }

    // The inverted pass reads white codes on a dark ground from a copy of at
    // most MaxInvertedLongSide pixels.
    const auto decodeInverted = [](const QImage &source, Collector *target) {
        const int sourceSide = std::max(source.width(), source.height());
        QImage inverted = sourceSide <= MaxInvertedLongSide ? source.copy()
                                                            : scaledToLongSide(source, MaxInvertedLongSide);
        inverted.invertPixels();
        target->decode(inverted, "inverted");
    };

    // On a large photo, the (rest of the) full-resolution pass and then the
    // inverted pass run on a second thread beside the pyramid, which takes
    // about as long. The results are merged in the fixed pass order, so the
    // list is the same as when the passes run one after another.
    struct SecondThread
    {
        Collector full;
        Collector inverted;
    };
    std::future<SecondThread> second;
    if (large) {
        second = std::async(std::launch::async, [grey, pyramidFollows, firstPassAlone, decodeInverted] {
            SecondThread result;
            if (!firstPassAlone)
                result.full.decodeWith(ZXing::Binarizer::LocalAverage, grey, "full-resolution", true, pyramidFollows);
            result.full.decodeWith(ZXing::Binarizer::GlobalHistogram, grey, "full-resolution", true, pyramidFollows);
            decodeInverted(grey, &result.inverted);
            return result;
        });
    } else {
        collector.decode(grey, "full-resolution", true, pyramidFollows);
    }

    // Each level is scaled from the one before, not from the full image,
    // which costs a fraction of scaling a 12 MP photo seven times.
    Collector rest;
    QImage level = grey;
    int levelSide = std::min(MaxPyramidLongSide, qRound(longSide * PyramidStep));
    for (; levelSide >= MinPyramidLongSide; levelSide = qRound(levelSide * PyramidStep)) {
        const bool withLinear = levelSide >= MinLinearLongSide;
        const bool levelFollows = qRound(levelSide * PyramidStep) >= MinPyramidLongSide;
        level = scaledToLongSide(level, levelSide);
        rest.decode(level, "downscaled", withLinear, levelFollows);
    }

    if (longSide < UpscaleBelowLongSide)
        rest.decode(scaledToLongSide(grey, qRound(longSide * UpscaleFactor)), "enlarged");

    if (large) {
        SecondThread secondResult = second.get();
        collector.merge(secondResult.full);
        collector.merge(rest);
        collector.merge(secondResult.inverted);
    } else {
        decodeInverted(grey, &rest);
        collector.merge(rest);
    }
    return collector.barcodes();
}

QList<LocatedBarcode> BarcodeReader::readLive(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage grey = image.format() == QImage::Format_Grayscale8 ? image : toGrayscale(image);
    Collector collector;
    // No pass name: a code in view would otherwise be logged on every frame.
    collector.decode(grey, nullptr);
    const QList<Barcode> barcodes = collector.barcodes();
    const QList<QPolygonF> outlines = collector.outlines();
    QList<LocatedBarcode> located;
    for (qsizetype i = 0; i < barcodes.size(); ++i)
        located.append({barcodes.at(i), outlines.at(i)});
    return located;
}

} // namespace qujat
