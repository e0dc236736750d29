#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace qujat {

// Reads photos and scans safely: EXIF orientation applied to the pixels,
// large photos decoded directly at the size needed, and non-images,
// truncated files and decompression bombs rejected with a clear message.
class ImageLoader
{
    Q_DECLARE_TR_FUNCTIONS(ImageLoader)

public:
    // Images claiming more pixels than this are rejected before decoding.
    static constexpr qint64 MaxSourcePixels = 250'000'000;

    // Largest decode in pixels; bigger images are decoded scaled down to fit.
    // 32 MP keeps a decode under 128 MB at 4 bytes per pixel.
    static constexpr qint64 MaxDecodePixels = 32'000'000;

    struct Info
    {
        QByteArray format;   // "jpeg", "png", "webp" ...
        QSize storedSize;    // as stored in the file
        QSize uprightSize;   // after applying the EXIF orientation
        int exifOrientation = 1;
    };

    // Reads the header only. Fails for non-images, unsupported formats (with
    // advice, e.g. to convert HEIC to JPEG) and oversized images.
    static bool probe(const QString &path, Info *info, Error *error);

    // Decodes the image upright, scaled down (never up) so that its longer
    // side is at most `maxLongSide` pixels (0: as large as MaxDecodePixels
    // allows). Fails on truncated or corrupt data.
    static QImage load(const QString &path, int maxLongSide, Error *error);
};

} // namespace qujat
