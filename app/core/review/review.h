#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace qujat {
class Store;
}

namespace qujat::review {

// The administrator's mark on one item. Both sides keep it in the same
// table (schema version 7): the school's copy holds the marks it makes, the
// teacher's store holds the marks of the last review file imported.
struct ItemReview
{
    QUuid itemUuid;
    QString status;      // "accepted" (copy certified) or "returned"
    QString comment;
    int itemRevision = 0; // the item's revision when it was marked
    QDateTime reviewed;
};

// The review of the whole portfolio: the note and, on the teacher's side,
// where the last review came from.
struct PortfolioReview
{
    QString note;
    QUuid reviewUuid;    // the last review file imported (teacher's side)
    QDateTime reviewed;
    QString school;
    QString reviewer;
    QString schoolKey;   // base64 Ed25519 key pinned by the first review
};

// What an item shows: the mark, unless the item was edited after it.
enum class EffectiveStatus {
    None,     // never marked
    Accepted,
    Returned,
    Changed,  // marked, then edited (its revision rose): waits for the next review
};

QString statusKey(EffectiveStatus status); // "", "accepted", "returned", "changed"
EffectiveStatus effectiveStatus(const std::optional<ItemReview> &review, int currentRevision);

// A returned item that the teacher has not changed since: a readiness
// finding. The rules branch (app/core/rules/) turns these into findings.
struct ReturnedItem
{
    QUuid itemUuid;
    QString title;
    QString sectionKey;
    QString comment;
};

// Reads and writes the review tables of one store.
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)

public:
    static bool isValidStatus(const QString &status);

    // School side: marks `itemUuid` at its current revision.
    static bool mark(Store &store, const QUuid &itemUuid, const QString &status, const QString &comment,
                     Error *error);
    static bool clearMark(Store &store, const QUuid &itemUuid, Error *error);
    static bool setNote(Store &store, const QString &note, Error *error);

    static std::optional<ItemReview> itemReview(const Store &store, const QUuid &itemUuid);
    // Marks of items still in the store.
    static QHash<QUuid, ItemReview> itemReviews(const Store &store);
    static PortfolioReview portfolioReview(const Store &store);
    static EffectiveStatus effectiveStatusOf(const Store &store, const QUuid &itemUuid);

    // Replaces every mark and the portfolio review in one transaction
    // (teacher's side, importing a review file).
    static bool replaceAll(Store &store, const QList<ItemReview> &items, const PortfolioReview &portfolio,
                           Error *error);
};

// The effective status of every marked item still in the store, in one query.
QHash<QUuid, EffectiveStatus> effectiveStatuses(const Store &store);

// Returned items not changed since the review, for the readiness findings
// of the teacher's app and of the school's teachers list. The rules branch
// calls this from its readiness check.
QList<ReturnedItem> returnedItemFindings(const Store &store);

} // namespace qujat::review
