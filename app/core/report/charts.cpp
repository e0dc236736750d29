#include "report/charts.h"

#include "catalog/catalog.h"
#include "report/bundledfonts.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace qujat {

namespace {

struct LegendEntry
{
    QColor color;
    QString label;
};

QFont chartFont(const ChartStyle &style, double points, bool bold = false)
{
    QFont font(style.fontFamily);
    font.setPixelSize(std::max(1, int(std::lround(points * style.unit))));
    font.setBold(bold);
    disableLigatures(&font);
    return font;
}

// Lays the entries out in rows from the left; draws them when `draw` is set.
// Returns the height used.
double legend(QPainter *painter, const QRectF &rect, const QList<LegendEntry> &entries,
              const ChartStyle &style, bool draw)
{
    const QFont font = chartFont(style, 8);
    const QFontMetricsF metrics(font, painter->device());
    const double swatch = 7 * style.unit;
    const double gap = 4 * style.unit;
    const double lineHeight = std::max(swatch, metrics.height()) + gap;
    double x = rect.left();
    double y = rect.top();
    painter->setFont(font);
    for (const LegendEntry &entry : entries) {
        const double width = swatch + gap + metrics.horizontalAdvance(entry.label) + 3 * gap;
        if (x > rect.left() && x + width > rect.right()) {
            x = rect.left();
            y += lineHeight;
        }
        if (draw) {
            const QRectF box(x, y + (lineHeight - gap - swatch) / 2, swatch, swatch);
            painter->fillRect(box, entry.color);
            painter->setPen(style.text);
            painter->drawText(QRectF(x + swatch + gap, y, width, lineHeight - gap),
                              Qt::AlignLeft | Qt::AlignVCenter, entry.label);
        }
        x += width;
    }
    return y - rect.top() + lineHeight;
}

// A round step for `ticks` grid lines up to at least `maximum`.
int niceStep(int maximum, int ticks)
{
    const int raw = std::max(1, int(std::ceil(double(maximum) / ticks)));
    for (int step : {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000}) {
        if (step >= raw)
            return step;
    }
    return raw;
}

// Draws horizontal grid lines with labels from 0 to `top` in `step`s and
// returns the plot area right of the labels.
QRectF drawGrid(QPainter *painter, const QRectF &area, int top, int step, const QString &suffix,
                const ChartStyle &style)
{
    const QFont font = chartFont(style, 7.5);
    const QFontMetricsF metrics(font, painter->device());
    const double labelWidth = metrics.horizontalAdvance(QString::number(top) + suffix) + 4 * style.unit;
    const QRectF plot(area.left() + labelWidth, area.top() + metrics.height() / 2,
                      area.width() - labelWidth, area.height() - metrics.height() / 2);
    painter->setFont(font);
    for (int value = 0; value <= top; value += step) {
        const double y = plot.bottom() - plot.height() * value / top;
        painter->setPen(QPen(value == 0 ? style.text : style.grid, 0.5 * style.unit));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter->setPen(style.text);
        painter->drawText(QRectF(area.left(), y - metrics.height() / 2, labelWidth - 3 * style.unit,
                                 metrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, QString::number(value) + suffix);
    }
    return plot;
}

void drawMessage(QPainter *painter, const QRectF &rect, const QString &message, const ChartStyle &style)
{
    painter->setPen(QPen(style.grid, 0.75 * style.unit));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect);
    painter->setFont(chartFont(style, 9));
    painter->setPen(style.text);
    painter->drawText(rect.adjusted(10 * style.unit, 0, -10 * style.unit, 0),
                      Qt::AlignCenter | Qt::TextWordWrap, message);
}

} // namespace

QString Charts::dynamicsTitle()
{
    return tr("Quality of knowledge by class and subject over three years, %");
}

QString Charts::awardsTitle()
{
    return tr("Awards by level and year");
}

QColor Charts::seriesColor(int index)
{
    static const QColor colors[] = {
        QColor(0x1f, 0x4e, 0x9a), QColor(0xe0, 0x8a, 0x1e), QColor(0x2e, 0x8b, 0x57),
        QColor(0xc0, 0x39, 0x2b), QColor(0x7d, 0x3c, 0x98), QColor(0x6d, 0x8f, 0xb5),
        QColor(0x8c, 0x6d, 0x31),
    };
    return colors[index % int(std::size(colors))];
}

