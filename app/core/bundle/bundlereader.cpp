#include "bundle/bundlereader.h"

#include "bundle/bundlewriter.h"
#include "bundle/signing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace qujat::bundle {

bool BundleReader::verify(const QString &zipPath, const QString &stagingDir, const VerifyOptions &options,
                          VerifiedBundle *bundle, Error *error)
{
    if (!QFileInfo(zipPath).isFile()) {
        *error = {tr("The file %1 does not exist or is not a file.").arg(QDir::toNativeSeparators(zipPath)),
                  QStringLiteral("not a file")};
        return false;
    }
    UnzipResult unzipped;
    // Extraction is most of the work; checking reads only what extraction
    // did not hash already.
    ProgressFunction extractProgress;
    if (options.progress)
        extractProgress = [&](qint64 done, qint64 total) { return options.progress(done, total); };
    if (!SafeUnzip::extract(zipPath, stagingDir, options.limits, extractProgress, &unzipped, error))
        return false;
    BagCheckOptions checkOptions;
    checkOptions.knownSha256 = unzipped.sha256;
    return verifyBagFolder(QDir(stagingDir).filePath(unzipped.topFolder), checkOptions, bundle, error);
}

bool BundleReader::verifyBagFolder(const QString &bagDir, const BagCheckOptions &options,
                                   VerifiedBundle *bundle, Error *error)
{
    const auto notQujat = [&](const QString &detail) {
        *error = {tr("This file is not a Qujat portfolio bundle. Ask the teacher to export the portfolio "
                     "from Qujat and send that file. Nothing was imported."),
                  detail};
        return false;
    };
    bundle->bagDir = bagDir;
    bundle->bag = BagChecker::check(bagDir, options);
    if (!bundle->bag.valid) {
        *error = bundle->bag.error;
        return false;
    }
    const BagCheck &bag = bundle->bag;
    const QString formatText = bag.infoValue(QLatin1String(FormatVersionLabel));
    if (formatText.isEmpty() || bag.version != QLatin1String("1.0"))
        return notQujat(QStringLiteral("no %1 or BagIt version %2").arg(QLatin1String(FormatVersionLabel), bag.version));
    bool numeric = false;
    const int format = formatText.toInt(&numeric);
    if (!numeric || format < 1)
        return notQujat(QStringLiteral("bad format version ") + formatText);
    if (format > BundleFormatVersion) {
        *error = {tr("This bundle was made by a newer version of Qujat (bundle format %1). Update Qujat "
                     "to import it. Nothing was imported.")
                      .arg(format),
                  QStringLiteral("bundle format %1 > %2").arg(format).arg(BundleFormatVersion)};
        return false;
    }
    if (!bag.payloadAlgorithms.contains(QLatin1String("sha256")))
        return notQujat(QStringLiteral("no manifest-sha256.txt"));
    const QDir bagFolder(bagDir);
    if (!bag.diskPath.contains(QStringLiteral("data/portfolio.json")))
        return notQujat(QStringLiteral("no data/portfolio.json"));
    QFile json(bagFolder.filePath(bag.diskPath.value(QStringLiteral("data/portfolio.json"))));
    if (!json.open(QIODevice::ReadOnly) || json.size() > 256 * 1024 * 1024)
        return notQujat(QStringLiteral("portfolio.json unreadable or too large"));
    if (!PortfolioJson::read(json.readAll(), &bundle->document, error))
        return false;
    const PortfolioDocument &document = bundle->document;
    if (bag.infoValue(QLatin1String(PortfolioUuidLabel)) != document.portfolioUuid.toString(QUuid::WithoutBraces)
        || bag.infoValue(QStringLiteral("External-Identifier")) != document.bundleUuid.toString(QUuid::WithoutBraces))
        return notQujat(QStringLiteral("bag-info.txt and portfolio.json name different portfolios or bundles"));

    // Every file portfolio.json names is in the manifest with its SHA-256.
    const auto checkFile = [&](const QString &path, const QString &sha) {
        const QString key = path.normalized(QString::NormalizationForm_C);
        if (!BagChecker::pathProblem(key).isEmpty() || !key.startsWith(QLatin1String("data/")))
            return false;
        return bag.sha256.value(key) == sha;
    };
    for (const Item &item : document.items) {
        const QList<PageFiles> files = document.pageFiles.value(item.uuid);
        for (qsizetype i = 0; i < item.pages.size(); ++i) {
            const Page &page = item.pages.at(i);
            if (!checkFile(files.at(i).path, page.fileSha)
                || (!page.thumbnailSha.isEmpty() && !checkFile(files.at(i).thumbnailPath, page.thumbnailSha))) {
                *error = {tr("A page of \"%1\" is missing from the bundle or does not match its checksum. Ask "
                             "the teacher to export the bundle again. Nothing was imported.")
                              .arg(item.title),
                          QStringLiteral("page %1 of %2: %3").arg(i).arg(item.uuid.toString(), files.at(i).path)};
                return false;
            }
        }
    }
    if (!document.profilePhotoPath.isEmpty() && !checkFile(document.profilePhotoPath, document.profile.photoSha))
        return notQujat(QStringLiteral("profile photo missing or changed"));
    if (!document.reportPath.isEmpty() && !checkFile(document.reportPath, document.reportSha256))
        return notQujat(QStringLiteral("PDF portfolio missing or changed"));

    // The signature covers the tag manifest, which covers bagit.txt,
    // bag-info.txt and the payload manifest.
    const QString signaturePath = bagFolder.filePath(QLatin1String(SignatureFileName));
    bundle->signature = SignatureState::Unsigned;
    if (QFileInfo::exists(signaturePath)) {
        QFile signatureFile(signaturePath);
        QFile tagManifest(bagFolder.filePath(QStringLiteral("tagmanifest-sha256.txt")));
        QList<QPair<QString, QString>> fields;
        QString problem;
        QString publicKey;
        QString signature;
        bool covered = false;
        if (signatureFile.open(QIODevice::ReadOnly) && signatureFile.size() < 4096
            && BagChecker::parseTagFile(QString::fromUtf8(signatureFile.readAll()), &fields, &problem)) {
            for (const auto &[label, value] : std::as_const(fields)) {
                if (label == QLatin1String("Public-Key"))
                    publicKey = value;
                else if (label == QLatin1String("Signature"))
                    signature = value;
            }
        }
        QByteArray signedBytes;
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
        bundle->signerKey = publicKey;
        bundle->signature = covered && SigningKey::verify(signedBytes, publicKey, signature)
            ? SignatureState::Valid : SignatureState::Invalid;
    }
    return true;
}

} // namespace qujat::bundle
