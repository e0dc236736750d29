#include "bundle/bundlewriter.h"

#include "bundle/digest.h"
#include "bundle/exportjournal.h"
#include "bundle/indexhtml.h"
#include "bundle/portfoliojson.h"
#include "bundle/readablenames.h"
#include "bundle/signing.h"
#include "catalog/catalog.h"
#include "report/reportwriter.h"
#include "store/store.h"
#include "util/crashpoint.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTemporaryFile>

#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <list>

namespace qujat::bundle {

namespace {

struct PayloadFile
{
    QString bagPath;  // "data/..."
    QString source;   // file on disk, or empty for in-memory content
    QByteArray bytes; // in-memory content
    QString sha256;
    qint64 size = 0;
    bool compress = false;
};

QString manifestPath(const QString &path)
{
    QString encoded = path;
    encoded.replace(QLatin1Char('%'), QLatin1String("%25"));
    encoded.replace(QLatin1Char('\n'), QLatin1String("%0A"));
    encoded.replace(QLatin1Char('\r'), QLatin1String("%0D"));
    return encoded;
}

struct CancelState
{
    const ExportOptions *options;
    qint64 total;
    bool cancelled = false;
};

} // namespace

bool BundleWriter::write(Store &store, const QString &outPath, const ExportOptions &options,
                         ExportResult *result, Error *error)
{
    const auto fail = [&](const QString &detail) {
        *error = {tr("Qujat could not write the bundle %1. Check that the folder is writable and the "
                     "disk is not full, then try again.")
                      .arg(QDir::toNativeSeparators(outPath)),
                  detail};
        qCWarning(lcStore) << "Export failed:" << detail;
        return false;
    };

    const Catalog &catalog = Catalog::instance();
    PortfolioDocument document;
    document.portfolioUuid = store.portfolioUuid();
    document.bundleUuid = QUuid::createUuid();
    document.exported = QDateTime::currentDateTimeUtc();
    document.appVersion = options.appVersion;
    document.profile = store.profile();
    document.tombstones = store.tombstones();
    if (document.portfolioUuid.isNull())
        return fail(QStringLiteral("the store has no portfolio identity"));

    // Items in the official section order, then by date.
    QHash<QString, int> sectionOrder;
    for (qsizetype i = 0; i < catalog.sections().size(); ++i)
        sectionOrder.insert(catalog.sections().at(i).key, int(i));
    document.items = store.items();
    std::stable_sort(document.items.begin(), document.items.end(), [&](const Item &a, const Item &b) {
        const int sa = sectionOrder.value(a.sectionKey, 1000);
        const int sb = sectionOrder.value(b.sectionKey, 1000);
        if (sa != sb)
            return sa < sb;
        return a.date < b.date;
    });

    // Payload plan: readable names, one folder per section.
    std::list<PayloadFile> payload;
    QHash<QString, QSet<QString>> takenInFolder;
    QSet<QString> thumbnailsAdded;
    for (const Item &item : std::as_const(document.items)) {
        const Section *section = catalog.section(item.sectionKey);
        const int order = sectionOrder.value(item.sectionKey, 999) + 1;
        const QString folder = QStringLiteral("data/") + readableName(
            QStringLiteral("%1 %2").arg(order, 2, 10, QLatin1Char('0'))
                .arg(section ? section->name.kk : item.sectionKey), 64);
        QList<PageFiles> files;
        for (qsizetype i = 0; i < item.pages.size(); ++i) {
            const Page &page = item.pages.at(i);
            QString stem = item.date.isValid() ? item.date.toString(Qt::ISODate) + QLatin1Char(' ') : QString();
            stem += item.title.isEmpty() ? item.uuid.toString(QUuid::WithoutBraces).left(8) : item.title;
            if (item.pages.size() > 1)
                stem += QStringLiteral(" - %1").arg(i + 1);
            const QString name = uniqueName(readableName(stem, 80), page.fileSuffix, &takenInFolder[folder]);
            PageFiles where;
            where.path = folder + QLatin1Char('/') + name;
            PayloadFile file;
            file.bagPath = where.path;
            file.source = store.pagePath(page);
            file.sha256 = page.fileSha;
            file.size = QFileInfo(file.source).size();
            if (!QFileInfo(file.source).isFile())
                return fail(QStringLiteral("missing page file ") + file.source);
            payload.push_back(file);
            if (!page.thumbnailSha.isEmpty()) {
                where.thumbnailPath = QStringLiteral("data/thumbnails/") + page.thumbnailSha + QLatin1String(".jpg");
                if (!thumbnailsAdded.contains(page.thumbnailSha)) {
                    thumbnailsAdded.insert(page.thumbnailSha);
                    PayloadFile thumbnail;
                    thumbnail.bagPath = where.thumbnailPath;
                    thumbnail.source = store.thumbnailPath(page);
                    thumbnail.sha256 = page.thumbnailSha;
                    thumbnail.size = QFileInfo(thumbnail.source).size();
                    if (!QFileInfo(thumbnail.source).isFile())
                        return fail(QStringLiteral("missing thumbnail ") + thumbnail.source);
                    payload.push_back(thumbnail);
                }
            }
            files.append(where);
        }
        document.pageFiles.insert(item.uuid, files);
    }
    if (!document.profile.photoSha.isEmpty()) {
        PayloadFile photo;
        photo.source = store.files().pathFor(document.profile.photoSha, QStringLiteral("jpg"));
        if (QFileInfo(photo.source).isFile()) {
            photo.bagPath = QStringLiteral("data/profile/photo.jpg");
            photo.sha256 = document.profile.photoSha;
            photo.size = QFileInfo(photo.source).size();
            document.profilePhotoPath = photo.bagPath;
            payload.push_back(photo);
        } else {
            document.profile.photoSha.clear();
        }
    }

    // The PDF portfolio is rendered into a temporary file that libzip reads
    // at close time like a page. QTemporaryFile removes it when this
    // function returns, whatever the outcome. Rendering reports no progress
    // of its own, so the progress function is called (with a total of 0)
    // before and after it, and a false return cancels the export there.
    const auto cancelledEarly = [&] {
        result->cancelled = true;
        *error = {tr("The export was cancelled. No bundle was written."), QStringLiteral("cancelled")};
        return false;
    };
    QTemporaryFile reportFile(QDir::temp().filePath(QStringLiteral("qujat-portfolio-XXXXXX.pdf")));
    if (options.includeReport) {
        // QPdfWriter and the bundled fonts need the GUI application object.
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return fail(QStringLiteral("the PDF portfolio needs a QGuiApplication; set includeReport to false"));
        if (options.progress && !options.progress(0, 0))
            return cancelledEarly();
        if (!reportFile.open())
            return fail(QStringLiteral("cannot create a temporary file for the PDF: ") + reportFile.errorString());
        ReportOptions reportOptions;
        reportOptions.language = options.reportLanguage;
        reportOptions.printedOn = document.exported.toLocalTime().date();
        Error reportError;
        if (!ReportWriter::write(store, &reportFile, reportOptions, &reportError) || !reportFile.flush())
            return fail(QStringLiteral("PDF portfolio: ") + reportError.message + QLatin1Char(' ') + reportError.detail);
        reportFile.close();
        if (options.progress && !options.progress(0, 0))
            return cancelledEarly();
        PayloadFile pdf;
        pdf.bagPath = QStringLiteral("data/portfolio.pdf");
        pdf.source = reportFile.fileName();
        pdf.sha256 = Digest::hexOfFile(pdf.source, QStringLiteral("sha256"), &pdf.size);
        if (pdf.sha256.isEmpty())
            return fail(QStringLiteral("cannot read back the PDF ") + pdf.source);
        document.reportPath = pdf.bagPath;
        document.reportSha256 = pdf.sha256;
        document.reportLanguage = options.reportLanguage;
        result->reportBytes = pdf.size;
        payload.push_front(pdf);
    }

    // Content addresses are the SHA-256 of the stored files, so the page
    // checksums are known without reading the pages again; the in-memory
    // files are hashed here.
    const auto addMemory = [&](const QString &bagPath, const QByteArray &bytes) {
        PayloadFile file;
        file.bagPath = bagPath;
        file.bytes = bytes;
        file.sha256 = Digest::hexOf(bytes);
        file.size = bytes.size();
        file.compress = true;
        payload.push_front(file);
    };
    addMemory(QStringLiteral("data/index.html"), IndexHtml::render(document, catalog));
    addMemory(QStringLiteral("data/portfolio.json"),
              QJsonDocument(PortfolioJson::write(document)).toJson(QJsonDocument::Indented));

    qint64 payloadBytes = 0;
    QByteArray manifest;
    for (const PayloadFile &file : payload) {
        payloadBytes += file.size;
        manifest += file.sha256.toLatin1() + "  " + manifestPath(file.bagPath).toUtf8() + '\n';
    }
    const QByteArray declaration = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
    const auto infoLine = [](const QString &label, const QString &value) {
        return (label + QLatin1String(": ") + QString(value).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char('\n')).toUtf8();
    };
    // The format label comes first and bag-info.txt is the zip's first
    // entry, stored: file managers recognise a bundle by these bytes
    // (platform/linux/mime.xml.in).
    QByteArray info = infoLine(QLatin1String(FormatVersionLabel), QString::number(BundleFormatVersion));
    info += infoLine(QStringLiteral("Bagging-Date"), document.exported.toString(QStringLiteral("yyyy-MM-dd")));
    if (!document.profile.school.isEmpty())
        info += infoLine(QStringLiteral("Source-Organization"), document.profile.school);
    if (!document.profile.fullName.isEmpty())
        info += infoLine(QStringLiteral("Contact-Name"), document.profile.fullName);
    info += infoLine(QStringLiteral("External-Identifier"), document.bundleUuid.toString(QUuid::WithoutBraces));
    info += infoLine(QStringLiteral("Payload-Oxum"), QStringLiteral("%1.%2").arg(payloadBytes).arg(payload.size()));
    info += infoLine(QStringLiteral("Bag-Software-Agent"), options.appVersion);
    info += infoLine(QLatin1String(PortfolioUuidLabel), document.portfolioUuid.toString(QUuid::WithoutBraces));
    info += infoLine(QLatin1String(BundleKindLabel), QStringLiteral("portfolio"));
    QByteArray tagManifest;
    tagManifest += Digest::hexOf(declaration).toLatin1() + "  bagit.txt\n";
    tagManifest += Digest::hexOf(info).toLatin1() + "  bag-info.txt\n";
    tagManifest += Digest::hexOf(manifest).toLatin1() + "  manifest-sha256.txt\n";

    QByteArray signature;
    if (options.sign) {
        SigningKey key;
        if (!SigningKey::loadOrCreate(store.signingKeyPath(), &key, error))
            return false;
        result->publicKey = key.publicKeyBase64();
        signature = "Algorithm: Ed25519\nSigned-File: tagmanifest-sha256.txt\nPublic-Key: "
            + key.publicKeyBase64().toLatin1() + "\nSignature: " + key.sign(tagManifest).toLatin1() + '\n';
    }

    // The zip, under a temporary name beside outPath that the data folder's
    // export journal records; libzip itself writes to a temporary beside
    // that and renames it in zip_close(). Renamed to outPath once complete.
    // A failure or cancel removes both; a kill leaves them for the next
    // export or start (ExportJournal::removeInterrupted) to remove.
    const QString temporary = ExportJournal::begin(store.dataDir(), outPath);
    if (temporary.isEmpty())
        return fail(QStringLiteral("cannot write the export journal in ") + store.dataDir());
    struct TemporaryGuard
    {
        QString dataDir;
        bool done = false;
        ~TemporaryGuard()
        {
            if (!done)
                ExportJournal::removeInterrupted(dataDir);
        }
    } temporaryGuard{store.dataDir()};
    QString top = readableName(document.profile.fullName.isEmpty()
                                   ? QStringLiteral("portfolio")
                                   : document.profile.fullName, 60)
        + QLatin1Char(' ') + document.exported.toString(QStringLiteral("yyyy-MM-dd"));
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(temporary).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        return fail(QStringLiteral("zip_open error %1").arg(code));
    std::list<QByteArray> keepAlive; // buffers must live until zip_close
    const auto addBuffer = [&](const QString &name, const QByteArray &bytes, bool compress) {
        keepAlive.push_back(bytes);
        zip_source_t *source = zip_source_buffer(archive, keepAlive.back().constData(),
                                                 zip_uint64_t(keepAlive.back().size()), 0);
        const QByteArray entryName = (top + QLatin1Char('/') + name).toUtf8();
        const zip_int64_t index = source ? zip_file_add(archive, entryName.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(source);
            return false;
        }
        zip_set_file_compression(archive, zip_uint64_t(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        return true;
    };
    bool ok = addBuffer(QStringLiteral("bag-info.txt"), info, false)
        && addBuffer(QStringLiteral("bagit.txt"), declaration, true)
        && addBuffer(QStringLiteral("manifest-sha256.txt"), manifest, true)
        && addBuffer(QStringLiteral("tagmanifest-sha256.txt"), tagManifest, true)
        && (signature.isEmpty() || addBuffer(QLatin1String(SignatureFileName), signature, true));
    for (const PayloadFile &file : payload) {
        if (!ok)
            break;
        if (file.source.isEmpty()) {
            ok = addBuffer(file.bagPath, file.bytes, file.compress);
            continue;
        }
        zip_source_t *source = zip_source_file(archive, QFile::encodeName(file.source).constData(), 0, -1);
        const QByteArray entryName = (top + QLatin1Char('/') + file.bagPath).toUtf8();
        const zip_int64_t index = source ? zip_file_add(archive, entryName.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(source);
            ok = false;
            break;
        }
        // Pages are JPEG, PNG, PDF or office files: already compressed.
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    if (!ok) {
        const QString detail = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return fail(detail);
    }

    CancelState state{&options, payloadBytes};
    if (options.progress) {
        zip_register_progress_callback_with_state(
            archive, 0.005,
            [](zip_t *, double fraction, void *data) {
                auto *s = static_cast<CancelState *>(data);
                if (!s->options->progress(qint64(fraction * double(s->total)), s->total))
                    s->cancelled = true;
            },
            nullptr, &state);
        zip_register_cancel_callback_with_state(
            archive, [](zip_t *, void *data) { return static_cast<CancelState *>(data)->cancelled ? 1 : 0; },
            nullptr, &state);
    }
    crashPoint("export:before-close");
    if (zip_close(archive) != 0) {
        const QString detail = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        if (state.cancelled) {
            result->cancelled = true;
            *error = {tr("The export was cancelled. No bundle was written."), QStringLiteral("cancelled")};
            return false;
        }
        return fail(detail);
    }
    crashPoint("export:before-rename");
    std::error_code renameError;
    // std::filesystem::rename replaces an existing bundle in one step, where
    // QFile::rename refuses to.
    const auto nativePath = [](const QString &path) {
#ifdef Q_OS_WIN
        return std::filesystem::path(path.toStdWString());
#else
        return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
    };
    std::filesystem::rename(nativePath(temporary), nativePath(outPath), renameError);
    if (renameError)
        return fail(QStringLiteral("rename to the target: ") + QString::fromStdString(renameError.message()));
    temporaryGuard.done = true;
    ExportJournal::finish(store.dataDir(), {outPath, document.bundleUuid, document.exported});
    result->bundleUuid = document.bundleUuid;
    result->payloadBytes = payloadBytes;
    result->payloadFiles = int(payload.size());
    result->items = int(document.items.size());
    qCInfo(lcStore) << "Exported" << result->items << "items to" << outPath;
    return true;
}

} // namespace qujat::bundle
