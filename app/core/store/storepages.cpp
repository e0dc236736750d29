// Page operations on stored items: remove and reorder.

#include "store/store.h"

#include "util/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qujat {

namespace {

Error pageError(const QString &detail)
{
    return {Store::tr("Qujat could not change the pages of this item. Check that the disk is not "
                      "full, then try again. Nothing was changed."),
            detail};
}

} // namespace

bool Store::removePage(const QUuid &uuid, int index, Error *error)
{
    const std::optional<Item> current = item(uuid);
    if (!current || index < 0 || index >= current->pages.size()) {
        *error = {tr("This page no longer exists. It may have been deleted."),
                  QStringLiteral("no page %1 in item %2").arg(index).arg(uuid.toString())};
        return false;
    }
    QList<int> order;
    for (int i = 0; i < current->pages.size(); ++i) {
        if (i != index)
            order.append(i);
    }
    if (!rewritePageOrder(uuid, order, index, error))
        return false;
    removeUnusedFiles({current->pages.at(index)});
    qCInfo(lcStore) << "Removed page" << index << "of item" << uuid;
    return true;
}

bool Store::movePage(const QUuid &uuid, int from, int to, Error *error)
{
    const std::optional<Item> current = item(uuid);
    const int count = current ? int(current->pages.size()) : 0;
    if (!current || from < 0 || from >= count || to < 0 || to >= count) {
        *error = {tr("This page no longer exists. It may have been deleted."),
                  QStringLiteral("cannot move page %1 to %2 in item %3").arg(from).arg(to).arg(uuid.toString())};
        return false;
    }
    QList<int> order;
    for (int i = 0; i < count; ++i)
        order.append(i);
    order.move(from, to);
    return rewritePageOrder(uuid, order, std::nullopt, error);
}

// Gives the pages their new positions in one transaction: `newOrder` lists
// the old positions in their new order, and `removed` names a deleted one.
// Positions pass through negative values because (item_id, position) is
// unique at every step.
bool Store::rewritePageOrder(const QUuid &uuid, const QList<int> &newOrder, std::optional<int> removed,
                             Error *error)
{
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        *error = pageError(db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    };
    const QString itemId = QStringLiteral("(SELECT id FROM items WHERE uuid = ?)");
    const QString id = uuid.toString(QUuid::WithoutBraces);
    bool ok = true;
    // Codes follow their page: barcodes.page_index is renumbered the same way.
    if (removed) {
        ok = run(QLatin1String("DELETE FROM pages WHERE item_id = ") + itemId + QLatin1String(" AND position = ?"),
                 {id, *removed})
            && run(QLatin1String("DELETE FROM barcodes WHERE item_id = ") + itemId
                       + QLatin1String(" AND page_index = ?"),
                   {id, *removed});
    }
    for (int i = 0; ok && i < newOrder.size(); ++i) {
        ok = run(QLatin1String("UPDATE pages SET position = ? WHERE item_id = ") + itemId
                     + QLatin1String(" AND position = ?"),
                 {-1 - i, id, newOrder.at(i)})
            && run(QLatin1String("UPDATE barcodes SET page_index = ? WHERE item_id = ") + itemId
                       + QLatin1String(" AND page_index = ?"),
                   {-1 - i, id, newOrder.at(i)});
    }
    ok = ok && run(QLatin1String("UPDATE pages SET position = -1 - position WHERE item_id = ") + itemId, {id})
        && run(QLatin1String("UPDATE barcodes SET page_index = -1 - page_index WHERE item_id = ") + itemId
                   + QLatin1String(" AND page_index < 0"),
               {id});
    ok = ok && run(QStringLiteral("UPDATE items SET revision = revision + 1, updated = ? WHERE uuid = ?"),
                   {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id});
    if (ok && !db.commit())
        ok = false;
    if (!ok) {
        *error = pageError(query.lastError().text() + db.lastError().text());
        db.rollback();
        qCWarning(lcStore) << "Changing the pages of" << uuid << "failed:" << error->detail;
    }
    return ok;
}

} // namespace qujat
