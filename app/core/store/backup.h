#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qujat {

// Copies of the portfolio database kept in <data>/backups, made with SQLite's
// VACUUM INTO: a consistent snapshot even while the app writes and a -wal
// file exists, which a plain file copy is not. The app makes one a day at
// start-up and offers the newest after a damaged database was moved aside.
// Backups hold the rows only; the page files stay in files/, where they are
// content-addressed and never rewritten.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static constexpr int KeepCount = 3;

    struct Entry
    {
        QString path;
        QDateTime made; // local time, from the file name
    };

    static QString folder(const QString &dataDir);

    // Backups in `dataDir`, newest first.
    static QList<Entry> list(const QString &dataDir);

    // Writes today's backup of the database at `databasePath` unless one
    // from today exists or the database contains no item (an empty database
    // must never push a good backup out). Keeps the newest KeepCount.
    // Opens its own connection, so it may run on any thread while the app
    // uses the database. `made` receives the new file, empty when skipped.
    static bool makeDaily(const QString &dataDir, const QString &databasePath, QString *made,
                          Error *error);

    // Writes a backup now, whatever the date, to `target` (which must not
    // exist).
    static bool write(const QString &databasePath, const QString &target, Error *error);

    // Replaces the database of the closed portfolio in `dataDir` with the
    // backup at `backupPath`. The database it replaces is moved to
    // `asideFolder` (with its -wal and -shm), and so are the page files the
    // backup does not refer to, so that nothing is deleted: they are what
    // a recovery of the damaged database needs. Call only while no Store
    // has the folder open.
    static bool restore(const QString &dataDir, const QString &backupPath, const QString &asideFolder,
                        Error *error);
};

} // namespace qujat
