#include "imaging/imageloader.h"

#include "util/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace qujat {
namespace {

bool fail(Error *error, const QString &message, const QString &detail)
{
    qCWarning(lcImaging).noquote() << detail;
    if (error)
        *error = Error{message, detail};
    return false;
}

QString damagedMessage()
{
    return ImageLoader::tr("This image is damaged or incomplete, so Qujat cannot open it. "
                           "Copy the photo to this device again or take a new one.");
}

QString tooLargeMessage(const QSize &size, qint64 maxPixels)
{
    return ImageLoader::tr("This image is too large to open (%1 × %2 pixels, at most %3 "
                           "megapixels are supported). Save it at a smaller size as a JPEG "
                           "and add it again.")
        .arg(size.width())
        .arg(size.height())
        .arg(maxPixels / 1'000'000);
}

// HEIF (ISO/IEC 23008-12) and AVIF files start with an ISO BMFF 'ftyp' box
// whose major brand follows at offset 8.
bool isHeifContainer(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(12);
    if (head.size() < 12 || head.mid(4, 4) != "ftyp")
        return false;
    static const QByteArrayList brands = {"heic", "heix", "hevc", "hevx", "heim", "heis",
                                          "hevm", "hevs", "mif1", "msf1", "avif", "avis"};
    return brands.contains(head.mid(8, 4));
}

// Walks a PNG's chunks by their length fields. libpng allocates a chunk's
// declared length before reading it, so a 57-byte file that declares a
// gigabyte zTXt chunk costs a gigabyte of memory unless it is caught here.
bool pngChunksFitInFile(const QString &path)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(8) != signature)
        return true; // not a PNG: nothing to check here
    const qint64 size = file.size();
    qint64 pos = 8;
    while (pos + 12 <= size) {
        file.seek(pos);
        const QByteArray header = file.read(8);
        if (header.size() < 8)
            return false;
        const quint32 length = (quint32(uchar(header[0])) << 24) | (quint32(uchar(header[1])) << 16)
            | (quint32(uchar(header[2])) << 8) | quint32(uchar(header[3]));
        if (qint64(length) + 12 > size - pos)
            return false;
        if (header.mid(4, 4) == "IEND")
            return true;
        pos += qint64(length) + 12;
    }
    return false;
}

bool checkFile(const QString &path, Error *error)
{
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable()) {
        return fail(error,
                    ImageLoader::tr("The file could not be opened. Check that it still exists "
                                    "and that Qujat may read it, then choose it again."),
                    QStringLiteral("%1: missing or not readable").arg(path));
    }
    if (file.size() == 0) {
        return fail(error,
                    ImageLoader::tr("This file is empty (0 bytes). Choose the photo again; if "
                                    "it came from a phone or a cloud folder, wait until it has "
                                    "finished copying."),
                    QStringLiteral("%1: empty file").arg(path));
    }
    return true;
}

// Explains why no Qt image plugin accepts the file.
bool failUnreadable(const QString &path, const QImageReader &reader, Error *error)
{
    const QString detail = QStringLiteral("%1: %2").arg(path, reader.errorString());
    if (isHeifContainer(path)) {
        return fail(error,
                    ImageLoader::tr("This photo is in HEIC format, which Qujat cannot read on "
                                    "this device. Convert it to JPEG, or set the phone camera "
                                    "to “Most compatible” and take the photo again."),
                    detail);
    }
    return fail(error,
                ImageLoader::tr("This file is not an image Qujat can read (JPEG, PNG or WebP). "
                                "Choose a photo or a scan."),
                detail);
}

int exifOrientation(QImageIOHandler::Transformations transformation)
{
    switch (int(transformation)) {
    case QImageIOHandler::TransformationMirror: return 2;
    case QImageIOHandler::TransformationRotate180: return 3;
    case QImageIOHandler::TransformationFlip: return 4;
    case QImageIOHandler::TransformationFlipAndRotate90: return 5;
    case QImageIOHandler::TransformationRotate90: return 6;
    case QImageIOHandler::TransformationMirrorAndRotate90: return 7;
    case QImageIOHandler::TransformationRotate270: return 8;
    default: return 1;
    }
}

// Returns the position of the next marker at or after `pos`, skipping
// entropy-coded data, where FF 00 is a stuffed data byte, FF FF is fill and
// FF D0..D7 are restart markers.
qint64 nextJpegMarker(const uchar *data, qint64 size, qint64 pos)
{
    while (pos + 1 < size) {
        const void *found = std::memchr(data + pos, 0xFF, size_t(size - pos - 1));
        if (!found)
            return size;
        pos = static_cast<const uchar *>(found) - data;
        const uchar next = data[pos + 1];
        if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7))
            return pos;
        ++pos;
    }
    return size;
}

// Walks the marker segments by their lengths (so an EXIF thumbnail's own
// end marker is skipped) to the EOI marker FF D9. Qt's JPEG plugin accepts a
// file cut short and fills the missing part with grey, so this check is what
// rejects a truncated JPEG.
bool jpegHasEndOfImage(const uchar *data, qint64 size)
{
    if (size < 4 || data[0] != 0xFF || data[1] != 0xD8)
        return false;
    qint64 pos = 2;
    for (;;) {
        pos = nextJpegMarker(data, size, pos);
        if (pos + 1 >= size)
            return false;
        const uchar marker = data[pos + 1];
        pos += 2;
        if (marker == 0xD9)
            return true;
        if (marker == 0x01)
            continue; // TEM has no length field
        if (pos + 2 > size)
            return false;
        pos += (qint64(data[pos]) << 8) | data[pos + 1];
    }
}

