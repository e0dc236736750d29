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
    // The codes on the last scanned frame: {format, text, outline} maps,
    // the outline being the code's corners in 0..1 of the frame.
    Q_PROPERTY(QVariantList codes READ codes NOTIFY codesChanged)
    // The variance of the Laplacian over the page (or the whole frame when
    // no page is found) of the last scanned frame; low when blurred.
    Q_PROPERTY(double sharpness READ sharpness NOTIFY frameScanned)
    // Frames below this sharpness never trigger an automatic capture.
    Q_PROPERTY(double minSharpness READ minSharpness WRITE setMinSharpness NOTIFY minSharpnessChanged)
    // How many scanned frames in a row have shown the page in the same place.
    Q_PROPERTY(int stableFrames READ stableFrames NOTIFY frameScanned)
    // When true, autoCaptureRequested() is emitted once the page has been
    // still for StableFramesNeeded frames and the frame is sharp.
    Q_PROPERTY(bool autoCapture READ autoCapture WRITE setAutoCapture NOTIFY autoCaptureChanged)
    Q_PROPERTY(int scannedFrames READ scannedFrames NOTIFY frameScanned)
    Q_PROPERTY(int droppedFrames READ droppedFrames NOTIFY frameScanned)

public:
    // Frames are scaled down to this longer side before scanning: the page
    // detector works at 800 pixels, and a QR code of 2 cm on an A4 page that
    // fills the frame keeps about 2 pixels per module.
    static constexpr int ScanLongSide = 1280;

    // Auto-capture needs the page in place for this many scanned frames...
    static constexpr int StableFramesNeeded = 4;
    // ... each corner moving less than this share of the frame's size...
    static constexpr double MaxStableShift = 0.015;
    // ... and fires again only after the page was lost or moved by more than
    // this share, i.e. for the next sheet.
    static constexpr double RearmShift = 0.12;
    // The default sharpness threshold. On the rendered certificate frames of
    // tests/scanner at 1280 pixels, a sharp frame gives about 860 over the
    // whole frame and 2600 over the page, and the same frame shrunk to a
    // sixth and enlarged again gives about 5.
    static constexpr double DefaultMinSharpness = 60.0;

    explicit VideoScanner(QObject *parent = nullptr);
    ~VideoScanner() override;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool active() const { return m_active; }
    void setActive(bool active);
    QVariantList corners() const { return m_corners; }
    QVariantList codes() const { return m_codes; }
    double sharpness() const { return m_sharpness; }
    double minSharpness() const { return m_minSharpness; }
    void setMinSharpness(double value);
    int stableFrames() const { return m_stableFrames; }
    bool autoCapture() const { return m_autoCapture; }
    void setAutoCapture(bool enabled);
    int scannedFrames() const { return m_scannedFrames; }
    int droppedFrames() const { return m_droppedFrames; }

    // Copies a frame into an RGB32 or Grayscale8 image of at most
    // `maxLongSide` pixels on its longer side. YUV frames give their
    // luminance plane; formats without a direct copy go through
    // QVideoFrame::toImage(). Returns a null image when the frame cannot be
    // mapped.
    static QImage frameToImage(const QVideoFrame &frame, int maxLongSide);

    // The variance of the 4-neighbour Laplacian of the image's luminance
    // inside `area` (the whole image when empty).
    static double laplacianVariance(const QImage &image, const QRect &area = {});

    // Takes a frame; thread-safe, because sinks may emit from the camera's thread.
    void takeFrame(const QVideoFrame &frame);

Q_SIGNALS:
    void videoSinkChanged();
    void activeChanged();
    void cornersChanged();
    void codesChanged();
    void minSharpnessChanged();
    void autoCaptureChanged();
    // The page has been still and sharp: take the photo now. Emitted once
    // per sheet, after frameScanned().
    void autoCaptureRequested();
    // Emitted once per scanned frame, after cornersChanged() and codesChanged().
    void frameScanned();

private:
    struct ScanResult
    {
        QVariantList corners;
        QVariantList codes;
        double sharpness = 0;
    };

    static ScanResult scan(const QVideoFrame &frame);
    void publish(const ScanResult &result);
    void trackStability(const QVariantList &corners);

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
    double m_sharpness = 0;
    double m_minSharpness = DefaultMinSharpness;
    int m_stableFrames = 0;
    bool m_autoCapture = false;
    // The page's corners when auto-capture last fired; empty when armed.
    QVariantList m_firedCorners;
};

} // namespace qujat
