#include "bundle/bundlerestore.h"

#include "bundle/bundlereader.h"
#include "bundle/signing.h"
#include "util/crashpoint.h"
#include "util/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace qujat::bundle {

bool BundleRestore::restore(Store &store, const QString &zipPath, RestoreReport *report, Error *error)
{
    *report = {};
    const QString name = QDir::toNativeSeparators(zipPath);
    if (!QFileInfo::exists(zipPath)) {
        *error = {tr("The bundle %1 is no longer there, so the portfolio cannot be restored from it. "
                     "If you moved it, open it from its new place. Nothing was changed.")
                      .arg(name),
                  QStringLiteral("missing ") + zipPath};
        return false;
    }

    // Staging inside the data folder: the same disk as files/, so that page
    // files are moved, not copied. A folder left by a killed restore goes
    // at the next one.
    const QString stagingRoot = store.dataDir() + QLatin1String("/restore-staging");
    QDir(stagingRoot).removeRecursively();
    struct Guard
    {
        QString path;
        ~Guard() { QDir(path).removeRecursively(); }
    } guard{stagingRoot};
    const QString staging = stagingRoot + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::Id128);

    VerifiedBundle bundle;
    if (!BundleReader::verify(zipPath, staging, {}, &bundle, error)) {
        error->message = tr("The bundle %1 cannot be used to restore the portfolio: %2 Nothing was changed.")
                             .arg(name, error->message);
        return false;
    }
    // A bundle signed by this installation, or unsigned; never one whose
    // signature does not match or that another installation signed.
    if (bundle.signature == SignatureState::Invalid) {
        *error = {tr("The bundle %1 was changed after it was exported, so the portfolio cannot be restored "
                     "from it. Nothing was changed.")
                      .arg(name),
                  QStringLiteral("signature does not verify")};
        return false;
    }
    if (bundle.signature == SignatureState::Valid) {
        SigningKey key;
        Error keyError;
        if (!SigningKey::loadOrCreate(store.signingKeyPath(), &key, &keyError)
            || key.publicKeyBase64() != bundle.signerKey) {
            *error = {tr("The bundle %1 was exported from another device, so it cannot restore this "
                         "portfolio. Nothing was changed.")
                          .arg(name),
                      QStringLiteral("signed by %1").arg(bundle.signerKey)};
            return false;
        }
    }

    const PortfolioDocument &document = bundle.document;
    QHash<QUuid, int> localRevision;
    for (const Item &item : store.items())
        localRevision.insert(item.uuid, item.revision);

    ImportBatch batch;
    const QDir bag(bundle.bagDir);
    const auto stagedPath = [&](const QString &bagPath) {
        return bag.filePath(bundle.bag.diskPath.value(bagPath.normalized(QString::NormalizationForm_C)));
    };
    for (const Item &item : document.items) {
        if (localRevision.value(item.uuid, 0) >= item.revision)
            continue;
        const QList<PageFiles> files = document.pageFiles.value(item.uuid);
        if (files.size() != item.pages.size()) {
            *error = {tr("The bundle %1 is incomplete, so the portfolio cannot be restored from it. Nothing "
                         "was changed.")
                          .arg(name),
                      QStringLiteral("item %1: %2 pages, %3 files").arg(item.uuid.toString()).arg(item.pages.size()).arg(files.size())};
            return false;
        }
        // Files first under their content address; a failure or a kill
        // before the commit leaves files no row names, which the store
        // removes when it opens next.
        for (qsizetype i = 0; i < item.pages.size(); ++i) {
            const Page &page = item.pages.at(i);
            if (!store.files().adopt(stagedPath(files.at(i).path), page.fileSha, page.fileSuffix, error))
                return false;
            if (!page.thumbnailSha.isEmpty()
                && !store.files().adopt(stagedPath(files.at(i).thumbnailPath), page.thumbnailSha,
                                        QStringLiteral("jpg"), error))
                return false;
            ++report->pages;
        }
        batch.upserts.append(item);
    }
    for (const Tombstone &tombstone : document.tombstones) {
        if (!localRevision.contains(tombstone.uuid) || localRevision.value(tombstone.uuid) < tombstone.revision) {
            batch.deletions.append(tombstone);
            ++report->tombstones;
        }
    }
    Profile profile = document.profile;
    if (!document.profilePhotoPath.isEmpty()
        && !store.files().adopt(stagedPath(document.profilePhotoPath), profile.photoSha, QStringLiteral("jpg"), error))
        return false;
    batch.profile = profile;
    const QUuid portfolioUuid = document.portfolioUuid;
    batch.extra = [portfolioUuid](QSqlDatabase &database, QString *detail) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("UPDATE identity SET portfolio_uuid = ? WHERE id = 1"));
        query.addBindValue(portfolioUuid.toString(QUuid::WithoutBraces));
        if (!query.exec()) {
            *detail = query.lastError().text();
            return false;
        }
        crashPoint("restore:in-transaction");
        return true;
    };
    if (!store.applyImport(batch, error)) {
        store.removeUnusedStoreFiles();
        return false;
    }
    report->items = int(batch.upserts.size());
    qCInfo(lcStore) << "Restored" << report->items << "items from the bundle" << zipPath;
    return true;
}

} // namespace qujat::bundle
