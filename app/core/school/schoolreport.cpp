#include "school/schoolreport.h"

#include "catalog/catalog.h"
#include "review/review.h"
#include "rules/readiness.h"
#include "util/collation.h"
#include "util/textfold.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace qujat::school {

int Readiness::percent() const
{
    return std::clamp(rulesPercent, 0, 100);
}

Readiness readinessOf(const Store &store)
{
    const Catalog &catalog = Catalog::instance();
    Readiness result;
    const QHash<QString, SectionCounts> counts = store.sectionCounts();
    const ReadinessReport report = ReadinessChecker().check(store);
    result.rulesPercent = report.percent();
    result.rulesFindings = int(report.findings.size());
    int otherFindings = 0;
    for (const Finding &finding : report.findings) {
        if (finding.type == FindingType::MissingRequired)
            result.missingRequired.append(finding.sectionKey + QLatin1Char('/') + finding.kindKey);
        else if (finding.type != FindingType::Returned)
            ++otherFindings;
    }
    for (const Section &section : catalog.sections()) {
        const int n = counts.value(section.key).items;
        result.items += n;
        if (n > 0)
            result.itemsPerSection.insert(section.key, n);
        if (section.isTable)
            continue;
        ++result.sectionsTotal;
        if (n > 0)
            ++result.sectionsWithItems;
        for (const DocumentKind &kind : section.kinds) {
            if (kind.required)
                ++result.requiredTotal;
        }
    }
    const QHash<QUuid, review::ItemReview> marks = review::ReviewStore::itemReviews(store);
    QHash<QUuid, int> revisions;
    {
        QSqlQuery query(store.connection());
        query.exec(QStringLiteral("SELECT uuid, revision FROM items"));
        while (query.next())
            revisions.insert(QUuid::fromString(query.value(0).toString()), query.value(1).toInt());
    }
    for (const review::ItemReview &mark : marks) {
        switch (review::effectiveStatus(mark, revisions.value(mark.itemUuid))) {
        case review::EffectiveStatus::Accepted:
            ++result.accepted;
            break;
        case review::EffectiveStatus::Returned:
            ++result.returned;
            break;
        case review::EffectiveStatus::Changed:
            ++result.changed;
            break;
        case review::EffectiveStatus::None:
            break;
        }
    }

    if (result.items == 0)
        result.findings.append(SchoolReport::tr("The portfolio is empty."));
    if (!result.missingRequired.isEmpty())
        result.findings.append(SchoolReport::tr("%n required document(s) missing.", nullptr,
                                                int(result.missingRequired.size())));
    if (result.returned > 0)
        result.findings.append(SchoolReport::tr("%n item(s) returned for correction.", nullptr, result.returned));
    if (result.changed > 0)
        result.findings.append(SchoolReport::tr("%n item(s) changed since the review.", nullptr, result.changed));
    if (otherFindings > 0)
        result.findings.append(SchoolReport::tr("%n more finding(s) of the rules: dates, time windows, limits or "
                                                "required values.", nullptr, otherFindings));
    result.ready = result.findings.isEmpty() && report.isReady();
    return result;
}

SchoolSummary SchoolReport::summary(SchoolStore &school)
{
    SchoolSummary result;
    for (const TeacherSummary &teacher : school.teachers()) {
        Error error;
        Store *store = school.teacherStore(teacher.portfolioUuid, &error);
        if (!store)
            continue;
        ++result.teachers;
        const Readiness readiness = readinessOf(*store);
        if (readiness.ready)
            ++result.ready;
        result.items += readiness.items;
        result.returned += readiness.returned;
        for (const ItemSummary &item : store->summaries()) {
            if (!item.level.isEmpty() && item.date.isValid())
                ++result.awardsByLevelAndYear[item.level][item.date.year()];
        }
    }
    return result;
}

QList<TeacherSummary> SchoolReport::sortedTeachers(const SchoolStore &school, const QString &language)
{
    QList<TeacherSummary> teachers = school.teachers();
    const QCollator collator = collatorFor(language);
    std::stable_sort(teachers.begin(), teachers.end(), [&](const TeacherSummary &a, const TeacherSummary &b) {
        return collator.compare(a.fullName, b.fullName) < 0;
    });
    return teachers;
}

