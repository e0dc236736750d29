#include "review/reviewfile.h"

#include "bundle/bagit.h"
#include "bundle/bundlewriter.h"
#include "bundle/digest.h"
#include "bundle/readablenames.h"
#include "bundle/safeunzip.h"
#include "bundle/signing.h"
#include "store/store.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <zip.h>

#include <list>

namespace qujat::review {

using namespace qujat::bundle;

namespace {

constexpr char ReviewJsonPath[] = "data/review.json";
constexpr qint64 MaxReviewBytes = 16 * 1024 * 1024;

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QJsonObject toJson(const ReviewDocument &document)
{
    QJsonArray items;
    for (const ItemReview &review : document.items) {
        items.append(QJsonObject{{QStringLiteral("uuid"), uuidText(review.itemUuid)},
                                 {QStringLiteral("revision"), review.itemRevision},
                                 {QStringLiteral("status"), review.status},
                                 {QStringLiteral("comment"), review.comment},
                                 {QStringLiteral("reviewed"), isoTime(review.reviewed)}});
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("qujat-review")},
                       {QStringLiteral("schemaVersion"), document.schemaVersion},
                       {QStringLiteral("portfolioUuid"), uuidText(document.portfolioUuid)},
                       {QStringLiteral("reviewUuid"), uuidText(document.reviewUuid)},
                       {QStringLiteral("reviewed"), isoTime(document.reviewed)},
                       {QStringLiteral("school"), document.school},
                       {QStringLiteral("reviewer"), document.reviewer},
                       {QStringLiteral("teacherName"), document.teacherName},
                       {QStringLiteral("note"), document.note},
                       {QStringLiteral("items"), items}};
}

bool fromJson(const QByteArray &bytes, ReviewDocument *document, QString *detail)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (!json.isObject()) {
        *detail = parseError.errorString();
        return false;
    }
    const QJsonObject root = json.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("qujat-review")) {
        *detail = QStringLiteral("format is not qujat-review");
        return false;
    }
    document->schemaVersion = root.value(QStringLiteral("schemaVersion")).toInt();
    document->portfolioUuid = QUuid::fromString(root.value(QStringLiteral("portfolioUuid")).toString());
    document->reviewUuid = QUuid::fromString(root.value(QStringLiteral("reviewUuid")).toString());
    document->reviewed = QDateTime::fromString(root.value(QStringLiteral("reviewed")).toString(), Qt::ISODateWithMs);
    document->school = root.value(QStringLiteral("school")).toString();
    document->reviewer = root.value(QStringLiteral("reviewer")).toString();
    document->teacherName = root.value(QStringLiteral("teacherName")).toString();
    document->note = root.value(QStringLiteral("note")).toString();
    if (document->portfolioUuid.isNull() || document->reviewUuid.isNull() || !document->reviewed.isValid()) {
        *detail = QStringLiteral("portfolioUuid, reviewUuid or reviewed missing");
        return false;
    }
    const QJsonArray items = root.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        ItemReview review;
        review.itemUuid = QUuid::fromString(object.value(QStringLiteral("uuid")).toString());
        review.itemRevision = object.value(QStringLiteral("revision")).toInt();
        review.status = object.value(QStringLiteral("status")).toString();
        review.comment = object.value(QStringLiteral("comment")).toString();
        review.reviewed = QDateTime::fromString(object.value(QStringLiteral("reviewed")).toString(), Qt::ISODateWithMs);
        if (review.itemUuid.isNull() || !ReviewStore::isValidStatus(review.status) || review.itemRevision < 1) {
            *detail = QStringLiteral("bad item entry ") + QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            return false;
        }
        document->items.append(review);
    }
    return true;
}

} // namespace

