#pragma once

#include "school/schoolreport.h"
#include "school/schoolstore.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

namespace qujat {

// Administration mode, exposed to QML as the `School` singleton: the
// school's data folder (SchoolStore), which teacher's portfolio the pages
// show, bundle import, the review marks and the review file both ways.
//
// The mode is saved in QSettings ("mode": "teacher" or "school"); the
// school's data is the "school" subfolder of the app's data folder, the
// same folder `qujat-cli import` uses by default. The school's name and
// administrator are kept in that folder (school.sqlite).
//
// While a teacher is open, App.store() is the school's copy of that
// teacher's portfolio and App.readOnly is true, so the section, item and
// page views show it unchanged, without their editing controls.
class SchoolController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(School)
    QML_SINGLETON

    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(bool modeChosen READ modeChosen NOTIFY activeChanged)
    Q_PROPERTY(bool isSample READ isSample NOTIFY activeChanged)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY infoChanged)
    Q_PROPERTY(QString administrator READ administrator NOTIFY infoChanged)
    Q_PROPERTY(QString teacherUuid READ teacherUuid NOTIFY teacherChanged)
    Q_PROPERTY(QString teacherName READ teacherName NOTIFY teacherChanged)
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    // One entry per file of the last import: file, ok, message.
    Q_PROPERTY(QVariantList importResults READ importResults NOTIFY importResultsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit SchoolController(QObject *parent = nullptr);
    ~SchoolController() override;

    static SchoolController *instance();

    bool active() const { return bool(m_school); }
    bool modeChosen() const;
    bool isSample() const { return m_isSample; }
    QString schoolName() const;
    QString administrator() const;
    QString teacherUuid() const;
    QString teacherName() const;
    int revision() const { return m_revision; }
    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString progressText() const { return m_progressText; }
    QVariantList importResults() const { return m_importResults; }
    QString errorMessage() const { return m_errorMessage; }

    school::SchoolStore *school() const { return m_school.get(); }

    // Opens the school's data in `dir` without saving the mode (tests).
    Q_INVOKABLE bool openSchool(const QString &dir);
    // Leaves administration mode for this run and opens the teacher's own
    // portfolio again, without saving the mode.
    Q_INVOKABLE void closeSchool();
    // The mode chosen at first run or in the settings, saved: "teacher" or
    // "school". The names are saved when given (school mode).
    Q_INVOKABLE bool chooseMode(const QString &mode, const QString &schoolName = {},
                                const QString &administrator = {});
    // Administration mode for this run only: the sample school when
    // `sample`, else the school's own data (command line --page teachers).
    Q_INVOKABLE bool activate(bool sample);
    Q_INVOKABLE bool saveInfo(const QString &schoolName, const QString &administrator);

    Q_INVOKABLE bool openTeacher(const QString &portfolioUuid);
    Q_INVOKABLE void closeTeacher();

    // Imports bundles one after the other; importResults lists the outcome of each.
    Q_INVOKABLE void importBundles(const QList<QUrl> &files);
    // Imports one bundle again accepting a changed signing key (after the
    // administrator confirmed the warning); the acceptance is logged.
    Q_INVOKABLE void importAcceptingNewKey(const QUrl &file);
    Q_INVOKABLE void clearImportResults();

    // The review of an item of the portfolio shown (either side): status
    // ("", "accepted", "returned", "changed"), markedStatus, comment,
    // reviewedText.
    Q_INVOKABLE QVariantMap itemReview(const QString &itemUuid) const;
    Q_INVOKABLE bool markItem(const QString &itemUuid, const QString &status, const QString &comment);
    Q_INVOKABLE bool clearMark(const QString &itemUuid);
    // The portfolio's review: note, school, reviewer, reviewedText.
    Q_INVOKABLE QVariantMap portfolioReview() const;
    // Returned items of the portfolio shown that were not changed since
    // (review::returnedItemFindings): uuid, title, comment.
    Q_INVOKABLE QVariantList returnedItems() const;
    Q_INVOKABLE bool setPortfolioNote(const QString &note);
    Q_INVOKABLE QString suggestedReviewFileName() const;
    Q_INVOKABLE bool exportReview(const QUrl &file);
    // Teacher side: imports a review file into the teacher's own portfolio.
    // Returns a sentence that says what changed, or empty after an error.
    Q_INVOKABLE QString importReview(const QUrl &file);

    // counts: teachers, ready, items, returned; awards: [{level, year, count}]
    Q_INVOKABLE QVariantMap summary() const;
    // Items of all teachers: teacherUuid, teacherName, uuid, title, dateText, sectionKey.
    Q_INVOKABLE QVariantList search(const QString &text) const;
    Q_INVOKABLE bool exportTeachersCsv(const QUrl &file);
    Q_INVOKABLE bool exportItemsCsv(const QUrl &file);
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void activeChanged();
    void infoChanged();
    void teacherChanged();
    void revisionChanged();
    void busyChanged();
    void progressChanged();
    void importResultsChanged();
    void errorMessageChanged();
    // A bundle signed by another key than the teacher's earlier bundles:
    // QML asks the administrator and calls importAcceptingNewKey().
    void newKeyConfirmationNeeded(const QUrl &file, const QString &message);

private:
    bool openSchoolDir(const QString &dir, bool sample);
    void leaveSchool();
    void importOne(const QUrl &file, bool acceptNewKey);
    void setError(const Error &error);
    void bump();

    std::unique_ptr<school::SchoolStore> m_school;
    // mutable: search() is const for QML but keeps the index up to date.
    mutable school::SchoolSearchIndex m_searchIndex;
    QUuid m_teacher;
    bool m_isSample = false;
    int m_revision = 0;
    bool m_busy = false;
    double m_progress = 0;
    QString m_progressText;
    QVariantList m_importResults;
    QString m_errorMessage;
};

} // namespace qujat
