#include "rules/readiness.h"

#include "store/store.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace qujat {

namespace {

QString displayDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A value counts as filled when it has any text other than spaces.
bool isFilled(const Item &item, const FieldDef &field)
{
    if (field.key == QLatin1String("date"))
        return item.date.isValid();
    if (field.key == QLatin1String("level"))
        return !item.level.trimmed().isEmpty();
    if (field.key == QLatin1String("title"))
        return !item.title.trimmed().isEmpty();
    const QVariant value = item.fields.value(field.key);
    return value.isValid() && !value.toString().trimmed().isEmpty();
}

// Newest first, undated last, then by creation and UUID, so that the items
// beyond a limit are the oldest and the same ones on every run.
bool keepsBefore(const Item *a, const Item *b)
{
    if (a->date.isValid() != b->date.isValid())
        return a->date.isValid();
    if (a->date != b->date)
        return a->date > b->date;
    if (a->created != b->created)
        return a->created < b->created;
    return a->uuid.toString() < b->uuid.toString();
}

const char *const TypeNames[] = {"no_attestation_date", "undated", "outside_window",
                                 "over_limit", "missing_required", "missing_field", "returned"};

} // namespace

int ReadinessReport::percent() const
{
    int checks = 0;
    int passed = 0;
    for (const SectionReadiness &section : sections) {
        checks += section.checks;
        passed += section.passed;
    }
    // The attestation date is one more check, because no window can be
    // checked without it.
    ++checks;
    if (attestationDate.isValid())
        ++passed;
    return passed * 100 / checks;
}

ReadinessChecker::ReadinessChecker(const Catalog &catalog)
    : m_catalog(catalog)
{
}

QDate ReadinessChecker::windowStart(const QDate &attestation, int years)
{
    return attestation.addYears(-years);
}

QString ReadinessChecker::typeName(FindingType type)
{
    return QLatin1String(TypeNames[int(type)]);
}

ReadinessReport ReadinessChecker::check(const Store &store) const
{
    return check(store.profile(), store.items(), review::returnedItemFindings(store));
}

ReadinessReport ReadinessChecker::check(const Profile &profile, const QList<Item> &items,
                                        const QList<review::ReturnedItem> &returned) const
{
    QHash<QUuid, QString> returnedComments;
    for (const review::ReturnedItem &item : returned)
        returnedComments.insert(item.itemUuid, item.comment);

    ReadinessReport report;
    report.attestationDate = profile.attestationDate;
    if (!profile.attestationDate.isValid()) {
        Finding finding;
        finding.type = FindingType::NoAttestationDate;
        finding.sectionKey = QStringLiteral("documents.general");
        finding.field = QStringLiteral("attestationDate");
        report.findings.append(finding);
    }

    QHash<QString, QList<const Item *>> bySection;
    for (const Item &item : items)
        bySection[item.sectionKey].append(&item);

    for (const Section &section : m_catalog.sections()) {
        QList<const Item *> sectionItems = bySection.value(section.key);
        std::sort(sectionItems.begin(), sectionItems.end(), keepsBefore);

        SectionReadiness readiness;
        readiness.sectionKey = section.key;
        readiness.items = int(sectionItems.size());
        QList<Finding> findings;

        // Required documents: one check each.
        for (const DocumentKind &kind : section.kinds) {
            if (!kind.required)
                continue;
            if (kind.requiredIf == QLatin1String(ProfileCurrentCategory) && profile.currentCategory.isEmpty())
                continue;
            ++readiness.checks;
            const bool filed = std::any_of(sectionItems.cbegin(), sectionItems.cend(),
                                           [&kind](const Item *item) { return item->kind == kind.key; });
            const bool inProfile = kind.profileAlternative == QLatin1String(ProfilePhoto)
                                   && !profile.photoSha.isEmpty();
            if (filed || inProfile) {
                ++readiness.passed;
                continue;
            }
            Finding finding;
            finding.type = FindingType::MissingRequired;
            finding.sectionKey = section.key;
            finding.kindKey = kind.key;
            findings.append(finding);
        }

        // Limits of the section and of its kinds.
        QList<Finding> itemFindings;
        if (section.maxItems > 0)
            checkLimit(section, {}, section.maxItems, sectionItems, &itemFindings);
        for (const DocumentKind &kind : section.kinds) {
            if (kind.maxItems <= 0)
                continue;
            QList<const Item *> ofKind;
            for (const Item *item : std::as_const(sectionItems)) {
                if (item->kind == kind.key)
                    ofKind.append(item);
            }
            checkLimit(section, kind.key, kind.maxItems, ofKind, &itemFindings);
        }

        // Each item: dated, inside its window, its required values filled.
        for (const Item *item : std::as_const(sectionItems))
            checkItem(section, *item, profile.attestationDate, returnedComments, &itemFindings);

        QSet<QUuid> failing;
        for (const Finding &finding : std::as_const(itemFindings))
            failing.insert(finding.item);
        readiness.checks += readiness.items;
        readiness.passed += readiness.items - int(failing.size());

        findings += itemFindings;
        readiness.findings = int(findings.size());
        report.findings += findings;
        report.sections.append(readiness);
    }
    return report;
}

