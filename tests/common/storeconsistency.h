#pragma once

#include <QString>
#include <QStringList>

namespace qujat::test {

// What opening a portfolio folder the way the app does at start-up found.
struct StoreCheck
{
    QStringList problems; // empty when the portfolio is whole
    int items = 0;
    int orphansRemoved = 0; // files of interrupted saves removed at the open
    bool ok() const { return problems.isEmpty(); }
};

// Opens the portfolio in `dataDir` (which removes orphaned files, as every
// start does) and checks it: the database passed its start-up check and
// PRAGMA integrity_check, every page row's files exist, and no file in
// files/ is left unreferenced afterwards.
StoreCheck checkStore(const QString &dataDir);

// What opening a school's data folder (school mode) the way the app does
// found: school.sqlite and every teacher's store pass integrity_check, no
// row points at a missing file, no orphan is left, staging/ is empty. The
// state is a digest of everything an import may change (teachers, items
// with revision and page files, tombstones, profiles; no times), so that
// two folders holding the same data give the same state.
struct SchoolCheck
{
    QStringList problems;
    int teachers = 0;
    int items = 0;
    QString state;
    bool ok() const { return problems.isEmpty(); }
};

SchoolCheck checkSchool(const QString &schoolDir);

} // namespace qujat::test
