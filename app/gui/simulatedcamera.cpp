#include "simulatedcamera.h"

#include "sample/samplegenerator.h"
#include "util/logging.h"

#include <QFile>
#include <QVideoFrameFormat>

#include <cstring>

namespace qujat {

SimulatedCamera::SimulatedCamera(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(FrameIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedCamera::sendFrame);
}

void SimulatedCamera::setVideoSink(QVideoSink *sink)
{
    if (sink == m_sink)
        return;
    m_sink = sink;
    Q_EMIT videoSinkChanged();
}

void SimulatedCamera::setActive(bool active)
{
    if (active == m_timer.isActive())
        return;
    if (active) {
        m_timer.start();
        sendFrame();
    } else {
        m_timer.stop();
    }
    Q_EMIT activeChanged();
}

QImage SimulatedCamera::renderScene()
{
    CertificateSpec spec;
    spec.paperKind = QStringLiteral("Алғыс хат");
    spec.recipient = QStringLiteral("Әлиева Гүлнар Серікқызы");
    spec.body = QStringLiteral("Облыстық пән олимпиадасына оқушыларды дайындағаны үшін.");
    spec.issuer = QStringLiteral("Білім басқармасы");
    spec.date = QDate(2025, 4, 12);
    spec.qrText = QStringLiteral("https://edu.example.kz/c/2025-0412");
    const QSize frameSize(960, 1280);
    const Quad corners = {QPointF(150, 170), QPointF(805, 215), QPointF(850, 1090), QPointF(105, 1120)};
    return SampleGenerator::renderPhoto(SampleGenerator::renderCertificate(spec), frameSize, corners);
}

QVideoFrame SimulatedCamera::toVideoFrame(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(argb.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const size_t rowBytes = size_t(argb.width()) * 4;
    for (int y = 0; y < argb.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), argb.constScanLine(y), rowBytes);
    frame.unmap();
    return frame;
}

QUrl SimulatedCamera::sceneUrl()
{
    if (m_scene.isNull())
        m_scene = renderScene();
    const QString path = m_sceneDir.filePath(QStringLiteral("scene.png"));
    if (!QFile::exists(path) && !m_scene.save(path))
        return {};
    return QUrl::fromLocalFile(path);
}

bool SimulatedCamera::captureToFile(const QString &path) const
{
    const QImage scene = m_scene.isNull() ? renderScene() : m_scene;
    const bool saved = scene.save(path, "JPEG", 92);
    if (!saved)
        qCWarning(lcCamera) << "Could not save the simulated photo to" << path;
    return saved;
}

void SimulatedCamera::sendFrame()
{
    if (!m_sink)
        return;
    if (m_scene.isNull())
        m_scene = renderScene();
    // A new frame each time, because a sink ignores the frame it already has.
    m_sink->setVideoFrame(toVideoFrame(m_scene));
    ++m_framesSent;
    Q_EMIT frameSent();
}

} // namespace qujat
