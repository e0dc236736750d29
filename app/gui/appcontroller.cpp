#include "appcontroller.h"

#include "bundle/bundlerestore.h"
#include "bundle/exportjournal.h"
#include "catalog/catalog.h"
#include "platformservices.h"
#include "sample/samplegenerator.h"
#include "store/backup.h"
#include "store/itemjson.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QUuid>

namespace qujat {

namespace {

AppController *s_instance = nullptr;

constexpr int SampleItemCount = 40;
constexpr quint32 SampleSeed = 2026;

QVariantMap termEntry(const Term &term, const QString &language)
{
    return {{QStringLiteral("key"), term.key}, {QStringLiteral("name"), term.name.text(language)}};
}

QVariantList termList(const QList<Term> &terms, const QString &language)
{
    QVariantList list;
    for (const Term &term : terms)
        list.append(termEntry(term, language));
    return list;
}

} // namespace

AppController::AppController(const QString &ownDataDir, const QString &sampleDataDir,
                             PlatformServices *platform, QObject *parent)
    : QObject(parent)
    , m_ownDataDir(ownDataDir)
    , m_sampleDataDir(sampleDataDir)
    , m_platform(platform)
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    m_language = languages().contains(saved)
        ? saved
        : QStringLiteral("kk");
    installTranslator();
}

AppController::~AppController()
{
    waitForBackup();
    s_instance = nullptr;
}

