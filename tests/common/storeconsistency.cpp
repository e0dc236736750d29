#include "storeconsistency.h"

#include "store/store.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace qujat::test {

StoreCheck checkStore(const QString &dataDir)
{
    StoreCheck check;
    Store store(dataDir);
    Error error;
    if (!store.open(&error)) {
        check.problems << QStringLiteral("open failed: ") + error.message + QLatin1String(" (")
                              + error.detail + QLatin1Char(')');
        return check;
    }
    check.orphansRemoved = store.orphansRemovedAtOpen();
    if (!store.damagedDatabaseMovedTo().isEmpty())
        check.problems << QStringLiteral("the database failed its start-up check and was moved to ")
                              + store.damagedDatabaseMovedTo();

    QSqlQuery query(store.connection());
    QStringList integrity;
    if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (query.next())
            integrity << query.value(0).toString();
    } else {
        integrity << query.lastError().text();
    }
    if (integrity != QStringList{QStringLiteral("ok")})
        check.problems << QStringLiteral("integrity_check: ") + integrity.join(QLatin1String("; "));

    QSet<QString> referenced;
    for (const Item &item : store.items()) {
        if (item.pages.isEmpty())
            check.problems << QStringLiteral("item %1 has no pages").arg(item.uuid.toString());
        for (const Page &page : item.pages) {
            for (const QString &path : {store.pagePath(page), store.thumbnailPath(page), store.originalPath(page)}) {
                if (path.isEmpty())
                    continue; // a page without a thumbnail or an original
                referenced << path;
                if (!QFileInfo::exists(path))
                    check.problems << QStringLiteral("row points at a missing file: ") + path;
            }
        }
    }
    const Profile profile = store.profile();
    if (!profile.photoSha.isEmpty())
        referenced << store.files().pathFor(profile.photoSha, QStringLiteral("jpg"));
    QDirIterator it(store.files().root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!referenced.contains(path))
            check.problems << QStringLiteral("file left after start-up: ") + path;
    }
    check.items = store.itemCount();
    return check;
}

} // namespace qujat::test
