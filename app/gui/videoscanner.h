#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QThread>
#include <QVariantList>
#include <QVideoFrame>
#include <QVideoSink>

#include <atomic>
#include <memory>

namespace qujat {

// Finds the page outline and the codes in the camera's live frames, for the
// outline drawn over the viewfinder. One frame at a time is scanned on a
// long-lived worker thread. Frames that arrive meanwhile are dropped, never
// queued, so the outline follows the camera without a backlog.
class VideoScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The sink of the VideoOutput whose frames are scanned.
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    // Frames are ignored while false, e.g. while the app is in the background.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // The page's four corners in 0..1 of the frame, clockwise from the top
    // left; empty while no page is found.
    Q_PROPERTY(QVariantList corners READ corners NOTIFY cornersChanged)
    // The codes on the last scanned frame: {format, text} maps.
    Q_PROPERTY(QVariantList codes READ codes NOTIFY codesChanged)
    Q_PROPERTY(int scannedFrames READ scannedFrames NOTIFY frameScanned)
    Q_PROPERTY(int droppedFrames READ droppedFrames NOTIFY frameScanned)

public:
    // Frames are scaled down to this longer side before scanning: the page
    // detector works at 800 pixels, and a QR code of 2 cm on an A4 page that
    // fills the frame keeps about 2 pixels per module.
    static constexpr int ScanLongSide = 1280;

    explicit VideoScanner(QObject *parent = nullptr);
    ~VideoScanner() override;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool active() const { return m_active; }
    void setActive(bool active);
    QVariantList corners() const { return m_corners; }
    QVariantList codes() const { return m_codes; }
    int scannedFrames() const { return m_scannedFrames; }
    int droppedFrames() const { return m_droppedFrames; }

    // Copies a frame into an RGB32 or Grayscale8 image of at most
    // `maxLongSide` pixels on its longer side. YUV frames give their
    // luminance plane; formats without a direct copy go through
    // QVideoFrame::toImage(). Returns a null image when the frame cannot be
    // mapped.
    static QImage frameToImage(const QVideoFrame &frame, int maxLongSide);

    // Takes a frame; thread-safe, because sinks may emit from the camera's thread.
    void takeFrame(const QVideoFrame &frame);

Q_SIGNALS:
    void videoSinkChanged();
    void activeChanged();
    void cornersChanged();
    void codesChanged();
    // Emitted once per scanned frame, after cornersChanged() and codesChanged().
    void frameScanned();

private:
    struct ScanResult
    {
        QVariantList corners;
        QVariantList codes;
    };

    static ScanResult scan(const QVideoFrame &frame);
    void publish(const ScanResult &result);

    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_sinkConnection;
    QThread m_thread;
    std::unique_ptr<QObject> m_worker; // lives in m_thread; scans run in its context
    std::atomic_bool m_active{true};
    std::atomic_bool m_busy{false};
    std::atomic_int m_scannedFrames{0};
    std::atomic_int m_droppedFrames{0};
    QVariantList m_corners;
    QVariantList m_codes;
};

} // namespace qujat
