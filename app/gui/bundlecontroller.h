#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

namespace qujat {

// Exports the open portfolio as a bundle and imports bundles into the
// school's data folder, both on a worker thread with progress and cancel.
// The school's folder is "school" inside the app's data folder, as for
// qujat-cli, unless schoolDir is set.
class BundleController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    // "export" or "import" while busy, empty otherwise.
    Q_PROPERTY(QString task READ task NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    // The outcome of the last task as a translated sentence.
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    // The last import was refused because the bundle's key differs from the
    // pinned one; importFiles(..., true) accepts it.
    Q_PROPERTY(bool needsKeyConfirmation READ needsKeyConfirmation NOTIFY stateChanged)
    Q_PROPERTY(QString schoolDir READ schoolDir WRITE setSchoolDir NOTIFY schoolDirChanged)

public:
    explicit BundleController(QObject *parent = nullptr);
    ~BundleController() override;

    bool busy() const { return !m_task.isEmpty(); }
    QString task() const { return m_task; }
    double progress() const { return m_progress; }
    QString message() const { return m_message; }
    QString errorMessage() const { return m_errorMessage; }
    bool needsKeyConfirmation() const { return m_needsKeyConfirmation; }
    QString schoolDir() const;
    void setSchoolDir(const QString &dir);

    // A file name for the bundle: the teacher's name and today's date.
    Q_INVOKABLE QString suggestedFileName() const;
    Q_INVOKABLE bool exportTo(const QUrl &file);
    Q_INVOKABLE bool importFiles(const QList<QUrl> &files, bool acceptNewKey = false);
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void clearMessages();

Q_SIGNALS:
    void stateChanged();
    void progressChanged();
    void schoolDirChanged();
    void finished(bool ok);

private:
    void start(const QString &task);
    void finish(bool ok, const QString &message, const QString &error, bool needsKey);
    void setProgress(double progress);

    QString m_task;
    double m_progress = 0;
    QString m_message;
    QString m_errorMessage;
    QString m_schoolDir;
    bool m_needsKeyConfirmation = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace qujat
