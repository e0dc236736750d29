#include "imaging/perspective.h"
#include "syntheticscene.h"
#include "testsupport.h"

#include <QPainter>
#include <QTransform>

#include <cmath>

using namespace qujat;

namespace {

const QSize PhotoSize(2000, 1500);

// The image of a width x height rectangle (millimetres) standing 500 mm in
// front of a pinhole camera with a focal length of 1600 pixels, tilted back
// by `degrees` about its horizontal axis.
Quad projectedRectangle(double width, double height, double degrees)
{
    const double focal = 1600;
    const double distance = 500;
    const double tilt = degrees * M_PI / 180;
    const Quad flat = {QPointF(-width / 2, -height / 2), QPointF(width / 2, -height / 2),
                       QPointF(width / 2, height / 2), QPointF(-width / 2, height / 2)};
    Quad image;
    for (int i = 0; i < 4; ++i) {
        const double y = flat[size_t(i)].y() * std::cos(tilt);
        const double z = distance + flat[size_t(i)].y() * std::sin(tilt);
        image[size_t(i)] = QPointF(PhotoSize.width() / 2.0 + focal * flat[size_t(i)].x() / z,
                                   PhotoSize.height() / 2.0 + focal * y / z);
    }
    return image;
}

double meanDifference(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            sum += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y)));
    }
    return sum / (double(a.width()) * a.height());
}

} // namespace

class PerspectiveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void homographyMapsCorners();
    void aspectRatio_data();
    void aspectRatio();
    void outputSizeKeepsBudget();
    void warpRestoresPage_data();
    void warpRestoresPage();
};

void PerspectiveTest::homographyMapsCorners()
{
    const Quad from = PageDetector::frameQuad(QSize(100, 200));
    const Quad to = {QPointF(10, 20), QPointF(300, 40), QPointF(280, 500), QPointF(30, 460)};
    const std::optional<Homography> homography = Homography::fromQuads(from, to);
    QVERIFY(homography);
    for (int i = 0; i < 4; ++i) {
        const QPointF mapped = homography->map(from[size_t(i)]);
        QVERIFY(std::hypot(mapped.x() - to[size_t(i)].x(), mapped.y() - to[size_t(i)].y()) < 1e-6);
    }
    const Quad collinear = {QPointF(0, 0), QPointF(1, 1), QPointF(2, 2), QPointF(0, 5)};
    QVERIFY(!Homography::fromQuads(from, collinear));
}

void PerspectiveTest::aspectRatio_data()
{
    QTest::addColumn<Quad>("corners");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<double>("tolerance");

    // Tilted by 35 degrees the sides measure about 0.6; the camera model
    // recovers 0.707 and snaps it.
    QTest::newRow("A4 portrait, tilted") << projectedRectangle(210, 297, 35) << 1 / Perspective::IsoRatio << 0.0;
    QTest::newRow("A4 landscape, tilted") << projectedRectangle(297, 210, 30) << Perspective::IsoRatio << 0.0;
    // The tilt leaves one vanishing point at infinity, so the focal length is
    // assumed (PhoneFocalLength), here 1500 pixels instead of 1600.
    QTest::newRow("card 0.6, tilted") << projectedRectangle(120, 200, 35) << 0.6 << 0.03;
    QTest::newRow("receipt 1:3, flat")
        << Quad{QPointF(100, 100), QPointF(400, 100), QPointF(400, 1000), QPointF(100, 1000)} << 1 / 3.0 << 0.001;
    QTest::newRow("A4 within 4 %, flat")
        << Quad{QPointF(0, 0), QPointF(700, 0), QPointF(700, 1030), QPointF(0, 1030)} << 1 / Perspective::IsoRatio << 0.0;
}

void PerspectiveTest::aspectRatio()
{
    QFETCH(Quad, corners);
    QFETCH(double, ratio);
    QFETCH(double, tolerance);
    const double found = Perspective::aspectRatio(corners, PhotoSize);
    QVERIFY2(std::abs(found - ratio) <= tolerance * ratio + 1e-12,
             qPrintable(QStringLiteral("%1 instead of %2").arg(found).arg(ratio)));
}

void PerspectiveTest::outputSizeKeepsBudget()
{
    const Quad page = {QPointF(0, 0), QPointF(2100, 0), QPointF(2100, 2970), QPointF(0, 2970)};
    const QSize medium = Perspective::outputSize(page, QSize(3000, 4000), 2'000'000);
    QVERIFY(qint64(medium.width()) * medium.height() <= 2'000'000);
    QVERIFY(qint64(medium.width()) * medium.height() > 1'990'000);
    QVERIFY(std::abs(double(medium.height()) / medium.width() - Perspective::IsoRatio) < 0.002);

    // A small page is never enlarged.
    const Quad small = {QPointF(0, 0), QPointF(300, 0), QPointF(300, 424), QPointF(0, 424)};
    const QSize kept = Perspective::outputSize(small, QSize(500, 500), 2'000'000);
    QVERIFY(kept.width() <= 301 && kept.height() <= 425);
}

void PerspectiveTest::warpRestoresPage_data()
{
    QTest::addColumn<double>("photoScale");
    QTest::newRow("same resolution") << 1.0;
    QTest::newRow("photo three times larger") << 3.0;
}

// Draws a page into a photo with Qt's own projective painting, then warps
// it back: the result must match the page.
void PerspectiveTest::warpRestoresPage()
{
    QFETCH(double, photoScale);
    const QImage page = test::renderScenePage(QSize(620, 877));
    Quad corners = {QPointF(150, 120), QPointF(700, 160), QPointF(760, 900), QPointF(90, 870)};
    for (QPointF &corner : corners)
        corner *= photoScale;

    QImage photo(QSize(900, 1000) * photoScale, QImage::Format_RGB32);
    photo.fill(QColor(90, 60, 40));
    QTransform transform;
    const Quad flat = PageDetector::frameQuad(page.size());
    QVERIFY(QTransform::quadToQuad(QPolygonF({flat[0], flat[1], flat[2], flat[3]}),
                                   QPolygonF({corners[0], corners[1], corners[2], corners[3]}), transform));
    {
        QPainter painter(&photo);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setTransform(transform);
        painter.drawImage(QPointF(0, 0), page);
    }

    const QImage restored = Perspective::warp(photo, corners, page.size());
    QCOMPARE(restored.size(), page.size());
    const double difference = meanDifference(restored, page);
    QVERIFY2(difference < 12, qPrintable(QString::number(difference)));
}

QTEST_MAIN(PerspectiveTest)
#include "tst_perspective.moc"