QList<SchoolSearchHit> SchoolReport::search(SchoolStore &school, const QString &query)
{
    QList<SchoolSearchHit> hits;
    const QString folded = foldForSearch(query.trimmed());
    if (folded.isEmpty())
        return hits;
    // The same match as Store::search (the folded search_text column), but
    // only the columns a hit list shows: Store::search also counts pages,
    // finds thumbnails and parses every hit's fields, which made a search
    // over 100 teachers about 1.4 times as slow (bench/schoolsearch).
    QString escaped = folded;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
    for (const TeacherSummary &teacher : sortedTeachers(school, QStringLiteral("kk"))) {
        Error error;
        Store *store = school.teacherStore(teacher.portfolioUuid, &error);
        if (!store)
            continue;
        QSqlQuery select(store->connection());
        select.setForwardOnly(true);
        select.prepare(QStringLiteral("SELECT uuid, section_key, kind, title, level, date FROM items"
                                      " WHERE search_text LIKE ? ESCAPE '\\' ORDER BY date DESC, updated DESC"));
        select.addBindValue(pattern);
        if (!select.exec())
            continue;
        while (select.next()) {
            ItemSummary item;
            item.uuid = QUuid::fromString(select.value(0).toString());
            item.sectionKey = select.value(1).toString();
            item.kind = select.value(2).toString();
            item.title = select.value(3).toString();
            item.level = select.value(4).toString();
            item.date = QDate::fromString(select.value(5).toString(), Qt::ISODate);
            hits.append({teacher.portfolioUuid, teacher.fullName, item});
        }
    }
    return hits;
}

int SchoolSearchIndex::refresh(SchoolStore &school)
{
    QHash<QUuid, Teacher> cached;
    for (Teacher &teacher : m_teachers)
        cached.insert(teacher.uuid, std::move(teacher));
    QList<Teacher> teachers;
    int reloaded = 0;
    for (const TeacherSummary &summary : SchoolReport::sortedTeachers(school, QStringLiteral("kk"))) {
        const auto found = cached.find(summary.portfolioUuid);
        if (found != cached.end() && found->lastBundle == summary.lastBundleUuid && found->items == summary.items) {
            found->name = summary.fullName;
            teachers.append(std::move(*found));
            continue;
        }
        Teacher teacher;
        teacher.uuid = summary.portfolioUuid;
        teacher.name = summary.fullName;
        teacher.lastBundle = summary.lastBundleUuid;
        teacher.items = summary.items;
        Error error;
        if (Store *store = school.teacherStore(summary.portfolioUuid, &error)) {
            QSqlQuery select(store->connection());
            select.setForwardOnly(true);
            select.exec(QStringLiteral("SELECT uuid, section_key, kind, title, level, date, search_text FROM items"
                                       " ORDER BY date DESC, updated DESC"));
            while (select.next()) {
                Entry entry;
                entry.item.uuid = QUuid::fromString(select.value(0).toString());
                entry.item.sectionKey = select.value(1).toString();
                entry.item.kind = select.value(2).toString();
                entry.item.title = select.value(3).toString();
                entry.item.level = select.value(4).toString();
                entry.item.date = QDate::fromString(select.value(5).toString(), Qt::ISODate);
                entry.folded = select.value(6).toString();
                teacher.entries.append(entry);
            }
        }
        ++reloaded;
        teachers.append(std::move(teacher));
    }
    m_teachers = std::move(teachers);
    return reloaded;
}

QList<SchoolSearchHit> SchoolSearchIndex::search(SchoolStore &school, const QString &query)
{
    QList<SchoolSearchHit> hits;
    const QString folded = foldForSearch(query.trimmed());
    if (folded.isEmpty())
        return hits;
    refresh(school);
    for (const Teacher &teacher : std::as_const(m_teachers)) {
        for (const Entry &entry : teacher.entries) {
            if (entry.folded.contains(folded))
                hits.append({teacher.uuid, teacher.name, entry.item});
        }
    }
    return hits;
}

