#include "sectionsmodel.h"

#include "appcontroller.h"
#include "catalog/catalog.h"

#include <QSet>
#include <QSqlQuery>

namespace qujat {

SectionsModel::SectionsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (AppController *app = AppController::instance()) {
        connect(app, &AppController::revisionChanged, this, &SectionsModel::reload);
        connect(app, &AppController::languageChanged, this, [this] {
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        });
    }
    reload();
}

void SectionsModel::reload()
{
    const Store *store = AppController::instance() ? AppController::instance()->store() : nullptr;
    const QHash<QString, SectionCounts> counts = store ? store->sectionCounts() : QHash<QString, SectionCounts>();

    QHash<QString, QSet<QString>> filedKinds;
    if (store) {
        QSqlQuery query(store->connection());
        query.exec(QStringLiteral("SELECT DISTINCT section_key, kind FROM items"));
        while (query.next())
            filedKinds[query.value(0).toString()].insert(query.value(1).toString());
    }

    beginResetModel();
    m_rows.clear();
    for (const Section &section : Catalog::instance().sections()) {
        Row row;
        row.key = section.key;
        row.items = counts.value(section.key).items;
        row.incomplete = counts.value(section.key).incomplete;
        for (const DocumentKind &kind : section.kinds) {
            if (kind.required && !filedKinds.value(section.key).contains(kind.key))
                ++row.missingRequired;
        }
        m_rows.append(row);
    }
    endResetModel();
    Q_EMIT countChanged();
}

int SectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Section *section = Catalog::instance().section(row.key);
    const QString language = AppController::instance() ? AppController::instance()->language()
                                                       : QStringLiteral("kk");
    switch (role) {
    case KeyRole:
        return row.key;
    case NumberRole:
        return section->number;
    case Qt::DisplayRole:
    case NameRole:
        return section->name.text(language);
    case HintRole:
        return section->hint.text(language);
    case PortfolioKeyRole:
        return section->portfolioKey;
    case PortfolioNameRole:
        for (const Portfolio &portfolio : Catalog::instance().portfolios()) {
            if (portfolio.key == section->portfolioKey)
                return portfolio.name.text(language);
        }
        return QString();
    case IsTableRole:
        return section->isTable;
    case ItemCountRole:
        return row.items;
    case IncompleteCountRole:
        return row.incomplete;
    case MissingRequiredRole:
        return row.missingRequired;
    default:
        return {};
    }
}

QHash<int, QByteArray> SectionsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{KeyRole, "key"},
                  {NumberRole, "number"},
                  {NameRole, "name"},
                  {HintRole, "hint"},
                  {PortfolioKeyRole, "portfolioKey"},
                  {PortfolioNameRole, "portfolioName"},
                  {IsTableRole, "isTable"},
                  {ItemCountRole, "itemCount"},
                  {IncompleteCountRole, "incompleteCount"},
                  {MissingRequiredRole, "missingRequired"}});
    return names;
}

int SectionsModel::totalItems() const
{
    int total = 0;
    for (const Row &row : m_rows)
        total += row.items;
    return total;
}

int SectionsModel::incompleteItems() const
{
    int total = 0;
    for (const Row &row : m_rows)
        total += row.incomplete;
    return total;
}

} // namespace qujat
