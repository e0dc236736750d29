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

} // namespace qujat::test
