#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace qujat {

// The sections of both portfolios and the tables I-VIII in official order,
// with item counts, for the home page.
class SectionsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalItems READ totalItems NOTIFY countChanged)
    Q_PROPERTY(int incompleteItems READ incompleteItems NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NumberRole,
        NameRole,
        HintRole,
        PortfolioKeyRole,
        PortfolioNameRole,
        IsTableRole,
        ItemCountRole,
        IncompleteCountRole,
        MissingRequiredRole, // required document kinds of the section with no item yet
    };
    Q_ENUM(Role)

    explicit SectionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int totalItems() const;
    int incompleteItems() const;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString key;
        int items = 0;
        int incomplete = 0;
        int missingRequired = 0;
    };
    QList<Row> m_rows;
};

} // namespace qujat
