// SchoolStore's administration-mode methods, kept apart from the
// bundle import in schoolstore.cpp.
#include "school/schoolstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qujat::school {

namespace {

bool ensureTable(QSqlQuery &query)
{
    return query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS school_info ("
                                     " id INTEGER PRIMARY KEY CHECK (id = 1),"
                                     " name TEXT NOT NULL DEFAULT '',"
                                     " administrator TEXT NOT NULL DEFAULT '')"));
}

} // namespace

SchoolInfo SchoolStore::schoolInfo() const
{
    SchoolInfo info;
    QSqlQuery query(database());
    if (ensureTable(query) && query.exec(QStringLiteral("SELECT name, administrator FROM school_info WHERE id = 1"))
        && query.next()) {
        info.name = query.value(0).toString();
        info.administrator = query.value(1).toString();
    }
    return info;
}

bool SchoolStore::saveSchoolInfo(const SchoolInfo &info, Error *error)
{
    QSqlQuery query(database());
    if (ensureTable(query)) {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO school_info (id, name, administrator) VALUES (1, ?, ?)"));
        query.addBindValue(info.name.trimmed().isNull() ? QString(QLatin1String("")) : info.name.trimmed());
        query.addBindValue(info.administrator.trimmed().isNull() ? QString(QLatin1String(""))
                                                                 : info.administrator.trimmed());
        if (query.exec())
            return true;
    }
    *error = {tr("Qujat could not save the school's name. Check that the disk is not full, then try again."),
              query.lastError().text()};
    return false;
}

QString SchoolStore::signingKeyPath() const
{
    return m_dataDir + QLatin1String("/keys/school-ed25519.pem");
}

} // namespace qujat::school
