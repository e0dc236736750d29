#include "chartview.h"

#include "appcontroller.h"
#include "report/bundledfonts.h"
#include "report/charts.h"

#include <QPainter>

namespace qujat {

ChartView::ChartView(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    reload();
}

void ChartView::setChart(const QString &chart)
{
    if (chart == m_chart)
        return;
    m_chart = chart;
    Q_EMIT chartChanged();
    update();
}

void ChartView::setRevision(int revision)
{
    if (revision == m_revision)
        return;
    m_revision = revision;
    Q_EMIT revisionChanged();
    reload();
}

void ChartView::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    update();
}

bool ChartView::isEmpty() const
{
    return m_chart == QLatin1String("awards") ? m_awards.isEmpty() : m_dynamics.isEmpty();
}

void ChartView::reload()
{
    const AppController *app = AppController::instance();
    const Store *store = app ? app->store() : nullptr;
    if (store && store->isOpen()) {
        const QList<Item> items = store->items();
        const QDate reference = referenceDate(store->profile());
        m_dynamics = dynamicsChart(items, reference);
        m_awards = awardsChart(items, reference);
    } else {
        m_dynamics = {};
        m_awards = {};
    }
    Q_EMIT dataChanged();
    update();
}

void ChartView::paint(QPainter *painter)
{
    ChartStyle style;
    // Points to the item's pixels: a little larger than print, for reading
    // at arm's length on a tablet.
    style.unit = 1.5;
    style.fontFamily = bundledFontFamily();
    const QRectF area = boundingRect().adjusted(2, 2, -2, -2);
    if (m_chart == QLatin1String("awards"))
        Charts::drawAwards(painter, area, m_awards, m_language, style);
    else
        Charts::drawDynamics(painter, area, m_dynamics, style);
}

} // namespace qujat
