#include "readinessmodel.h"

#include "appcontroller.h"
#include "catalog/catalog.h"
#include "platformservices.h"
#include "rules/directions.h"

#include <QSet>
#include <QUrl>

#include <algorithm>

namespace qujat {

namespace {

QString languageNow()
{
    return AppController::instance() ? AppController::instance()->language() : QStringLiteral("kk");
}

Store *storeNow()
{
    AppController *app = AppController::instance();
    return app && app->isOpen() ? app->store() : nullptr;
}

QString portfolioName(const QString &key, const QString &language)
{
    const Portfolio *portfolio = Catalog::instance().portfolio(key);
    return portfolio ? portfolio->name.text(language) : QString();
}

} // namespace

ReadinessModel::ReadinessModel(QObject *parent)
    : QObject(parent)
{
    if (AppController *app = AppController::instance()) {
        connect(app, &AppController::revisionChanged, this, &ReadinessModel::reload);
        connect(app, &AppController::portfolioChanged, this, &ReadinessModel::reload);
        connect(app, &AppController::languageChanged, this, &ReadinessModel::reload);
    }
    reload();
}

ReadinessModel::~ReadinessModel()
{
    setPresenting(false);
}

void ReadinessModel::setPresenting(bool on)
{
    if (m_presenting == on)
        return;
    m_presenting = on;
    PlatformServices::instance()->setKeepScreenOn(on);
    Q_EMIT presentingChanged();
}

QString ReadinessModel::attestationDateText() const
{
    return m_report.attestationDate.isValid() ? m_report.attestationDate.toString(QStringLiteral("dd.MM.yyyy"))
                                              : QString();
}

QString ReadinessModel::sectionLabel(const QString &sectionKey) const
{
    const Section *section = Catalog::instance().section(sectionKey);
    if (!section)
        return sectionKey;
    return section->number + QLatin1String(". ") + section->name.text(languageNow());
}

void ReadinessModel::reload()
{
    const Store *store = storeNow();
    const QString language = languageNow();
    const ReadinessChecker checker;
    m_report = store ? checker.check(*store) : ReadinessReport();

    m_findings.clear();
    for (const Finding &finding : std::as_const(m_report.findings)) {
        m_findings.append(QVariantMap{
            {QStringLiteral("type"), ReadinessChecker::typeName(finding.type)},
            {QStringLiteral("sectionKey"), finding.sectionKey},
            {QStringLiteral("sectionLabel"), sectionLabel(finding.sectionKey)},
            {QStringLiteral("uuid"), finding.item.isNull() ? QString() : finding.item.toString(QUuid::WithoutBraces)},
            {QStringLiteral("field"), finding.field},
            {QStringLiteral("opensProfile"), finding.opensProfile()},
            {QStringLiteral("message"), checker.message(finding, language)},
        });
    }

    m_sections.clear();
    for (const SectionReadiness &readiness : std::as_const(m_report.sections)) {
        const Section *section = Catalog::instance().section(readiness.sectionKey);
        m_sections.append(QVariantMap{
            {QStringLiteral("key"), readiness.sectionKey},
            {QStringLiteral("number"), section->number},
            {QStringLiteral("name"), section->name.text(language)},
            {QStringLiteral("portfolioKey"), section->portfolioKey},
            {QStringLiteral("portfolioName"), portfolioName(section->portfolioKey, language)},
            {QStringLiteral("items"), readiness.items},
            {QStringLiteral("findings"), readiness.findings},
            {QStringLiteral("percent"), readiness.percent()},
            {QStringLiteral("ready"), readiness.isReady()},
        });
    }

    m_directions.clear();
    const QList<ItemSummary> summaries = store ? store->summaries() : QList<ItemSummary>();
    for (const DirectionGroup &group : groupByDirection(summaries, language)) {
        QVariantList items;
        for (const ItemSummary &item : group.items) {
            items.append(QVariantMap{
                {QStringLiteral("uuid"), item.uuid.toString(QUuid::WithoutBraces)},
                {QStringLiteral("title"), item.title},
                {QStringLiteral("dateText"), item.date.isValid() ? item.date.toString(QStringLiteral("dd.MM.yyyy"))
                                                                 : QString()},
                {QStringLiteral("sectionLabel"), sectionLabel(item.sectionKey)},
                {QStringLiteral("thumbnail"), item.thumbnailPath.isEmpty() ? QUrl()
                                                                          : QUrl::fromLocalFile(item.thumbnailPath)},
                {QStringLiteral("complete"), item.date.isValid()},
            });
        }
        const Term *direction = Catalog::instance().direction(group.directionKey);
        m_directions.append(QVariantMap{
            {QStringLiteral("key"), group.directionKey},
            {QStringLiteral("name"), direction ? direction->name.text(language) : group.directionKey},
            {QStringLiteral("items"), items},
        });
    }
    QList<int> years;
    for (const ItemSummary &summary : summaries) {
        if (summary.date.isValid() && !years.contains(summary.date.year()))
            years.append(summary.date.year());
    }
    std::sort(years.begin(), years.end(), std::greater<int>());
    m_years.clear();
    for (int year : std::as_const(years))
        m_years.append(year);

    Q_EMIT changed();
}

QVariantList ReadinessModel::presentationItems(const QString &search, int year, const QString &level) const
{
    QVariantList list;
    const Store *store = storeNow();
    if (!store)
        return list;
    const QString language = languageNow();

    QSet<QUuid> matching;
    const QString query = search.trimmed();
    if (!query.isEmpty()) {
        for (const ItemSummary &summary : store->search(query))
            matching.insert(summary.uuid);
    }

    QList<Item> items = store->items();
    QHash<QString, int> sectionOrder;
    for (int i = 0; i < Catalog::instance().sections().size(); ++i)
        sectionOrder.insert(Catalog::instance().sections().at(i).key, i);
    std::stable_sort(items.begin(), items.end(), [&sectionOrder](const Item &a, const Item &b) {
        const int orderA = sectionOrder.value(a.sectionKey, INT_MAX);
        const int orderB = sectionOrder.value(b.sectionKey, INT_MAX);
        if (orderA != orderB)
            return orderA < orderB;
        return a.date > b.date;
    });

    for (const Item &item : std::as_const(items)) {
        if (!query.isEmpty() && !matching.contains(item.uuid))
            continue;
        if (year > 0 && item.date.year() != year)
            continue;
        if (!level.isEmpty() && item.level != level)
            continue;
        QVariantList pages;
        QString documentName;
        for (const Page &page : item.pages) {
            if (page.kind == PageKind::Image)
                pages.append(QUrl::fromLocalFile(store->pagePath(page)));
            else if (!store->thumbnailPath(page).isEmpty())
                pages.append(QUrl::fromLocalFile(store->thumbnailPath(page)));
            else if (documentName.isEmpty())
                documentName = page.displayName;
        }
        const Term *levelTerm = Catalog::instance().level(item.level);
        list.append(QVariantMap{
            {QStringLiteral("uuid"), item.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("dateText"), item.date.isValid() ? item.date.toString(QStringLiteral("dd.MM.yyyy"))
                                                             : QString()},
            {QStringLiteral("year"), item.date.isValid() ? item.date.year() : 0},
            {QStringLiteral("levelName"), levelTerm ? levelTerm->name.text(language) : QString()},
            {QStringLiteral("sectionKey"), item.sectionKey},
            {QStringLiteral("sectionLabel"), sectionLabel(item.sectionKey)},
            {QStringLiteral("issuer"), item.issuer},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("documentName"), documentName},
        });
    }
    return list;
}

} // namespace qujat
