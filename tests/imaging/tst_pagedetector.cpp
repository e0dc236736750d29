#include "cornerannotations.h"
#include "imaging/imageloader.h"
#include "imaging/pagedetector.h"
#include "syntheticscene.h"
#include "testsupport.h"

#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

using namespace qujat;

namespace {

// The worst corner error (percent of the page diagonal) allowed on the
// rendered photos, whose borders are straight.
constexpr double MaxRenderedErrorPercent = 0.5;

QString cornersText(const Quad &quad)
{
    QStringList points;
    for (const QPointF &p : quad)
        points.append(QStringLiteral("(%1, %2)").arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 1));
    return points.join(QLatin1Char(' '));
}

} // namespace

class PageDetectorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void renderedPhotos_data();
    void renderedPhotos();
    void corpusPhotos_data();
    void corpusPhotos();

    void curledReceiptOnFloor();
    void noPageGivesFrame_data();
    void noPageGivesFrame();
    void orderedClockwiseStartsTopLeft();
    void convexAndArea();

private:
    QList<test::AnnotatedPhoto> m_annotated;
    QString m_annotationError;
};

void PageDetectorTest::initTestCase()
{
    test::setUpTestEnvironment();
    m_annotated = test::loadAnnotatedPhotos(QStringLiteral(QUJAT_CORNERS_JSON), &m_annotationError);
}

void PageDetectorTest::renderedPhotos_data()
{
    QTest::addColumn<test::SceneSpec>("scene");
    for (const test::SceneSpec &scene : test::standardScenes())
        QTest::newRow(qPrintable(scene.name)) << scene;
}

void PageDetectorTest::renderedPhotos()
{
    QFETCH(test::SceneSpec, scene);
    const PageDetection detection = PageDetector::detect(test::renderScene(scene));
    QVERIFY(detection.found);
    QVERIFY(detection.confidence > 0.8);
    const double error = test::cornerErrorPercent(detection.corners, scene.corners);
    QVERIFY2(error <= MaxRenderedErrorPercent,
             qPrintable(QStringLiteral("corner error %1 %, found %2, expected %3")
                            .arg(error)
                            .arg(cornersText(detection.corners), cornersText(scene.corners))));
}

void PageDetectorTest::corpusPhotos_data()
{
    QTest::addColumn<test::AnnotatedPhoto>("photo");
    for (const test::AnnotatedPhoto &photo : std::as_const(m_annotated))
        QTest::newRow(qPrintable(photo.file)) << photo;
}

void PageDetectorTest::corpusPhotos()
{
    QVERIFY2(!m_annotated.isEmpty(), qPrintable(m_annotationError));
    QUJAT_REQUIRE_SHARED();
    QFETCH(test::AnnotatedPhoto, photo);

    Error error;
    const QImage upright =
        ImageLoader::load(test::sharedPath(QStringLiteral("corpus/photos/") + photo.file), 0, &error);
    QVERIFY2(!upright.isNull(), qPrintable(error.detail));
    const PageDetection detection = PageDetector::detect(upright);
    const Quad expected = photo.fullFrame ? PageDetector::frameQuad(upright.size()) : photo.corners;
    const double cornerError = test::cornerErrorPercent(detection.corners, expected);
    if (!photo.knownMiss.isEmpty())
        QEXPECT_FAIL("", qPrintable(photo.knownMiss), Continue);
    QVERIFY2(cornerError <= photo.maxErrorPercent,
             qPrintable(QStringLiteral("corner error %1 % (limit %2 %), found %3, expected %4")
                            .arg(cornerError)
                            .arg(photo.maxErrorPercent)
                            .arg(cornersText(detection.corners), cornersText(expected))));
}

