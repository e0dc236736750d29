#include "imaging/pagepipeline.h"

#include "barcodes/barcodereader.h"
#include "imaging/documentpreview.h"
#include "imaging/imageloader.h"
#include "imaging/perspective.h"
#include "util/logging.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QMimeDatabase>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <future>

namespace qujat {
namespace {

// File type detected from the first bytes of a file.
enum class Content { Unknown, Image, Pdf, Zip, Ole, Rtf };

constexpr qint64 SniffLength = 1024;

QByteArray readHead(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(SniffLength);
}

bool isImageSignature(const QByteArray &head)
{
    static const QByteArrayList prefixes = {
        QByteArray("\xFF\xD8\xFF", 3), QByteArray("\x89PNG\r\n\x1A\n", 8), "GIF87a", "GIF89a",
        "BM", QByteArray("II*\0", 4), QByteArray("MM\0*", 4)};
    for (const QByteArray &prefix : prefixes) {
        if (head.startsWith(prefix))
            return true;
    }
    const bool webp = head.startsWith("RIFF") && head.mid(8, 4) == "WEBP";
    // ISO BMFF images (HEIC, AVIF) go to the image loader, which explains
    // how to convert them when no plugin can read them.
    const bool isoMedia = head.mid(4, 4) == "ftyp";
    return webp || isoMedia;
}

Content sniff(const QByteArray &head)
{
    // PDF readers accept the header anywhere in the first 1024 bytes.
    if (head.indexOf("%PDF-") >= 0)
        return Content::Pdf;
    if (head.startsWith(QByteArray("PK\x03\x04", 4)))
        return Content::Zip; // Office Open XML and OpenDocument files are zips
    if (head.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)))
        return Content::Ole; // Compound File Binary: DOC, XLS, PPT
    if (head.startsWith("{\\rtf"))
        return Content::Rtf;
    if (isImageSignature(head))
        return Content::Image;
    return Content::Unknown;
}

bool isPlainText(const QByteArray &head)
{
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    return utf16 || !head.contains('\0');
}

// Whether a document's first bytes match the type its suffix names. A .doc
// may also be RTF, because Word saves and opens RTF under that name.
bool contentMatchesSuffix(const QString &suffix, Content content, const QByteArray &head)
{
    static const QStringList zipSuffixes = {QStringLiteral("docx"), QStringLiteral("xlsx"),
                                            QStringLiteral("pptx"), QStringLiteral("odt"),
                                            QStringLiteral("ods"), QStringLiteral("odp")};
    if (suffix == u"pdf")
        return content == Content::Pdf;
    if (zipSuffixes.contains(suffix))
        return content == Content::Zip;
    if (suffix == u"doc")
        return content == Content::Ole || content == Content::Rtf;
    if (suffix == u"xls" || suffix == u"ppt")
        return content == Content::Ole;
    if (suffix == u"rtf")
        return content == Content::Rtf;
    if (suffix == u"txt")
        return content == Content::Unknown && isPlainText(head);
    return false;
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

bool fail(Error *error, const QString &message, const QString &detail)
{
    qCWarning(lcImaging).noquote() << detail;
    if (error)
        *error = Error{message, detail};
    return false;
}

bool checkDocumentFile(const QFileInfo &file, Error *error)
{
    if (!file.isFile() || !file.isReadable()) {
        return fail(error,
                    PagePipeline::tr("The file could not be opened. Check that it still exists "
                                     "and that Qujat may read it, then choose it again."),
                    QStringLiteral("%1: missing or not readable").arg(file.filePath()));
    }
    if (file.size() == 0) {
        return fail(error,
                    PagePipeline::tr("The file “%1” is empty (0 bytes). Choose it again; if it "
                                     "came from a phone or a cloud folder, wait until it has "
                                     "finished copying.")
                        .arg(file.fileName()),
                    QStringLiteral("%1: empty file").arg(file.filePath()));
    }
    return true;
}

bool failCancelled(Error *error, const QString &path)
{
    return fail(error, PagePipeline::tr("Adding the page was cancelled."),
                QStringLiteral("%1: cancelled").arg(path));
}

QString suffixForImageFormat(const QByteArray &format)
{
    if (format == "jpeg")
        return QStringLiteral("jpg");
    return QString::fromLatin1(format);
}

// Builds an image page whose original stays on disk until the store copies
// it byte for byte, for re-cropping later.
PendingPage pendingImagePage(const QSize &size, const QByteArray &jpeg, const QByteArray &thumbnail,
                             const QString &originalPath, const QString &originalSuffix)
{
    const QString jpegSuffix = QStringLiteral("jpg");
    PendingPage pending;
    pending.page.kind = PageKind::Image;
    pending.page.fileSuffix = jpegSuffix;
    pending.page.mimeType = QStringLiteral("image/jpeg");
    pending.page.byteSize = jpeg.size();
    pending.page.width = size.width();
    pending.page.height = size.height();
    pending.page.originalSuffix = originalSuffix;
    pending.file = PendingFile{jpeg, QString(), jpegSuffix};
    pending.thumbnail = PendingFile{thumbnail, QString(), jpegSuffix};
    pending.original = PendingFile{QByteArray(), originalPath, originalSuffix};
    return pending;
}

void fillDocumentPreview(const QString &path, PendingPage *pending)
{
    int pageCount = 0;
    const QImage preview =
        renderPdfFirstPage(path, PagePipeline::ThumbnailLongSide, &pageCount);
    if (preview.isNull()) {
        qCInfo(lcImaging) << "No preview for" << path;
        return;
    }
    pending->thumbnail.bytes = PagePipeline::encodeJpeg(preview, PagePipeline::JpegQuality);
    pending->thumbnail.suffix = QStringLiteral("jpg");
    pending->page.width = preview.width();
    pending->page.height = preview.height();
}

} // namespace