void ReadinessChecker::checkLimit(const Section &section, const QString &kindKey, int limit,
                                  const QList<const Item *> &items, QList<Finding> *findings) const
{
    // `items` are sorted newest first, so the ones past the limit are the oldest.
    for (qsizetype i = limit; i < items.size(); ++i) {
        Finding finding;
        finding.type = FindingType::OverLimit;
        finding.sectionKey = section.key;
        finding.kindKey = kindKey;
        finding.item = items.at(i)->uuid;
        finding.itemTitle = items.at(i)->title;
        finding.itemDate = items.at(i)->date;
        finding.ruleScope = kindKey.isEmpty() ? QStringLiteral("section") : QStringLiteral("kind");
        finding.limit = limit;
        finding.count = int(items.size());
        findings->append(finding);
    }
}

void ReadinessChecker::checkItem(const Section &section, const Item &item, const QDate &attestation,
                                 const QHash<QUuid, QString> &returned, QList<Finding> *findings) const
{
    Finding base;
    base.sectionKey = section.key;
    base.item = item.uuid;
    base.itemTitle = item.title;
    base.kindKey = item.kind;
    base.itemDate = item.date;

    // The administration's word comes first: it names what to change.
    if (returned.contains(item.uuid)) {
        Finding finding = base;
        finding.type = FindingType::Returned;
        finding.comment = returned.value(item.uuid);
        findings->append(finding);
    }

    if (!item.date.isValid()) {
        Finding finding = base;
        finding.type = FindingType::Undated;
        finding.field = QStringLiteral("date");
        findings->append(finding);
    } else if (attestation.isValid()) {
        const DocumentKind *kind = m_catalog.documentKind(section.key, item.kind);
        const int years = m_catalog.windowYears(section.key, item.kind);
        const QDate start = windowStart(attestation, years);
        if (years > 0 && item.date < start) {
            Finding finding = base;
            finding.type = FindingType::OutsideWindow;
            finding.field = QStringLiteral("date");
            finding.windowYears = years;
            finding.windowStart = start;
            finding.attestationDate = attestation;
            finding.ruleScope = kind && kind->windowYears > 0 ? QStringLiteral("kind")
                                                              : QStringLiteral("section");
            findings->append(finding);
        }
    }

    // Table rows need their table's required columns. Items of a kind with
    // fields of its own (students' awards) need those too. The date column
    // is the item's date, reported above.
    QList<FieldDef> fields = section.isTable ? section.columns : QList<FieldDef>();
    if (const DocumentKind *kind = m_catalog.documentKind(section.key, item.kind))
        fields += kind->fields;
    for (const FieldDef &field : std::as_const(fields)) {
        if (!field.required || field.key == QLatin1String("date") || isFilled(item, field))
            continue;
        Finding finding = base;
        finding.type = FindingType::MissingField;
        finding.field = field.key;
        findings->append(finding);
    }
}

namespace {

QString fieldName(const Catalog &catalog, const Finding &finding, const QString &language)
{
    const Section *section = catalog.section(finding.sectionKey);
    if (!section)
        return finding.field;
    QList<FieldDef> fields = section->columns;
    if (const DocumentKind *kind = catalog.documentKind(finding.sectionKey, finding.kindKey))
        fields += kind->fields;
    for (const FieldDef &field : std::as_const(fields)) {
        if (field.key == finding.field)
            return field.name.text(language);
    }
    return finding.field;
}

} // namespace

