#include "report/reportdata.h"

#include "catalog/catalog.h"

#include <QMap>

#include <algorithm>

namespace qujat {

namespace {

const QString DynamicsSection = QStringLiteral("tables.achievement_dynamics");
const QString AchievementsSection = QStringLiteral("documents.achievements");

} // namespace

QString DynamicsChart::yearLabel(int startYear)
{
    return QStringLiteral("%1–%2").arg(startYear).arg(startYear + 1);
}

bool AwardsChart::isEmpty() const
{
    for (const QList<QList<int>> *table : {&students, &teacher}) {
        for (const QList<int> &row : *table) {
            for (int count : row) {
                if (count > 0)
                    return false;
            }
        }
    }
    return true;
}

int academicYearOf(const QDate &date)
{
    return date.month() >= 9 ? date.year() : date.year() - 1;
}

QDate referenceDate(const Profile &profile)
{
    return profile.attestationDate.isValid() ? profile.attestationDate : QDate::currentDate();
}

DynamicsChart dynamicsChart(const QList<Item> &items, const QDate &reference)
{
    DynamicsChart chart;
    // The three academic years end with the latest one that has a row in
    // the window, so that a current year without results yet does not push
    // a finished one out.
    int lastYear = -1;
    for (const Item &item : items) {
        if (item.sectionKey == DynamicsSection && item.date.isValid() && item.date <= reference
            && item.date >= reference.addYears(-3))
            lastYear = std::max(lastYear, academicYearOf(item.date));
    }
    if (lastYear < 0)
        lastYear = academicYearOf(reference);
    for (int year = lastYear - 2; year <= lastYear; ++year)
        chart.startYears.append(year);

    // (subject, class) -> year index -> values
    QMap<QPair<QString, QString>, QList<QList<double>>> grouped;
    for (const Item &item : items) {
        if (item.sectionKey != DynamicsSection || !item.date.isValid())
            continue;
        const int index = chart.startYears.indexOf(academicYearOf(item.date));
        bool ok = false;
        const double value = item.fields.value(QStringLiteral("quality_percent")).toString().toDouble(&ok);
        if (index < 0 || !ok)
            continue;
        const QString subject = item.fields.value(QStringLiteral("subject")).toString().trimmed();
        const QString classGroup = item.fields.value(QStringLiteral("class_group")).toString().trimmed();
        QList<QList<double>> &perYear = grouped[qMakePair(subject, classGroup)];
        perYear.resize(chart.startYears.size());
        perYear[index].append(std::clamp(value, 0.0, 100.0));
    }
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
        DynamicsSeries series;
        series.subject = it.key().first;
        series.classGroup = it.key().second;
        for (const QList<double> &values : it.value()) {
            if (values.isEmpty()) {
                series.values.append(std::nullopt);
                continue;
            }
            double sum = 0;
            for (double value : values)
                sum += value;
            series.values.append(sum / values.size());
        }
        chart.series.append(series);
    }
    return chart;
}

AwardsChart awardsChart(const QList<Item> &items, const QDate &reference, int years)
{
    AwardsChart chart;
    // Awards lie in the past: count back from today when the attestation is ahead.
    const int lastYear = std::min(reference, QDate::currentDate()).year();
    for (int year = lastYear - years + 1; year <= lastYear; ++year)
        chart.years.append(year);
    for (const Term &level : Catalog::instance().levels())
        chart.levelKeys.append(level.key);
    const QList<int> zeros(chart.levelKeys.size(), 0);
    chart.students = QList<QList<int>>(chart.years.size(), zeros);
    chart.teacher = chart.students;
    for (const Item &item : items) {
        if (item.sectionKey != AchievementsSection || !item.date.isValid())
            continue;
        const int yearIndex = chart.years.indexOf(item.date.year());
        const int levelIndex = chart.levelKeys.indexOf(item.level);
        if (yearIndex < 0 || levelIndex < 0)
            continue;
        const bool students = item.kind.startsWith(QLatin1String("student_"));
        ++(students ? chart.students : chart.teacher)[yearIndex][levelIndex];
    }
    return chart;
}

} // namespace qujat
