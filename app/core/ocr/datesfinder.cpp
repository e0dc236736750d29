#include "ocr/datesfinder.h"

#include <QRegularExpression>

#include <algorithm>

namespace qujat {

namespace {

constexpr int EarliestYear = 1950;

QString foldCase(const QString &text)
{
    QString folded = text.toLower();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё as е
    return folded;
}

// Two-digit years: 00..(latest year + 1) are this century, the rest the last one.
int expandYear(int year, int digits, const QDate &latest)
{
    if (digits != 2)
        return year;
    return year <= latest.year() % 100 + 1 ? 2000 + year : 1900 + year;
}

} // namespace

DatesFinder::DatesFinder(const QList<QStringList> &monthStems, const QStringList &yearWords, const QDate &today)
    : m_monthStems(monthStems), m_yearWords(yearWords), m_today(today), m_latest(today.addYears(1))
{
    for (QStringList &stems : m_monthStems) {
        for (QString &stem : stems)
            stem = foldCase(stem);
    }
    for (QString &word : m_yearWords)
        word = foldCase(word);
}

int DatesFinder::monthOf(const QString &word) const
{
    const QString folded = foldCase(word);
    for (int month = 0; month < m_monthStems.size(); ++month) {
        for (const QString &stem : m_monthStems.at(month)) {
            if (folded.startsWith(stem))
                return month + 1;
        }
    }
    return 0;
}

bool DatesFinder::isPlausible(const QDate &date) const
{
    return date.isValid() && date.year() >= EarliestYear && date <= m_latest;
}

QList<FoundDate> DatesFinder::find(const QString &text) const
{
    QList<FoundDate> found;
    QList<QPair<qsizetype, qsizetype>> taken; // spans already read, so no date is read twice

    const auto overlaps = [&taken](qsizetype start, qsizetype length) {
        return std::any_of(taken.cbegin(), taken.cend(), [&](const auto &span) {
            return start < span.first + span.second && span.first < start + length;
        });
    };
    const auto add = [&](const QRegularExpressionMatch &match, const QDate &date, const QList<QDate> &alternatives,
                         bool ambiguous) {
        taken.append({match.capturedStart(), match.capturedLength()});
        if (!isPlausible(date))
            return;
        FoundDate result;
        result.date = date;
        for (const QDate &alternative : alternatives) {
            if (isPlausible(alternative) && alternative != date)
                result.alternatives.append(alternative);
        }
        result.ambiguous = ambiguous && !result.alternatives.isEmpty();
        result.position = match.capturedStart();
        result.source = match.captured(0).trimmed();
        found.append(result);
    };

    const QString word = QStringLiteral("(\\p{L}+)");
    const QString day = QStringLiteral("[«\"“]?\\s*(\\d{1,2})\\s*[»\"”]?(?:\\s*-?\\s*(?:ші|шы|сі|сы|го|е))?");
    const QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;

    // «2026 жылғы 10 мамыр», «2026 ж. 10 мамыр»
    static const QRegularExpression yearFirst(
        QStringLiteral("(?<!\\d)(\\d{4})\\s*(\\p{L}{1,5})\\.?\\s*") + day + QStringLiteral("\\s+") + word, options);
    // «10 мамыр 2026 ж.», «10 мая 2026 г.», «10 мамыр 2026»
    static const QRegularExpression dayFirst(
        QStringLiteral("(?<!\\d)") + day + QStringLiteral("\\s+") + word + QStringLiteral("\\s+(\\d{4})(?!\\d)"),
        options);
    // 2026-05-10, 2026.05.10
    static const QRegularExpression isoDate(QStringLiteral("(?<!\\d)(\\d{4})[.\\-/](\\d{1,2})[.\\-/](\\d{1,2})(?!\\d)"),
                                            options);
    // 10.05.2026, 10.5.26, 10/05/2026, 10-05-2026
    static const QRegularExpression numeric(
        QStringLiteral("(?<![\\d.])(\\d{1,2})\\s?([./\\-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})(?![\\d])"), options);
    // «10 мамыр» without a year
    static const QRegularExpression noYear(QStringLiteral("(?<!\\d)") + day + QStringLiteral("\\s+") + word, options);

    for (auto it = yearFirst.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!m_yearWords.contains(foldCase(match.captured(2))))
            continue;
        const int month = monthOf(match.captured(4));
        if (month == 0 || overlaps(match.capturedStart(), match.capturedLength()))
            continue;
        add(match, QDate(match.captured(1).toInt(), month, match.captured(3).toInt()), {}, false);
    }
    for (auto it = dayFirst.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int month = monthOf(match.captured(2));
        if (month == 0 || overlaps(match.capturedStart(), match.capturedLength()))
            continue;
        add(match, QDate(match.captured(3).toInt(), month, match.captured(1).toInt()), {}, false);
    }
    for (auto it = isoDate.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (overlaps(match.capturedStart(), match.capturedLength()))
            continue;
        add(match, QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()), {}, false);
    }
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (overlaps(match.capturedStart(), match.capturedLength()))
            continue;
        const int first = match.captured(1).toInt();
        const int second = match.captured(3).toInt();
        const int year = expandYear(match.captured(4).toInt(), int(match.captured(4).size()), m_latest);
        // Kazakhstan writes the day first. A slash is also the US order, so
        // 05/10/2026 may mean 10 May: ask when both readings exist.
        const bool slash = match.captured(2) == QLatin1String("/");
        const QDate dayFirstDate(year, second, first);
        const QDate monthFirstDate(year, first, second);
        if (dayFirstDate.isValid())
            add(match, dayFirstDate, slash ? QList<QDate>{monthFirstDate} : QList<QDate>{}, slash);
        else if (slash)
            add(match, monthFirstDate, {}, false);
        else
            taken.append({match.capturedStart(), match.capturedLength()});
    }
    for (auto it = noYear.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int month = monthOf(match.captured(2));
        if (month == 0 || overlaps(match.capturedStart(), match.capturedLength()))
            continue;
        // The most recent such day up to today; the other reading is a year away.
        const int day = match.captured(1).toInt();
        QDate date(m_today.year(), month, day);
        QDate earlier(m_today.year() - 1, month, day);
        if (date.isValid() && date > m_today)
            std::swap(date, earlier);
        if (!date.isValid() && !earlier.isValid()) {
            taken.append({match.capturedStart(), match.capturedLength()});
            continue;
        }
        add(match, date.isValid() ? date : earlier, {earlier}, true);
    }

    std::sort(found.begin(), found.end(),
              [](const FoundDate &a, const FoundDate &b) { return a.position < b.position; });
    return found;
}

std::optional<FoundDate> DatesFinder::documentDate(const QList<FoundDate> &dates)
{
    for (auto it = dates.crbegin(); it != dates.crend(); ++it) {
        if (!it->ambiguous)
            return *it;
    }
    if (!dates.isEmpty())
        return dates.constLast();
    return std::nullopt;
}

} // namespace qujat
