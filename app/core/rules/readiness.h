#pragma once

#include "catalog/catalog.h"
#include "review/review.h"
#include "store/item.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace qujat {

// The kind of problem a readiness finding reports.
enum class FindingType {
    NoAttestationDate, // the profile has no planned attestation date, so windows cannot be checked
    Undated,           // an item without a date is incomplete
    OutsideWindow,     // dated before the start of its section's or kind's window
    OverLimit,         // beyond the maximum number of items of a section or kind
    MissingRequired,   // a required document kind of a section has no item
    MissingField,      // a table row (or an item of a kind with fields) lacks a required value
    Returned,          // the administration returned the item and it has not changed since
};

// One thing to fix before the portfolio goes to the commission. `item` and
// `field` say where: the item's UUID (null for missing documents and for the
// profile) and the key of the field to fill or correct ("date", a column key,
// "attestationDate" of the profile), empty when the fix is to remove or move
// the item or to add a document.
struct Finding
{
    FindingType type = FindingType::Undated;
    QString sectionKey;
    QUuid item;
    QString field;
    QString kindKey;      // the document kind concerned, when there is one
    QString itemTitle;

    // OutsideWindow: the rule's length in years and the first date inside it.
    int windowYears = 0;
    QDate windowStart;
    QDate attestationDate;
    QDate itemDate;
    // "section" when the section's window or limit applies, "kind" when the
    // document kind's own applies.
    QString ruleScope;

    // OverLimit: the maximum and how many items there are.
    int limit = 0;
    int count = 0;

    // Returned: the administration's comment (may be empty).
    QString comment;

    bool opensProfile() const { return type == FindingType::NoAttestationDate; }
};

// The readiness of one section. A section is ready when none of its findings remain.
struct SectionReadiness
{
    QString sectionKey;
    int items = 0;
    int checks = 0;   // items plus required documents: what can pass or fail
    int passed = 0;   // items without findings plus required documents present
    int findings = 0;

    bool isReady() const { return findings == 0; }
    // The share of passed checks, 0-100; 100 for a section with nothing to check.
    int percent() const { return checks == 0 ? 100 : passed * 100 / checks; }
};

struct ReadinessReport
{
    QDate attestationDate;
    QList<Finding> findings;          // profile first, then by section in official order
    QList<SectionReadiness> sections; // official order

    bool isReady() const { return findings.isEmpty(); }
    int percent() const;
};

// Checks a portfolio against the rules of the catalog: every item dated,
// every item inside its window before the planned attestation date, the
// limits on the number of items, the required documents and the required
// columns of table rows. All rule data (windows, limits, required kinds and
// columns) comes from the catalog.
class ReadinessChecker
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessChecker)

public:
    explicit ReadinessChecker(const Catalog &catalog = Catalog::instance());

    // `returned` are the items the administration returned and the teacher
    // has not changed since (review::returnedItemFindings): each one is a
    // finding until the item changes.
    ReadinessReport check(const Profile &profile, const QList<Item> &items,
                          const QList<review::ReturnedItem> &returned = {}) const;
    // The profile, items and returned items of `store`.
    ReadinessReport check(const Store &store) const;

    // Returns the first date inside a window of `years` before `attestation`.
    // A date exactly `years` years before counts as inside. From 29 February,
    // QDate::addYears() lands on 28 February of a common year, so that day
    // is the first one inside.
    static QDate windowStart(const QDate &attestation, int years);

    // Returns a translated sentence that names what is wrong, which rule
    // applies and what to do; section and kind names are in `language`.
    QString message(const Finding &finding, const QString &language) const;

    // The finding as JSON for `qujat-cli check --json`.
    QJsonObject toJson(const Finding &finding, const QString &language) const;

    static QString typeName(FindingType type);

private:
    void checkItem(const Section &section, const Item &item, const QDate &attestation,
                   const QHash<QUuid, QString> &returned, QList<Finding> *findings) const;
    void checkLimit(const Section &section, const QString &kindKey, int limit,
                    const QList<const Item *> &items, QList<Finding> *findings) const;

    const Catalog &m_catalog;
};

} // namespace qujat
