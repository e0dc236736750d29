#include "storeconsistency.h"

#include "school/schoolstore.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>

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

SchoolCheck checkSchool(const QString &schoolDir)
{
    SchoolCheck check;
    QStringList lines;
    {
        school::SchoolStore school(schoolDir);
        Error error;
        if (!school.open(&error)) {
            check.problems << QStringLiteral("school open failed: ") + error.message + QLatin1String(" (")
                                  + error.detail + QLatin1Char(')');
            return check;
        }
        QDirIterator staging(schoolDir + QLatin1String("/staging"), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        if (staging.hasNext())
            check.problems << QStringLiteral("staging not emptied at open: ") + staging.next();
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schoolcheck"));
            database.setDatabaseName(schoolDir + QLatin1String("/school.sqlite"));
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QStringList integrity;
            if (database.open()) {
                QSqlQuery query(database);
                if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                    while (query.next())
                        integrity << query.value(0).toString();
                } else {
                    integrity << query.lastError().text();
                }
            } else {
                integrity << database.lastError().text();
            }
            if (integrity != QStringList{QStringLiteral("ok")})
                check.problems << QStringLiteral("school.sqlite integrity_check: ") + integrity.join(QLatin1String("; "));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schoolcheck"));

        const QList<school::TeacherSummary> teachers = school.teachers();
        check.teachers = int(teachers.size());
        for (const school::TeacherSummary &teacher : teachers) {
            lines << QStringLiteral("teacher %1 %2 items=%3 bundle=%4 key=%5")
                         .arg(teacher.portfolioUuid.toString(), teacher.fullName)
                         .arg(teacher.items)
                         .arg(teacher.lastBundleUuid.toString(), teacher.pinnedKey);
            Store *store = school.teacherStore(teacher.portfolioUuid, &error);
            if (!store) {
                check.problems << QStringLiteral("teacher store does not open: ") + error.detail;
                continue;
            }
            if (store->itemCount() != teacher.items)
                check.problems << QStringLiteral("school.sqlite row of %1 says %2 items, the store has %3")
                                      .arg(teacher.portfolioUuid.toString()).arg(teacher.items).arg(store->itemCount());
            check.items += store->itemCount();
            for (const Item &item : store->items()) {
                QString line = QStringLiteral("item %1 r%2").arg(item.uuid.toString()).arg(item.revision);
                for (const Page &page : item.pages)
                    line += QLatin1Char(' ') + page.fileSha;
                lines << line;
            }
            for (const Tombstone &tombstone : store->tombstones())
                lines << QStringLiteral("tombstone %1 r%2").arg(tombstone.uuid.toString()).arg(tombstone.revision);
            lines << QStringLiteral("profile %1 %2").arg(store->profile().fullName, store->profile().subject);
        }
    }
    // Each teacher's store the way the app opens it: integrity, rows to
    // files, no orphan after the start-up clean-up.
    const QStringList teacherDirs = QDir(schoolDir + QLatin1String("/teachers")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : teacherDirs) {
        const StoreCheck teacher = checkStore(schoolDir + QLatin1String("/teachers/") + name);
        for (const QString &problem : teacher.problems)
            check.problems << name + QLatin1String(": ") + problem;
    }
    if (teacherDirs.size() != check.teachers)
        check.problems << QStringLiteral("%1 teacher folders but %2 teachers in school.sqlite")
                              .arg(teacherDirs.size()).arg(check.teachers);
    lines.sort();
    check.state = QString::fromLatin1(
        QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return check;
}

} // namespace qujat::test