bool ReviewFile::write(const Store &teacherCopy, const QString &school, const QString &reviewer,
                       const QString &signingKeyPath, const QString &outPath, ReviewExportResult *result,
                       Error *error)
{
    const auto fail = [&](const QString &detail) {
        *error = {tr("Qujat could not write the review file %1. Check that the folder is writable and the "
                     "disk is not full, then try again.")
                      .arg(QDir::toNativeSeparators(outPath)),
                  detail};
        return false;
    };
    ReviewDocument document;
    document.portfolioUuid = teacherCopy.portfolioUuid();
    document.reviewUuid = QUuid::createUuid();
    document.reviewed = QDateTime::currentDateTimeUtc();
    document.school = school;
    document.reviewer = reviewer;
    document.teacherName = teacherCopy.profile().fullName;
    document.note = ReviewStore::portfolioReview(teacherCopy).note;
    const QHash<QUuid, ItemReview> marks = ReviewStore::itemReviews(teacherCopy);
    for (const ItemReview &review : marks) {
        document.items.append(review);
        if (review.status == QLatin1String("accepted"))
            ++result->accepted;
        else
            ++result->returned;
    }
    std::sort(document.items.begin(), document.items.end(),
              [](const ItemReview &a, const ItemReview &b) { return a.itemUuid.toString() < b.itemUuid.toString(); });
    if (document.items.isEmpty() && document.note.isEmpty()) {
        *error = {tr("Nothing to send yet: mark at least one item or write a note for the portfolio."),
                  QStringLiteral("empty review")};
        return false;
    }

    const QByteArray json = QJsonDocument(toJson(document)).toJson(QJsonDocument::Indented);
    const QByteArray manifest = Digest::hexOf(json).toLatin1() + "  " + ReviewJsonPath + '\n';
    const QByteArray declaration = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
    const auto infoLine = [](const QString &label, const QString &value) {
        return (label + QLatin1String(": ") + QString(value).replace(QLatin1Char('\n'), QLatin1Char(' '))
                + QLatin1Char('\n')).toUtf8();
    };
    QByteArray info;
    info += infoLine(QStringLiteral("Bagging-Date"), document.reviewed.toString(QStringLiteral("yyyy-MM-dd")));
    if (!school.isEmpty())
        info += infoLine(QStringLiteral("Source-Organization"), school);
    if (!reviewer.isEmpty())
        info += infoLine(QStringLiteral("Contact-Name"), reviewer);
    info += infoLine(QStringLiteral("External-Identifier"), uuidText(document.reviewUuid));
    info += infoLine(QStringLiteral("Payload-Oxum"), QStringLiteral("%1.1").arg(json.size()));
    info += infoLine(QStringLiteral("Bag-Software-Agent"), QStringLiteral("Qujat"));
    info += infoLine(QLatin1String(FormatVersionLabel), QString::number(BundleFormatVersion));
    info += infoLine(QLatin1String(PortfolioUuidLabel), uuidText(document.portfolioUuid));
    info += infoLine(QLatin1String(BundleKindLabel), QStringLiteral("review"));
    QByteArray tagManifest;
    tagManifest += Digest::hexOf(declaration).toLatin1() + "  bagit.txt\n";
    tagManifest += Digest::hexOf(info).toLatin1() + "  bag-info.txt\n";
    tagManifest += Digest::hexOf(manifest).toLatin1() + "  manifest-sha256.txt\n";
    SigningKey key;
    if (!SigningKey::loadOrCreate(signingKeyPath, &key, error))
        return false;
    result->publicKey = key.publicKeyBase64();
    const QByteArray signature = "Algorithm: Ed25519\nSigned-File: tagmanifest-sha256.txt\nPublic-Key: "
        + key.publicKeyBase64().toLatin1() + "\nSignature: " + key.sign(tagManifest).toLatin1() + '\n';

    const QString top = readableName(QStringLiteral("review ")
                                         + (document.teacherName.isEmpty() ? uuidText(document.portfolioUuid).left(8)
                                                                           : document.teacherName), 60)
        + QLatin1Char(' ') + document.reviewed.toString(QStringLiteral("yyyy-MM-dd"));
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(outPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        return fail(QStringLiteral("zip_open error %1").arg(code));
    std::list<QByteArray> keepAlive;
    const auto add = [&](const QString &name, const QByteArray &bytes) {
        keepAlive.push_back(bytes);
        zip_source_t *source = zip_source_buffer(archive, keepAlive.back().constData(),
                                                 zip_uint64_t(keepAlive.back().size()), 0);
        const QByteArray entryName = (top + QLatin1Char('/') + name).toUtf8();
        const zip_int64_t index = source ? zip_file_add(archive, entryName.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(source);
            return false;
        }
        return true;
    };
    const bool ok = add(QStringLiteral("bagit.txt"), declaration) && add(QStringLiteral("bag-info.txt"), info)
        && add(QStringLiteral("manifest-sha256.txt"), manifest)
        && add(QStringLiteral("tagmanifest-sha256.txt"), tagManifest)
        && add(QLatin1String(SignatureFileName), signature) && add(QLatin1String(ReviewJsonPath), json);
    if (!ok || zip_close(archive) != 0) {
        const QString detail = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return fail(detail);
    }
    result->reviewUuid = document.reviewUuid;
    qCInfo(lcStore) << "Wrote review" << document.reviewUuid << "of" << document.portfolioUuid << "to" << outPath;
    return true;
}

bool ReviewFile::read(const QString &zipPath, const QString &stagingDir, ReviewDocument *document,
                      QString *signerKey, Error *error)
{
    const auto notReview = [&](const QString &detail) {
        *error = {tr("This file is not a Qujat review. Ask the school's administration to export the review "
                     "from Qujat and send that file. Nothing was changed."),
                  detail};
        return false;
    };
    if (!QFileInfo(zipPath).isFile()) {
        *error = {tr("The file %1 does not exist or is not a file.").arg(QDir::toNativeSeparators(zipPath)),
                  QStringLiteral("not a file")};
        return false;
    }
    UnzipLimits limits;
    limits.maxTotalBytes = 64 * 1024 * 1024;
    limits.maxEntryBytes = MaxReviewBytes;
    limits.maxEntries = 64;
    UnzipResult unzipped;
    if (!SafeUnzip::extract(zipPath, stagingDir, limits, {}, &unzipped, error))
        return false;
    const QString bagDir = QDir(stagingDir).filePath(unzipped.topFolder);
    BagCheckOptions checkOptions;
    checkOptions.knownSha256 = unzipped.sha256;
    const BagCheck bag = BagChecker::check(bagDir, checkOptions);
    if (!bag.valid) {
        // The checker's own message speaks of a teacher's bundle.
        *error = {tr("The review file is damaged or was changed after the school exported it. Ask the "
                     "school's administration to export the review again. Nothing was changed."),
                  bag.error.detail};
        return false;
    }
    const QString kind = bag.infoValue(QLatin1String(BundleKindLabel));
    if (kind == QLatin1String("portfolio")) {
        *error = {tr("This file is a teacher's portfolio bundle, not a review. The school imports bundles; "
                     "the teacher imports the review the school sends back."),
                  QStringLiteral("bundle kind portfolio")};
        return false;
    }
    if (kind != QLatin1String("review"))
        return notReview(QStringLiteral("bundle kind '%1'").arg(kind));
    const int format = bag.infoValue(QLatin1String(FormatVersionLabel)).toInt();
    if (format < 1)
        return notReview(QStringLiteral("no format version"));
    if (format > BundleFormatVersion) {
        *error = {tr("This review was made by a newer version of Qujat. Update Qujat to import it. Nothing "
                     "was changed."),
                  QStringLiteral("format %1").arg(format)};
        return false;
    }
    const QString jsonKey = QLatin1String(ReviewJsonPath);
    if (!bag.diskPath.contains(jsonKey))
        return notReview(QStringLiteral("no data/review.json"));
    QFile json(QDir(bagDir).filePath(bag.diskPath.value(jsonKey)));
    if (!json.open(QIODevice::ReadOnly) || json.size() > MaxReviewBytes)
        return notReview(QStringLiteral("review.json unreadable or too large"));
    QString detail;
    if (!fromJson(json.readAll(), document, &detail))
        return notReview(detail);
    if (document->schemaVersion > ReviewSchemaVersion) {
        *error = {tr("This review was made by a newer version of Qujat. Update Qujat to import it. Nothing "
                     "was changed."),
                  QStringLiteral("review schema %1").arg(document->schemaVersion)};
        return false;
    }
    if (bag.infoValue(QLatin1String(PortfolioUuidLabel)) != uuidText(document->portfolioUuid))
        return notReview(QStringLiteral("bag-info.txt and review.json name different portfolios"));

    // The signature over the tag manifest, which must cover the other tag files.
    const QDir bagFolder(bagDir);
    QFile signatureFile(bagFolder.filePath(QLatin1String(SignatureFileName)));
    QFile tagManifest(bagFolder.filePath(QStringLiteral("tagmanifest-sha256.txt")));
    QString publicKey;
    QString signature;
    QString problem;
    bool covered = false;
    QByteArray signedBytes;
    if (signatureFile.open(QIODevice::ReadOnly) && signatureFile.size() < 4096) {
        QList<QPair<QString, QString>> fields;
        if (BagChecker::parseTagFile(QString::fromUtf8(signatureFile.readAll()), &fields, &problem)) {
            for (const auto &[label, value] : std::as_const(fields)) {
                if (label == QLatin1String("Public-Key"))
                    publicKey = value;
                else if (label == QLatin1String("Signature"))
                    signature = value;
            }
        }
    }
    if (tagManifest.open(QIODevice::ReadOnly) && tagManifest.size() < 1024 * 1024) {
        signedBytes = tagManifest.readAll();
        QList<ManifestEntry> entries;
        QStringList warnings;
        if (BagChecker::parseManifest(QString::fromUtf8(signedBytes), &entries, &warnings, &problem)) {
            QSet<QString> listed;
            for (const ManifestEntry &entry : std::as_const(entries))
                listed.insert(entry.path);
            covered = listed.contains(QStringLiteral("bagit.txt")) && listed.contains(QStringLiteral("bag-info.txt"))
                && listed.contains(QStringLiteral("manifest-sha256.txt"));
        }
    }
    if (publicKey.isEmpty() || !covered || !SigningKey::verify(signedBytes, publicKey, signature)) {
        *error = {tr("The review is not signed by the school, or it was changed after signing, so it cannot be "
                     "trusted. Ask the administration to export it again. Nothing was changed."),
                  publicKey.isEmpty() ? QStringLiteral("no signature") : QStringLiteral("signature does not verify")};
        return false;
    }
    *signerKey = publicKey;
    return true;
}

bool ReviewFile::importInto(Store &store, const QString &zipPath, const ReviewImportOptions &options,
                            ReviewImportReport *report, Error *error)
{
    const QString staging = store.dataDir() + QLatin1String("/review-staging-") + uuidText(QUuid::createUuid());
    struct Guard
    {
        QString path;
        ~Guard() { QDir(path).removeRecursively(); }
    } guard{staging};
    ReviewDocument document;
    QString signerKey;
    if (!read(zipPath, staging, &document, &signerKey, error))
        return false;
    report->reviewUuid = document.reviewUuid;
    report->school = document.school;
    report->reviewer = document.reviewer;
    report->note = document.note;
    if (document.portfolioUuid != store.portfolioUuid()) {
        *error = {tr("This review is for another portfolio (%1), not for this one. Check that you opened the "
                     "file meant for you; ask the administration for your own review. Nothing was changed.")
                      .arg(document.teacherName.isEmpty() ? uuidText(document.portfolioUuid) : document.teacherName),
                  QStringLiteral("review portfolio %1, store %2")
                      .arg(uuidText(document.portfolioUuid), uuidText(store.portfolioUuid()))};
        return false;
    }
    const PortfolioReview current = ReviewStore::portfolioReview(store);
    if (current.reviewUuid == document.reviewUuid) {
        report->alreadyImported = true;
        return true;
    }
    if (current.reviewed.isValid() && document.reviewed < current.reviewed) {
        *error = {tr("This review is older than the one already imported (%1), so it was not imported. Nothing "
                     "was changed.")
                      .arg(QLocale().toString(current.reviewed.toLocalTime(), QLocale::ShortFormat)),
                  QStringLiteral("review %1 older than %2").arg(isoTime(document.reviewed), isoTime(current.reviewed))};
        return false;
    }
    if (!current.schoolKey.isEmpty() && current.schoolKey != signerKey) {
        if (!options.acceptNewKey) {
            *error = {tr("This review is signed by another key than the school's earlier reviews. If the "
                         "administration changed computer or reinstalled Qujat, confirm the new key (on the "
                         "command line: review import --accept-new-key). Nothing was changed."),
                      QStringLiteral("key %1 differs from pinned %2").arg(signerKey, current.schoolKey)};
            return false;
        }
        report->keyChanged = true;
    }
    PortfolioReview portfolio;
    portfolio.note = document.note;
    portfolio.reviewUuid = document.reviewUuid;
    portfolio.reviewed = document.reviewed;
    portfolio.school = document.school;
    portfolio.reviewer = document.reviewer;
    portfolio.schoolKey = signerKey;
    for (const ItemReview &review : std::as_const(document.items)) {
        if (review.status == QLatin1String("accepted"))
            ++report->accepted;
        else
            ++report->returned;
    }
    if (!ReviewStore::replaceAll(store, document.items, portfolio, error))
        return false;
    qCInfo(lcStore) << "Imported review" << document.reviewUuid << ":" << report->accepted << "accepted,"
                    << report->returned << "returned";
    return true;
}

} // namespace qujat::review