QStringList PagePipeline::documentSuffixes()
{
    return {QStringLiteral("pdf"),  QStringLiteral("docx"), QStringLiteral("doc"),
            QStringLiteral("pptx"), QStringLiteral("ppt"),  QStringLiteral("xlsx"),
            QStringLiteral("xls"),  QStringLiteral("odt"),  QStringLiteral("ods"),
            QStringLiteral("odp"),  QStringLiteral("rtf"),  QStringLiteral("txt")};
}

// Documents are recognised by their magic bytes first, then images (by
// signature or by a Qt image plugin). Whatever is left goes by its suffix,
// so a mislabelled file gets the message of the type it claims to be.
bool PagePipeline::prepare(const QString &path, PreparedPage *out, Error *error,
                           const std::atomic_bool *cancel, const PipelineOptions &options)
{
    // Reading a FIFO or a device would block or never end; the image path
    // rejects anything but a regular file with a clear message.
    if (!QFileInfo(path).isFile())
        return prepareImage(path, out, error, cancel, options);
    const QByteArray head = readHead(path);
    const Content content = sniff(head);
    if (content == Content::Pdf || content == Content::Zip || content == Content::Ole
        || content == Content::Rtf) {
        return prepareDocument(path, out, error);
    }
    if (content == Content::Image || !QImageReader::imageFormat(path).isEmpty())
        return prepareImage(path, out, error, cancel, options);
    if (documentSuffixes().contains(QFileInfo(path).suffix().toLower()))
        return prepareDocument(path, out, error);
    return prepareImage(path, out, error, cancel, options);
}

