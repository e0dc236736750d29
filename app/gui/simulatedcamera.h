#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

namespace qujat {

// Stands in for the camera where there is none (screenshots, tests): feeds
// a rendered photo of a certificate on a desk into a video sink as camera
// frames, and "takes" a photo by saving that picture. The live path after
// the sink (VideoScanner, the outline drawn over the viewfinder) is the
// real one.
class SimulatedCamera : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int framesSent READ framesSent NOTIFY frameSent)
    // The scene as an image file, for showing it where the renderer cannot
    // draw video frames (Qt Quick's software renderer, used headless).
    Q_PROPERTY(QUrl sceneUrl READ sceneUrl CONSTANT)

public:
    // Frames are sent this often while active.
    static constexpr int FrameIntervalMs = 100;

    explicit SimulatedCamera(QObject *parent = nullptr);

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool active() const { return m_timer.isActive(); }
    void setActive(bool active);
    int framesSent() const { return m_framesSent; }
    QUrl sceneUrl();

    // Saves the current scene as a JPEG at `path`; returns false on failure.
    Q_INVOKABLE bool captureToFile(const QString &path) const;

    // The scene: a certificate with a QR code photographed at an angle, in
    // portrait like a phone held upright.
    static QImage renderScene();
    // Copies an image into a new BGRA video frame, row by row (Qt 6.4 has no
    // QVideoFrame constructor that takes a QImage).
    static QVideoFrame toVideoFrame(const QImage &image);

Q_SIGNALS:
    void videoSinkChanged();
    void activeChanged();
    void frameSent();

private:
    void sendFrame();

    QPointer<QVideoSink> m_sink;
    QTimer m_timer;
    QImage m_scene;
    QTemporaryDir m_sceneDir;
    int m_framesSent = 0;
};

} // namespace qujat
