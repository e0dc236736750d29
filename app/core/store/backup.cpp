#include "store/backup.h"

#include "store/filestore.h"
#include "util/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace qujat {

namespace {

const QString FilePrefix = QStringLiteral("portfolio-");
const QString FileSuffix = QStringLiteral(".sqlite");
const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// A connection of its own, removed when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("qujat-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~ScopedConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

QString quoted(const QString &path)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

bool quickCheck(const QSqlDatabase &db, QString *detail)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *detail = query.lastError().text();
        return false;
    }
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    *detail = result.join(QLatin1String("; "));
    return result == QStringList{QStringLiteral("ok")};
}

} // namespace

QString Backup::folder(const QString &dataDir)
{
    return dataDir + QLatin1String("/backups");
}

QList<Backup::Entry> Backup::list(const QString &dataDir)
{
    QList<Entry> entries;
    const QStringList names = QDir(folder(dataDir)).entryList({FilePrefix + QLatin1String("*") + FileSuffix},
                                                              QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        const QString stamp = name.mid(FilePrefix.size(), name.size() - FilePrefix.size() - FileSuffix.size());
        const QDateTime made = QDateTime::fromString(stamp, StampFormat);
        if (made.isValid())
            entries.append({folder(dataDir) + QLatin1Char('/') + name, made});
    }
    return entries;
}

bool Backup::write(const QString &databasePath, const QString &target, Error *error)
{
    const QString failed = tr("Qujat could not make a backup of the portfolio. Check that the disk "
                              "is not full.");
    ScopedConnection source(databasePath, true);
    if (!source.db().isOpen()) {
        *error = {failed, source.db().lastError().text()};
        return false;
    }
    // Written under a temporary name and renamed once complete, so that a
    // kill never leaves a half-written file under a backup's name.
    const QString partial = target + QLatin1String(".partial");
    QFile::remove(partial);
    QSqlQuery query(source.db());
    if (!query.exec(QStringLiteral("VACUUM INTO ") + quoted(partial))) {
        *error = {failed, QLatin1String("VACUUM INTO: ") + query.lastError().text()};
        QFile::remove(partial);
        return false;
    }
    if (!QFile::rename(partial, target)) {
        *error = {failed, QLatin1String("rename failed: ") + target};
        QFile::remove(partial);
        return false;
    }
    return true;
}

bool Backup::makeDaily(const QString &dataDir, const QString &databasePath, QString *made, Error *error)
{
    made->clear();
    const QList<Entry> existing = list(dataDir);
    const QDateTime now = QDateTime::currentDateTime();
    if (!existing.isEmpty() && existing.first().made.date() == now.date())
        return true;
    {
        ScopedConnection source(databasePath, true);
        QSqlQuery count(source.db());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM items")) || !count.next()
            || count.value(0).toInt() == 0)
            return true;
    }
    if (!QDir().mkpath(folder(dataDir))) {
        *error = {tr("Qujat could not make a backup of the portfolio. Check that the disk is not full."),
                  QLatin1String("mkpath failed: ") + folder(dataDir)};
        return false;
    }
    // Partial files of a backup cut short by a kill.
    const QStringList partials = QDir(folder(dataDir)).entryList({QStringLiteral("*.partial")}, QDir::Files);
    for (const QString &name : partials)
        QFile::remove(folder(dataDir) + QLatin1Char('/') + name);

    const QString target = folder(dataDir) + QLatin1Char('/') + FilePrefix + now.toString(StampFormat) + FileSuffix;
    if (!write(databasePath, target, error))
        return false;
    *made = target;
    const QList<Entry> all = list(dataDir);
    for (qsizetype i = KeepCount; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    qCInfo(lcStore) << "Made the daily backup" << target;
    return true;
}

bool Backup::restore(const QString &dataDir, const QString &backupPath, const QString &asideFolder,
                     Error *error)
{
    const QString failed = tr("Qujat could not restore the backup. Nothing was changed; check that "
                              "the disk is not full and try again.");
    QSet<QString> keep;
    {
        ScopedConnection backup(backupPath, true);
        QString detail;
        if (!backup.db().isOpen() || !quickCheck(backup.db(), &detail)) {
            *error = {tr("The backup is damaged too and cannot be restored. Keep the data folder as "
                         "it is and ask for help."),
                      backupPath + QLatin1String(": ") + detail};
            return false;
        }
        QSqlQuery query(backup.db());
        if (!query.exec(QStringLiteral("SELECT file_sha, file_suffix, thumbnail_sha, original_sha,"
                                       " original_suffix FROM pages UNION ALL"
                                       " SELECT photo_sha, 'jpg', '', '', '' FROM profile WHERE photo_sha != ''"))) {
            *error = {failed, query.lastError().text()};
            return false;
        }
        while (query.next()) {
            keep.insert(query.value(0).toString() + QLatin1Char('.') + query.value(1).toString());
            if (!query.value(2).toString().isEmpty())
                keep.insert(query.value(2).toString() + QLatin1String(".jpg"));
            if (!query.value(3).toString().isEmpty())
                keep.insert(query.value(3).toString() + QLatin1Char('.') + query.value(4).toString());
        }
    }

    if (!QDir().mkpath(asideFolder + QLatin1String("/files"))) {
        *error = {failed, QLatin1String("mkpath failed: ") + asideFolder};
        return false;
    }
    // The backup is a closed file without a -wal, so copying it is safe.
    // The copy gets a temporary name, and the rename below replaces the
    // database in one step.
    const QString database = dataDir + QLatin1String("/portfolio.sqlite");
    const QString incoming = database + QLatin1String(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming)) {
        *error = {failed, QLatin1String("copy failed: ") + backupPath};
        return false;
    }
    for (const char *suffix : {"-wal", "-shm", ""}) {
        const QString path = database + QLatin1String(suffix);
        if (QFileInfo::exists(path)
            && !QFile::rename(path, asideFolder + QLatin1String("/replaced-") + QFileInfo(path).fileName())) {
            QFile::remove(incoming);
            *error = {failed, QLatin1String("rename failed: ") + path};
            return false;
        }
    }
    if (!QFile::rename(incoming, database)) {
        *error = {failed, QLatin1String("rename failed: ") + incoming};
        return false;
    }

    // Page files the backup does not know (added after it was made) go
    // aside with the damaged database instead of being removed as orphans.
    const FileStore files(dataDir + QLatin1String("/files"));
    int moved = 0;
    QDirIterator it(files.root(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (keep.contains(it.fileName()) || !files.isStoreFile(path)
            || path.contains(QLatin1String("/incoming/")))
            continue;
        if (QFile::rename(path, asideFolder + QLatin1String("/files/") + it.fileName()))
            ++moved;
    }
    qCInfo(lcStore) << "Restored" << backupPath << "; moved" << moved << "newer files to" << asideFolder;
    return true;
}

} // namespace qujat
