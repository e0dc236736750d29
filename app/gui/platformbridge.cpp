#include "platformbridge.h"

#include "camerapermission.h"
#include "filereceiver.h"
#include "platformservices.h"
#include "qujatidentity.h"

#include <QDir>
#include <QFileInfo>

namespace qujat {

namespace {
PlatformBridge *s_bridge = nullptr;
}

PlatformBridge::PlatformBridge(PlatformServices *services, FileReceiver *receiver, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_camera(new CameraPermission(this))
{
    Q_ASSERT(!s_bridge);
    s_bridge = this;
    connect(m_camera, &CameraPermission::statusChanged, this, &PlatformBridge::cameraPermissionChanged);
    if (receiver) {
        connect(receiver, &FileReceiver::fileOpenRequested, this, &PlatformBridge::onFileOpenRequested);
        connect(receiver, &FileReceiver::fileRejected, this, &PlatformBridge::onFileRejected);
    }
}

PlatformBridge::~PlatformBridge()
{
    s_bridge = nullptr;
}

PlatformBridge *PlatformBridge::create(QQmlEngine *engine, QJSEngine *)
{
    // Engines that main() did not set up (tests, the self-test) get a bridge
    // without a file receiver; the engine owns it.
    if (!s_bridge)
        new PlatformBridge(PlatformServices::instance(), nullptr, engine);
    QJSEngine::setObjectOwnership(s_bridge, QJSEngine::CppOwnership);
    return s_bridge;
}

QString PlatformBridge::bundleSuffix() const
{
    return QString::fromLatin1(identity::BundleSuffix);
}

QString PlatformBridge::bundleMimeType() const
{
    return QString::fromLatin1(identity::BundleMimeType);
}

int PlatformBridge::cameraPermission() const
{
    return m_camera->status();
}

bool PlatformBridge::keepScreenOn() const
{
    return m_services->keepsScreenOn();
}

void PlatformBridge::setKeepScreenOn(bool on)
{
    if (on == m_services->keepsScreenOn())
        return;
    m_services->setKeepScreenOn(on);
    Q_EMIT keepScreenOnChanged();
}

QString PlatformBridge::receivedMessage() const
{
    // Built on each read, so the text follows a change of language.
    if (!m_rejectedFile.isEmpty()) {
        return tr("Qujat could not open %1: the file does not exist or cannot be read. "
                  "Check the file and open it again.").arg(QDir::toNativeSeparators(m_rejectedFile));
    }
    // A received file is routed to its import by FileRouter (qml/ReceivedFileBanner.qml),
    // which says what became of it.
    return {};
}

void PlatformBridge::dismissReceivedFile()
{
    m_receivedFile.clear();
    m_rejectedFile.clear();
    Q_EMIT receivedFileChanged();
}

void PlatformBridge::requestCameraPermission()
{
    m_camera->request();
}

QString PlatformBridge::saveCopy(const QString &source, const QUrl &target)
{
    const QString targetPath = target.isLocalFile() ? target.toLocalFile() : target.toString();
    const QString reason = m_services->saveCopy(source, targetPath);
    if (reason.isEmpty())
        return {};
    return tr("Could not save a copy as %1: %2. Choose another folder and try again.")
        .arg(QDir::toNativeSeparators(targetPath), reason);
}

bool PlatformBridge::showInFolder(const QString &path)
{
    return m_services->showOrShare(path);
}

void PlatformBridge::onFileOpenRequested(const QString &path)
{
    m_receivedFile = path;
    m_rejectedFile.clear();
    Q_EMIT receivedFileChanged();
    Q_EMIT fileOpenRequested(path);
}

void PlatformBridge::onFileRejected(const QString &path)
{
    m_receivedFile.clear();
    m_rejectedFile = path;
    Q_EMIT receivedFileChanged();
    Q_EMIT fileRejected(path);
}

} // namespace qujat
