#include "imaging/enhance.h"
#include "testsupport.h"

#include <QPainter>

using namespace qujat;

namespace {

const QPoint StampCentre(500, 900);
const QPoint PaperInLight(60, 60);
const QPoint PaperInShadow(740, 1060);

// A page photographed under a lamp: light at the top left, a shadow
// towards the bottom right, black text, a blue round stamp and a warm cast.
QImage shadedPage(bool withStamp)
{
    QImage page(800, 1130, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    QFont font = painter.font();
    font.setPixelSize(22);
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (int y = 150; y < 800; y += 36)
        painter.drawText(QPointF(80, y), QStringLiteral("Алғыс хат беріледі, 2024 жыл, мектеп"));
    if (withStamp) {
        painter.setPen(QPen(QColor(30, 60, 200), 14));
        painter.drawEllipse(StampCentre, 90, 90);
    }
    painter.end();

    for (int y = 0; y < page.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(page.scanLine(y));
        for (int x = 0; x < page.width(); ++x) {
            const double light = 1 - 0.45 * (double(x) / page.width() + double(y) / page.height()) / 2;
            line[x] = qRgb(int(qRed(line[x]) * light), int(qGreen(line[x]) * light * 0.95),
                           int(qBlue(line[x]) * light * 0.85));
        }
    }
    return page;
}

} // namespace

class EnhanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void autoColourKeepsStampBlue();
    void greyscaleIsOneChannel();
    void blackWhiteIsBinary();
    void originalIsUnchanged();
    void autoChoosesByColour();
    void namesRoundTrip();
};

void EnhanceTest::autoColourKeepsStampBlue()
{
    const QImage page = shadedPage(true);
    const QImage clean = Enhance::apply(page, Preset::AutoColour);
    QCOMPARE(clean.size(), page.size());

    // Paper is white in the light and in the shadow, whatever the cast.
    for (const QPoint &point : {PaperInLight, PaperInShadow}) {
        const QColor paper = clean.pixelColor(point);
        QVERIFY2(paper.red() >= 245 && paper.green() >= 245 && paper.blue() >= 245,
                 qPrintable(paper.name()));
    }
    // The stamp's ring stays clearly blue.
    const QColor stamp = clean.pixelColor(StampCentre + QPoint(90, 0));
    QVERIFY2(stamp.blue() > stamp.red() + 80 && stamp.blue() > stamp.green() + 60, qPrintable(stamp.name()));
    // Text stays dark.
    int darkest = 255;
    for (int x = 80; x < 400; ++x)
        darkest = std::min(darkest, qGray(clean.pixel(x, 144)));
    QVERIFY(darkest < 60);
}

void EnhanceTest::greyscaleIsOneChannel()
{
    const QImage clean = Enhance::apply(shadedPage(true), Preset::Greyscale);
    QCOMPARE(clean.format(), QImage::Format_Grayscale8);
    QVERIFY(qGray(clean.pixel(PaperInShadow)) >= 245);
}

void EnhanceTest::blackWhiteIsBinary()
{
    const QImage clean = Enhance::apply(shadedPage(false), Preset::BlackWhite);
    QCOMPARE(clean.format(), QImage::Format_Grayscale8);
    qint64 black = 0;
    for (int y = 0; y < clean.height(); ++y) {
        const uchar *line = clean.constScanLine(y);
        for (int x = 0; x < clean.width(); ++x) {
            QVERIFY(line[x] == 0 || line[x] == 255);
            black += line[x] == 0 ? 1 : 0;
        }
    }
    // Text covers a few percent of the page; the shadow must not turn black.
    QVERIFY(black > 0);
    QVERIFY(black < qint64(clean.width()) * clean.height() / 10);
    QCOMPARE(qGray(clean.pixel(PaperInShadow)), 255);
}

void EnhanceTest::originalIsUnchanged()
{
    const QImage page = shadedPage(true);
    QCOMPARE(Enhance::apply(page, Preset::Original), page);
}

void EnhanceTest::autoChoosesByColour()
{
    QCOMPARE(Enhance::choose(shadedPage(true)), Preset::AutoColour);
    QCOMPARE(Enhance::choose(shadedPage(false)), Preset::Greyscale);
    QVERIFY(Enhance::colourfulShare(shadedPage(true)) > Enhance::ColourfulShare);
    QCOMPARE(Enhance::apply(shadedPage(false), Preset::Auto).format(), QImage::Format_Grayscale8);
}

void EnhanceTest::namesRoundTrip()
{
    for (const Preset preset :
         {Preset::Auto, Preset::Original, Preset::AutoColour, Preset::Greyscale, Preset::BlackWhite})
        QCOMPARE(Enhance::fromName(Enhance::name(preset)), preset);
    QVERIFY(!Enhance::fromName(QStringLiteral("sepia")));
}

QTEST_MAIN(EnhanceTest)
#include "tst_enhance.moc"