// A long receipt whose left and right borders bow out by 55 pixels,
// too much for any straight-sided candidate, on a mottled beige floor. The
// corners must come from the paper region's extreme points.
void PageDetectorTest::curledReceiptOnFloor()
{
    QImage photo(800, 1600, QImage::Format_RGB32);
    QRandomGenerator random(11);
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x) {
            const int mottle = int(random.bounded(17)) - 8 + ((x / 40 + y / 40) % 3) * 4;
            line[x] = qRgb(196 + mottle, 176 + mottle, 146 + mottle);
        }
    }

    const Quad corners = {QPointF(60, 120), QPointF(560, 60), QPointF(740, 1520), QPointF(200, 1560)};
    QPainterPath receipt(corners[0]);
    receipt.lineTo(corners[1]);
    receipt.quadTo(QPointF(760, 790), corners[2]);
    receipt.lineTo(corners[3]);
    receipt.quadTo(QPointF(20, 840), corners[0]);
    {
        QPainter painter(&photo);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillPath(receipt, QColor(236, 238, 242));
        painter.setClipPath(receipt);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(60, 60, 70));
        for (int row = 0; row < 30; ++row) {
            const double y = 200 + row * 42;
            const double x = 160 + 0.12 * (y - 200);
            painter.drawRect(QRectF(x, y, 180 + (row * 37) % 160, 14));
        }
    }

    const PageDetection detection = PageDetector::detect(photo);
    QVERIFY(detection.found);
    const double error = test::cornerErrorPercent(detection.corners, corners);
    QVERIFY2(error <= 1.0, qPrintable(QStringLiteral("corner error %1 %, found %2, expected %3")
                                           .arg(error)
                                           .arg(cornersText(detection.corners), cornersText(corners))));
}

void PageDetectorTest::noPageGivesFrame_data()
{
    QTest::addColumn<QImage>("image");

    QImage blank(900, 1200, QImage::Format_RGB32);
    blank.fill(QColor(245, 245, 240));
    QTest::newRow("blank paper") << blank;

    QImage text = blank;
    {
        QPainter painter(&text);
        QFont font = painter.font();
        font.setPixelSize(28);
        painter.setFont(font);
        for (int y = 60; y < 1150; y += 40)
            painter.drawText(QPointF(40, y), QStringLiteral("Құрмет грамотасы, 2024 жыл, мектеп, сынып, пән"));
    }
    QTest::newRow("text filling the frame") << text;

    QImage noise(800, 600, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < noise.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(noise.scanLine(y));
        for (int x = 0; x < noise.width(); ++x) {
            const int v = int(random.bounded(256));
            line[x] = qRgb(v, v, v);
        }
    }
    QTest::newRow("noise") << noise;

    QImage tiny(12, 9, QImage::Format_RGB32);
    tiny.fill(Qt::white);
    QTest::newRow("12x9 pixels") << tiny;
    QTest::newRow("null image") << QImage();
}

void PageDetectorTest::noPageGivesFrame()
{
    QFETCH(QImage, image);
    const PageDetection detection = PageDetector::detect(image);
    QVERIFY(!detection.found);
    QCOMPARE(detection.confidence, 0.0);
    QCOMPARE(detection.corners, PageDetector::frameQuad(image.size()));
}

void PageDetectorTest::orderedClockwiseStartsTopLeft()
{
    const Quad shuffled = {QPointF(90, 110), QPointF(10, 5), QPointF(5, 100), QPointF(100, 10)};
    const Quad expected = {QPointF(10, 5), QPointF(100, 10), QPointF(90, 110), QPointF(5, 100)};
    QCOMPARE(PageDetector::orderedClockwise(shuffled), expected);
}

void PageDetectorTest::convexAndArea()
{
    const Quad square = PageDetector::frameQuad(QSize(100, 50));
    QVERIFY(PageDetector::isConvex(square));
    QCOMPARE(PageDetector::area(square), 5000.0);

    const Quad counterClockwise = {square[0], square[3], square[2], square[1]};
    QVERIFY(!PageDetector::isConvex(counterClockwise));
    const Quad dented = {QPointF(0, 0), QPointF(100, 0), QPointF(20, 20), QPointF(0, 100)};
    QVERIFY(!PageDetector::isConvex(dented));
}

QTEST_MAIN(PageDetectorTest)
#include "tst_pagedetector.moc"
