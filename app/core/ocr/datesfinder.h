#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace qujat {

// A date written on a page.
struct FoundDate
{
    QDate date;                // the most likely reading; invalid when rejected
    QList<QDate> alternatives; // the other readings of an ambiguous date
    bool ambiguous = false;    // the user must be asked which reading is meant
    qsizetype position = 0;    // in the text passed to DatesFinder::find()
    QString source;            // the text as written
};

// Finds dates in recognised text, in the forms used on Kazakh and Russian
// papers: 10.05.2026, 10/05/2026, 10.5.26, 2026-05-10, «2026 жылғы 10
// мамыр», «10 мамыр 2026 ж.», «10 мая 2026 г.», with the month in any case
// form. Impossible dates (31.04.2026, month 13) are rejected. A date is
// ambiguous when day and month can swap (10/05/2026 with a slash) or when
// the year is missing («10 мамыр»).
class DatesFinder
{
public:
    // `monthStems` contains twelve lists of month word stems, January first;
    // `yearWords` the words that may follow or precede a year (жылғы, г.).
    // Dates more than a year after `today` or before 1950 are rejected as
    // misread; a date without a year is read as the last such day up to `today`.
    DatesFinder(const QList<QStringList> &monthStems, const QStringList &yearWords, const QDate &today);

    // Returns every readable date in the order written, skipping rejected ones.
    QList<FoundDate> find(const QString &text) const;

    // Returns the date that most likely dates the document: the last
    // unambiguous one written, or the last ambiguous one when there is no other.
    static std::optional<FoundDate> documentDate(const QList<FoundDate> &dates);

private:
    int monthOf(const QString &word) const;
    bool isPlausible(const QDate &date) const;

    QList<QStringList> m_monthStems;
    QStringList m_yearWords;
    QDate m_today;
    QDate m_latest;
};

} // namespace qujat
