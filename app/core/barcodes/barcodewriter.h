#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace qujat {

// Renders a QR code with ZXing's writer: black modules on white with a quiet
// zone of four modules, `moduleSize` pixels per module. Returns a null image
// when the text does not fit in a QR code.
QImage renderQrCode(const QString &text, int moduleSize);

// The same for raw bytes in byte mode without an ECI segment, to test how
// legacy code pages are read back.
QImage renderQrCodeBytes(const QByteArray &bytes, int moduleSize);

} // namespace qujat
