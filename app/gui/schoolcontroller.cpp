#include "schoolcontroller.h"

#include "appcontroller.h"
#include "catalog/catalog.h"
#include "bundle/readablenames.h"
#include "review/review.h"
#include "review/reviewfile.h"
#include "school/schoolreport.h"
#include "school/schoolsample.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

namespace qujat {

namespace {

SchoolController *s_instance = nullptr;

constexpr int SampleTeachers = 6;
constexpr int SampleItemsPerTeacher = 9;

QString localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

QString shortDateTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

} // namespace

SchoolController::SchoolController(QObject *parent)
    : QObject(parent)
{
    s_instance = this;
    // The mode saved at first run or in the settings.
    if (QSettings().value(QStringLiteral("mode")).toString() == QLatin1String("school")) {
        if (AppController *app = AppController::instance(); app && !app->isSample())
            openSchoolDir(app->ownDataDir() + QLatin1String("/school"), false);
    }
}

SchoolController::~SchoolController()
{
    if (AppController *app = AppController::instance(); app && m_school)
        app->showBorrowedStore(nullptr, false);
    s_instance = nullptr;
}

SchoolController *SchoolController::instance()
{
    return s_instance;
}

bool SchoolController::modeChosen() const
{
    return QSettings().contains(QStringLiteral("mode"));
}

QString SchoolController::schoolName() const
{
    return m_school ? m_school->schoolInfo().name : QString();
}

QString SchoolController::administrator() const
{
    return m_school ? m_school->schoolInfo().administrator : QString();
}

QString SchoolController::teacherUuid() const
{
    return m_teacher.isNull() ? QString() : m_teacher.toString(QUuid::WithoutBraces);
}

QString SchoolController::teacherName() const
{
    if (!m_school || m_teacher.isNull())
        return {};
    const std::optional<school::TeacherSummary> teacher = m_school->teacher(m_teacher);
    return teacher ? teacher->fullName : QString();
}

void SchoolController::bump()
{
    ++m_revision;
    Q_EMIT revisionChanged();
}

void SchoolController::setError(const Error &error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcStore) << "Reported to the user:" << error.message << "|" << error.detail;
    m_errorMessage = error.message;
    Q_EMIT errorMessageChanged();
}

void SchoolController::clearError()
{
    if (m_errorMessage.isEmpty())
        return;
    m_errorMessage.clear();
    Q_EMIT errorMessageChanged();
}

bool SchoolController::openSchoolDir(const QString &dir, bool sample)
{
    AppController *app = AppController::instance();
    leaveSchool();
    m_searchIndex = {};
    auto school = std::make_unique<school::SchoolStore>(dir);
    Error error;
    if (!school->open(&error)) {
        setError(error);
        return false;
    }
    if (app)
        app->closeOwnStore();
    m_school = std::move(school);
    m_isSample = sample;
    clearError();
    Q_EMIT activeChanged();
    Q_EMIT infoChanged();
    bump();
    return true;
}

void SchoolController::leaveSchool()
{
    if (!m_school)
        return;
    closeTeacher();
    m_school.reset();
    m_isSample = false;
    Q_EMIT activeChanged();
    Q_EMIT infoChanged();
    bump();
}

bool SchoolController::openSchool(const QString &dir)
{
    return openSchoolDir(dir, false);
}

void SchoolController::closeSchool()
{
    leaveSchool();
    if (AppController *app = AppController::instance(); app && !app->isOpen())
        app->openOwnPortfolio();
}

bool SchoolController::chooseMode(const QString &mode, const QString &schoolName, const QString &administrator)
{
    AppController *app = AppController::instance();
    if (mode == QLatin1String("teacher")) {
        QSettings().setValue(QStringLiteral("mode"), mode);
        leaveSchool();
        if (app && !app->isOpen())
            app->openOwnPortfolio();
        Q_EMIT activeChanged();
        return true;
    }
    if (mode != QLatin1String("school") || !app)
        return false;
    if (!openSchoolDir(app->ownDataDir() + QLatin1String("/school"), false))
        return false;
    QSettings().setValue(QStringLiteral("mode"), mode);
    Q_EMIT activeChanged();
    if (!schoolName.trimmed().isEmpty() || !administrator.trimmed().isEmpty())
        return saveInfo(schoolName, administrator);
    return true;
}