bool jpegFileIsComplete(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = file.size();
    if (uchar *mapped = file.map(0, size)) {
        const bool complete = jpegHasEndOfImage(mapped, size);
        file.unmap(mapped);
        return complete;
    }
    const QByteArray bytes = file.readAll();
    return jpegHasEndOfImage(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size());
}

// Returns the pixels of the decode that Qt 6.4's JPEG plugin makes for a
// scaled read. The plugin has libjpeg decode at ceil(8 / f) eighths of the
// stored size, f being the smaller downscale factor, and scales the rest.
qint64 jpegIntermediatePixels(const QSize &stored, const QSize &target)
{
    const double factor = std::min(double(stored.width()) / target.width(),
                                   double(stored.height()) / target.height());
    const int eighths = std::clamp(int(std::ceil(8 / factor)), 1, 8);
    const qint64 width = (qint64(stored.width()) * eighths + 7) / 8;
    const qint64 height = (qint64(stored.height()) * eighths + 7) / 8;
    return width * height;
}

// The stored-orientation size to decode a JPEG at, so that the result fits
// `maxLongSide` (0: no limit) and neither the result nor libjpeg's
// intermediate decode exceeds MaxDecodePixels.
// NOTE: for a progressive JPEG, libjpeg keeps the DCT coefficients of the
// whole image whatever the output size (about 3 bytes per stored pixel with
// 4:2:0 chroma). The 108 MP progressive test photo peaks near 470 MB, as
// measured with Qt 6.4.2 and Debian 12's libjpeg-turbo.
QSize jpegDecodeSize(const QSize &stored, int maxLongSide)
{
    const double pixels = double(stored.width()) * stored.height();
    const double budgetScale = std::sqrt(double(ImageLoader::MaxDecodePixels) / pixels);
    double scale = std::min(1.0, budgetScale);
    if (maxLongSide > 0)
        scale = std::min(scale, double(maxLongSide) / std::max(stored.width(), stored.height()));
    if (scale >= 1.0)
        return stored;

    QSize target(std::max(1, qRound(stored.width() * scale)),
                 std::max(1, qRound(stored.height() * scale)));
    if (jpegIntermediatePixels(stored, target) > ImageLoader::MaxDecodePixels) {
        // Whole eighths, rounded down, make libjpeg decode exactly the target.
        scale = std::floor(8 * budgetScale) / 8;
        target = QSize(std::max(1, int(stored.width() * scale)),
                       std::max(1, int(stored.height() * scale)));
    }
    return target;
}

QImage fitLongSide(const QImage &image, int maxLongSide)
{
    if (maxLongSide <= 0 || std::max(image.width(), image.height()) <= maxLongSide)
        return image;
    return image.scaled(maxLongSide, maxLongSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QImage toOutputFormat(const QImage &image)
{
    return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32
                                                         : QImage::Format_RGB32);
}

} // namespace

bool ImageLoader::probe(const QString &path, Info *info, Error *error)
{
    if (!checkFile(path, error))
        return false;
    if (!pngChunksFitInFile(path)) {
        return fail(error, damagedMessage(),
                    QStringLiteral("%1: a PNG chunk is longer than the file or the file is cut short")
                        .arg(path));
    }
    QImageReader reader(path);
    if (!reader.canRead())
        return failUnreadable(path, reader, error);

    const QSize stored = reader.size();
    if (!stored.isValid() || stored.isEmpty()) {
        return fail(error, damagedMessage(),
                    QStringLiteral("%1: no valid image size in the header: %2")
                        .arg(path, reader.errorString()));
    }
    if (qint64(stored.width()) * stored.height() > MaxSourcePixels) {
        return fail(error, tooLargeMessage(stored, MaxSourcePixels),
                    QStringLiteral("%1: %2x%3 pixels exceed the limit of %4")
                        .arg(path)
                        .arg(stored.width())
                        .arg(stored.height())
                        .arg(MaxSourcePixels));
    }

    if (info) {
        const QImageIOHandler::Transformations transformation = reader.transformation();
        info->format = reader.format();
        info->storedSize = stored;
        info->uprightSize = transformation.testFlag(QImageIOHandler::TransformationRotate90)
                                ? stored.transposed()
                                : stored;
        info->exifOrientation = exifOrientation(transformation);
    }
    return true;
}

// Only JPEG decodes directly at a smaller size, through libjpeg's DCT
// scaling. The other Qt image plugins allocate the full image before
// scaling, so those formats are limited to MaxDecodePixels as stored.
QImage ImageLoader::load(const QString &path, int maxLongSide, Error *error)
{
    Info info;
    if (!probe(path, &info, error))
        return {};

    const bool jpeg = info.format == "jpeg";
    if (jpeg && !jpegFileIsComplete(path)) {
        fail(error, damagedMessage(), QStringLiteral("%1: JPEG without an end marker").arg(path));
        return {};
    }

    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize stored = info.storedSize;
    if (jpeg) {
        const QSize decodeSize = jpegDecodeSize(stored, maxLongSide);
        if (decodeSize != stored)
            reader.setScaledSize(decodeSize);
    } else if (qint64(stored.width()) * stored.height() > MaxDecodePixels) {
        fail(error, tooLargeMessage(stored, MaxDecodePixels),
             QStringLiteral("%1: %2 image of %3x%4 pixels cannot be decoded scaled")
                 .arg(path, QString::fromLatin1(info.format))
                 .arg(stored.width())
                 .arg(stored.height()));
        return {};
    }

    const QImage image = reader.read();
    if (image.isNull()) {
        fail(error, damagedMessage(),
             QStringLiteral("%1: decoding failed: %2").arg(path, reader.errorString()));
        return {};
    }
    return toOutputFormat(fitLongSide(image, maxLongSide));
}

} // namespace qujat
