#pragma once

#include "store/item.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qujat {

class Store;

// One class and subject of table VII: its quality of knowledge (%) in each
// academic year of DynamicsChart::years, empty where no row gives one.
struct DynamicsSeries
{
    QString subject;
    QString classGroup;
    QList<std::optional<double>> values; // one per year; the mean when a year has several rows
};

// Table VII's dynamics over the last three academic years.
struct DynamicsChart
{
    QList<int> startYears;        // the academic year 2023–2024 is 2023; oldest first
    QList<DynamicsSeries> series; // sorted by subject, then class
    bool isEmpty() const { return series.isEmpty(); }
    static QString yearLabel(int startYear); // "2023–2024"
};

// Awards per level and year, the students' and the teacher's own, from the
// achievements section of the Documents portfolio.
struct AwardsChart
{
    QList<int> years;              // calendar years, oldest first
    QStringList levelKeys;         // the catalog's levels, international first
    QList<QList<int>> students;    // [year][level] counts
    QList<QList<int>> teacher;     // [year][level] counts
    bool isEmpty() const;
};

// The academic year (starting on 1 September) that `date` falls in, named by
// the calendar year it starts in.
int academicYearOf(const QDate &date);

// Table VII rows of three academic years: those up to the latest year with a
// row dated in the three years before `reference` (the planned attestation
// date, or today).
DynamicsChart dynamicsChart(const QList<Item> &items, const QDate &reference);

// Dated, levelled awards of the `years` calendar years up to the year of
// `reference`, or of today when `reference` is later.
AwardsChart awardsChart(const QList<Item> &items, const QDate &reference, int years = 5);

// The date charts and the report count back from: the planned attestation
// date when the profile has one, otherwise today.
QDate referenceDate(const Profile &profile);

} // namespace qujat