QString ReadinessChecker::message(const Finding &finding, const QString &language) const
{
    const Section *section = m_catalog.section(finding.sectionKey);
    const DocumentKind *kind = m_catalog.documentKind(finding.sectionKey, finding.kindKey);
    QString sectionLabel;
    if (section) {
        sectionLabel = section->isTable
            //: A table of the portfolio in a readiness message; %1 is its number (I-VIII), %2 its name.
            ? tr("table %1 «%2»").arg(section->number, section->name.text(language))
            //: A section of the portfolio in a readiness message; %1 is its number, %2 its name.
            : tr("section %1 «%2»").arg(section->number, section->name.text(language));
    }
    const QString kindName = kind ? kind->name.text(language) : QString();
    //: Stands for an item that has no title in a readiness message.
    const QString title = finding.itemTitle.trimmed().isEmpty() ? tr("untitled document")
                                                                : finding.itemTitle.trimmed();

    switch (finding.type) {
    case FindingType::NoAttestationDate:
        return tr("The profile has no planned attestation date. Add it, so that the 5-year and "
                  "3-year windows can be checked.");
    case FindingType::Undated:
        return tr("«%1» in %2 has no date. Every material must carry one: add the date.")
            .arg(title, sectionLabel);
    case FindingType::OutsideWindow: {
        const QString rule = finding.ruleScope == QLatin1String("kind")
            //: %1 is the name of a document kind whose own time window applies.
            ? tr("the window of «%1»").arg(kindName)
            //: %1 is a section or table, whose time window applies.
            : tr("the window of %1").arg(sectionLabel);
        //: %1 title, %2 its date, %3 the first date inside the window, %4 the rule, %5 the
        //: attestation date, %n the window in years.
        return tr("«%1» is dated %2, before %3: outside the %n-year window before the attestation "
                  "on %5 (%4). Correct the date or remove the document.", nullptr, finding.windowYears)
            .arg(title, displayDate(finding.itemDate), displayDate(finding.windowStart), rule,
                 displayDate(finding.attestationDate));
    }
    case FindingType::OverLimit: {
        const QString scope = finding.ruleScope == QLatin1String("kind")
            ? QStringLiteral("«%1»").arg(kindName)
            : sectionLabel;
        //: %1 is a section, table or document kind, %2 the number of items, %3 an item's title,
        //: %n the maximum.
        return tr("%1 allows at most %n document(s) and has %2. Remove «%3» or choose which to keep.",
                  nullptr, finding.limit)
            .arg(scope, QString::number(finding.count), title);
    }
    case FindingType::MissingRequired:
        //: %1 is the name of a required document, %2 the section it belongs to.
        return tr("Required document missing: «%1». Add it to %2.").arg(kindName, sectionLabel);
    case FindingType::MissingField:
        //: %1 is an item's title, %2 a column or field name, %3 the section or table.
        return tr("«%1» has no «%2», which %3 requires. Fill it in.")
            .arg(title, fieldName(m_catalog, finding, language), sectionLabel);
    case FindingType::Returned:
        if (finding.comment.trimmed().isEmpty())
            //: %1 is an item's title, %2 its section or table.
            return tr("The administration returned «%1» in %2. Correct the document and send the "
                      "portfolio again.").arg(title, sectionLabel);
        //: %1 is an item's title, %2 its section or table, %3 the administration's comment.
        return tr("The administration returned «%1» in %2: «%3». Correct the document as the comment "
                  "asks and send the portfolio again.").arg(title, sectionLabel, finding.comment.trimmed());
    }
    return {};
}

QJsonObject ReadinessChecker::toJson(const Finding &finding, const QString &language) const
{
    QJsonObject object{
        {QStringLiteral("type"), typeName(finding.type)},
        {QStringLiteral("section"), finding.sectionKey},
        {QStringLiteral("message"), message(finding, language)},
    };
    if (!finding.item.isNull())
        object.insert(QStringLiteral("item"), finding.item.toString(QUuid::WithoutBraces));
    if (finding.opensProfile())
        object.insert(QStringLiteral("profile"), true);
    if (!finding.field.isEmpty())
        object.insert(QStringLiteral("field"), finding.field);
    if (!finding.kindKey.isEmpty())
        object.insert(QStringLiteral("kind"), finding.kindKey);
    if (finding.type == FindingType::OutsideWindow) {
        object.insert(QStringLiteral("date"), isoDate(finding.itemDate));
        object.insert(QStringLiteral("windowYears"), finding.windowYears);
        object.insert(QStringLiteral("windowStart"), isoDate(finding.windowStart));
        object.insert(QStringLiteral("rule"), finding.ruleScope);
    }
    if (finding.type == FindingType::Returned)
        object.insert(QStringLiteral("comment"), finding.comment);
    if (finding.type == FindingType::OverLimit) {
        object.insert(QStringLiteral("limit"), finding.limit);
        object.insert(QStringLiteral("count"), finding.count);
        object.insert(QStringLiteral("rule"), finding.ruleScope);
    }
    return object;
}

} // namespace qujat
