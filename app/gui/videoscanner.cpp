#include "videoscanner.h"

#include "barcodes/barcodereader.h"
#include "imaging/pagedetector.h"
#include "util/logging.h"

#include <QPointF>
#include <QPolygonF>

#include <cmath>

namespace qujat {

namespace {

// The QImage format that has the frame's memory layout, when one exists.
QImage::Format directImageFormat(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    // 32-bit formats named by byte order: B, G, R, A in memory is 0xAARRGGBB.
    case QVideoFrameFormat::Format_BGRA8888: return QImage::Format_ARGB32;
    case QVideoFrameFormat::Format_BGRA8888_Premultiplied: return QImage::Format_ARGB32_Premultiplied;
    case QVideoFrameFormat::Format_BGRX8888: return QImage::Format_RGB32;
#endif
    case QVideoFrameFormat::Format_RGBA8888: return QImage::Format_RGBA8888;
    case QVideoFrameFormat::Format_RGBX8888: return QImage::Format_RGBX8888;
    // Planar and semi-planar YUV start with a full-size luminance plane of one byte per pixel.
    case QVideoFrameFormat::Format_Y8:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
        return QImage::Format_Grayscale8;
    default:
        return QImage::Format_Invalid;
    }
}

QImage scaledToLongSide(const QImage &image, int longSide)
{
    if (image.isNull() || std::max(image.width(), image.height()) <= longSide)
        return image.copy(); // detached from the mapped frame
    return image.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

// The largest distance between matching corners, in 0..1 of the frame.
double largestShift(const QVariantList &a, const QVariantList &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return 1.0;
    double largest = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QPointF d = a.at(i).toPointF() - b.at(i).toPointF();
        largest = std::max(largest, std::hypot(d.x(), d.y()));
    }
    return largest;
}

} // namespace

VideoScanner::VideoScanner(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("qujat-videoscanner"));
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

VideoScanner::~VideoScanner()
{
    if (m_sink)
        disconnect(m_sinkConnection);
    m_thread.quit();
    m_thread.wait();
    // Results posted to this object after the wait are discarded with it.
}

void VideoScanner::setVideoSink(QVideoSink *sink)
{
    if (sink == m_sink)
        return;
    if (m_sink)
        disconnect(m_sinkConnection);
    m_sink = sink;
    if (m_sink) {
        // Direct: the sink may emit on the camera's thread, and takeFrame()
        // only checks atomic flags and posts the frame.
        m_sinkConnection = connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoScanner::takeFrame,
                                   Qt::DirectConnection);
    }
    Q_EMIT videoSinkChanged();
}

void VideoScanner::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void VideoScanner::setMinSharpness(double value)
{
    if (value == m_minSharpness)
        return;
    m_minSharpness = value;
    Q_EMIT minSharpnessChanged();
}

void VideoScanner::setAutoCapture(bool enabled)
{
    if (enabled == m_autoCapture)
        return;
    m_autoCapture = enabled;
    m_firedCorners.clear();
    Q_EMIT autoCaptureChanged();
}