// Codes are decoded on the full-resolution upright photo on a second
// thread while this one finds, straightens, cleans and encodes the page.
// A camera photo's codes are read until a pass finds one (see
// BarcodeReader::Effort): the thorough passes would keep that thread busy
// long after the page is ready.
bool PagePipeline::prepareImage(const QString &path, PreparedPage *out, Error *error,
                                const std::atomic_bool *cancel, const PipelineOptions &options)
{
    ImageLoader::Info info;
    if (!ImageLoader::probe(path, &info, error))
        return false;
    const QImage upright = ImageLoader::load(path, 0, error);
    if (upright.isNull())
        return false;
    if (isCancelled(cancel))
        return failCancelled(error, path);

    std::future<QList<Barcode>> barcodes = std::async(std::launch::async, [upright] {
        return BarcodeReader::read(upright, BarcodeReader::Effort::UntilFound);
    });

    PreparedPage prepared;
    const QImage straightened = findAndStraightenPage(upright, options, &prepared.geometry);
    if (isCancelled(cancel)) {
        barcodes.wait();
        return failCancelled(error, path);
    }
    const QImage page = cleanPage(straightened, options.preset, &prepared.preset);
    const QByteArray jpeg = encodeJpeg(page, jpegQuality(options.size));
    const QByteArray thumbnail = encodeJpeg(scaledToLongSide(page, ThumbnailLongSide), JpegQuality);
    prepared.barcodes = barcodes.get(); // pageIndex 0: an image file is one page
    if (jpeg.isEmpty() || thumbnail.isEmpty()) {
        return fail(error,
                    tr("Qujat could not save this page as a JPEG. Check that the device has "
                       "free space and add the photo again."),
                    QStringLiteral("%1: JPEG encoding failed").arg(path));
    }
    if (isCancelled(cancel))
        return failCancelled(error, path);

    prepared.pending = pendingImagePage(page.size(), jpeg, thumbnail, path,
                                        suffixForImageFormat(info.format));
    prepared.pending.page.preset = Enhance::name(prepared.preset);
    if (prepared.geometry.pageFound || prepared.geometry.manualCorners) {
        for (const QPointF &corner : prepared.geometry.corners)
            prepared.pending.page.corners.append(corner);
    }
    if (out)
        *out = prepared;
    return true;
}

bool PagePipeline::prepareDocument(const QString &path, PreparedPage *out, Error *error)
{
    const QFileInfo file(path);
    if (!checkDocumentFile(file, error))
        return false;

    const QByteArray head = readHead(path);
    const Content content = sniff(head);
    QString suffix = file.suffix().toLower();
    if (!documentSuffixes().contains(suffix) && content == Content::Pdf)
        suffix = QStringLiteral("pdf"); // a PDF saved without its suffix
    if (!documentSuffixes().contains(suffix)) {
        return fail(error,
                    tr("Qujat cannot attach “%1”. Attach a photo, a PDF or an office document "
                       "(DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, ODP, RTF or TXT).")
                        .arg(file.fileName()),
                    QStringLiteral("%1: unsupported document suffix '%2'").arg(path, suffix));
    }
    if (!contentMatchesSuffix(suffix, content, head)) {
        return fail(error,
                    tr("The file “%1” is not a valid %2 document because its content does not "
                       "match its name. Open it on a computer, save it again as %2 and attach "
                       "the new file.")
                        .arg(file.fileName(), suffix.toUpper()),
                    QStringLiteral("%1: content does not match the suffix '%2' (starts with %3)")
                        .arg(path, suffix, QString::fromLatin1(head.left(8).toHex(' '))));
    }

    PreparedPage prepared;
    PendingPage &pending = prepared.pending;
    pending.page.kind = PageKind::Document;
    pending.page.fileSuffix = suffix;
    // The content decides for a PDF, whatever its name says (a PDF saved as
    // ".jpg" must not be labelled image/jpeg).
    pending.page.mimeType = content == Content::Pdf ? QStringLiteral("application/pdf")
                                                    : QMimeDatabase().mimeTypeForFile(path).name();
    pending.page.displayName = file.fileName();
    pending.page.byteSize = file.size();
    pending.file = PendingFile{QByteArray(), path, suffix};
    if (suffix == u"pdf" && canRenderPdf())
        fillDocumentPreview(path, &pending);
    if (out)
        *out = prepared;
    return true;
}

