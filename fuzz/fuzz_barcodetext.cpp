// Fuzz target: the charset repair of decoded barcode bytes. A QR code's byte
// segment is whatever its maker put there; decodeBarcodeBytes must return
// some text for any bytes, and the code-page decoders must map every byte.

#include "barcodes/barcodereader.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the ECI flag and how the library's own text is
    // made, so both branches are reached from one input.
    const bool hasEci = data[0] & 1;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString libraryText = (data[0] & 2) ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
    QString encoding;
    const QString text = qujat::decodeBarcodeBytes(bytes, hasEci, libraryText, &encoding);
    if (encoding.isEmpty())
        abort(); // every branch names the code page it used

    // Single-byte code pages: one UTF-16 unit per byte, always.
    if (qujat::decodeWindows1251(bytes).size() != bytes.size())
        abort();
    if (qujat::decodeKz1048(bytes).size() != bytes.size())
        abort();
    (void)text;
    return 0;
}
