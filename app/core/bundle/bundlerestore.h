#pragma once

#include "store/store.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QString>

namespace qujat::bundle {

struct RestoreReport
{
    int items = 0;      // items taken from the bundle
    int pages = 0;
    int tombstones = 0;
};

// Restores a teacher's portfolio from a bundle the teacher exported, after
// the database was found damaged and a fresh one started (the second offer
// beside the daily backup; AppController::openStore).
//
// The bundle is checked completely first, with the reader an import uses,
// in a staging folder inside the data folder (removed afterwards). Its page
// files are moved to their content addresses, then every item, page,
// tombstone, the profile and the portfolio's UUID (so that later bundles
// still reach the school as the same teacher) are written in one
// transaction: all or nothing. Items saved in the fresh portfolio since
// the damage stay; an item in both keeps the higher revision.
class BundleRestore
{
    Q_DECLARE_TR_FUNCTIONS(BundleRestore)

public:
    static bool restore(Store &store, const QString &zipPath, RestoreReport *report, Error *error);
};

} // namespace qujat::bundle
