#include "testsupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>

namespace qujat::test {

QString sharedDir()
{
    const QString configured = qEnvironmentVariable("QUJAT_SHARED_DIR");
    if (configured.isEmpty())
        return {};
    const QDir dir(configured);
    if (!dir.exists(QStringLiteral("corpus")))
        return {};
    return dir.absolutePath();
}

QString sharedPath(const QString &relative)
{
    return QDir(sharedDir()).filePath(relative);
}

ProcessRun runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void setUpTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QujatTest"));
    QCoreApplication::setApplicationName(QStringLiteral("QujatTest"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace qujat::test
