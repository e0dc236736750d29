#pragma once

#include <QObject>

namespace qujat {

// The camera permission of the app. Qt 6.5 and newer ask the operating
// system through QPermission. Qt 6.4 has no permission API: there the
// status is Granted on desktop (no permission model) and on Android and iOS
// the Qt Multimedia backend asks the user itself when the camera starts
// (on Android the 6.4 plugin calls qt_androidRequestCameraPermission()),
// so status() stays Undetermined until a camera is opened.
class CameraPermission : public QObject
{
    Q_OBJECT

public:
    enum Status { Undetermined, Granted, Denied };
    Q_ENUM(Status)

    explicit CameraPermission(QObject *parent = nullptr);

    Status status() const;

    // Asks the user when the status is Undetermined; emits statusChanged()
    // once the answer is known. Does nothing on Qt 6.4.
    void request();

Q_SIGNALS:
    void statusChanged();

private:
    Status m_requested = Undetermined;
};

} // namespace qujat
