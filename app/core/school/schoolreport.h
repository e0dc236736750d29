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
    int rulesPercent = 0;                  // ReadinessReport::percent() of app/core/rules/
    int rulesFindings = 0;                 // findings of app/core/rules/ (returned items included)

    // 0..100: the overall readiness of the rules (ReadinessReport::percent()).
    int percent() const;
};

// Computes a teacher's readiness from the store alone: the items per
// section, the review marks, and the findings of the readiness rules of
// app/core/rules/ (required documents, dates, windows, limits, fields and
// returned items), summed up in a few sentences.
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
