#include "barcodes/barcodereader.h"

#include "util/logging.h"

#include <QPainter>
#include <QSet>

#include <ZXing/ZXVersion.h>

// ZXing 1.x returns std::wstring from Result::text() unless this is defined;
// from 2.0 on, text() is UTF-8 and the macro has no effect.
#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8 1
#endif
#include <ZXing/BarcodeFormat.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>

#include <algorithm>

namespace qujat {
namespace {

// Compatibility with the zxing-cpp releases we build against: 1.4 (Debian 12)
// has DecodeHints and Result; 2.2 renamed DecodeHints to ReaderOptions and
// 2.3 renamed Result to Barcode.
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

ReaderOptions readerOptions()
{
    ReaderOptions options;
    options.setFormats(ZXing::BarcodeFormat::Any);
    options.setTryHarder(true);
    options.setTryRotate(true);
    options.setTryDownscale(true);
#if QUJAT_ZXING_AT_LEAST(2, 0)
    // read() runs its own pass on the inverted image, the only way in 1.4.
    options.setTryInvert(false);
#endif
    return options;
}

// Long sides of the downscaled passes. Small codes need the full image, large
// codes in big photos are found more reliably at these sizes.
constexpr int PyramidLongSides[] = {2000, 1000};

// Only downscale when it removes at least this share of the long side.
constexpr double MinPyramidStep = 0.8;

// The inverted pass runs on images downscaled to at most this long side,
// which keeps its cost at one pyramid level.
constexpr int MaxInvertedLongSide = 2000;

QImage toGrayscale(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_Grayscale8);

    // Transparent areas count as white paper, not as black.
    QImage flattened(image.size(), QImage::Format_RGB32);
    flattened.fill(Qt::white);
    QPainter painter(&flattened);
    painter.drawImage(0, 0, image);
    painter.end();
    return flattened.convertToFormat(QImage::Format_Grayscale8);
}

QImage scaledToLongSide(const QImage &image, int longSide)
{
    return image.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QByteArray toQByteArray(const ZXing::ByteArray &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

Barcode toBarcode(const Symbol &symbol)
{
    Barcode barcode;
    barcode.format = QString::fromLatin1(ZXing::ToString(symbol.format()));
    barcode.rawBytes = toQByteArray(symbol.bytes());
    const QString libraryText = QString::fromStdString(symbol.text());
    barcode.text = decodeBarcodeBytes(barcode.rawBytes, symbol.hasECI(), libraryText,
                                      &barcode.encoding);
    return barcode;
}

class Collector
{
public:
    void decode(const QImage &grey, const char *pass)
    {
        const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                    ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
        const auto symbols = ZXing::ReadBarcodes(view, m_options);
        for (const Symbol &symbol : symbols) {
            if (symbol.isValid())
                add(toBarcode(symbol), pass);
        }
    }

    QList<Barcode> barcodes() const { return m_barcodes; }

private:
    void add(const Barcode &barcode, const char *pass)
    {
        const QString key = barcode.format + QLatin1Char('\n') + barcode.text;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_barcodes.append(barcode);
        qCInfo(lcBarcodes) << "Found" << barcode.format << "in the" << pass << "pass, encoding"
                           << barcode.encoding;
    }

    const ReaderOptions m_options = readerOptions();
    QSet<QString> m_seen;
    QList<Barcode> m_barcodes;
};

} // namespace

// The passes run in a fixed order and every pass runs, so the result list
// (in order of discovery, duplicates removed) is the same on every call.
QList<Barcode> BarcodeReader::read(const QImage &image)
{
    if (image.isNull() || image.width() < 1 || image.height() < 1)
        return {};

    const QImage grey = toGrayscale(image);
    const int longSide = std::max(grey.width(), grey.height());
    Collector collector;
    collector.decode(grey, "full-resolution");

    for (const int pyramidSide : PyramidLongSides) {
        if (pyramidSide <= longSide * MinPyramidStep)
            collector.decode(scaledToLongSide(grey, pyramidSide), "downscaled");
    }

    QImage inverted = longSide > MaxInvertedLongSide ? scaledToLongSide(grey, MaxInvertedLongSide)
                                                     : grey.copy();
    inverted.invertPixels();
    collector.decode(inverted, "inverted");

    return collector.barcodes();
}

} // namespace qujat
