#include "camerapermission.h"

#include <QtGlobal>
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QCoreApplication>
#include <QPermissions>
#endif

namespace qujat {

CameraPermission::CameraPermission(QObject *parent)
    : QObject(parent)
{
}

CameraPermission::Status CameraPermission::status() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0) && QT_CONFIG(permissions)
    switch (qApp->checkPermission(QCameraPermission{})) {
    case Qt::PermissionStatus::Granted:
        return Granted;
    case Qt::PermissionStatus::Denied:
        return Denied;
    case Qt::PermissionStatus::Undetermined:
        return Undetermined;
    }
    return Undetermined;
#elif defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    return m_requested;
#else
    return Granted;
#endif
}

void CameraPermission::request()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0) && QT_CONFIG(permissions)
    qApp->requestPermission(QCameraPermission{}, this, [this](const QPermission &permission) {
        m_requested = permission.status() == Qt::PermissionStatus::Granted ? Granted : Denied;
        Q_EMIT statusChanged();
    });
#else
    // NOTE: Qt 6.4 offers no request API; the multimedia backend asks when
    // the camera starts, and the camera page shows its error if refused.
#endif
}

} // namespace qujat
