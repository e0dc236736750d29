#include "teachersmodel.h"

#include "appcontroller.h"
#include "catalog/catalog.h"
#include "schoolcontroller.h"
#include "util/collation.h"
#include "util/textfold.h"

#include <algorithm>

namespace qujat {

TeachersModel::TeachersModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // TeachersPage reloads on School.revisionChanged: the singleton may not
    // exist yet when the model is created.
    if (AppController *app = AppController::instance())
        connect(app, &AppController::languageChanged, this, &TeachersModel::reload);
    reload();
}

void TeachersModel::setSortOrder(SortOrder order)
{
    if (order == m_sortOrder)
        return;
    m_sortOrder = order;
    Q_EMIT sortOrderChanged();
    applyView();
}

void TeachersModel::setReadyFilter(ReadyFilter filter)
{
    if (filter == m_readyFilter)
        return;
    m_readyFilter = filter;
    Q_EMIT filterChanged();
    applyView();
}

void TeachersModel::setSubjectFilter(const QString &subject)
{
    if (subject == m_subjectFilter)
        return;
    m_subjectFilter = subject;
    Q_EMIT filterChanged();
    applyView();
}

void TeachersModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    Q_EMIT filterChanged();
    applyView();
}

int TeachersModel::readyCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [](const Row &row) { return row.readiness.ready; }));
}

void TeachersModel::reload()
{
    SchoolController *controller = SchoolController::instance();
    school::SchoolStore *school = controller ? controller->school() : nullptr;
    QList<Row> rows;
    QStringList subjects;
    if (school) {
        for (const school::TeacherSummary &teacher : school->teachers()) {
            Error error;
            Store *store = school->teacherStore(teacher.portfolioUuid, &error);
            if (!store)
                continue;
            rows.append({teacher, school::readinessOf(*store)});
            if (!teacher.subject.isEmpty() && !subjects.contains(teacher.subject))
                subjects.append(teacher.subject);
        }
    }
    const QString language = AppController::instance() ? AppController::instance()->language() : QStringLiteral("kk");
    m_all = rows;
    m_subjects = sortedForLanguage(subjects, language);
    applyView();
}

void TeachersModel::applyView()
{
    const QString language = AppController::instance() ? AppController::instance()->language() : QStringLiteral("kk");
    const QCollator collator = collatorFor(language);
    const QString needle = foldForSearch(m_filterText.trimmed());
    QList<Row> rows;
    for (const Row &row : std::as_const(m_all)) {
        if (m_readyFilter == ReadyOnly && !row.readiness.ready)
            continue;
        if (m_readyFilter == NotReadyOnly && row.readiness.ready)
            continue;
        if (!m_subjectFilter.isEmpty() && row.teacher.subject != m_subjectFilter)
            continue;
        if (!needle.isEmpty() && !foldForSearch(row.teacher.fullName).contains(needle)
            && !foldForSearch(row.teacher.subject).contains(needle))
            continue;
        rows.append(row);
    }
    const auto byName = [&](const Row &a, const Row &b) {
        return collator.compare(a.teacher.fullName, b.teacher.fullName) < 0;
    };
    std::stable_sort(rows.begin(), rows.end(), byName);
    switch (m_sortOrder) {
    case ByName:
        break;
    case ByReadiness:
        // The least ready first: they need the administration's help.
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            if (a.readiness.ready != b.readiness.ready)
                return !a.readiness.ready;
            return a.readiness.percent() < b.readiness.percent();
        });
        break;
    case ByAttestationDate:
        // The nearest attestation first; teachers without a date last.
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            const QDate da = a.teacher.attestationDate;
            const QDate db = b.teacher.attestationDate;
            if (da.isValid() != db.isValid())
                return da.isValid();
            return da < db;
        });
        break;
    case ByLastBundle:
        // The newest bundle first.
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.teacher.lastBundleExported > b.teacher.lastBundleExported;
        });
        break;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

QVariantMap TeachersModel::get(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= m_rows.size())
        return values;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        values.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return values;
}

int TeachersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TeachersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QString language = AppController::instance() ? AppController::instance()->language() : QStringLiteral("kk");
    switch (role) {
    case UuidRole:
        return row.teacher.portfolioUuid.toString(QUuid::WithoutBraces);
    case Qt::DisplayRole:
    case NameRole:
        return row.teacher.fullName;
    case SubjectRole:
        return row.teacher.subject;
    case CategoryNameRole: {
        const Term *category = Catalog::instance().category(row.teacher.targetCategory);
        return category ? category->name.text(language) : row.teacher.targetCategory;
    }
    case AttestationTextRole:
        return row.teacher.attestationDate.isValid() ? row.teacher.attestationDate.toString(QStringLiteral("dd.MM.yyyy"))
                                                     : QString();
    case ItemCountRole:
        return row.readiness.items;
    case PercentRole:
        return row.readiness.percent();
    case ReadyRole:
        return row.readiness.ready;
    case FindingsRole:
        return row.readiness.findings.join(QLatin1Char(' '));
    case MissingRequiredRole:
        return int(row.readiness.missingRequired.size());
    case AcceptedRole:
        return row.readiness.accepted;
    case ReturnedRole:
        return row.readiness.returned;
    case ChangedRole:
        return row.readiness.changed;
    case LastBundleTextRole:
        return row.teacher.lastBundleExported.isValid()
            ? row.teacher.lastBundleExported.toLocalTime().toString(QStringLiteral("dd.MM.yyyy"))
            : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> TeachersModel::roleNames() const
{
    return {{UuidRole, "uuid"},
            {NameRole, "name"},
            {SubjectRole, "subject"},
            {CategoryNameRole, "categoryName"},
            {AttestationTextRole, "attestationText"},
            {ItemCountRole, "itemCount"},
            {PercentRole, "percent"},
            {ReadyRole, "ready"},
            {FindingsRole, "findings"},
            {MissingRequiredRole, "missingRequired"},
            {AcceptedRole, "accepted"},
            {ReturnedRole, "returned"},
            {ChangedRole, "changed"},
            {LastBundleTextRole, "lastBundleText"}};
}

} // namespace qujat
