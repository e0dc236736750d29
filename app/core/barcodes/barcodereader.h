#pragma once

#include "store/item.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QString>

namespace qujat {

// Finds every QR code and barcode on a page with ZXing-C++. A single decode
// scale is never safe (small codes vanish when shrunk, large photos fail at
// full size), so it tries the full image, a downscaled pyramid and the
// inverted image (white on dark), each with rotation.
// A code with its outline in the pixels of the image it was read from,
// clockwise from the symbol's own top left.
struct LocatedBarcode
{
    Barcode barcode;
    QPolygonF outline;
};

class BarcodeReader
{
public:
    // How much work read() may skip.
    enum class Effort {
        // Every pass, for the most codes.
        AllPasses,
        // For a photo larger than the pyramid (a camera photo), stop after
        // the full-resolution local-average pass for QR, Micro QR, Data
        // Matrix, Aztec and linear codes when it found a code.
        // Further codes that only other passes read are then missed; the
        // capture pipeline takes that risk for speed.
        UntilFound,
    };

    static QList<Barcode> read(const QImage &image, Effort effort = Effort::AllPasses);

    // One quick pass for camera preview frames: the image as it is, with
    // both binarizers, no pyramid and no inverted pass. Returns each code
    // with its outline, for drawing it over the viewfinder.
    static QList<LocatedBarcode> readLive(const QImage &image);
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
