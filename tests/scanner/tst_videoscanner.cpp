#include "videoscanner.h"

#include "sample/samplegenerator.h"

#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <QPolygonF>

#include <cstring>

using namespace qujat;

namespace {

// Where the page lies in the rendered 1280×720 camera frame.
const QSize FrameSize(1280, 720);
const Quad PageCorners = {QPointF(420, 60), QPointF(860, 95), QPointF(885, 680), QPointF(395, 655)};
// The same page moved to the left, like the next sheet on the desk.
const Quad OtherPageCorners = {QPointF(120, 70), QPointF(560, 40), QPointF(590, 640), QPointF(140, 690)};

QImage renderFrameImage(const Quad &corners = PageCorners)
{
    CertificateSpec spec;
    spec.paperKind = QStringLiteral("Сертификат");
    spec.recipient = QStringLiteral("Әлиева Гүлнар Серікқызы");
    spec.body = QStringLiteral("Біліктілікті арттыру курсынан өтті.");
    spec.issuer = QStringLiteral("Өрлеу");
    spec.date = QDate(2025, 3, 15);
    spec.qrText = QStringLiteral("https://example.kz/c/1");
    return SampleGenerator::renderPhoto(SampleGenerator::renderCertificate(spec), FrameSize, corners);
}

// A strong defocus: the frame shrunk to a sixth and enlarged again.
QImage blurred(const QImage &image)
{
    return image.scaled(image.size() / 6, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

// A camera frame as the multimedia backends deliver it: BGRA bytes in
// mapped memory, with the frame's own row stride.
QVideoFrame bgraFrame(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(argb.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < argb.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), argb.constScanLine(y), size_t(argb.width()) * 4);
    frame.unmap();
    return frame;
}

// An NV12 frame whose luminance plane is `grey` and whose chroma is neutral.
QVideoFrame nv12Frame(const QImage &grey)
{
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_NV12));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), size_t(grey.width()));
    for (int y = 0; y < grey.height() / 2; ++y)
        std::memset(frame.bits(1) + y * frame.bytesPerLine(1), 128, size_t(grey.width()));
    frame.unmap();
    return frame;
}

} // namespace

class TestVideoScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_image = renderFrameImage();
        QCOMPARE(m_image.size(), FrameSize);
    }

    void bgraFrameToImage()
    {
        const QVideoFrame frame = bgraFrame(m_image);
        QVERIFY(frame.isValid());
        const QImage image = VideoScanner::frameToImage(frame, 640);
        QCOMPARE(image.size(), QSize(640, 360));
        QCOMPARE(image.format(), QImage::Format_RGB32);
        const QImage full = VideoScanner::frameToImage(frame, 4000);
        QCOMPARE(full.size(), FrameSize);
        QCOMPARE(full.pixel(600, 300), m_image.pixel(600, 300));
        QCOMPARE(full.pixel(10, 10), m_image.pixel(10, 10));
    }

    void nv12FrameGivesLuminance()
    {
        const QImage grey = m_image.convertToFormat(QImage::Format_Grayscale8);
        const QImage image = VideoScanner::frameToImage(nv12Frame(grey), 4000);
        QCOMPARE(image.format(), QImage::Format_Grayscale8);
        QCOMPARE(image.size(), FrameSize);
        QCOMPARE(image.pixelColor(600, 300), grey.pixelColor(600, 300));
    }

    void publishesPageCorners()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy scanned(&scanner, &VideoScanner::frameScanned);

        sink.setVideoFrame(bgraFrame(m_image));
        QVERIFY(scanned.wait(30000));

        const QVariantList corners = scanner.corners();
        QCOMPARE(corners.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const QPointF found = corners.at(i).toPointF();
            const QPointF expected(PageCorners[i].x() / FrameSize.width(), PageCorners[i].y() / FrameSize.height());
            // 1.5 % of the frame: about 19 pixels across, 11 down.
            QVERIFY2(std::abs(found.x() - expected.x()) < 0.015 && std::abs(found.y() - expected.y()) < 0.015,
                     qPrintable(QStringLiteral("corner %1: found (%2, %3), expected (%4, %5)")
                                    .arg(i).arg(found.x()).arg(found.y()).arg(expected.x()).arg(expected.y())));
        }
        const QVariantList codes = scanner.codes();
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.constFirst().toMap().value(QStringLiteral("text")).toString(), QStringLiteral("https://example.kz/c/1"));
    }

    void sharpnessTellsBlurApart()
    {
        const double sharp = VideoScanner::laplacianVariance(m_image);
        const double soft = VideoScanner::laplacianVariance(blurred(m_image));
        qInfo("Laplacian variance: sharp %.1f, blurred %.1f", sharp, soft);
        QVERIFY(sharp >= VideoScanner::DefaultMinSharpness);
        QVERIFY(soft < VideoScanner::DefaultMinSharpness);
        // A flat image has no edges at all.
        QImage flat(200, 100, QImage::Format_Grayscale8);
        flat.fill(128);
        QCOMPARE(VideoScanner::laplacianVariance(flat), 0.0);
    }

    void codesCarryTheirOutline()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy scanned(&scanner, &VideoScanner::frameScanned);
        sink.setVideoFrame(bgraFrame(m_image));
        QVERIFY(scanned.wait(30000));
        QCOMPARE(scanner.codes().size(), 1);
        const QVariantList outline = scanner.codes().constFirst().toMap().value(QStringLiteral("outline")).toList();
        QCOMPARE(outline.size(), 4);
        // The code lies on the page: every outline corner is inside the page's quadrilateral.
        QPolygonF page;
        for (const QPointF &corner : PageCorners)
            page.append(QPointF(corner.x() / FrameSize.width(), corner.y() / FrameSize.height()));
        for (const QVariant &point : outline)
            QVERIFY2(page.containsPoint(point.toPointF(), Qt::OddEvenFill),
                     qPrintable(QStringLiteral("(%1, %2)").arg(point.toPointF().x()).arg(point.toPointF().y())));
        // ... and is a plausible code size: between 2 % and 30 % of the frame's width.
        const QRectF box = QPolygonF([&outline] {
            QList<QPointF> points;
            for (const QVariant &point : outline)
                points.append(point.toPointF());
            return points;
        }()).boundingRect();
        QVERIFY2(box.width() > 0.02 && box.width() < 0.3, qPrintable(QString::number(box.width())));
    }

    void autoCaptureFiresOnceWhenStill()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        scanner.setAutoCapture(true);
        QSignalSpy scanned(&scanner, &VideoScanner::frameScanned);
        QSignalSpy fired(&scanner, &VideoScanner::autoCaptureRequested);

        for (int i = 1; i <= VideoScanner::StableFramesNeeded + 4; ++i) {
            sink.setVideoFrame(bgraFrame(m_image));
            QVERIFY(scanned.wait(30000));
            QCOMPARE(scanner.stableFrames(), i);
            // Fires with the frame that completes the still run, and never again for this sheet.
            QCOMPARE(fired.count(), i < VideoScanner::StableFramesNeeded ? 0 : 1);
        }
    }

    void blurredFramesDoNotFire()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        scanner.setAutoCapture(true);
        QSignalSpy scanned(&scanner, &VideoScanner::frameScanned);
        QSignalSpy fired(&scanner, &VideoScanner::autoCaptureRequested);

        const QImage soft = blurred(m_image);
        for (int i = 0; i < VideoScanner::StableFramesNeeded + 3; ++i) {
            sink.setVideoFrame(bgraFrame(soft));
            QVERIFY(scanned.wait(30000));
        }
        // The page is still found and still; only the blur keeps the shutter closed.
        QCOMPARE(scanner.corners().size(), 4);
        QVERIFY(scanner.stableFrames() >= VideoScanner::StableFramesNeeded);
        QVERIFY(scanner.sharpness() < scanner.minSharpness());
        QCOMPARE(fired.count(), 0);

        // Focus comes back: the photo is taken.
        sink.setVideoFrame(bgraFrame(m_image));
        QVERIFY(scanned.wait(30000));
        QCOMPARE(fired.count(), 1);
    }

    void autoCaptureOffNeverFires()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy scanned(&scanner, &VideoScanner::frameScanned);
        QSignalSpy fired(&scanner, &VideoScanner::autoCaptureRequested);
        for (int i = 0; i < VideoScanner::StableFramesNeeded + 2; ++i) {
            sink.setVideoFrame(bgraFrame(m_image));
            QVERIFY(scanned.wait(30000));
        }
        QVERIFY(scanner.stableFrames() >= VideoScanner::StableFramesNeeded);
        QCOMPARE(fired.count(), 0);
    }

    // Batch mode: one capture per sheet, as the sheets are swapped under the camera.
    void batchTakesOnePhotoPerSheet()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        scanner.setAutoCapture(true);
        QSignalSpy scanned(&scanner, &VideoScanner::frameScanned);
        QSignalSpy fired(&scanner, &VideoScanner::autoCaptureRequested);

        const QImage other = renderFrameImage(OtherPageCorners);
        constexpr int Sheets = 3;
        for (int sheet = 0; sheet < Sheets; ++sheet) {
            const QImage &image = sheet % 2 == 0 ? m_image : other;
            for (int i = 0; i < VideoScanner::StableFramesNeeded + 2; ++i) {
                sink.setVideoFrame(bgraFrame(image));
                QVERIFY(scanned.wait(30000));
            }
            QCOMPARE(fired.count(), sheet + 1);
        }
    }

    void dropsFramesWhileBusy()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy scanned(&scanner, &VideoScanner::frameScanned);
        // Distinct frames, because a sink ignores the frame it already shows.
        constexpr int Frames = 5;
        QList<QVideoFrame> frames;
        for (int i = 0; i < Frames + 1; ++i)
            frames.append(bgraFrame(m_image));

        // No event loop runs between these calls, so the first frame's
        // result cannot arrive: the scanner stays busy and drops the rest.
        for (int i = 0; i < Frames; ++i)
            sink.setVideoFrame(frames.at(i));
        QCOMPARE(scanner.droppedFrames(), Frames - 1);

        QVERIFY(scanned.wait(30000));
        QCOMPARE(scanner.scannedFrames(), 1);
        QTest::qWait(200);
        QCOMPARE(scanned.count(), 1); // no dropped frame was scanned later

        // Idle again: the next frame is scanned.
        sink.setVideoFrame(frames.at(Frames));
        QVERIFY(scanned.wait(30000));
        QCOMPARE(scanner.scannedFrames(), 2);
        QCOMPARE(scanner.droppedFrames(), Frames - 1);
    }

    void inactiveIgnoresFrames()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        scanner.setActive(false);
        QSignalSpy scanned(&scanner, &VideoScanner::frameScanned);
        sink.setVideoFrame(bgraFrame(m_image));
        QTest::qWait(300);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(scanner.droppedFrames(), 0);
    }

    void invalidFrameIsIgnored()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy scanned(&scanner, &VideoScanner::frameScanned);
        sink.setVideoFrame(QVideoFrame());
        QTest::qWait(100);
        QCOMPARE(scanned.count(), 0);
    }

private:
    QImage m_image;
};

QTEST_MAIN(TestVideoScanner)
#include "tst_videoscanner.moc"
