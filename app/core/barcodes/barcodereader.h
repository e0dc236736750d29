#pragma once

#include "store/item.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace qujat {

// Finds every QR code and barcode on a page with ZXing-C++. A single decode
// scale is never safe (small codes vanish when shrunk, large photos fail at
// full size), so it tries the full image, a downscaled pyramid and the
// inverted image (white on dark), each with rotation.
class BarcodeReader
{
public:
    static QList<Barcode> read(const QImage &image);
};

// Decodes a symbol's byte content to text. Valid UTF-8 stays UTF-8; bytes
// that carry no ECI and are not UTF-8 are re-decoded as Windows-1251 or
// KZ-1048 when that yields plausible Cyrillic, instead of Latin-1 mojibake.
// `encoding` receives the name of the code page used.
QString decodeBarcodeBytes(const QByteArray &bytes, bool hasEci, const QString &libraryText,
                           QString *encoding);

QString decodeWindows1251(const QByteArray &bytes);
QString decodeKz1048(const QByteArray &bytes);

} // namespace qujat
