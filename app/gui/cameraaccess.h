#pragma once

#include <QCameraDevice>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>

class QSoundEffect;

namespace qujat {

// The camera page's access to the platform: the camera permission, the way
// to the system settings when it was denied, the camera the teacher chose
// last time, and the feedback when a photo is taken automatically.
// The permission logic sits behind permission() and requestPermission(), so
// a platform service can take it over later.
class CameraAccess : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Permission permission READ permission NOTIFY permissionChanged)
    Q_PROPERTY(bool canOpenSettings READ canOpenSettings CONSTANT)
    // The camera to use: the one chosen last time when it is still there,
    // otherwise the system's default. Null when the device has no camera.
    Q_PROPERTY(QCameraDevice cameraDevice READ cameraDevice NOTIFY cameraDeviceChanged)
    Q_PROPERTY(int cameraCount READ cameraCount NOTIFY cameraDeviceChanged)
    // True when the app was started with a simulated camera (screenshots,
    // tests): the camera page then shows rendered frames instead.
    Q_PROPERTY(bool simulated READ simulated CONSTANT)

public:
    enum class Permission { Undetermined, Granted, Denied };
    Q_ENUM(Permission)

    explicit CameraAccess(QObject *parent = nullptr);
    ~CameraAccess() override;

    Permission permission() const { return m_permission; }
    bool canOpenSettings() const;
    QCameraDevice cameraDevice() const { return m_device; }
    int cameraCount() const;
    bool simulated() const { return s_simulated; }

    // Asks the system for the camera permission where it has to be asked
    // (Qt 6.5 and newer); permissionChanged() follows with the result.
    Q_INVOKABLE void requestPermission();
    // Opens the app's page in the system settings, where a denied
    // permission can be granted.
    Q_INVOKABLE void openSystemSettings();
    // Switches to the next camera and remembers it.
    Q_INVOKABLE void useNextCamera();
    // A short shutter sound where audio output exists.
    Q_INVOKABLE void captureFeedback();

    static void setSimulated(bool simulated) { s_simulated = simulated; }

Q_SIGNALS:
    void permissionChanged();
    void cameraDeviceChanged();

private:
    static Permission currentPermission();
    void setPermission(Permission permission);
    void chooseRememberedCamera();
    QUrl shutterSoundFile();

    Permission m_permission = Permission::Undetermined;
    QCameraDevice m_device;
    QSoundEffect *m_sound = nullptr;
    static inline bool s_simulated = false;
};

} // namespace qujat
