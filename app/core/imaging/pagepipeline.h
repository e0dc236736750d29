#pragma once

#include "imaging/enhance.h"
#include "imaging/pagedetector.h"
#include "store/item.h"
#include "store/pendingpage.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace qujat {

// The stored page's resolution, with the JPEG quality that suits it.
enum class SizePreset {
    Small,  // about 1 megapixel: an A4 page at about 100 dpi
    Medium, // about 2 megapixels: an A4 page at about 150 dpi
    Large,  // about 4 megapixels: an A4 page at about 200 dpi
};

// Options of the page pipeline for one photo.
struct PipelineOptions
{
    bool crop = true;                  // find the page and straighten it; false keeps the whole photo
    Preset preset = Preset::Auto;
    SizePreset size = SizePreset::Medium;
    std::optional<Quad> corners;       // corners set by hand, in upright pixels; skip detection
};

// The page's position in the upright photo, kept for re-cropping later.
struct PageGeometry
{
    QSize uprightSize;
    Quad corners;              // clockwise from the top left; the frame when no page was found
    bool pageFound = false;    // false: the whole photo (not found, no crop, or not an image)
    bool manualCorners = false;
    double confidence = 0;     // the detector's, 0..1
};

// A page ready to be stored, with the codes found on it. `geometry` and
// `preset` describe image pages only; the store keeps the preset and the
// corners (when a page was cut from the photo) with the page.
struct PreparedPage
{
    PendingPage pending;
    QList<Barcode> barcodes;
    PageGeometry geometry;
    Preset preset = Preset::Original; // the preset applied; never Auto
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
    // The stored page's longer side never exceeds this, whatever the size
    // preset: it bounds long receipts.
    static constexpr int PageMaxLongSide = 3000;
    static constexpr int ThumbnailLongSide = 360;
    static constexpr int JpegQuality = 85; // thumbnails and document previews

    // Prepares any supported file: images become image pages, PDF and office
    // documents become document pages kept byte for byte.
    static bool prepare(const QString &path, PreparedPage *out, Error *error,
                        const std::atomic_bool *cancel = nullptr, const PipelineOptions &options = {});

    static bool prepareImage(const QString &path, PreparedPage *out, Error *error,
                             const std::atomic_bool *cancel = nullptr,
                             const PipelineOptions &options = {});
    static bool prepareDocument(const QString &path, PreparedPage *out, Error *error);

    // The steps, public so that tests and later stages can use them alone.

    // Finds the page in the upright photo (or takes options.corners, or the
    // whole photo when options.crop is false) and warps it flat at the size
    // of options.size. `geometry` receives the corners used.
    static QImage findAndStraightenPage(const QImage &upright, const PipelineOptions &options = {},
                                        PageGeometry *geometry = nullptr);
    // Applies the cleaning preset; `applied` receives what Auto chose.
    static QImage cleanPage(const QImage &page, Preset preset = Preset::Auto, Preset *applied = nullptr);
    static QByteArray encodeJpeg(const QImage &image, int quality);
    static QImage scaledToLongSide(const QImage &image, int longSide);

    // The pixel budget and JPEG quality of a size preset.
    static qint64 maxPixels(SizePreset size);
    static int jpegQuality(SizePreset size);

    // "small", "medium" and "large", for the command line.
    static QString sizeName(SizePreset size);
    static std::optional<SizePreset> sizeFromName(const QString &name);

    // File types attachable as documents, by lower-case suffix.
    static QStringList documentSuffixes();
};

} // namespace qujat