bool SchoolController::activate(bool sample)
{
    AppController *app = AppController::instance();
    if (!app)
        return false;
    const QString dir = app->ownDataDir() + (sample ? QLatin1String("/sample-school") : QLatin1String("/school"));
    if (m_school && m_school->dataDir() == QDir(dir).absolutePath())
        return true;
    if (!openSchoolDir(dir, sample))
        return false;
    if (sample && m_school->teachers().isEmpty()) {
        QTemporaryDir work;
        Error error;
        if (!school::populateSampleSchool(m_school.get(), SampleTeachers, SampleItemsPerTeacher, work.path(), &error)) {
            setError(error);
            return false;
        }
        Q_EMIT infoChanged();
        bump();
    }
    return true;
}

bool SchoolController::saveInfo(const QString &schoolName, const QString &administrator)
{
    if (!m_school)
        return false;
    if (schoolName.trimmed().isEmpty()) {
        setError({tr("Enter the school's name: it is written on every review."), QStringLiteral("empty school name")});
        return false;
    }
    Error error;
    if (!m_school->saveSchoolInfo({schoolName, administrator}, &error)) {
        setError(error);
        return false;
    }
    clearError();
    Q_EMIT infoChanged();
    return true;
}

bool SchoolController::openTeacher(const QString &portfolioUuid)
{
    AppController *app = AppController::instance();
    if (!m_school || !app)
        return false;
    const QUuid uuid = QUuid::fromString(portfolioUuid);
    Error error;
    Store *store = m_school->teacherStore(uuid, &error);
    if (!store) {
        setError(error);
        return false;
    }
    m_teacher = uuid;
    app->showBorrowedStore(store, true);
    Q_EMIT teacherChanged();
    return true;
}

void SchoolController::closeTeacher()
{
    if (m_teacher.isNull())
        return;
    m_teacher = QUuid();
    if (AppController *app = AppController::instance())
        app->showBorrowedStore(nullptr, false);
    Q_EMIT teacherChanged();
    bump();
}

void SchoolController::importBundles(const QList<QUrl> &files)
{
    m_importResults.clear();
    Q_EMIT importResultsChanged();
    for (const QUrl &file : files)
        importOne(file, false);
}

void SchoolController::importAcceptingNewKey(const QUrl &file)
{
    importOne(file, true);
}

void SchoolController::clearImportResults()
{
    m_importResults.clear();
    Q_EMIT importResultsChanged();
}

// The import runs on the GUI thread (SchoolStore's connection to
// school.sqlite belongs to it); the progress callback lets the window
// repaint and ignores input meanwhile.
void SchoolController::importOne(const QUrl &url, bool acceptNewKey)
{
    if (!m_school || m_busy)
        return;
    const QString path = localPath(url);
    const QString name = QFileInfo(path).fileName();
    m_busy = true;
    m_progress = 0;
    //: Shown while a bundle is checked and imported; %1 is the file name.
    m_progressText = tr("Checking and importing %1…").arg(name);
    Q_EMIT busyChanged();
    Q_EMIT progressChanged();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);

    school::ImportOptions options;
    options.acceptNewKey = acceptNewKey;
    options.progress = [this](qint64 done, qint64 total) {
        const double value = total > 0 ? double(done) / double(total) : 0.0;
        if (value - m_progress >= 0.01 || value >= 1.0) {
            m_progress = value;
            Q_EMIT progressChanged();
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        }
        return true;
    };
    school::ImportReport report;
    Error error;
    const bool ok = m_school->importBundle(path, options, &report, &error);
    m_busy = false;
    m_progress = ok ? 1.0 : 0.0;
    Q_EMIT busyChanged();
    Q_EMIT progressChanged();

    QVariantMap result{{QStringLiteral("file"), name}, {QStringLiteral("ok"), ok}};
    if (ok) {
        const QString teacher = report.teacherName.isEmpty() ? tr("an unnamed teacher") : report.teacherName;
        if (report.alreadyImported) {
            //: %1 is the teacher's name.
            result.insert(QStringLiteral("message"), tr("%1: this bundle was imported before; nothing changed.").arg(teacher));
        } else {
            //: The outcome of a bundle import; %1 is the teacher's name, then counts of items.
            result.insert(QStringLiteral("message"),
                          tr("%1: %2 new, %3 updated, %4 deleted, %5 unchanged.")
                              .arg(teacher)
                              .arg(report.added)
                              .arg(report.replaced)
                              .arg(report.deleted)
                              .arg(report.unchanged + report.keptNewer));
        }
    } else {
        result.insert(QStringLiteral("message"), error.message);
        qCWarning(lcStore) << "Import of" << path << "refused:" << error.detail;
        if (error.detail.contains(QLatin1String("differs from pinned"))
            || error.detail.contains(QLatin1String("unsigned bundle for a pinned key")))
            Q_EMIT newKeyConfirmationNeeded(url, error.message);
    }
    m_importResults.append(result);
    Q_EMIT importResultsChanged();
    if (ok) {
        bump();
        if (AppController *app = AppController::instance(); app && !m_teacher.isNull())
            app->notifyChanged();
    }
}

