#pragma once

#include "report/reportdata.h"

#include <QQmlEngine>
#include <QQuickPaintedItem>

namespace qujat {

// One of the report's charts in the app, drawn by the same code as in the
// PDF (Charts). Set `revision` to App.revision so that the chart follows
// changes of the portfolio.
class ChartView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT

    // "dynamics" (table VII over three years) or "awards" (awards per level and year).
    Q_PROPERTY(QString chart READ chart WRITE setChart NOTIFY chartChanged)
    Q_PROPERTY(int revision READ revision WRITE setRevision NOTIFY revisionChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // True when the portfolio has nothing to draw in this chart.
    Q_PROPERTY(bool empty READ isEmpty NOTIFY dataChanged)

public:
    explicit ChartView(QQuickItem *parent = nullptr);

    QString chart() const { return m_chart; }
    void setChart(const QString &chart);
    int revision() const { return m_revision; }
    void setRevision(int revision);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool isEmpty() const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void chartChanged();
    void revisionChanged();
    void languageChanged();
    void dataChanged();

private:
    void reload();

    QString m_chart = QStringLiteral("dynamics");
    QString m_language = QStringLiteral("kk");
    int m_revision = 0;
    DynamicsChart m_dynamics;
    AwardsChart m_awards;
};

} // namespace qujat
