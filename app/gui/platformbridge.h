#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace qujat {

class CameraPermission;
class FileReceiver;
class PlatformServices;

// The platform services exposed to QML as the `Platform` singleton: files
// the system requests the app to open, sharing, the camera permission and
// keeping the screen on. main() creates the one instance; create() makes
// one without a file receiver for engines that main() did not set up.
class PlatformBridge : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Platform)
    QML_SINGLETON

    Q_PROPERTY(QString bundleSuffix READ bundleSuffix CONSTANT)
    Q_PROPERTY(QString bundleMimeType READ bundleMimeType CONSTANT)
    // The last file received and not yet dismissed, an absolute path.
    Q_PROPERTY(QString receivedFile READ receivedFile NOTIFY receivedFileChanged)
    // A translated sentence about the received or rejected file; empty when
    // there is nothing to say.
    Q_PROPERTY(QString receivedMessage READ receivedMessage NOTIFY receivedFileChanged)
    // True while receivedMessage reports a file that could not be opened.
    Q_PROPERTY(bool receivedFileRejected READ receivedFileRejected NOTIFY receivedFileChanged)
    Q_PROPERTY(int cameraPermission READ cameraPermission NOTIFY cameraPermissionChanged)
    Q_PROPERTY(bool keepScreenOn READ keepScreenOn WRITE setKeepScreenOn NOTIFY keepScreenOnChanged)

public:
    PlatformBridge(PlatformServices *services, FileReceiver *receiver, QObject *parent = nullptr);
    ~PlatformBridge() override;

    static PlatformBridge *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    QString bundleSuffix() const;
    QString bundleMimeType() const;
    QString receivedFile() const { return m_receivedFile; }
    QString receivedMessage() const;
    bool receivedFileRejected() const { return !m_rejectedFile.isEmpty(); }
    int cameraPermission() const;
    bool keepScreenOn() const;
    void setKeepScreenOn(bool on);

    Q_INVOKABLE void dismissReceivedFile();
    Q_INVOKABLE void requestCameraPermission();
    // Copies `source` to `target` ("Save as"). Returns an empty string on
    // success, else a translated message that names the target.
    Q_INVOKABLE QString saveCopy(const QString &source, const QUrl &target);
    Q_INVOKABLE bool showInFolder(const QString &path);

Q_SIGNALS:
    // A file the system requested the app to open; the bundle import connects here.
    void fileOpenRequested(const QString &path);
    void fileRejected(const QString &path);
    void receivedFileChanged();
    void cameraPermissionChanged();
    void keepScreenOnChanged();

private:
    void onFileOpenRequested(const QString &path);
    void onFileRejected(const QString &path);

    PlatformServices *m_services;
    CameraPermission *m_camera;
    QString m_receivedFile;
    QString m_rejectedFile;
};

} // namespace qujat