QImage PagePipeline::findAndStraightenPage(const QImage &upright, const PipelineOptions &options,
                                          PageGeometry *geometry)
{
    PageGeometry found;
    found.uprightSize = upright.size();
    found.corners = PageDetector::frameQuad(upright.size());
    if (options.corners) {
        found.corners = PageDetector::orderedClockwise(*options.corners);
        found.pageFound = PageDetector::isConvex(found.corners);
        found.manualCorners = found.pageFound;
        if (!found.pageFound) {
            qCWarning(lcImaging) << "Ignoring manual corners that do not form a convex quadrilateral";
            found.corners = PageDetector::frameQuad(upright.size());
        }
    } else if (options.crop) {
        const PageDetection detection = PageDetector::detect(upright);
        found.corners = detection.corners;
        found.pageFound = detection.found;
        found.confidence = detection.confidence;
    }
    if (geometry)
        *geometry = found;

    QSize size;
    if (found.pageFound) {
        size = Perspective::outputSize(found.corners, upright.size(), maxPixels(options.size));
    } else {
        // The whole photo keeps its own ratio.
        const double pixels = double(upright.width()) * upright.height();
        const double scale = std::min(1.0, std::sqrt(double(maxPixels(options.size)) / pixels));
        // Rounded down, so that the page never exceeds the budget.
        size = QSize(std::max(1, int(upright.width() * scale)), std::max(1, int(upright.height() * scale)));
    }
    const int longSide = std::max(size.width(), size.height());
    if (longSide > PageMaxLongSide)
        size = (QSizeF(size) * (double(PageMaxLongSide) / longSide)).toSize();
    if (size == upright.size() && !found.pageFound)
        return upright;
    return Perspective::warp(upright, found.corners, size);
}

QImage PagePipeline::cleanPage(const QImage &page, Preset preset, Preset *applied)
{
    const Preset resolved = preset == Preset::Auto ? Enhance::choose(page) : preset;
    if (applied)
        *applied = resolved;
    return Enhance::apply(page, resolved);
}

qint64 PagePipeline::maxPixels(SizePreset size)
{
    switch (size) {
    case SizePreset::Small: return 1'000'000;
    case SizePreset::Medium: return 2'000'000;
    case SizePreset::Large: return 4'000'000;
    }
    return 2'000'000;
}

// Measured on the rendered certificate of tst_pagepipeline: at quality 70
// its 2.2 cm QR code (about 2.4 pixels per module on a small page) no
// longer decodes, so the small page keeps quality 80. The medium page stays
// under 400 KB for the corpus photos at 78.
int PagePipeline::jpegQuality(SizePreset size)
{
    switch (size) {
    case SizePreset::Small: return 80;
    case SizePreset::Medium: return 78;
    case SizePreset::Large: return 85;
    }
    return 78;
}

QString PagePipeline::sizeName(SizePreset size)
{
    switch (size) {
    case SizePreset::Small: return QStringLiteral("small");
    case SizePreset::Medium: return QStringLiteral("medium");
    case SizePreset::Large: return QStringLiteral("large");
    }
    return {};
}

std::optional<SizePreset> PagePipeline::sizeFromName(const QString &name)
{
    for (const SizePreset size : {SizePreset::Small, SizePreset::Medium, SizePreset::Large}) {
        if (sizeName(size) == name)
            return size;
    }
    return std::nullopt;
}

QByteArray PagePipeline::encodeJpeg(const QImage &image, int quality)
{
    // JPEG has no alpha channel, so transparent areas become white paper.
    QImage opaque = image;
    if (image.hasAlphaChannel()) {
        opaque = QImage(image.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    if (!writer.write(opaque)) {
        qCWarning(lcImaging) << "JPEG encoding failed:" << writer.errorString();
        return {};
    }
    return bytes;
}

QImage PagePipeline::scaledToLongSide(const QImage &image, int longSide)
{
    if (longSide <= 0 || std::max(image.width(), image.height()) <= longSide)
        return image;
    return image.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace qujat
