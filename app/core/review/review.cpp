#include "review/review.h"

#include "store/store.h"
#include "util/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qujat::review {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString(QLatin1String(""));
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

Error writeError(const QString &detail)
{
    return {ReviewStore::tr("Qujat could not save the review. Check that the disk is not full, then try "
                            "again."),
            detail};
}

} // namespace

QString statusKey(EffectiveStatus status)
{
    switch (status) {
    case EffectiveStatus::Accepted:
        return QStringLiteral("accepted");
    case EffectiveStatus::Returned:
        return QStringLiteral("returned");
    case EffectiveStatus::Changed:
        return QStringLiteral("changed");
    case EffectiveStatus::None:
        break;
    }
    return QString();
}

EffectiveStatus effectiveStatus(const std::optional<ItemReview> &review, int currentRevision)
{
    if (!review)
        return EffectiveStatus::None;
    if (currentRevision > review->itemRevision)
        return EffectiveStatus::Changed;
    return review->status == QLatin1String("accepted") ? EffectiveStatus::Accepted : EffectiveStatus::Returned;
}

bool ReviewStore::isValidStatus(const QString &status)
{
    return status == QLatin1String("accepted") || status == QLatin1String("returned");
}

bool ReviewStore::mark(Store &store, const QUuid &itemUuid, const QString &status, const QString &comment,
                       Error *error)
{
    if (!isValidStatus(status)) {
        *error = {tr("A review mark is either accepted or returned."), QStringLiteral("status ") + status};
        return false;
    }
    const std::optional<Item> item = store.item(itemUuid);
    if (!item) {
        *error = {tr("This item is no longer in the portfolio, so it cannot be marked."),
                  QStringLiteral("no item ") + itemUuid.toString()};
        return false;
    }
    if (status == QLatin1String("returned") && comment.trimmed().isEmpty()) {
        *error = {tr("Say what the teacher should correct: a returned item needs a comment."),
                  QStringLiteral("returned without a comment")};
        return false;
    }
    QSqlQuery query(store.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO item_reviews (item_uuid, status, comment, item_revision,"
                                 " reviewed) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(itemUuid.toString(QUuid::WithoutBraces));
    query.addBindValue(status);
    query.addBindValue(nonNull(comment.trimmed()));
    query.addBindValue(item->revision);
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec()) {
        *error = writeError(query.lastError().text());
        return false;
    }
    return true;
}

bool ReviewStore::clearMark(Store &store, const QUuid &itemUuid, Error *error)
{
    QSqlQuery query(store.connection());
    query.prepare(QStringLiteral("DELETE FROM item_reviews WHERE item_uuid = ?"));
    query.addBindValue(itemUuid.toString(QUuid::WithoutBraces));
    if (!query.exec()) {
        *error = writeError(query.lastError().text());
        return false;
    }
    return true;
}

bool ReviewStore::setNote(Store &store, const QString &note, Error *error)
{
    QSqlQuery query(store.connection());
    if (!query.exec(QStringLiteral("INSERT OR IGNORE INTO portfolio_review (id) VALUES (1)"))) {
        *error = writeError(query.lastError().text());
        return false;
    }
    query.prepare(QStringLiteral("UPDATE portfolio_review SET note = ? WHERE id = 1"));
    query.addBindValue(nonNull(note.trimmed()));
    if (!query.exec()) {
        *error = writeError(query.lastError().text());
        return false;
    }
    return true;
}

std::optional<ItemReview> ReviewStore::itemReview(const Store &store, const QUuid &itemUuid)
{
    QSqlQuery query(store.connection());
    query.prepare(QStringLiteral("SELECT status, comment, item_revision, reviewed FROM item_reviews"
                                 " WHERE item_uuid = ?"));
    query.addBindValue(itemUuid.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next())
        return std::nullopt;
    ItemReview review;
    review.itemUuid = itemUuid;
    review.status = query.value(0).toString();
    review.comment = query.value(1).toString();
    review.itemRevision = query.value(2).toInt();
    review.reviewed = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    return review;
}

QHash<QUuid, ItemReview> ReviewStore::itemReviews(const Store &store)
{
    QHash<QUuid, ItemReview> result;
    QSqlQuery query(store.connection());
    if (!query.exec(QStringLiteral("SELECT r.item_uuid, r.status, r.comment, r.item_revision, r.reviewed"
                                   " FROM item_reviews r JOIN items i ON i.uuid = r.item_uuid"))) {
        qCWarning(lcStore) << "Reading the review failed:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        ItemReview review;
        review.itemUuid = QUuid::fromString(query.value(0).toString());
        review.status = query.value(1).toString();
        review.comment = query.value(2).toString();
        review.itemRevision = query.value(3).toInt();
        review.reviewed = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        result.insert(review.itemUuid, review);
    }
    return result;
}

PortfolioReview ReviewStore::portfolioReview(const Store &store)
{
    PortfolioReview review;
    QSqlQuery query(store.connection());
    if (query.exec(QStringLiteral("SELECT note, review_uuid, reviewed, school, reviewer, school_key"
                                  " FROM portfolio_review WHERE id = 1"))
        && query.next()) {
        review.note = query.value(0).toString();
        review.reviewUuid = QUuid::fromString(query.value(1).toString());
        review.reviewed = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        review.school = query.value(3).toString();
        review.reviewer = query.value(4).toString();
        review.schoolKey = query.value(5).toString();
    }
    return review;
}

EffectiveStatus ReviewStore::effectiveStatusOf(const Store &store, const QUuid &itemUuid)
{
    QSqlQuery query(store.connection());
    query.prepare(QStringLiteral("SELECT revision FROM items WHERE uuid = ?"));
    query.addBindValue(itemUuid.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next())
        return EffectiveStatus::None;
    return effectiveStatus(itemReview(store, itemUuid), query.value(0).toInt());
}

bool ReviewStore::replaceAll(Store &store, const QList<ItemReview> &items, const PortfolioReview &portfolio,
                             Error *error)
{
    QSqlDatabase db = store.connection();
    if (!db.transaction()) {
        *error = writeError(db.lastError().text());
        return false;
    }
    const auto fail = [&](const QSqlQuery &query) {
        *error = writeError(query.lastError().text());
        db.rollback();
        return false;
    };
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM item_reviews")))
        return fail(query);
    query.prepare(QStringLiteral("INSERT INTO item_reviews (item_uuid, status, comment, item_revision, reviewed)"
                                 " VALUES (?, ?, ?, ?, ?)"));
    for (const ItemReview &review : items) {
        query.addBindValue(review.itemUuid.toString(QUuid::WithoutBraces));
        query.addBindValue(review.status);
        query.addBindValue(nonNull(review.comment));
        query.addBindValue(review.itemRevision);
        query.addBindValue(isoTime(review.reviewed));
        if (!query.exec())
            return fail(query);
    }
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT OR REPLACE INTO portfolio_review (id, note, review_uuid, reviewed, school,"
                                " reviewer, school_key) VALUES (1, ?, ?, ?, ?, ?, ?)"));
    meta.addBindValue(nonNull(portfolio.note));
    meta.addBindValue(portfolio.reviewUuid.toString(QUuid::WithoutBraces));
    meta.addBindValue(isoTime(portfolio.reviewed));
    meta.addBindValue(nonNull(portfolio.school));
    meta.addBindValue(nonNull(portfolio.reviewer));
    meta.addBindValue(nonNull(portfolio.schoolKey));
    if (!meta.exec())
        return fail(meta);
    if (!db.commit()) {
        *error = writeError(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

QHash<QUuid, EffectiveStatus> effectiveStatuses(const Store &store)
{
    QHash<QUuid, EffectiveStatus> result;
    QSqlQuery query(store.connection());
    if (!query.exec(QStringLiteral("SELECT r.item_uuid, r.status, i.revision > r.item_revision FROM item_reviews r"
                                   " JOIN items i ON i.uuid = r.item_uuid")))
        return result;
    while (query.next()) {
        const EffectiveStatus status = query.value(2).toInt() != 0 ? EffectiveStatus::Changed
            : query.value(1).toString() == QLatin1String("accepted") ? EffectiveStatus::Accepted
                                                                      : EffectiveStatus::Returned;
        result.insert(QUuid::fromString(query.value(0).toString()), status);
    }
    return result;
}

QList<ReturnedItem> returnedItemFindings(const Store &store)
{
    QList<ReturnedItem> result;
    QSqlQuery query(store.connection());
    if (!query.exec(QStringLiteral("SELECT i.uuid, i.title, i.section_key, r.comment FROM item_reviews r"
                                   " JOIN items i ON i.uuid = r.item_uuid"
                                   " WHERE r.status = 'returned' AND i.revision <= r.item_revision"
                                   " ORDER BY i.section_key, i.title")))
        return result;
    while (query.next()) {
        result.append({QUuid::fromString(query.value(0).toString()), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString()});
    }
    return result;
}

} // namespace qujat::review
