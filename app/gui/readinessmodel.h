#pragma once

#include "rules/readiness.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace qujat {

// The portfolio's readiness for the commission, the 2024 view and the
// documents of presentation mode, for QML. Recomputed whenever the
// portfolio, its items, the profile or the interface language change.
class ReadinessModel : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Readiness)

    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(int percent READ percent NOTIFY changed)
    Q_PROPERTY(int findingCount READ findingCount NOTIFY changed)
    Q_PROPERTY(QString attestationDateText READ attestationDateText NOTIFY changed)
    // Each finding: type, sectionKey, sectionLabel, uuid ("" when none),
    // field, opensProfile, message.
    Q_PROPERTY(QVariantList findings READ findings NOTIFY changed)
    // Each section in official order: key, number, name, portfolioName,
    // items, findings, percent, ready.
    Q_PROPERTY(QVariantList sections READ sections NOTIFY changed)
    // The four 2024 directions: key, name, items (uuid, title, dateText,
    // sectionLabel, thumbnail, complete).
    Q_PROPERTY(QVariantList directions READ directions NOTIFY changed)
    // True while presentation mode keeps the screen on.
    // The years of the dated items, newest first, for the year filter.
    Q_PROPERTY(QVariantList years READ years NOTIFY changed)
    Q_PROPERTY(bool presenting READ presenting WRITE setPresenting NOTIFY presentingChanged)

public:
    explicit ReadinessModel(QObject *parent = nullptr);
    ~ReadinessModel() override;

    bool ready() const { return m_report.isReady(); }
    int percent() const { return m_report.percent(); }
    int findingCount() const { return int(m_report.findings.size()); }
    QString attestationDateText() const;
    QVariantList findings() const { return m_findings; }
    QVariantList sections() const { return m_sections; }
    QVariantList directions() const { return m_directions; }

    Q_INVOKABLE void reload();

    bool presenting() const { return m_presenting; }
    // Keeps the screen on while presenting, through the platform services
    // (a no-op on desktop systems).
    void setPresenting(bool on);

    // The documents of presentation mode in official order: sections in the
    // order of the portfolios, items of a section newest first. `search`
    // matches titles, issuers, notes, fields and codes in any case; `year`
    // (0 for all) and `level` ("" for all) filter. Each entry: uuid, title,
    // dateText, year, levelName, sectionKey, sectionLabel, issuer, pages
    // (list of image URLs), documentName (the first attached file's name
    // when the item has no image page).
    Q_INVOKABLE QVariantList presentationItems(const QString &search, int year, const QString &level) const;
    // The years of the dated items, newest first.
    QVariantList years() const { return m_years; }

Q_SIGNALS:
    void changed();
    void presentingChanged();

private:
    QString sectionLabel(const QString &sectionKey) const;

    ReadinessReport m_report;
    QVariantList m_findings;
    QVariantList m_sections;
    QVariantList m_directions;
    QVariantList m_years;
    bool m_presenting = false;
};

} // namespace qujat
