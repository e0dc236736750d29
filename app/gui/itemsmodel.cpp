#include "itemsmodel.h"

#include "appcontroller.h"
#include "catalog/catalog.h"
#include "review/review.h"
#include "util/collation.h"

#include <QCollator>
#include <QUrl>

#include <algorithm>

namespace qujat {

ItemsModel::ItemsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (AppController *app = AppController::instance()) {
        connect(app, &AppController::revisionChanged, this, &ItemsModel::reload);
        connect(app, &AppController::languageChanged, this, &ItemsModel::reload);
    }
}

void ItemsModel::setSectionKey(const QString &key)
{
    if (key == m_sectionKey)
        return;
    m_sectionKey = key;
    Q_EMIT sectionKeyChanged();
    reload();
}

void ItemsModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    Q_EMIT searchTextChanged();
    reload();
}

void ItemsModel::setSortOrder(SortOrder order)
{
    if (order == m_sortOrder)
        return;
    m_sortOrder = order;
    Q_EMIT sortOrderChanged();
    reload();
}

void ItemsModel::sortByTitle(QList<ItemSummary> *items, const QString &language)
{
    const QCollator collator = collatorFor(language);
    std::stable_sort(items->begin(), items->end(), [&](const ItemSummary &a, const ItemSummary &b) {
        return collator.compare(a.title, b.title) < 0;
    });
}

void ItemsModel::reload()
{
    AppController *app = AppController::instance();
    const Store *store = app ? app->store() : nullptr;
    QList<ItemSummary> items;
    if (store) {
        if (!m_searchText.trimmed().isEmpty()) {
            items = store->search(m_searchText);
            if (!m_sectionKey.isEmpty()) {
                items.erase(std::remove_if(items.begin(), items.end(),
                                           [&](const ItemSummary &s) { return s.sectionKey != m_sectionKey; }),
                            items.end());
            }
        } else if (!m_sectionKey.isEmpty()) {
            items = store->summaries(m_sectionKey);
        }
    }
    if (m_sortOrder == ByTitle) {
        sortByTitle(&items, app ? app->language() : QStringLiteral("kk"));
    } else {
        // Undated items first: they are incomplete and need the teacher's attention.
        std::stable_sort(items.begin(), items.end(), [](const ItemSummary &a, const ItemSummary &b) {
            return !a.date.isValid() && b.date.isValid();
        });
    }

    QHash<QUuid, QString> reviewStatus;
    if (store) {
        const QHash<QUuid, review::EffectiveStatus> statuses = review::effectiveStatuses(*store);
        for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
            reviewStatus.insert(it.key(), review::statusKey(it.value()));
    }

    beginResetModel();
    m_items = items;
    m_reviewStatus = reviewStatus;
    endResetModel();
    Q_EMIT countChanged();
}

int ItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemSummary &item = m_items.at(index.row());
    const QString language = AppController::instance() ? AppController::instance()->language()
                                                       : QStringLiteral("kk");
    switch (role) {
    case UuidRole:
        return item.uuid.toString(QUuid::WithoutBraces);
    case Qt::DisplayRole:
    case TitleRole:
        return item.title;
    case DateTextRole:
        return item.date.isValid() ? item.date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
    case IsoDateRole:
        return item.date.isValid() ? item.date.toString(Qt::ISODate) : QString();
    case KindRole:
        return item.kind;
    case KindNameRole: {
        const DocumentKind *kind = Catalog::instance().documentKind(item.sectionKey, item.kind);
        return kind ? kind->name.text(language) : QString();
    }
    case LevelNameRole: {
        const Term *level = Catalog::instance().level(item.level);
        return level ? level->name.text(language) : QString();
    }
    case SectionKeyRole:
        return item.sectionKey;
    case ThumbnailRole:
        return item.thumbnailPath.isEmpty() ? QUrl() : QUrl::fromLocalFile(item.thumbnailPath);
    case PageCountRole:
        return item.pageCount;
    case CompleteRole:
        return item.date.isValid();
    case FieldsRole:
        return item.fields;
    case ReviewStatusRole:
        return m_reviewStatus.value(item.uuid);
    default:
        return {};
    }
}

QHash<int, QByteArray> ItemsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{UuidRole, "uuid"},
                  {TitleRole, "title"},
                  {DateTextRole, "dateText"},
                  {IsoDateRole, "isoDate"},
                  {KindRole, "kind"},
                  {KindNameRole, "kindName"},
                  {LevelNameRole, "levelName"},
                  {SectionKeyRole, "sectionKey"},
                  {ThumbnailRole, "thumbnail"},
                  {PageCountRole, "pageCount"},
                  {CompleteRole, "complete"},
                  {FieldsRole, "fields"},
                  {ReviewStatusRole, "reviewStatus"}});
    return names;
}

} // namespace qujat