QVariantMap SchoolController::itemReview(const QString &itemUuid) const
{
    AppController *app = AppController::instance();
    const Store *store = app ? app->store() : nullptr;
    if (!store)
        return {};
    const QUuid uuid = QUuid::fromString(itemUuid);
    const std::optional<review::ItemReview> mark = review::ReviewStore::itemReview(*store, uuid);
    return {{QStringLiteral("status"), review::statusKey(review::ReviewStore::effectiveStatusOf(*store, uuid))},
            {QStringLiteral("markedStatus"), mark ? mark->status : QString()},
            {QStringLiteral("comment"), mark ? mark->comment : QString()},
            {QStringLiteral("reviewedText"), mark ? shortDateTime(mark->reviewed) : QString()}};
}

bool SchoolController::markItem(const QString &itemUuid, const QString &status, const QString &comment)
{
    AppController *app = AppController::instance();
    if (!m_school || !app || !app->store() || m_teacher.isNull())
        return false;
    Error error;
    if (!review::ReviewStore::mark(*app->store(), QUuid::fromString(itemUuid), status, comment, &error)) {
        setError(error);
        return false;
    }
    clearError();
    app->notifyChanged();
    bump();
    return true;
}

bool SchoolController::clearMark(const QString &itemUuid)
{
    AppController *app = AppController::instance();
    if (!m_school || !app || !app->store() || m_teacher.isNull())
        return false;
    Error error;
    if (!review::ReviewStore::clearMark(*app->store(), QUuid::fromString(itemUuid), &error)) {
        setError(error);
        return false;
    }
    app->notifyChanged();
    bump();
    return true;
}

QVariantMap SchoolController::portfolioReview() const
{
    AppController *app = AppController::instance();
    const Store *store = app ? app->store() : nullptr;
    if (!store)
        return {};
    const review::PortfolioReview review = review::ReviewStore::portfolioReview(*store);
    return {{QStringLiteral("note"), review.note},
            {QStringLiteral("school"), review.school},
            {QStringLiteral("reviewer"), review.reviewer},
            {QStringLiteral("reviewedText"), shortDateTime(review.reviewed)}};
}

QVariantList SchoolController::returnedItems() const
{
    AppController *app = AppController::instance();
    QVariantList list;
    if (!app || !app->store())
        return list;
    for (const review::ReturnedItem &item : review::returnedItemFindings(*app->store())) {
        list.append(QVariantMap{{QStringLiteral("uuid"), item.itemUuid.toString(QUuid::WithoutBraces)},
                                {QStringLiteral("title"), item.title},
                                {QStringLiteral("comment"), item.comment}});
    }
    return list;
}

bool SchoolController::setPortfolioNote(const QString &note)
{
    AppController *app = AppController::instance();
    if (!m_school || !app || !app->store() || m_teacher.isNull())
        return false;
    Error error;
    if (!review::ReviewStore::setNote(*app->store(), note, &error)) {
        setError(error);
        return false;
    }
    bump();
    return true;
}

QString SchoolController::suggestedReviewFileName() const
{
    const QString name = teacherName().isEmpty() ? QStringLiteral("review") : teacherName();
    return bundle::readableName(tr("Review") + QLatin1Char(' ') + name + QLatin1Char(' ')
                                    + QDate::currentDate().toString(Qt::ISODate), 100)
        + QLatin1String(".zip");
}