namespace {

QString csvField(const QString &text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

void appendRow(QByteArray *csv, const QStringList &fields)
{
    QStringList encoded;
    for (const QString &field : fields)
        encoded.append(csvField(field));
    *csv += encoded.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray withBom()
{
    return QByteArray("\xEF\xBB\xBF");
}

QString termName(const Term *term, const QString &key, const QString &language)
{
    return term ? term->name.text(language) : key;
}

QString statusText(review::EffectiveStatus status)
{
    switch (status) {
    case review::EffectiveStatus::Accepted:
        return SchoolReport::tr("Accepted");
    case review::EffectiveStatus::Returned:
        return SchoolReport::tr("Returned");
    case review::EffectiveStatus::Changed:
        return SchoolReport::tr("Changed since the review");
    case review::EffectiveStatus::None:
        break;
    }
    return SchoolReport::tr("Not reviewed");
}

} // namespace

QByteArray SchoolReport::teachersCsv(SchoolStore &school, const QString &language)
{
    const Catalog &catalog = Catalog::instance();
    QByteArray csv = withBom();
    appendRow(&csv, {tr("Teacher"), tr("Subject"), tr("Category sought"), tr("Planned attestation"),
                     tr("Items"), tr("Sections with items"), tr("Sections"), tr("Required documents missing"), tr("Accepted"),
                     tr("Returned"), tr("Ready"), tr("Last bundle")});
    for (const TeacherSummary &teacher : sortedTeachers(school, language)) {
        Error error;
        Store *store = school.teacherStore(teacher.portfolioUuid, &error);
        if (!store)
            continue;
        const Readiness readiness = readinessOf(*store);
        appendRow(&csv, {teacher.fullName, teacher.subject,
                         termName(catalog.category(teacher.targetCategory), teacher.targetCategory, language),
                         teacher.attestationDate.toString(Qt::ISODate), QString::number(readiness.items),
                         // Two columns: "3/5" would read as a date in a spreadsheet.
                         QString::number(readiness.sectionsWithItems), QString::number(readiness.sectionsTotal),
                         QString::number(readiness.missingRequired.size()), QString::number(readiness.accepted),
                         QString::number(readiness.returned), readiness.ready ? tr("yes") : tr("no"),
                         teacher.lastBundleExported.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    }
    return csv;
}

QByteArray SchoolReport::itemsCsv(SchoolStore &school, const QString &language)
{
    const Catalog &catalog = Catalog::instance();
    QByteArray csv = withBom();
    appendRow(&csv, {tr("Teacher"), tr("Section"), tr("Title"), tr("Issuer"), tr("Level"), tr("Date"),
                     tr("Pages"), tr("Review"), tr("Comment"), tr("Item id")});
    for (const TeacherSummary &teacher : sortedTeachers(school, language)) {
        Error error;
        Store *store = school.teacherStore(teacher.portfolioUuid, &error);
        if (!store)
            continue;
        const QHash<QUuid, review::ItemReview> marks = review::ReviewStore::itemReviews(*store);
        for (const Section &section : catalog.sections()) {
            for (const Item &item : store->items(section.key)) {
                const auto mark = marks.constFind(item.uuid);
                const std::optional<review::ItemReview> review = mark == marks.constEnd()
                    ? std::nullopt : std::optional<review::ItemReview>(*mark);
                appendRow(&csv, {teacher.fullName, section.number + QLatin1String(". ") + section.name.text(language),
                                 item.title, item.issuer, termName(catalog.level(item.level), item.level, language),
                                 item.date.toString(Qt::ISODate), QString::number(item.pages.size()),
                                 statusText(review::effectiveStatus(review, item.revision)),
                                 review ? review->comment : QString(), item.uuid.toString(QUuid::WithoutBraces)});
            }
        }
    }
    return csv;
}

bool SchoolReport::writeFile(const QString &path, const QByteArray &csv, Error *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = {tr("Qujat could not write %1. Check that the folder is writable and the file is not open in "
                     "another program, then try again.")
                      .arg(QDir::toNativeSeparators(path)),
                  file.errorString()};
        return false;
    }
    return true;
}

} // namespace qujat::school