const QStringList &AppController::languages()
{
    static const QStringList codes = {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
    return codes;
}

AppController *AppController::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(s_instance);
    s_instance->m_engine = engine;
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

AppController *AppController::instance()
{
    return s_instance;
}

bool AppController::openStore(const QString &dir, bool sample)
{
    auto store = std::make_unique<Store>(dir);
    Error error;
    if (!store->open(&error)) {
        qCWarning(lcStore) << "Opening" << dir << "failed:" << error.detail;
        reportError(error);
        m_store.reset();
        Q_EMIT portfolioChanged();
        notifyChanged();
        return false;
    }
    clearError();
    m_store = std::move(store);
    m_isSample = sample;
    m_damagedFolder.clear();
    m_backupToOffer.clear();
    m_bundleToOffer.clear();
    m_bundleExported = {};
    m_backupMade = {};
    // What an export killed half-way left beside its target goes, like the
    // store's own orphaned files.
    if (!sample)
        bundle::ExportJournal::removeInterrupted(dir);
    if (!m_store->damagedDatabaseMovedTo().isEmpty()) {
        m_damagedFolder = m_store->damagedDatabaseMovedTo();
        const QList<Backup::Entry> backups = sample ? QList<Backup::Entry>() : Backup::list(dir);
        // The second offer: the last bundle exported from this folder, when
        // it is still where it was written.
        const bundle::LastExport lastExport = sample ? bundle::LastExport() : bundle::ExportJournal::lastExport(dir);
        if (lastExport.isValid() && QFileInfo::exists(lastExport.path)) {
            m_bundleToOffer = lastExport.path;
            m_bundleExported = lastExport.time;
        }
        if (!backups.isEmpty())
            m_backupMade = backups.first().made;
        if (!backups.isEmpty() && !m_bundleToOffer.isEmpty()) {
            m_backupToOffer = backups.first().path;
            reportError({tr("The portfolio database was damaged, so Qujat moved it to %1 and started an "
                            "empty portfolio. Your photos and files stay in the data folder. You can "
                            "restore the backup of %2 or the bundle you exported on %3: items added "
                            "after the one you choose will be missing.")
                             .arg(QDir::toNativeSeparators(m_damagedFolder),
                                  QLocale(m_language).toString(backups.first().made, QLocale::ShortFormat),
                                  QLocale(m_language).toString(m_bundleExported.toLocalTime(), QLocale::ShortFormat)),
                         QStringLiteral("quick_check failed")});
        } else if (!m_bundleToOffer.isEmpty()) {
            reportError({tr("The portfolio database was damaged, so Qujat moved it to %1 and started an "
                            "empty portfolio. Your photos and files stay in the data folder. You can "
                            "restore the portfolio from the bundle you exported on %2: items added after "
                            "it will be missing.")
                             .arg(QDir::toNativeSeparators(m_damagedFolder),
                                  QLocale(m_language).toString(m_bundleExported.toLocalTime(), QLocale::ShortFormat)),
                         QStringLiteral("quick_check failed")});
        } else if (!backups.isEmpty()) {
            m_backupToOffer = backups.first().path;
            reportError({tr("The portfolio database was damaged, so Qujat moved it to %1 and started an "
                            "empty portfolio. Your photos and files stay in the data folder. You can "
                            "restore the backup of %2: items added after it will be missing.")
                             .arg(QDir::toNativeSeparators(m_damagedFolder),
                                  QLocale(m_language).toString(backups.first().made, QLocale::ShortFormat)),
                         QStringLiteral("quick_check failed")});
        } else {
            reportError({tr("The portfolio database was damaged, so Qujat moved it to %1 and started an "
                            "empty portfolio. Your photos and files stay in the data folder. Keep the "
                            "moved database: it is needed to recover the portfolio.")
                             .arg(QDir::toNativeSeparators(m_damagedFolder)),
                         QStringLiteral("quick_check failed")});
        }
    } else if (!sample) {
        // One backup a day, on a worker thread with its own connection, so
        // that start-up does not wait for it.
        waitForBackup();
        const QString dataDir = m_store->dataDir();
        const QString database = m_store->databasePath();
        m_dailyBackup = QtConcurrent::run([dataDir, database] {
            QString made;
            Error error;
            if (!Backup::makeDaily(dataDir, database, &made, &error))
                qCWarning(lcStore) << "The daily backup failed:" << error.detail;
        });
    }
    Q_EMIT portfolioChanged();
    notifyChanged();
    return true;
}

void AppController::showBorrowedStore(Store *store, bool readOnly)
{
    m_borrowed = store;
    m_readOnly = store && readOnly;
    Q_EMIT portfolioChanged();
    notifyChanged();
}

void AppController::closeOwnStore()
{
    waitForBackup();
    m_store.reset();
    m_isSample = false;
    Q_EMIT portfolioChanged();
    notifyChanged();
}

QString AppController::restorableBackup() const
{
    if (m_backupToOffer.isEmpty())
        return {};
    const QList<Backup::Entry> backups = Backup::list(m_ownDataDir);
    for (const Backup::Entry &entry : backups) {
        if (entry.path == m_backupToOffer)
            return QLocale(m_language).toString(entry.made, QLocale::ShortFormat);
    }
    return {};
}

QString AppController::restorableBundle() const
{
    if (m_bundleToOffer.isEmpty() || m_damagedFolder.isEmpty())
        return {};
    return QLocale(m_language).toString(m_bundleExported.toLocalTime(), QLocale::ShortFormat);
}

bool AppController::bundleOfferedFirst() const
{
    return !m_bundleToOffer.isEmpty() && (m_backupToOffer.isEmpty() || m_bundleExported > m_backupMade);
}

bool AppController::restoreFromBundle()
{
    if (m_bundleToOffer.isEmpty() || m_damagedFolder.isEmpty() || !m_store)
        return false;
    waitForBackup();
    bundle::RestoreReport report;
    Error error;
    if (!bundle::BundleRestore::restore(*m_store, m_bundleToOffer, &report, &error)) {
        reportError(error);
        return false;
    }
    // The portfolio is whole again: nothing more to offer. The damaged
    // database stays in its folder.
    m_bundleToOffer.clear();
    m_backupToOffer.clear();
    m_damagedFolder.clear();
    clearError();
    Q_EMIT portfolioChanged();
    notifyChanged();
    return true;
}

bool AppController::restoreBackup()
{
    if (m_backupToOffer.isEmpty() || m_damagedFolder.isEmpty())
        return false;
    const QString backup = m_backupToOffer;
    const QString aside = m_damagedFolder;
    waitForBackup();
    m_store.reset();
    Error error;
    const bool restored = Backup::restore(m_ownDataDir, backup, aside, &error);
    const bool opened = openOwnPortfolio();
    if (!restored) {
        reportError(error);
        return false;
    }
    if (opened)
        clearError();
    return opened;
}

void AppController::waitForBackup()
{
    if (m_dailyBackup.isValid())
        m_dailyBackup.waitForFinished();
}

bool AppController::openOwnPortfolio()
{
    return openStore(m_ownDataDir, false);
}

bool AppController::returnToOwnPortfolio()
{
    m_store.reset();
    return openOwnPortfolio();
}

bool AppController::openSamplePortfolio()
{
    // Release the current folder's lock first: the sample may be opened from
    // either portfolio.
    m_store.reset();
    if (!openStore(m_sampleDataDir, true))
        return false;
    if (m_store->itemCount() > 0)
        return true;

    QTemporaryDir work;
    Error error;
    if (!work.isValid() || !SampleGenerator::populate(m_store.get(), SampleItemCount, SampleSeed,
                                                      work.path(), &error)) {
        reportError(error);
        return false;
    }
    // Results of table VII over three years, for the dynamics chart.
    if (SampleGenerator::addAchievementResults(m_store.get(), QDate::currentDate(), &error) == 0)
        reportError(error);
    notifyChanged();
    return true;
}

QString AppController::dataDir() const
{
    return store() ? store()->dataDir() : QString();
}

QString AppController::teacherName() const
{
    return store() ? store()->profile().fullName : QString();
}

void AppController::setLanguage(const QString &language)
{
    applyLanguage(language, true);
}

void AppController::setSessionLanguage(const QString &language)
{
    applyLanguage(language, false);
}

void AppController::applyLanguage(const QString &language, bool persist)
{
    if (language == m_language
        || !languages().contains(language))
        return;
    m_language = language;
    if (persist)
        QSettings().setValue(QStringLiteral("language"), language);
    installTranslator();
    Q_EMIT languageChanged();
    if (m_engine)
        m_engine->retranslate();
}

void AppController::installTranslator()
{
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QLocale::setDefault(QLocale(m_language));
    // English has a translation file too, for the plural forms.
    if (m_translator.load(QStringLiteral(":/i18n/qujat_") + m_language))
        QCoreApplication::installTranslator(&m_translator);
    else
        qCWarning(lcCatalog) << "No translation found for" << m_language;
    if (m_language != QLatin1String("en")
        && m_qtTranslator.load(QLocale(m_language), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}

void AppController::notifyChanged()
{
    ++m_revision;
    Q_EMIT revisionChanged();
}

void AppController::reportError(const Error &error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcStore) << "Reported to the user:" << error.message << "|" << error.detail;
    m_errorMessage = error.message;
    Q_EMIT errorMessageChanged();
}

void AppController::clearError()
{
    m_errorMessage.clear();
    Q_EMIT errorMessageChanged();
}

QString AppController::formatDate(const QString &isoDate) const
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString AppController::todayIso() const
{
    return QDate::currentDate().toString(Qt::ISODate);
}

bool AppController::isValidIsoDate(const QString &isoDate) const
{
    return QDate::fromString(isoDate, Qt::ISODate).isValid();
}

QVariantList AppController::sectionChoices() const
{
    const Catalog &catalog = Catalog::instance();
    QVariantList choices;
    const QStringList recent = store() ? store()->recentSectionKeys(3) : QStringList();
    auto entry = [&](const Section &section, bool isRecent) {
        QString portfolioName;
        for (const Portfolio &portfolio : catalog.portfolios()) {
            if (portfolio.key == section.portfolioKey)
                portfolioName = portfolio.name.text(m_language);
        }
        return QVariantMap{{QStringLiteral("key"), section.key},
                           {QStringLiteral("number"), section.number},
                           {QStringLiteral("name"), section.name.text(m_language)},
                           {QStringLiteral("portfolioName"), portfolioName},
                           {QStringLiteral("recent"), isRecent}};
    };
    for (const QString &key : recent) {
        if (const Section *section = catalog.section(key))
            choices.append(entry(*section, true));
    }
    for (const Section &section : catalog.sections())
        choices.append(entry(section, false));
    return choices;
}

QString AppController::sectionName(const QString &sectionKey) const
{
    const Section *section = Catalog::instance().section(sectionKey);
    return section ? section->name.text(m_language) : QString();
}

QString AppController::sectionNumber(const QString &sectionKey) const
{
    const Section *section = Catalog::instance().section(sectionKey);
    return section ? section->number : QString();
}

bool AppController::sectionIsTable(const QString &sectionKey) const
{
    const Section *section = Catalog::instance().section(sectionKey);
    return section && section->isTable;
}

QVariantList AppController::documentKinds(const QString &sectionKey) const
{
    QVariantList list;
    const Section *section = Catalog::instance().section(sectionKey);
    if (!section)
        return list;
    for (const DocumentKind &kind : section->kinds) {
        list.append(QVariantMap{{QStringLiteral("key"), kind.key},
                                {QStringLiteral("name"), kind.name.text(m_language)},
                                {QStringLiteral("required"), kind.required},
                                {QStringLiteral("maxItems"), kind.maxItems}});
    }
    return list;
}

QVariantList AppController::fieldDefinitions(const QString &sectionKey, const QString &kindKey) const
{
    QVariantList list;
    const Section *section = Catalog::instance().section(sectionKey);
    if (!section)
        return list;
    QList<FieldDef> fields = section->columns;
    if (const DocumentKind *kind = Catalog::instance().documentKind(sectionKey, kindKey))
        fields += kind->fields;
    static const QStringList itemProperties = {QStringLiteral("date"), QStringLiteral("title"),
                                               QStringLiteral("level")};
    for (const FieldDef &field : std::as_const(fields)) {
        if (itemProperties.contains(field.key))
            continue;
        QVariantList options;
        for (const auto &[key, name] : field.options)
            options.append(QVariantMap{{QStringLiteral("key"), key},
                                       {QStringLiteral("name"), name.text(m_language)}});
        list.append(QVariantMap{{QStringLiteral("key"), field.key},
                                {QStringLiteral("type"), fieldTypeName(field.type)},
                                {QStringLiteral("name"), field.name.text(m_language)},
                                {QStringLiteral("required"), field.required},
                                {QStringLiteral("options"), options}});
    }
    return list;
}

QString AppController::sectionHint(const QString &sectionKey) const
{
    const Section *section = Catalog::instance().section(sectionKey);
    return section ? section->hint.text(m_language) : QString();
}

QString AppController::newCapturePath() const
{
    const QString folder = QDir(m_ownDataDir).filePath(QStringLiteral("captures"));
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("photo-%1.jpg").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

QVariantList AppController::levels() const
{
    return termList(Catalog::instance().levels(), m_language);
}

QVariantList AppController::places() const
{
    return termList(Catalog::instance().places(), m_language);
}

QVariantList AppController::categories() const
{
    return termList(Catalog::instance().categories(), m_language);
}

QString AppController::levelName(const QString &key) const
{
    const Term *level = Catalog::instance().level(key);
    return level ? level->name.text(m_language) : QString();
}

QVariantMap AppController::profile() const
{
    const Profile profile = store() ? store()->profile() : Profile();
    QVariantMap fields = profileFieldsToJson(profile).toVariantMap();
    fields.insert(QStringLiteral("photo"),
                  profile.photoSha.isEmpty()
                      ? QString()
                      : QUrl::fromLocalFile(store()->files().pathFor(profile.photoSha, QStringLiteral("jpg")))
                            .toString());
    return fields;
}

bool AppController::saveProfile(const QVariantMap &values)
{
    if (!m_store || m_readOnly)
        return false;
    Profile profile = m_store->profile();
    profile.fullName = values.value(QStringLiteral("fullName")).toString().trimmed();
    profile.school = values.value(QStringLiteral("school")).toString().trimmed();
    profile.position = values.value(QStringLiteral("position")).toString().trimmed();
    profile.subject = values.value(QStringLiteral("subject")).toString().trimmed();
    profile.specialty = values.value(QStringLiteral("specialty")).toString().trimmed();
    profile.yearsOfExperience = values.value(QStringLiteral("yearsOfExperience")).toInt();
    profile.currentCategory = values.value(QStringLiteral("currentCategory")).toString();
    profile.targetCategory = values.value(QStringLiteral("targetCategory")).toString();
    profile.attestationDate =
        QDate::fromString(values.value(QStringLiteral("attestationDate")).toString(), Qt::ISODate);
    Error error;
    if (!m_store->saveProfile(profile, {}, &error)) {
        reportError(error);
        return false;
    }
    notifyChanged();
    return true;
}

bool AppController::openFile(const QString &path)
{
    if (m_platform->openWithSystem(path))
        return true;
    reportError({tr("No application on this device opens this file. Install a viewer for this "
                    "file type, or share the file to another device."),
                 QLatin1String("openWithSystem failed: ") + path});
    return false;
}

QString AppController::formatByteSize(qint64 bytes) const
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace qujat
