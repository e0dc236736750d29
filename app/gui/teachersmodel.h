#pragma once

#include "school/schoolreport.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace qujat {

// The teachers of the school's data (administration mode) with their
// readiness, sorted and filtered for the teachers list. Names sort in the
// alphabetical order of the interface language (Kazakh: Ә after А ...).
class TeachersModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortOrderChanged)
    Q_PROPERTY(ReadyFilter readyFilter READ readyFilter WRITE setReadyFilter NOTIFY filterChanged)
    Q_PROPERTY(QString subjectFilter READ subjectFilter WRITE setSubjectFilter NOTIFY filterChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)
    Q_PROPERTY(QStringList subjects READ subjects NOTIFY countChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(int readyCount READ readyCount NOTIFY countChanged)

public:
    enum Role {
        UuidRole = Qt::UserRole + 1,
        NameRole,
        SubjectRole,
        CategoryNameRole,
        AttestationTextRole,
        ItemCountRole,
        PercentRole,
        ReadyRole,
        FindingsRole,       // translated sentences joined by spaces
        MissingRequiredRole,
        AcceptedRole,
        ReturnedRole,
        ChangedRole,
        LastBundleTextRole,
    };
    Q_ENUM(Role)

    enum SortOrder { ByName, ByReadiness, ByAttestationDate, ByLastBundle };
    Q_ENUM(SortOrder)
    enum ReadyFilter { AllTeachers, ReadyOnly, NotReadyOnly };
    Q_ENUM(ReadyFilter)

    explicit TeachersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(SortOrder order);
    ReadyFilter readyFilter() const { return m_readyFilter; }
    void setReadyFilter(ReadyFilter filter);
    QString subjectFilter() const { return m_subjectFilter; }
    void setSubjectFilter(const QString &subject);
    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    QStringList subjects() const { return m_subjects; }
    int totalCount() const { return int(m_all.size()); }
    int readyCount() const;

    Q_INVOKABLE void reload();
    // The row's roles by name, for tests and scripts.
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void sortOrderChanged();
    void filterChanged();
    void countChanged();

private:
    struct Row
    {
        school::TeacherSummary teacher;
        school::Readiness readiness;
    };
    void applyView();

    QList<Row> m_all;
    QList<Row> m_rows;
    QStringList m_subjects;
    SortOrder m_sortOrder = ByName;
    ReadyFilter m_readyFilter = AllTeachers;
    QString m_subjectFilter;
    QString m_filterText;
};

} // namespace qujat
