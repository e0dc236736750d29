#include "barcodes/barcodewriter.h"

#include "util/logging.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <stdexcept>

namespace qujat {
namespace {

constexpr int QuietZoneModules = 4;

QImage toImage(const ZXing::BitMatrix &modules, int moduleSize)
{
    const int side = modules.width() + 2 * QuietZoneModules;
    QImage image(side * moduleSize, (modules.height() + 2 * QuietZoneModules) * moduleSize,
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    const QRgb black = qRgb(0, 0, 0);
    for (int y = 0; y < modules.height(); ++y) {
        for (int x = 0; x < modules.width(); ++x) {
            if (!modules.get(x, y))
                continue;
            const int left = (x + QuietZoneModules) * moduleSize;
            const int top = (y + QuietZoneModules) * moduleSize;
            for (int dy = 0; dy < moduleSize; ++dy) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(top + dy));
                std::fill(line + left, line + left + moduleSize, black);
            }
        }
    }
    return image;
}

// `utf8` is the content as UTF-8. With CharacterSet::Unknown ZXing 1.4 encodes
// byte mode as ISO-8859-1 and writes no ECI segment.
QImage encode(const std::string &utf8, ZXing::CharacterSet characterSet, int moduleSize)
{
    if (moduleSize < 1)
        return {};
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEncoding(characterSet);
        writer.setMargin(0);
        // Width and height 0 give one pixel per module.
        return toImage(writer.encode(utf8, 0, 0), moduleSize);
    } catch (const std::exception &e) {
        qCWarning(lcBarcodes) << "Cannot encode a QR code of" << utf8.size()
                              << "bytes:" << e.what();
        return {};
    }
}

} // namespace

// The UTF-8 encoding makes ZXing write an ECI segment for UTF-8.
QImage renderQrCode(const QString &text, int moduleSize)
{
    return encode(text.toStdString(), ZXing::CharacterSet::UTF8, moduleSize);
}

// Each byte becomes the ISO-8859-1 character of the same value, which byte
// mode stores unchanged.
QImage renderQrCodeBytes(const QByteArray &bytes, int moduleSize)
{
    return encode(QString::fromLatin1(bytes).toStdString(), ZXing::CharacterSet::Unknown,
                  moduleSize);
}

} // namespace qujat