bool SchoolController::exportReview(const QUrl &file)
{
    AppController *app = AppController::instance();
    if (!m_school || !app || !app->store() || m_teacher.isNull())
        return false;
    const school::SchoolInfo info = m_school->schoolInfo();
    review::ReviewExportResult result;
    Error error;
    if (!review::ReviewFile::write(*app->store(), info.name, info.administrator, m_school->signingKeyPath(),
                                   localPath(file), &result, &error)) {
        setError(error);
        return false;
    }
    clearError();
    return true;
}

QString SchoolController::importReview(const QUrl &file)
{
    AppController *app = AppController::instance();
    if (!app || !app->store() || app->readOnly()) {
        setError({tr("Open your own portfolio to import a review."), QStringLiteral("no own store")});
        return {};
    }
    review::ReviewImportReport report;
    Error error;
    if (!review::ReviewFile::importInto(*app->store(), localPath(file), {}, &report, &error)) {
        setError(error);
        return {};
    }
    clearError();
    app->notifyChanged();
    if (report.alreadyImported)
        return tr("This review was imported before; nothing changed.");
    //: After importing the school's review; %1 is the school, %2 and %3 counts of items.
    return tr("Review from %1: %2 accepted, %3 returned for correction.")
        .arg(report.school.isEmpty() ? tr("the school") : report.school)
        .arg(report.accepted)
        .arg(report.returned);
}

QVariantMap SchoolController::summary() const
{
    if (!m_school)
        return {};
    const school::SchoolSummary summary = school::SchoolReport::summary(*m_school);
    const QString language = AppController::instance() ? AppController::instance()->language() : QStringLiteral("kk");
    QVariantList awards;
    // Levels in the catalog's order (international first), years newest first.
    for (const Term &level : Catalog::instance().levels()) {
        const auto years = summary.awardsByLevelAndYear.constFind(level.key);
        if (years == summary.awardsByLevelAndYear.constEnd())
            continue;
        QVariantList perYear;
        for (auto year = years->constEnd(); year != years->constBegin();) {
            --year;
            perYear.append(QVariantMap{{QStringLiteral("year"), year.key()}, {QStringLiteral("count"), year.value()}});
        }
        int total = 0;
        for (const int count : *years)
            total += count;
        awards.append(QVariantMap{{QStringLiteral("level"), level.name.text(language)},
                                  {QStringLiteral("total"), total},
                                  {QStringLiteral("years"), perYear}});
    }
    return {{QStringLiteral("teachers"), summary.teachers},
            {QStringLiteral("ready"), summary.ready},
            {QStringLiteral("items"), summary.items},
            {QStringLiteral("returned"), summary.returned},
            {QStringLiteral("awards"), awards}};
}

QVariantList SchoolController::search(const QString &text) const
{
    QVariantList list;
    if (!m_school)
        return list;
    for (const school::SchoolSearchHit &hit : m_searchIndex.search(*m_school, text)) {
        list.append(QVariantMap{{QStringLiteral("teacherUuid"), hit.portfolioUuid.toString(QUuid::WithoutBraces)},
                                {QStringLiteral("teacherName"), hit.teacherName},
                                {QStringLiteral("uuid"), hit.item.uuid.toString(QUuid::WithoutBraces)},
                                {QStringLiteral("title"), hit.item.title},
                                {QStringLiteral("dateText"), hit.item.date.isValid()
                                     ? hit.item.date.toString(QStringLiteral("dd.MM.yyyy")) : QString()},
                                {QStringLiteral("sectionKey"), hit.item.sectionKey}});
        if (list.size() >= 500)
            break;
    }
    return list;
}

bool SchoolController::exportTeachersCsv(const QUrl &file)
{
    if (!m_school)
        return false;
    const QString language = AppController::instance() ? AppController::instance()->language() : QStringLiteral("kk");
    Error error;
    if (!school::SchoolReport::writeFile(localPath(file), school::SchoolReport::teachersCsv(*m_school, language), &error)) {
        setError(error);
        return false;
    }
    return true;
}

bool SchoolController::exportItemsCsv(const QUrl &file)
{
    if (!m_school)
        return false;
    const QString language = AppController::instance() ? AppController::instance()->language() : QStringLiteral("kk");
    Error error;
    if (!school::SchoolReport::writeFile(localPath(file), school::SchoolReport::itemsCsv(*m_school, language), &error)) {
        setError(error);
        return false;
    }
    return true;
}

} // namespace qujat
