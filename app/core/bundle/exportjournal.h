#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace qujat::bundle {

// What the portfolio's data folder remembers about bundle exports, in
// exports.json beside the database:
//
// - the export being written: the temporary name beside the target that
//   the zip is written under (libzip adds its own suffix to it). A process
//   killed while exporting leaves that file; the next export or the next
//   start of the app removes it, and only it, since the name carries a
//   random part no other file has.
// - the last export that completed: its path, bundle UUID and time, so
//   that the app can offer to restore the portfolio from it when the
//   database is damaged.
//
// The file is written with QSaveFile, so a kill leaves the old or the new
// record. It lives in the data folder, not in QSettings, so that it moves
// with the portfolio and tests using their own folders stay apart.
struct LastExport
{
    QString path;
    QUuid bundleUuid;
    QDateTime time;
    bool isValid() const { return !path.isEmpty(); }
};

class ExportJournal
{
public:
    // Records that an export to `outPath` starts and returns the temporary
    // path to write the zip under, or an empty string when the record
    // cannot be written (the export should not start then).
    static QString begin(const QString &dataDir, const QString &outPath);
    // The zip at the temporary path is complete and renamed to `outPath`.
    static void finish(const QString &dataDir, const LastExport &done);
    // Removes what an interrupted or failed export left beside its target
    // and clears the record; returns the number of files removed.
    static int removeInterrupted(const QString &dataDir);
    // The last completed export; invalid when none was recorded.
    static LastExport lastExport(const QString &dataDir);
};

} // namespace qujat::bundle
