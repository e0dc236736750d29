#pragma once

#include "store/store.h"

#include <QFuture>
#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

#include <memory>

namespace qujat {

class PlatformServices;

// The application state exposed to QML as the `App` singleton: the open
// portfolio, the interface language and catalog look-ups. main() creates the one
// instance; QML receives it through create().
class AppController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON

    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString dataDir READ dataDir NOTIFY portfolioChanged)
    Q_PROPERTY(bool isSample READ isSample NOTIFY portfolioChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY portfolioChanged)
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString teacherName READ teacherName NOTIFY revisionChanged)
    // True while administration mode shows a teacher's portfolio: every
    // page hides its editing controls.
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY portfolioChanged)
    // The date and time of the backup offered after a damaged database was
    // moved aside; empty when there is nothing to offer.
    Q_PROPERTY(QString restorableBackup READ restorableBackup NOTIFY portfolioChanged)
    // The date and time of the last bundle exported from this installation,
    // offered as well after a damaged database; empty when none is there.
    Q_PROPERTY(QString restorableBundle READ restorableBundle NOTIFY portfolioChanged)
    // True when the bundle is newer than the backup, so it is offered first.
    Q_PROPERTY(bool bundleOfferedFirst READ bundleOfferedFirst NOTIFY portfolioChanged)

public:
    AppController(const QString &ownDataDir, const QString &sampleDataDir, PlatformServices *platform,
                  QObject *parent = nullptr);
    ~AppController() override;

    static AppController *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    // The interface languages: "kk", "ru" and "en".
    static const QStringList &languages();
    static AppController *instance();

    // Opens the teacher's own portfolio; returns false and sets errorMessage.
    bool openOwnPortfolio();

    // The portfolio every page shows: the teacher's own, or in
    // administration mode the school's copy of one teacher's portfolio.
    Store *store() const { return m_borrowed ? m_borrowed : m_store.get(); }
    bool readOnly() const { return m_readOnly; }
    // Administration mode (SchoolController): shows `store`, owned by the
    // school's data, read-only; nullptr shows nothing.
    void showBorrowedStore(Store *store, bool readOnly);
    // Closes the teacher's own portfolio (administration mode opens the
    // school's data instead).
    void closeOwnStore();
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    // Switches the language for this run only, without saving the choice:
    // for --language on the command line.
    void setSessionLanguage(const QString &language);
    QString dataDir() const;
    // The folder given at start-up: the teacher's portfolio; the school's
    // data lives in its "school" subfolder (as for qujat-cli import).
    QString ownDataDir() const { return m_ownDataDir; }
    bool isSample() const { return m_isSample; }
    bool isOpen() const { return store() && store()->isOpen(); }
    int revision() const { return m_revision; }
    QString errorMessage() const { return m_errorMessage; }
    QString teacherName() const;

    // Tells every view that the portfolio changed.
    void notifyChanged();
    void reportError(const Error &error);

    // Fills the sample portfolio folder (when empty) and switches to it.
    Q_INVOKABLE bool openSamplePortfolio();
    Q_INVOKABLE bool returnToOwnPortfolio();
    Q_INVOKABLE void clearError();

    QString restorableBackup() const;
    // Replaces the fresh portfolio started after a damaged database with the
    // newest backup, then reopens it.
    Q_INVOKABLE bool restoreBackup();
    QString restorableBundle() const;
    bool bundleOfferedFirst() const;
    // Imports the items and pages of the last exported bundle into the
    // fresh portfolio (bundle/bundlerestore.h), all or nothing.
    Q_INVOKABLE bool restoreFromBundle();
    // Waits for the daily backup started at open, if one is running.
    void waitForBackup();

    Q_INVOKABLE QString formatDate(const QString &isoDate) const;
    Q_INVOKABLE QString todayIso() const;
    Q_INVOKABLE bool isValidIsoDate(const QString &isoDate) const;

    // Sections to choose from when filing: recently used first, then all in
    // official order. Each entry: key, number, name, portfolioName, recent.
    Q_INVOKABLE QVariantList sectionChoices() const;
    Q_INVOKABLE QString sectionName(const QString &sectionKey) const;
    Q_INVOKABLE QString sectionNumber(const QString &sectionKey) const;
    Q_INVOKABLE bool sectionIsTable(const QString &sectionKey) const;
    Q_INVOKABLE QVariantList documentKinds(const QString &sectionKey) const;
    // The section's columns plus the fields of the document kind, if any.
    // Title, level and dates are item properties and are left out.
    Q_INVOKABLE QVariantList fieldDefinitions(const QString &sectionKey, const QString &kindKey = {}) const;
    Q_INVOKABLE QString sectionHint(const QString &sectionKey) const;
    // A new path for a camera photo in the app's capture folder.
    Q_INVOKABLE QString newCapturePath() const;
    Q_INVOKABLE QVariantList levels() const;
    Q_INVOKABLE QVariantList places() const;
    Q_INVOKABLE QVariantList categories() const;
    Q_INVOKABLE QString levelName(const QString &key) const;

    Q_INVOKABLE QVariantMap profile() const;
    Q_INVOKABLE bool saveProfile(const QVariantMap &values);

    Q_INVOKABLE bool openFile(const QString &path);
    Q_INVOKABLE QString formatByteSize(qint64 bytes) const;

Q_SIGNALS:
    void languageChanged();
    void portfolioChanged();
    void revisionChanged();
    void errorMessageChanged();

private:
    bool openStore(const QString &dir, bool sample);
    void installTranslator();
    void applyLanguage(const QString &language, bool persist);

    QString m_ownDataDir;
    QString m_sampleDataDir;
    PlatformServices *m_platform;
    std::unique_ptr<Store> m_store;
    Store *m_borrowed = nullptr;
    bool m_readOnly = false;
    bool m_isSample = false;
    QString m_language;
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    int m_revision = 0;
    QString m_errorMessage;
    QQmlEngine *m_engine = nullptr;
    QString m_damagedFolder;      // where the damaged database went at this run's open
    QString m_backupToOffer;      // the newest backup, offered while m_damagedFolder is set
    QString m_bundleToOffer;      // the last exported bundle, offered while m_damagedFolder is set
    QDateTime m_bundleExported;
    QDateTime m_backupMade;
    QFuture<void> m_dailyBackup;
};

} // namespace qujat
