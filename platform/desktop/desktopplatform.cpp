#include "desktop/desktopplatform.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSaveFile>
#include <QUrl>

#ifdef QUJAT_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#endif

namespace qujat {

Q_LOGGING_CATEGORY(lcDesktop, "qujat.platform.desktop")

namespace {

constexpr qint64 CopyChunkBytes = 1024 * 1024;

#ifdef QUJAT_HAVE_DBUS
// Asks the file manager to select the file (freedesktop FileManager1,
// implemented by Nautilus, Dolphin, Nemo, Caja and Thunar).
bool showItemOverDBus(const QString &path)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusInterface manager(QStringLiteral("org.freedesktop.FileManager1"),
                           QStringLiteral("/org/freedesktop/FileManager1"),
                           QStringLiteral("org.freedesktop.FileManager1"), bus);
    if (!manager.isValid())
        return false;
    const QDBusMessage reply = manager.call(QStringLiteral("ShowItems"),
        QStringList{QUrl::fromLocalFile(path).toString()}, QString());
    return reply.type() != QDBusMessage::ErrorMessage;
}
#endif

} // namespace

DesktopPlatform::~DesktopPlatform()
{
    setKeepScreenOn(false);
}

bool DesktopPlatform::openWithSystem(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

bool DesktopPlatform::showOrShare(const QString &path)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
#if defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("explorer.exe"),
        {QStringLiteral("/select,") + QDir::toNativeSeparators(absolutePath)});
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {QStringLiteral("-R"), absolutePath});
#else
#ifdef QUJAT_HAVE_DBUS
    if (showItemOverDBus(absolutePath))
        return true;
#endif
    // Without a FileManager1 service the folder opens without the file selected.
    return QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(absolutePath).absolutePath()));
#endif
}

QString DesktopPlatform::saveCopy(const QString &source, const QString &target)
{
    QFile input(source);
    if (!input.open(QIODevice::ReadOnly))
        return input.errorString();
    if (QFileInfo(source).canonicalFilePath() == QFileInfo(target).canonicalFilePath())
        return QStringLiteral("source and target are the same file");

    // QSaveFile writes a temporary file and renames it on commit, so the
    // target holds either its old content or the whole copy.
    QSaveFile output(target);
    if (!output.open(QIODevice::WriteOnly))
        return output.errorString();
    qint64 copied = 0;
    while (!input.atEnd()) {
        const QByteArray chunk = input.read(CopyChunkBytes);
        if (chunk.isEmpty() && input.error() != QFileDevice::NoError) {
            output.cancelWriting();
            return input.errorString();
        }
        if (output.write(chunk) != chunk.size()) {
            output.cancelWriting();
            return output.errorString();
        }
        copied += chunk.size();
    }
    if (copied != input.size()) {
        output.cancelWriting();
        return QStringLiteral("the source changed while it was copied");
    }
    if (!output.commit())
        return output.errorString();
    return {};
}

void DesktopPlatform::setKeepScreenOn(bool on)
{
    if (on == m_keepScreenOn)
        return;
    m_keepScreenOn = on;
#ifdef QUJAT_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusInterface screenSaver(QStringLiteral("org.freedesktop.ScreenSaver"),
                               QStringLiteral("/org/freedesktop/ScreenSaver"),
                               QStringLiteral("org.freedesktop.ScreenSaver"), bus);
    if (!screenSaver.isValid())
        return;
    if (on) {
        const QDBusReply<quint32> reply = screenSaver.call(QStringLiteral("Inhibit"),
            QStringLiteral("Qujat"), QStringLiteral("Presenting the portfolio"));
        if (reply.isValid())
            m_inhibitCookie = reply.value();
        else
            qCWarning(lcDesktop, "Could not keep the screen on: %s", qPrintable(reply.error().message()));
    } else if (m_inhibitCookie != 0) {
        screenSaver.call(QStringLiteral("UnInhibit"), m_inhibitCookie);
        m_inhibitCookie = 0;
    }
#endif
    // NOTE: Windows (SetThreadExecutionState) and macOS (IOPMAssertion)
    // keep their power settings; presenting there may dim the screen.
}

} // namespace qujat
