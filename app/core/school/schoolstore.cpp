#include "school/schoolstore.h"

#include "rules/readiness.h"
#include "util/crashpoint.h"
#include "util/folderlock.h"
#include "util/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace qujat::school {

using namespace qujat::bundle;

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString(QLatin1String(""));
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// Makes the files moved into a store durable before the database names
// them. The kernel writes the data back while the extraction goes on, so
// syncing each file at the end waits only for the rest. Unlike syncfs(),
// it does not flush other programs' data.
void syncFiles(const QStringList &paths)
{
#ifdef Q_OS_UNIX
    QSet<QString> folders;
    for (const QString &path : paths) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        if (fd >= 0) {
            ::fdatasync(fd);
            ::close(fd);
        }
        folders.insert(QFileInfo(path).absolutePath());
    }
    for (const QString &folder : std::as_const(folders)) {
        const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }
#else
    // NOTE: on Windows the files are not flushed before the commit; a power
    // loss right after an import may leave a page file incomplete.
    Q_UNUSED(paths);
#endif
}

// Makes a rename inside `folder` durable.
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

// Removes a staging folder whatever happens to the import.
struct StagingGuard
{
    QString path;
    ~StagingGuard()
    {
        if (!path.isEmpty())
            QDir(path).removeRecursively();
    }
};

Error databaseError(const QString &detail)
{
    return {SchoolStore::tr("Qujat could not write the school's data. Check that the disk is not full, "
                            "then try again. Nothing was imported."),
            detail};
}

} // namespace

SchoolStore::SchoolStore(const QString &dataDir)
    : m_dataDir(QDir(dataDir).absolutePath())
    , m_connectionName(QStringLiteral("qujat-school-%1").arg(quintptr(this), 0, 16))
{
}

SchoolStore::~SchoolStore()
{
    m_stores.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase SchoolStore::database() const
{
    return QSqlDatabase::database(m_connectionName);
}

QString SchoolStore::teacherDir(const QUuid &portfolioUuid) const
{
    return m_dataDir + QLatin1String("/teachers/") + uuidText(portfolioUuid);
}

QString SchoolStore::newStagingDir() const
{
    return m_dataDir + QLatin1String("/staging/") + uuidText(QUuid::createUuid());
}

bool SchoolStore::open(Error *error)
{
    // Checked before anything is created, so that a refused folder stays as it was.
    if (QFileInfo::exists(m_dataDir + QLatin1String("/portfolio.sqlite"))) {
        *error = {tr("The folder %1 holds a teacher's portfolio, not the school's data. Choose another "
                     "folder for the school.")
                      .arg(QDir::toNativeSeparators(m_dataDir)),
                  QStringLiteral("portfolio.sqlite present")};
        return false;
    }
    if (!QDir().mkpath(m_dataDir + QLatin1String("/teachers")) || !QDir().mkpath(m_dataDir + QLatin1String("/staging"))) {
        *error = {tr("Qujat cannot create the school's data folder %1. Choose a writable folder.")
                      .arg(QDir::toNativeSeparators(m_dataDir)),
                  QStringLiteral("mkpath failed")};
        return false;
    }
    m_lock = std::make_unique<QLockFile>(m_dataDir + QLatin1String("/.lock"));
    if (!lockFolder(*m_lock, 2000)) {
        // Only LockFailedError means another process; the others mean the
        // lock file could not be written (a full disk, a read-only folder).
        if (m_lock->error() == QLockFile::LockFailedError) {
            *error = {tr("The school's data is open in another Qujat window or in qujat-cli. Close it and "
                         "try again."),
                      QStringLiteral("lock error %1").arg(int(m_lock->error()))};
        } else {
            *error = {tr("Qujat cannot write in the school's data folder %1. Check that the disk is not full "
                         "and the folder is writable, then try again. Nothing was changed.")
                          .arg(QDir::toNativeSeparators(m_dataDir)),
                      QStringLiteral("lock error %1").arg(int(m_lock->error()))};
        }
        m_lock.reset();
        return false;
    }
    // Leftovers of an interrupted import: never part of the data.
    const QStringList leftovers = QDir(m_dataDir + QLatin1String("/staging"))
                                      .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : leftovers) {
        const QString path = m_dataDir + QLatin1String("/staging/") + name;
        if (QFileInfo(path).isDir())
            QDir(path).removeRecursively();
        else
            QFile::remove(path);
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_dataDir + QLatin1String("/school.sqlite"));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = databaseError(db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!query.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS teachers ("
            " portfolio_uuid TEXT PRIMARY KEY,"
            " full_name TEXT NOT NULL DEFAULT '',"
            " school TEXT NOT NULL DEFAULT '',"
            " subject TEXT NOT NULL DEFAULT '',"
            " target_category TEXT NOT NULL DEFAULT '',"
            " attestation_date TEXT NOT NULL DEFAULT '',"
            " last_bundle_uuid TEXT NOT NULL DEFAULT '',"
            " last_bundle_exported TEXT NOT NULL DEFAULT '',"
            " last_imported TEXT NOT NULL DEFAULT '',"
            " pinned_key TEXT NOT NULL DEFAULT '',"
            " key_changes INTEGER NOT NULL DEFAULT 0,"
            " items INTEGER NOT NULL DEFAULT 0)"))) {
        *error = databaseError(query.lastError().text());
        return false;
    }
    return reconcile(error);
}

