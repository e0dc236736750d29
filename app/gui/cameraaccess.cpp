#include "cameraaccess.h"

#include "util/logging.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QDataStream>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QMediaDevices>
#include <QSettings>
#include <QSoundEffect>
#include <QStandardPaths>

#include <cmath>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QPermissions>
#endif
#if defined(Q_OS_ANDROID)
#include <QJniObject>
#endif

namespace qujat {

namespace {

const QString CameraKey = QStringLiteral("camera/device");

} // namespace

CameraAccess::CameraAccess(QObject *parent)
    : QObject(parent)
    , m_permission(currentPermission())
{
    chooseRememberedCamera();
}

CameraAccess::~CameraAccess() = default;

CameraAccess::Permission CameraAccess::currentPermission()
{
    if (s_simulated)
        return Permission::Granted;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0) && QT_CONFIG(permissions)
    switch (qApp->checkPermission(QCameraPermission{})) {
    case Qt::PermissionStatus::Granted: return Permission::Granted;
    case Qt::PermissionStatus::Denied: return Permission::Denied;
    case Qt::PermissionStatus::Undetermined: return Permission::Undetermined;
    }
    return Permission::Undetermined;
#else
    // Qt 6.4 has no permission API: desktops need none, and the Android
    // plugin asks by itself when the camera starts.
    return Permission::Granted;
#endif
}

void CameraAccess::setPermission(Permission permission)
{
    if (permission == m_permission)
        return;
    m_permission = permission;
    qCInfo(lcCamera) << "Camera permission" << permission;
    Q_EMIT permissionChanged();
}

void CameraAccess::requestPermission()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0) && QT_CONFIG(permissions)
    if (!s_simulated) {
        qApp->requestPermission(QCameraPermission{}, this, [this](const QPermission &permission) {
            setPermission(permission.status() == Qt::PermissionStatus::Granted ? Permission::Granted
                                                                               : Permission::Denied);
        });
        return;
    }
#endif
    setPermission(currentPermission());
}

bool CameraAccess::canOpenSettings() const
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS) || defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    return true;
#else
    return false;
#endif
}

void CameraAccess::openSystemSettings()
{
#if defined(Q_OS_ANDROID)
    // NOTE: untested here; this machine builds no Android package.
    const QJniObject context(QNativeInterface::QAndroidApplication::context());
    const QJniObject packageName = context.callObjectMethod("getPackageName", "()Ljava/lang/String;");
    const QJniObject uri = QJniObject::callStaticObjectMethod(
        "android/net/Uri", "fromParts",
        "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Landroid/net/Uri;",
        QJniObject::fromString(QStringLiteral("package")).object<jstring>(), packageName.object<jstring>(),
        nullptr);
    QJniObject intent("android/content/Intent", "(Ljava/lang/String;Landroid/net/Uri;)V",
                      QJniObject::fromString(QStringLiteral("android.settings.APPLICATION_DETAILS_SETTINGS"))
                          .object<jstring>(),
                      uri.object());
    constexpr jint NewTask = 0x10000000; // Intent.FLAG_ACTIVITY_NEW_TASK
    intent.callObjectMethod("addFlags", "(I)Landroid/content/Intent;", NewTask);
    context.callMethod<void>("startActivity", "(Landroid/content/Intent;)V", intent.object());
#elif defined(Q_OS_IOS)
    QDesktopServices::openUrl(QUrl(QStringLiteral("app-settings:")));
#elif defined(Q_OS_MACOS)
    QDesktopServices::openUrl(QUrl(QStringLiteral(
        "x-apple.systempreferences:com.apple.preference.security?Privacy_Camera")));
#elif defined(Q_OS_WIN)
    QDesktopServices::openUrl(QUrl(QStringLiteral("ms-settings:privacy-webcam")));
#endif
}

int CameraAccess::cameraCount() const
{
    return int(QMediaDevices::videoInputs().size());
}

void CameraAccess::chooseRememberedCamera()
{
    const QByteArray remembered = QSettings().value(CameraKey).toByteArray();
    m_device = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice &device : QMediaDevices::videoInputs()) {
        if (!remembered.isEmpty() && device.id() == remembered)
            m_device = device;
    }
}

void CameraAccess::useNextCamera()
{
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    if (devices.size() < 2)
        return;
    const qsizetype current = devices.indexOf(m_device);
    m_device = devices.at((current + 1) % devices.size());
    QSettings().setValue(CameraKey, m_device.id());
    qCInfo(lcCamera) << "Using the camera" << m_device.description();
    Q_EMIT cameraDeviceChanged();
}

// Writes a short click as a WAV file once, because QSoundEffect plays files only.
QUrl CameraAccess::shutterSoundFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString path = QDir(dir).filePath(QStringLiteral("shutter.wav"));
    if (!QFile::exists(path)) {
        constexpr int Rate = 22050;
        constexpr int Samples = Rate / 12;
        QByteArray samples;
        QDataStream out(&samples, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::LittleEndian);
        for (int i = 0; i < Samples; ++i) {
            const double t = double(i) / Rate;
            const double envelope = std::exp(-t * 60.0);
            out << qint16(12000 * envelope * std::sin(2 * M_PI * 1800 * t) * (i % 7 < 4 ? 1 : 0.6));
        }
        QByteArray wav;
        QDataStream header(&wav, QIODevice::WriteOnly);
        header.setByteOrder(QDataStream::LittleEndian);
        header.writeRawData("RIFF", 4);
        header << quint32(36 + samples.size());
        header.writeRawData("WAVEfmt ", 8);
        header << quint32(16) << quint16(1) << quint16(1) << quint32(Rate) << quint32(Rate * 2) << quint16(2)
               << quint16(16);
        header.writeRawData("data", 4);
        header << quint32(samples.size());
        QDir().mkpath(dir);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(wav + samples) != wav.size() + samples.size()) {
            qCWarning(lcCamera) << "Could not write the shutter sound to" << path;
            return {};
        }
    }
    return QUrl::fromLocalFile(path);
}

void CameraAccess::captureFeedback()
{
    if (QMediaDevices::audioOutputs().isEmpty())
        return;
    if (!m_sound) {
        m_sound = new QSoundEffect(this);
        m_sound->setSource(shutterSoundFile());
        m_sound->setVolume(0.5);
    }
    m_sound->play();
}

} // namespace qujat
