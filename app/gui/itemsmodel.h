#pragma once

#include "store/store.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace qujat {

// The items of one section, or the results of a search across all sections.
// Sorted by date (newest first, undated on top so they get fixed) or by
// title in the alphabetical order of the interface language.
class ItemsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sectionKey READ sectionKey WRITE setSectionKey NOTIFY sectionKeyChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortOrderChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        UuidRole = Qt::UserRole + 1,
        TitleRole,
        DateTextRole,
        IsoDateRole,
        KindRole,
        KindNameRole,
        LevelNameRole,
        SectionKeyRole,
        ThumbnailRole,
        PageCountRole,
        CompleteRole,
        FieldsRole,
        ReviewStatusRole, // "", "accepted", "returned" or "changed" (administration's review)
    };
    Q_ENUM(Role)

    enum SortOrder { ByDate, ByTitle };
    Q_ENUM(SortOrder)

    explicit ItemsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString sectionKey() const { return m_sectionKey; }
    void setSectionKey(const QString &key);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(SortOrder order);

    Q_INVOKABLE void reload();

    // Sorts summaries by title with the collation of `language` ("kk", "ru", "en").
    static void sortByTitle(QList<ItemSummary> *items, const QString &language);

Q_SIGNALS:
    void sectionKeyChanged();
    void searchTextChanged();
    void sortOrderChanged();
    void countChanged();

private:
    QString m_sectionKey;
    QString m_searchText;
    SortOrder m_sortOrder = ByDate;
    QList<ItemSummary> m_items;
    QHash<QUuid, QString> m_reviewStatus;
};

} // namespace qujat
