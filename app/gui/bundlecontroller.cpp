#include "bundlecontroller.h"

#include "appcontroller.h"
#include "bundle/bundlewriter.h"
#include "school/schoolstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QtConcurrent>

namespace qujat {

BundleController::BundleController(QObject *parent)
    : QObject(parent)
{
}

BundleController::~BundleController()
{
    if (m_cancel)
        m_cancel->store(true);
    QThreadPool::globalInstance()->waitForDone();
}

QString BundleController::schoolDir() const
{
    if (!m_schoolDir.isEmpty())
        return m_schoolDir;
    AppController *app = AppController::instance();
    return app ? QDir::cleanPath(app->dataDir()) + QLatin1String("/school") : QString();
}

void BundleController::setSchoolDir(const QString &dir)
{
    if (dir == m_schoolDir)
        return;
    m_schoolDir = dir;
    Q_EMIT schoolDirChanged();
}

QString BundleController::suggestedFileName() const
{
    AppController *app = AppController::instance();
    QString name = app && app->store() ? app->store()->profile().fullName : QString();
    if (name.isEmpty())
        name = QStringLiteral("portfolio");
    return name + QLatin1Char(' ') + QDate::currentDate().toString(Qt::ISODate) + QLatin1String(".zip");
}

void BundleController::start(const QString &task)
{
    m_task = task;
    m_progress = 0;
    m_message.clear();
    m_errorMessage.clear();
    m_needsKeyConfirmation = false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    Q_EMIT stateChanged();
    Q_EMIT progressChanged();
}

void BundleController::finish(bool ok, const QString &message, const QString &error, bool needsKey)
{
    m_task.clear();
    m_message = message;
    m_errorMessage = error;
    m_needsKeyConfirmation = needsKey;
    Q_EMIT stateChanged();
    Q_EMIT finished(ok);
}

void BundleController::setProgress(double progress)
{
    if (qAbs(progress - m_progress) < 0.005 && progress < 1)
        return;
    m_progress = progress;
    Q_EMIT progressChanged();
}

void BundleController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BundleController::clearMessages()
{
    m_message.clear();
    m_errorMessage.clear();
    m_needsKeyConfirmation = false;
    Q_EMIT stateChanged();
}

bool BundleController::exportTo(const QUrl &file)
{
    AppController *app = AppController::instance();
    if (busy() || !app || !app->store())
        return false;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    start(QStringLiteral("export"));
    Store *store = app->store();
    QPointer<BundleController> self(this);
    auto cancelled = m_cancel;
    // The PDF in the bundle reads in one language: the catalog's names in
    // the interface language, like the sentences from the installed translator.
    const QString language = app->language();
    (void)QtConcurrent::run([self, store, path, cancelled, language] {
        bundle::ExportOptions options;
        options.appVersion = QStringLiteral("Qujat ") + QCoreApplication::applicationVersion();
        options.reportLanguage = language;
        options.progress = [self, cancelled](qint64 done, qint64 total) {
            const double fraction = total > 0 ? double(done) / double(total) : 0;
            QMetaObject::invokeMethod(self, [self, fraction] { if (self) self->setProgress(fraction); });
            return !cancelled->load();
        };
        bundle::ExportResult result;
        Error error;
        const bool ok = bundle::BundleWriter::write(*store, path, options, &result, &error);
        const QString message = ok ? tr("The portfolio was saved to %1: %n document(s).", nullptr, result.items)
                                         .arg(QDir::toNativeSeparators(path))
                                   : QString();
        QMetaObject::invokeMethod(self, [self, ok, message, error] {
            if (self)
                self->finish(ok, message, error.message, false);
        });
    });
    return true;
}

bool BundleController::importFiles(const QList<QUrl> &files, bool acceptNewKey)
{
    if (busy() || files.isEmpty())
        return false;
    QStringList paths;
    for (const QUrl &file : files)
        paths << (file.isLocalFile() ? file.toLocalFile() : file.toString());
    start(QStringLiteral("import"));
    const QString dir = schoolDir();
    QPointer<BundleController> self(this);
    auto cancelled = m_cancel;
    (void)QtConcurrent::run([self, dir, paths, acceptNewKey, cancelled] {
        school::SchoolStore school(dir);
        Error error;
        QStringList done;
        bool needsKey = false;
        bool ok = school.open(&error);
        for (qsizetype i = 0; ok && i < paths.size(); ++i) {
            school::ImportOptions options;
            options.acceptNewKey = acceptNewKey;
            const double base = double(i) / double(paths.size());
            const double share = 1.0 / double(paths.size());
            options.progress = [self, cancelled, base, share](qint64 doneBytes, qint64 total) {
                const double fraction = base + share * (total > 0 ? double(doneBytes) / double(total) : 0);
                QMetaObject::invokeMethod(self, [self, fraction] { if (self) self->setProgress(fraction); });
                return !cancelled->load();
            };
            school::ImportReport report;
            ok = school.importBundle(paths.at(i), options, &report, &error);
            needsKey = report.needsKeyConfirmation;
            if (ok) {
                done << (report.alreadyImported
                             ? tr("%1: already imported, nothing changed.").arg(report.teacherName)
                             : tr("%1: %2 added, %3 updated, %4 deleted.")
                                   .arg(report.teacherName)
                                   .arg(report.added)
                                   .arg(report.replaced)
                                   .arg(report.deleted));
            }
        }
        const QString message = done.join(QLatin1Char('\n'));
        QMetaObject::invokeMethod(self, [self, ok, message, error, needsKey] {
            if (self)
                self->finish(ok, message, error.message, needsKey);
        });
    });
    return true;
}

} // namespace qujat
