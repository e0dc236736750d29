#pragma once

#include "store/item.h"
#include "store/pendingpage.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <atomic>

namespace qujat {

// A page ready to be stored, with the codes found on it.
struct PreparedPage
{
    PendingPage pending;
    QList<Barcode> barcodes;
};

// Turns a photo or a document file into a page. Each step is a separate
// function so that page finding and cleaning can slot in between:
// load (upright) -> find page -> straighten -> clean -> encode, and barcode
// decoding on the upright full-resolution image.
// Runs on worker threads; never call it on the GUI thread.
class PagePipeline
{
    Q_DECLARE_TR_FUNCTIONS(PagePipeline)

public:
    static constexpr int PageMaxLongSide = 3000;  // stored page, about 250 dpi for A4
    static constexpr int ThumbnailLongSide = 360;
    static constexpr int JpegQuality = 85;

    // Prepares any supported file: images become image pages, PDF and office
    // documents become document pages kept byte for byte.
    static bool prepare(const QString &path, PreparedPage *out, Error *error,
                        const std::atomic_bool *cancel = nullptr);

    static bool prepareImage(const QString &path, PreparedPage *out, Error *error,
                             const std::atomic_bool *cancel = nullptr);
    static bool prepareDocument(const QString &path, PreparedPage *out, Error *error);

    // The steps, public so that tests and later stages can use them alone.
    static QImage findAndStraightenPage(const QImage &upright); // whole frame for now
    static QImage cleanPage(const QImage &page);                // unchanged for now
    static QByteArray encodeJpeg(const QImage &image, int quality);
    static QImage scaledToLongSide(const QImage &image, int longSide);

    // File types attachable as documents, by lower-case suffix.
    static QStringList documentSuffixes();
};

} // namespace qujat