void VideoScanner::takeFrame(const QVideoFrame &frame)
{
    if (!m_active || !frame.isValid())
        return;
    bool idle = false;
    if (!m_busy.compare_exchange_strong(idle, true)) {
        ++m_droppedFrames;
        return;
    }
    QMetaObject::invokeMethod(m_worker.get(), [this, frame] {
        const ScanResult result = scan(frame);
        QMetaObject::invokeMethod(this, [this, result] { publish(result); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

VideoScanner::ScanResult VideoScanner::scan(const QVideoFrame &frame)
{
    ScanResult result;
    const QImage image = frameToImage(frame, ScanLongSide);
    if (image.isNull())
        return result;

    const auto normalised = [&image](const QPointF &point) {
        return QPointF(point.x() / image.width(), point.y() / image.height());
    };
    const PageDetection detection = PageDetector::detect(image);
    QRect sharpnessArea;
    if (detection.found) {
        QPolygonF page;
        for (const QPointF &corner : detection.corners) {
            result.corners.append(normalised(corner));
            page.append(corner);
        }
        sharpnessArea = page.boundingRect().toAlignedRect();
    }
    result.sharpness = laplacianVariance(image, sharpnessArea);
    for (const LocatedBarcode &code : BarcodeReader::readLive(image)) {
        QVariantList outline;
        for (const QPointF &point : code.outline)
            outline.append(normalised(point));
        result.codes.append(QVariantMap{{QStringLiteral("format"), code.barcode.format},
                                        {QStringLiteral("text"), code.barcode.text},
                                        {QStringLiteral("outline"), outline}});
    }
    return result;
}

void VideoScanner::publish(const ScanResult &result)
{
    trackStability(result.corners);
    m_sharpness = result.sharpness;
    if (result.corners != m_corners) {
        m_corners = result.corners;
        Q_EMIT cornersChanged();
    }
    if (result.codes != m_codes) {
        m_codes = result.codes;
        Q_EMIT codesChanged();
    }
    ++m_scannedFrames;
    // Cleared here, not on the worker, so that at most one result is ever in flight.
    m_busy = false;
    Q_EMIT frameScanned();

    if (m_autoCapture && m_firedCorners.isEmpty() && m_stableFrames >= StableFramesNeeded
        && m_sharpness >= m_minSharpness) {
        m_firedCorners = m_corners;
        qCInfo(lcCamera) << "Auto-capture after" << m_stableFrames << "still frames, sharpness" << m_sharpness;
        Q_EMIT autoCaptureRequested();
    }
}

// Counts the frames in a row with the page in place, and re-arms the
// auto-capture once the page is gone or has moved: the next sheet.
void VideoScanner::trackStability(const QVariantList &corners)
{
    if (corners.isEmpty())
        m_stableFrames = 0;
    else if (largestShift(corners, m_corners) <= MaxStableShift)
        ++m_stableFrames;
    else
        m_stableFrames = 1;
    if (!m_firedCorners.isEmpty() && largestShift(corners, m_firedCorners) > RearmShift)
        m_firedCorners.clear();
}

double VideoScanner::laplacianVariance(const QImage &image, const QRect &area)
{
    const QImage grey = image.format() == QImage::Format_Grayscale8
                            ? image
                            : image.convertToFormat(QImage::Format_Grayscale8);
    const QRect rect = (area.isEmpty() ? grey.rect() : area.intersected(grey.rect())).adjusted(1, 1, -1, -1);
    if (rect.width() < 3 || rect.height() < 3)
        return 0;
    double sum = 0;
    double sumSquares = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const uchar *above = grey.constScanLine(y - 1);
        const uchar *row = grey.constScanLine(y);
        const uchar *below = grey.constScanLine(y + 1);
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const int value = above[x] + below[x] + row[x - 1] + row[x + 1] - 4 * row[x];
            sum += value;
            sumSquares += double(value) * value;
        }
    }
    const double count = double(rect.width()) * rect.height();
    const double mean = sum / count;
    return sumSquares / count - mean * mean;
}

QImage VideoScanner::frameToImage(const QVideoFrame &frame, int maxLongSide)
{
    QVideoFrame mapped(frame);
    const QImage::Format format = directImageFormat(mapped.pixelFormat());
    if (format == QImage::Format_Invalid) {
        QImage converted = mapped.toImage();
        if (converted.isNull())
            qCWarning(lcCamera) << "Converting a video frame of format" << mapped.pixelFormat() << "failed";
        return scaledToLongSide(converted, maxLongSide);
    }
    if (!mapped.map(QVideoFrame::ReadOnly)) {
        qCWarning(lcCamera) << "Mapping a video frame of format" << mapped.pixelFormat() << "failed";
        return {};
    }
    const QImage view(mapped.bits(0), mapped.width(), mapped.height(), mapped.bytesPerLine(0), format);
    QImage image = scaledToLongSide(view, maxLongSide);
    mapped.unmap();
    if (image.format() != QImage::Format_Grayscale8 && image.format() != QImage::Format_RGB32)
        image.convertTo(QImage::Format_RGB32);
    return image;
}

} // namespace qujat