void Charts::drawDynamics(QPainter *painter, const QRectF &rect, const DynamicsChart &chart,
                          const ChartStyle &style)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (chart.isEmpty()) {
        drawMessage(painter, rect, tr("Table VII has no rows with a result in the last three academic years."),
                    style);
        painter->restore();
        return;
    }
    QList<LegendEntry> entries;
    for (int i = 0; i < chart.startYears.size(); ++i)
        entries.append({seriesColor(i), DynamicsChart::yearLabel(chart.startYears.at(i))});
    const double legendHeight = legend(painter, rect, entries, style, true);

    const QFont labelFont = chartFont(style, 7.5);
    const QFontMetricsF labelMetrics(labelFont, painter->device());
    const double axisHeight = 2 * labelMetrics.height() + 4 * style.unit;
    const QRectF area(rect.left(), rect.top() + legendHeight + 2 * style.unit, rect.width(),
                      rect.height() - legendHeight - axisHeight - 2 * style.unit);
    const QRectF plot = drawGrid(painter, area, 100, 20, QStringLiteral("%"), style);

    const int groups = int(chart.series.size());
    const int bars = int(chart.startYears.size());
    const double groupWidth = plot.width() / groups;
    const double barWidth = std::min(groupWidth * 0.8 / bars, 28 * style.unit);
    const QFont valueFont = chartFont(style, barWidth > 14 * style.unit ? 7 : 5.5);
    const QFontMetricsF valueMetrics(valueFont, painter->device());
    for (int g = 0; g < groups; ++g) {
        const DynamicsSeries &series = chart.series.at(g);
        const double groupLeft = plot.left() + g * groupWidth;
        const double barsLeft = groupLeft + (groupWidth - barWidth * bars) / 2;
        for (int b = 0; b < bars && b < series.values.size(); ++b) {
            if (!series.values.at(b))
                continue;
            const double value = *series.values.at(b);
            const double height = plot.height() * value / 100.0;
            const QRectF bar(barsLeft + b * barWidth, plot.bottom() - height, barWidth * 0.92, height);
            painter->fillRect(bar, seriesColor(b));
            const QString text = QString::number(std::lround(value));
            if (valueMetrics.horizontalAdvance(text) <= barWidth * 1.1) {
                painter->setFont(valueFont);
                painter->setPen(style.text);
                painter->drawText(QRectF(bar.left() - barWidth, bar.top() - valueMetrics.height(),
                                         bar.width() + 2 * barWidth, valueMetrics.height()),
                                  Qt::AlignHCenter | Qt::AlignBottom, text);
            }
        }
        painter->setFont(labelFont);
        painter->setPen(style.text);
        const QRectF labelRect(groupLeft, plot.bottom() + 2 * style.unit, groupWidth, axisHeight);
        // The subject on the first line, shortened to the group's width, and the class below.
        QString label = labelMetrics.elidedText(series.subject, Qt::ElideRight, groupWidth);
        if (!series.classGroup.isEmpty())
            label += QLatin1Char('\n') + series.classGroup;
        painter->drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop, label);
    }
    painter->restore();
}

void Charts::drawAwards(QPainter *painter, const QRectF &rect, const AwardsChart &chart, const QString &language,
                        const ChartStyle &style)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (chart.isEmpty()) {
        drawMessage(painter, rect, tr("No dated awards with a level in the last five years."), style);
        painter->restore();
        return;
    }
    const Catalog &catalog = Catalog::instance();
    QList<LegendEntry> entries;
    for (int i = 0; i < chart.levelKeys.size(); ++i) {
        const Term *level = catalog.level(chart.levelKeys.at(i));
        entries.append({seriesColor(i), level ? level->name.text(language) : chart.levelKeys.at(i)});
    }
    const QRectF legendArea(rect.left(), rect.top(), rect.width(), rect.height());
    const double legendHeight = legend(painter, legendArea, entries, style, false);
    legend(painter, QRectF(rect.left(), rect.bottom() - legendHeight, rect.width(), legendHeight), entries,
           style, true);

    int maximum = 1;
    for (const QList<QList<int>> *table : {&chart.students, &chart.teacher}) {
        for (const QList<int> &row : *table) {
            int total = 0;
            for (int count : row)
                total += count;
            maximum = std::max(maximum, total);
        }
    }
    const int step = niceStep(maximum, 5);
    const int top = step * int(std::ceil(double(maximum) / step));

    const QFont titleFont = chartFont(style, 9, true);
    const QFontMetricsF titleMetrics(titleFont, painter->device());
    const QFont labelFont = chartFont(style, 7.5);
    const QFontMetricsF labelMetrics(labelFont, painter->device());
    const double gap = 12 * style.unit;
    const double panelWidth = (rect.width() - gap) / 2;
    const QString titles[] = {tr("Students' awards"), tr("The teacher's own awards")};
    const QList<QList<int>> *tables[] = {&chart.students, &chart.teacher};
    for (int panel = 0; panel < 2; ++panel) {
        const QRectF panelRect(rect.left() + panel * (panelWidth + gap), rect.top(), panelWidth,
                               rect.height() - legendHeight - 4 * style.unit);
        painter->setFont(titleFont);
        painter->setPen(style.text);
        painter->drawText(QRectF(panelRect.left(), panelRect.top(), panelRect.width(), titleMetrics.height()),
                          Qt::AlignHCenter | Qt::AlignVCenter, titles[panel]);
        const QRectF area(panelRect.left(), panelRect.top() + titleMetrics.height() + 3 * style.unit,
                          panelRect.width(),
                          panelRect.height() - titleMetrics.height() - labelMetrics.height() - 8 * style.unit);
        const QRectF plot = drawGrid(painter, area, top, step, QString(), style);
        const int years = int(chart.years.size());
        const double slot = plot.width() / years;
        const double barWidth = std::min(slot * 0.6, 30 * style.unit);
        for (int y = 0; y < years; ++y) {
            const QList<int> &row = tables[panel]->at(y);
            double bottom = plot.bottom();
            int total = 0;
            const double left = plot.left() + y * slot + (slot - barWidth) / 2;
            for (int level = 0; level < row.size(); ++level) {
                if (row.at(level) == 0)
                    continue;
                const double height = plot.height() * row.at(level) / top;
                painter->fillRect(QRectF(left, bottom - height, barWidth, height), seriesColor(level));
                bottom -= height;
                total += row.at(level);
            }
            painter->setFont(labelFont);
            painter->setPen(style.text);
            if (total > 0) {
                painter->drawText(QRectF(left - slot / 2, bottom - labelMetrics.height(), barWidth + slot,
                                         labelMetrics.height()),
                                  Qt::AlignHCenter | Qt::AlignBottom, QString::number(total));
            }
            painter->drawText(QRectF(plot.left() + y * slot, plot.bottom() + 2 * style.unit, slot,
                                     labelMetrics.height()),
                              Qt::AlignHCenter | Qt::AlignTop, QString::number(chart.years.at(y)));
        }
    }
    painter->restore();
}

} // namespace qujat
