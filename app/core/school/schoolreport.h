#pragma once

#include "school/schoolstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace qujat::school {

// How far one teacher's portfolio is, as the teachers list shows it.
struct Readiness
{
    int items = 0;
    QHash<QString, int> itemsPerSection;  // section key -> items
    int sectionsWithItems = 0;
    int sectionsTotal = 0;                 // sections (not tables) of the catalog
    QStringList missingRequired;           // "sectionKey/kindKey" of required kinds without an item
    int requiredTotal = 0;                 // required document kinds of the catalog
    int accepted = 0;
    int returned = 0;                      // returned and not changed since
    int changed = 0;                       // marked, then edited by the teacher
    QStringList findings;                  // translated sentences, most important first
    bool ready = false;                    // no finding at all

    // 0..100: the share of required document kinds with an item, or of
    // sections with items when the catalog marks nothing required.
    int percent() const;
};

// Computes a teacher's readiness from the store alone: the items per
// section, the required document kinds without an item and the returned
// items. This is the one place where the readiness rules of
// app/core/rules/ (another branch) plug in: append their findings to
// Readiness::findings here and `ready` follows.
Readiness readinessOf(const Store &store);

// One item found by a search across all teachers.
struct SchoolSearchHit
{
    QUuid portfolioUuid;
    QString teacherName;
    ItemSummary item;
};

// Awards of the whole staff, by level and year.
struct SchoolSummary
{
    int teachers = 0;
    int ready = 0;
    int items = 0;
    int returned = 0;
    // level key ("" for none) -> year -> items with that level
    QMap<QString, QMap<int, int>> awardsByLevelAndYear;
};

// The search across all teachers held in memory: each teacher's folded
// search text, reloaded only for a teacher whose last bundle changed (the
// school's copies change only by importing a bundle). One SQLite query per
// teacher costs about half a millisecond even on a few rows, so searching
// 100 stores query by query misses the 50 ms goal; see bench/schoolsearch.
class SchoolSearchIndex
{
public:
    // Same matches as SchoolReport::search, teachers in Kazakh alphabetical order.
    QList<SchoolSearchHit> search(SchoolStore &school, const QString &query);
    // Brings the index up to date without searching; returns the teachers reloaded.
    int refresh(SchoolStore &school);

private:
    struct Entry
    {
        QString folded;
        ItemSummary item;
    };
    struct Teacher
    {
        QUuid uuid;
        QString name;
        QUuid lastBundle;
        int items = -1;
        QList<Entry> entries;
    };
    QList<Teacher> m_teachers;
};

// The school-wide views of the administration mode: summary, search and
// CSV export. Opens each teacher's store through SchoolStore.
class SchoolReport
{
    Q_DECLARE_TR_FUNCTIONS(SchoolReport)

public:
    static SchoolSummary summary(SchoolStore &school);

    // Every teacher's Store::search (title, issuer, decoded codes, notes,
    // fields; case-insensitive for every script), teachers in Kazakh
    // alphabetical order.
    static QList<SchoolSearchHit> search(SchoolStore &school, const QString &query);

    // CSV files for spreadsheets: UTF-8 with a byte order mark (so that
    // Excel reads Kazakh letters), comma-separated, RFC 4180 quoting,
    // CRLF line ends, headers in `language`.
    static QByteArray teachersCsv(SchoolStore &school, const QString &language);
    static QByteArray itemsCsv(SchoolStore &school, const QString &language);
    // Writes `csv` to `path` atomically.
    static bool writeFile(const QString &path, const QByteArray &csv, Error *error);

    // Teachers in Kazakh (or `language`) alphabetical order.
    static QList<TeacherSummary> sortedTeachers(const SchoolStore &school, const QString &language);
};

} // namespace qujat::school