// Brings every row in line with the teacher stores: a kill between a
// store's commit and the row's update leaves a stale row, never lost data.
bool SchoolStore::reconcile(Error *error)
{
    QHash<QString, QString> rows;
    QSqlQuery query(database());
    query.exec(QStringLiteral("SELECT portfolio_uuid, last_bundle_uuid FROM teachers"));
    while (query.next())
        rows.insert(query.value(0).toString(), query.value(1).toString());
    const QStringList folders = QDir(m_dataDir + QLatin1String("/teachers")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders) {
        const QUuid uuid = QUuid::fromString(folder);
        if (uuid.isNull())
            continue;
        // The newest bundle recorded in the teacher's own database.
        QString lastBundle;
        {
            const QString name = m_connectionName + QLatin1String("-peek");
            {
                QSqlDatabase peek = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                peek.setDatabaseName(teacherDir(uuid) + QLatin1String("/portfolio.sqlite"));
                peek.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
                if (peek.open()) {
                    QSqlQuery last(peek);
                    if (last.exec(QStringLiteral("SELECT bundle_uuid FROM bundle_imports"
                                                 " ORDER BY exported DESC, imported DESC LIMIT 1"))
                        && last.next())
                        lastBundle = last.value(0).toString();
                }
                peek.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        if (!rows.contains(folder) || rows.value(folder) != lastBundle) {
            qCInfo(lcStore) << "Refreshing the school's row of" << folder;
            if (!refreshTeacherRow(uuid, error))
                return false;
        }
    }
    return true;
}

bool SchoolStore::refreshTeacherRow(const QUuid &portfolioUuid, Error *error)
{
    Store *store = teacherStore(portfolioUuid, error);
    if (!store)
        return false;
    const Profile profile = store->profile();
    QSqlDatabase teacherDb = store->connection();
    QString lastBundle;
    QString lastExported;
    QString lastImported;
    QString pinned;
    int changes = 0;
    QSqlQuery query(teacherDb);
    // The teacher's last bundle is the one exported last: an older bundle
    // imported afterwards changes nothing and must not take its place.
    if (query.exec(QStringLiteral("SELECT bundle_uuid, exported FROM bundle_imports"
                                  " ORDER BY exported DESC, imported DESC LIMIT 1")) && query.next()) {
        lastBundle = query.value(0).toString();
        lastExported = query.value(1).toString();
    }
    if (query.exec(QStringLiteral("SELECT max(imported) FROM bundle_imports")) && query.next())
        lastImported = query.value(0).toString();
    if (query.exec(QStringLiteral("SELECT pinned_key FROM identity WHERE id = 1")) && query.next())
        pinned = query.value(0).toString();
    if (query.exec(QStringLiteral("SELECT count(*) FROM key_log WHERE event != 'pinned'")) && query.next())
        changes = query.value(0).toInt();

    QSqlQuery write(database());
    write.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO teachers (portfolio_uuid, full_name, school, subject, target_category,"
        " attestation_date, last_bundle_uuid, last_bundle_exported, last_imported, pinned_key, key_changes,"
        " items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(uuidText(portfolioUuid)), QVariant(profile.fullName),
                                  QVariant(profile.school), QVariant(profile.subject),
                                  QVariant(profile.targetCategory),
                                  QVariant(profile.attestationDate.isValid()
                                               ? profile.attestationDate.toString(Qt::ISODate) : QString()),
                                  QVariant(lastBundle), QVariant(lastExported), QVariant(lastImported),
                                  QVariant(pinned), QVariant(changes), QVariant(store->itemCount())}) {
        write.addBindValue(value.typeId() == QMetaType::QString && value.toString().isNull()
                               ? QVariant(QString(QLatin1String(""))) : value);
    }
    if (!write.exec()) {
        *error = databaseError(write.lastError().text());
        return false;
    }
    return true;
}

QList<TeacherSummary> SchoolStore::teachers() const
{
    QList<TeacherSummary> result;
    QSqlQuery query(database());
    query.exec(QStringLiteral("SELECT portfolio_uuid, full_name, school, subject, target_category,"
                              " attestation_date, last_bundle_uuid, last_bundle_exported, last_imported,"
                              " pinned_key, key_changes, items FROM teachers ORDER BY full_name, portfolio_uuid"));
    while (query.next()) {
        TeacherSummary t;
        t.portfolioUuid = QUuid::fromString(query.value(0).toString());
        t.fullName = query.value(1).toString();
        t.school = query.value(2).toString();
        t.subject = query.value(3).toString();
        t.targetCategory = query.value(4).toString();
        t.attestationDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        t.lastBundleUuid = QUuid::fromString(query.value(6).toString());
        t.lastBundleExported = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        t.lastImported = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        t.pinnedKey = query.value(9).toString();
        t.keyChanges = query.value(10).toInt();
        t.items = query.value(11).toInt();
        result.append(t);
    }
    return result;
}

std::optional<TeacherSummary> SchoolStore::teacher(const QUuid &portfolioUuid) const
{
    for (const TeacherSummary &t : teachers()) {
        if (t.portfolioUuid == portfolioUuid)
            return t;
    }
    return std::nullopt;
}

TeacherReadiness teacherReadiness(const Store &store)
{
    const ReadinessReport report = ReadinessChecker().check(store.profile(), store.items());
    TeacherReadiness readiness;
    readiness.percent = report.percent();
    readiness.findings = int(report.findings.size());
    readiness.attestationDate = report.attestationDate;
    return readiness;
}

std::optional<TeacherReadiness> SchoolStore::readiness(const QUuid &portfolioUuid, Error *error)
{
    const Store *store = teacherStore(portfolioUuid, error);
    if (!store)
        return std::nullopt;
    return teacherReadiness(*store);
}

Store *SchoolStore::teacherStore(const QUuid &portfolioUuid, Error *error)
{
    const auto found = m_stores.find(portfolioUuid);
    if (found != m_stores.end())
        return found->second.get();
    if (!QFileInfo::exists(teacherDir(portfolioUuid) + QLatin1String("/portfolio.sqlite"))) {
        *error = {tr("No portfolio of this teacher has been imported."), QStringLiteral("no teacher ") + uuidText(portfolioUuid)};
        return nullptr;
    }
    auto store = std::make_unique<Store>(teacherDir(portfolioUuid));
    if (!store->open(error))
        return nullptr;
    Store *raw = store.get();
    m_stores.emplace(portfolioUuid, std::move(store));
    return raw;
}

QList<KeyLogEntry> SchoolStore::keyLog(const QUuid &portfolioUuid, Error *error)
{
    QList<KeyLogEntry> result;
    Store *store = teacherStore(portfolioUuid, error);
    if (!store)
        return result;
    QSqlQuery query(store->connection());
    query.exec(QStringLiteral("SELECT time, event, old_key, new_key, bundle_uuid FROM key_log ORDER BY id"));
    while (query.next()) {
        result.append({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
                       query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                       QUuid::fromString(query.value(4).toString())});
    }
    return result;
}

bool SchoolStore::verifyBundle(const QString &zipPath, const VerifyOptions &options, VerifiedBundle *bundle,
                               Error *error)
{
    StagingGuard staging{newStagingDir()};
    return BundleReader::verify(zipPath, staging.path, options, bundle, error);
}

bool SchoolStore::importBundle(const QString &zipPath, const ImportOptions &options, ImportReport *report,
                               Error *error)
{
    StagingGuard staging{newStagingDir()};
    VerifiedBundle bundle;
    VerifyOptions verifyOptions;
    verifyOptions.limits = options.limits;
    verifyOptions.progress = options.progress;
    if (!BundleReader::verify(zipPath, staging.path + QLatin1String("/bundle"), verifyOptions, &bundle, error))
        return false;
    const PortfolioDocument &document = bundle.document;
    report->portfolioUuid = document.portfolioUuid;
    report->bundleUuid = document.bundleUuid;
    report->teacherName = document.profile.fullName;
    report->signature = bundle.signature;
    const QString name = document.profile.fullName.isEmpty() ? tr("an unnamed teacher") : document.profile.fullName;
    if (bundle.signature == SignatureState::Invalid) {
        *error = {tr("The bundle of %1 was changed after it was signed, so it cannot be trusted. Ask the "
                     "teacher to export it again. Nothing was imported.")
                      .arg(name),
                  QStringLiteral("signature does not verify")};
        return false;
    }
    crashPoint("import:verified");

    const QString finalDir = teacherDir(document.portfolioUuid);
    const bool exists = QFileInfo::exists(finalDir + QLatin1String("/portfolio.sqlite"));
    report->newTeacher = !exists;
    if (exists) {
        Store *store = teacherStore(document.portfolioUuid, error);
        if (!store)
            return false;
        if (!merge(*store, bundle, options, false, report, error))
            return false;
    } else {
        // A new teacher's store is built in staging and renamed into place.
        const QString building = staging.path + QLatin1String("/store");
        {
            Store store(building);
            if (!store.open(error) || !store.setPortfolioUuid(document.portfolioUuid, error))
                return false;
            if (!merge(store, bundle, options, true, report, error))
                return false;
        }
        crashPoint("import:before-rename");
        if (!QDir().rename(building, finalDir)) {
            *error = databaseError(QStringLiteral("rename %1 -> %2 failed").arg(building, finalDir));
            return false;
        }
        syncFolder(m_dataDir + QLatin1String("/teachers"));
    }
    crashPoint("import:before-row");
    if (!report->alreadyImported && !refreshTeacherRow(document.portfolioUuid, error))
        return false;
    qCInfo(lcStore) << "Imported bundle" << document.bundleUuid << "of" << document.portfolioUuid << ":"
                    << report->added << "added," << report->replaced << "replaced," << report->deleted
                    << "deleted," << report->unchanged << "unchanged," << report->keptNewer << "kept newer";
    return true;
}

bool SchoolStore::merge(Store &store, const VerifiedBundle &bundle, const ImportOptions &options, bool newTeacher,
                        ImportReport *report, Error *error)
{
    const PortfolioDocument &document = bundle.document;
    QSqlDatabase db = store.connection();
    const QString name = document.profile.fullName.isEmpty() ? tr("an unnamed teacher") : document.profile.fullName;

    QSqlQuery query(db);

    // Keys.
    QString pinned;
    if (query.exec(QStringLiteral("SELECT pinned_key FROM identity WHERE id = 1")) && query.next())
        pinned = query.value(0).toString();
    bool hadSignedBundles = !pinned.isEmpty();
    struct LogRow { QString event; QString oldKey; QString newKey; };
    QList<LogRow> logRows;
    QString newPinned = pinned;
    if (bundle.signature == SignatureState::Valid) {
        if (pinned.isEmpty()) {
            newPinned = bundle.signerKey;
            logRows.append({QStringLiteral("pinned"), QString(), bundle.signerKey});
        } else if (pinned != bundle.signerKey) {
            if (!options.acceptNewKey) {
                report->needsKeyConfirmation = true;
                *error = {tr("The bundle of %1 was signed on another device than the earlier bundles. If "
                             "the teacher changed device or reinstalled Qujat, confirm the new key (on the "
                             "command line: import --accept-new-key). Nothing was imported.")
                              .arg(name),
                          QStringLiteral("key %1 differs from pinned %2").arg(bundle.signerKey, pinned)};
                return false;
            }
            newPinned = bundle.signerKey;
            report->keyChanged = true;
            logRows.append({QStringLiteral("changed"), pinned, bundle.signerKey});
        }
    } else if (hadSignedBundles) {
        if (!options.acceptNewKey) {
            report->needsKeyConfirmation = true;
            *error = {tr("The bundle of %1 is not signed, but the earlier bundles of this teacher were. It "
                         "may have been changed by someone else. Ask the teacher to export it again from "
                         "Qujat. Nothing was imported.")
                          .arg(name),
                      QStringLiteral("unsigned bundle for a pinned key")};
            return false;
        }
        report->keyChanged = true;
        logRows.append({QStringLiteral("unsigned-accepted"), pinned, QString()});
    } else {
        report->warnings.append(tr("The bundle is not signed."));
    }

    // The same bundle again (after the key check: a changed copy of an
    // imported bundle keeps its UUID and must still be refused).
    query.prepare(QStringLiteral("SELECT count(*) FROM bundle_imports WHERE bundle_uuid = ?"));
    query.addBindValue(uuidText(document.bundleUuid));
    if (query.exec() && query.next() && query.value(0).toInt() > 0) {
        report->alreadyImported = true;
        return true;
    }

    // The school's current revisions and tombstones.
    QHash<QUuid, int> localRevision;
    QHash<QUuid, int> localTombstone;
    if (query.exec(QStringLiteral("SELECT uuid, revision FROM items"))) {
        while (query.next())
            localRevision.insert(QUuid::fromString(query.value(0).toString()), query.value(1).toInt());
    }
    if (query.exec(QStringLiteral("SELECT uuid, revision FROM tombstones"))) {
        while (query.next())
            localTombstone.insert(QUuid::fromString(query.value(0).toString()), query.value(1).toInt());
    }
    QDateTime newestExported;
    if (query.exec(QStringLiteral("SELECT max(exported) FROM bundle_imports")) && query.next())
        newestExported = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);

    ImportBatch batch;
    QStringList moved;
    const auto adopt = [&](const QString &from, const QString &sha, const QString &suffix) {
        const QString target = store.files().pathFor(sha, suffix);
        const bool existed = QFileInfo::exists(target);
        if (!store.files().adopt(from, sha, suffix, error))
            return false;
        if (!existed)
            moved.append(target);
        return true;
    };
    const QDir bag(bundle.bagDir);
    const auto stagedPath = [&](const QString &bagPath) {
        return bag.filePath(bundle.bag.diskPath.value(bagPath.normalized(QString::NormalizationForm_C)));
    };
    for (const Item &item : document.items) {
        const auto tomb = localTombstone.constFind(item.uuid);
        if (tomb != localTombstone.constEnd() && *tomb >= item.revision) {
            ++report->keptNewer;
            continue;
        }
        const auto local = localRevision.constFind(item.uuid);
        if (local != localRevision.constEnd() && *local >= item.revision) {
            if (*local == item.revision)
                ++report->unchanged;
            else
                ++report->keptNewer;
            continue;
        }
        if (local == localRevision.constEnd())
            ++report->added;
        else
            ++report->replaced;
        // Files first, under their content address; rows after, in one
        // transaction. A kill in between leaves files no row names, which
        // the store removes when it opens next.
        const QList<PageFiles> files = document.pageFiles.value(item.uuid);
        for (qsizetype i = 0; i < item.pages.size(); ++i) {
            const Page &page = item.pages.at(i);
            if (!adopt(stagedPath(files.at(i).path), page.fileSha, page.fileSuffix))
                return false;
            if (!page.thumbnailSha.isEmpty()
                && !adopt(stagedPath(files.at(i).thumbnailPath), page.thumbnailSha, QStringLiteral("jpg")))
                return false;
        }
        batch.upserts.append(item);
    }
    for (const Tombstone &tombstone : document.tombstones) {
        const auto local = localRevision.constFind(tombstone.uuid);
        if (local != localRevision.constEnd()) {
            if (*local < tombstone.revision) {
                ++report->deleted;
                batch.deletions.append(tombstone);
            } else {
                ++report->keptNewer;
            }
        } else if (localTombstone.value(tombstone.uuid, 0) < tombstone.revision) {
            batch.deletions.append(tombstone); // remembered, so an older bundle cannot bring it back
        }
    }
    if (!newestExported.isValid() || document.exported > newestExported) {
        Profile profile = document.profile;
        if (!document.profilePhotoPath.isEmpty()
            && !adopt(stagedPath(document.profilePhotoPath), profile.photoSha, QStringLiteral("jpg")))
            return false;
        batch.profile = profile;
        report->profileUpdated = true;
    }
    syncFiles(moved);
    crashPoint("import:after-files");

    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    batch.extra = [&](QSqlDatabase &database, QString *detail) {
        QSqlQuery insert(database);
        insert.prepare(QStringLiteral("INSERT INTO bundle_imports (bundle_uuid, imported, exported, signer_key,"
                                      " added, replaced, deleted, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(uuidText(document.bundleUuid));
        insert.addBindValue(now);
        insert.addBindValue(isoTime(document.exported));
        insert.addBindValue(bundle.signature == SignatureState::Valid ? bundle.signerKey : QString(QLatin1String("")));
        insert.addBindValue(report->added);
        insert.addBindValue(report->replaced);
        insert.addBindValue(report->deleted);
        insert.addBindValue(report->unchanged + report->keptNewer);
        if (!insert.exec()) {
            *detail = insert.lastError().text();
            return false;
        }
        QSqlQuery key(database);
        key.prepare(QStringLiteral("UPDATE identity SET pinned_key = ? WHERE id = 1"));
        key.addBindValue(newPinned.isNull() ? QString(QLatin1String("")) : newPinned);
        if (!key.exec()) {
            *detail = key.lastError().text();
            return false;
        }
        QSqlQuery log(database);
        log.prepare(QStringLiteral("INSERT INTO key_log (time, event, old_key, new_key, bundle_uuid)"
                                   " VALUES (?, ?, ?, ?, ?)"));
        for (const LogRow &row : logRows) {
            log.addBindValue(now);
            log.addBindValue(row.event);
            log.addBindValue(row.oldKey.isNull() ? QString(QLatin1String("")) : row.oldKey);
            log.addBindValue(row.newKey.isNull() ? QString(QLatin1String("")) : row.newKey);
            log.addBindValue(uuidText(document.bundleUuid));
            if (!log.exec()) {
                *detail = log.lastError().text();
                return false;
            }
        }
        return true;
    };
    Q_UNUSED(newTeacher);
    return store.applyImport(batch, error);
}

} // namespace qujat::school
