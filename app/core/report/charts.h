#pragma once

#include "report/reportdata.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace qujat {

// The look of a chart on its device. `unit` is the size of a typographic
// point in the painter's coordinates: 300/72 on a 300 dpi PDF page, about
// 1.33 on a screen at 96 dpi.
struct ChartStyle
{
    double unit = 1.0;
    QString fontFamily;
    QColor text = QColor(0x22, 0x22, 0x22);
    QColor grid = QColor(0xcc, 0xcc, 0xcc);
};

// Draws the report's charts with QPainter only, so that the PDF and the
// app's charts page share one drawing code. Every colour is opaque: PDF/A-1
// allows no transparency.
class Charts
{
    Q_DECLARE_TR_FUNCTIONS(Charts)

public:
    // Bars of the quality of knowledge (%), one group per class and subject,
    // one bar per academic year.
    static void drawDynamics(QPainter *painter, const QRectF &rect, const DynamicsChart &chart,
                             const ChartStyle &style);

    // Two panels, the students' awards and the teacher's own: one stacked
    // bar per year, one colour per level. `language` names the levels.
    static void drawAwards(QPainter *painter, const QRectF &rect, const AwardsChart &chart,
                           const QString &language, const ChartStyle &style);

    static QString dynamicsTitle();
    static QString awardsTitle();

    // Distinct opaque colours for series and levels.
    static QColor seriesColor(int index);
};

} // namespace qujat
