#include "imaging/imageloader.h"
#include "testsupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

using namespace qujat;

namespace {

// Mean absolute difference per colour channel (0..255) of two images, both
// shrunk to the same small size so that JPEG noise averages out.
double meanAbsoluteDifference(const QImage &a, const QImage &b)
{
    const QSize size(96, 96);
    const QImage left = a.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                            .convertToFormat(QImage::Format_RGB32);
    const QImage right = b.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const QRgb p = left.pixel(x, y);
            const QRgb q = right.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q))
                   + std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * size.width() * size.height());
}

// Differences from JPEG re-encoding stay well below this, while a rotated
// or mirrored copy of the test pictures is far above it.
constexpr double SameImageThreshold = 12.0;

QString imagesPath(const QString &relative)
{
    return test::sharedPath(QStringLiteral("corpus/images/") + relative);
}

QImage loadOrWarn(const QString &path, int maxLongSide = 0)
{
    Error error;
    const QImage image = ImageLoader::load(path, maxLongSide, &error);
    if (image.isNull())
        qWarning() << "Load failed:" << error.message << error.detail;
    return image;
}

QByteArray jpegBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QImage testPattern()
{
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(0, 0, 150, 100, Qt::red);
    painter.fillRect(150, 100, 150, 100, Qt::blue);
    return image;
}

} // namespace

class ImageLoaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void exifOrientation_data();
    void exifOrientation();
    void comparisonDetectsRotation();
    void caseOrientation_data();
    void caseOrientation();
    void otherOrientationFiles();

    void photos_data();
    void photos();
    void largePhotos_data();
    void largePhotos();
    void maxLongSide();

    void rejected_data();
    void rejected();
    void malformed_data();
    void malformed();
    void cmykColours();

    // A chunk that declares more bytes than the file contains is rejected from
    // the chunk headers, before libpng allocates the declared length.
    void pngWithOversizedChunkRejected()
    {
        QTemporaryDir dir;
        QImage pixel(1, 1, QImage::Format_RGB32);
        pixel.fill(Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(pixel.save(&buffer, "PNG"));
        // Insert a zTXt chunk header claiming 2 GB after the 33-byte IHDR.
        const QByteArray oversized = QByteArray::fromHex("7fffffff") + QByteArray("zTXt") + QByteArray(8, 'x');
        png.insert(33, oversized);
        const QString path = dir.filePath(QStringLiteral("oversized.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png);
        file.close();

        Error error;
        QVERIFY(!ImageLoader::probe(path, nullptr, &error));
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.detail.contains(QLatin1String("chunk")));
    }

    void zeroByteFile();
    void textRenamedJpeg();
    void generatedTruncation_data();
    void generatedTruncation();
    void alphaKept();

private:
    QTemporaryDir m_temp;
};

void ImageLoaderTest::initTestCase()
{
    test::setUpTestEnvironment();
    QVERIFY(m_temp.isValid());
}

void ImageLoaderTest::exifOrientation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QSize>("uprightSize");
    QTest::addColumn<int>("orientation");

    for (int n = 0; n <= 8; ++n) {
        const QString file = QStringLiteral("exif-orientation/Landscape_%1.jpg").arg(n);
        QTest::newRow(qPrintable(file.section(QLatin1Char('/'), 1)))
            << file << QStringLiteral("exif-orientation/Landscape_1.jpg") << QSize(1800, 1200)
            << std::max(n, 1);
    }
    for (int n : {0, 1, 3, 4, 6, 8}) {
        const QString file = QStringLiteral("exif-orientation/Portrait_%1.jpg").arg(n);
        QTest::newRow(qPrintable(file.section(QLatin1Char('/'), 1)))
            << file << QStringLiteral("exif-orientation/Portrait_1.jpg") << QSize(1200, 1800)
            << std::max(n, 1);
    }
}

void ImageLoaderTest::exifOrientation()
{
    QUJAT_REQUIRE_SHARED();
    QFETCH(QString, file);
    QFETCH(QString, reference);
    QFETCH(QSize, uprightSize);
    QFETCH(int, orientation);

    ImageLoader::Info info;
    Error error;
    QVERIFY2(ImageLoader::probe(imagesPath(file), &info, &error), qPrintable(error.detail));
    QCOMPARE(info.uprightSize, uprightSize);
    QCOMPARE(info.exifOrientation, orientation);

    const QImage image = loadOrWarn(imagesPath(file));
    const QImage expected = loadOrWarn(imagesPath(reference));
    QCOMPARE(image.size(), uprightSize);
    QCOMPARE(image.format(), QImage::Format_RGB32);
    const double difference = meanAbsoluteDifference(image, expected);
    QVERIFY2(difference < SameImageThreshold, qPrintable(QString::number(difference)));
}

// The raw pixels of a rotated file must fail the comparison, or the
// orientation tests above could never fail.
void ImageLoaderTest::comparisonDetectsRotation()
{
    QUJAT_REQUIRE_SHARED();
    for (const QString &file : {QStringLiteral("Landscape_3.jpg"), QStringLiteral("Landscape_2.jpg")}) {
        QImageReader raw(imagesPath(QStringLiteral("exif-orientation/") + file));
        raw.setAutoTransform(false);
        const double difference = meanAbsoluteDifference(
            raw.read(), loadOrWarn(imagesPath(QStringLiteral("exif-orientation/Landscape_1.jpg"))));
        QVERIFY2(difference > 2 * SameImageThreshold, qPrintable(QString::number(difference)));
    }
}

void ImageLoaderTest::caseOrientation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("upright");

    for (int n = 1; n <= 8; ++n) {
        const QString file = QStringLiteral("orientation_%1.jpg").arg(n);
        QTest::newRow(qPrintable(file)) << QStringLiteral("B01_exif_orientation/") + file << true;
    }
    QTest::newRow("good_sensor_pixels_plus_orientation6.jpg")
        << QStringLiteral("B02_capture_orientation/good_sensor_pixels_plus_orientation6.jpg") << true;
    QTest::newRow("good_upright_pixels_orientation1.jpg")
        << QStringLiteral("B02_capture_orientation/good_upright_pixels_orientation1.jpg") << true;
    // The loader trusts the tag, so files written wrongly at capture stay wrong.
    QTest::newRow("bad_sideways_pixels_orientation1.jpg")
        << QStringLiteral("B02_capture_orientation/bad_sideways_pixels_orientation1.jpg") << false;
    QTest::newRow("bad_upright_pixels_plus_orientation6.jpg")
        << QStringLiteral("B02_capture_orientation/bad_upright_pixels_plus_orientation6.jpg") << false;
}

void ImageLoaderTest::caseOrientation()
{
    QUJAT_REQUIRE_SHARED();
    QFETCH(QString, file);
    QFETCH(bool, upright);

    const QImage reference =
        loadOrWarn(test::sharedPath(QStringLiteral("corpus/cases/_base/cert600.png")));
    const QImage image = loadOrWarn(test::sharedPath(QStringLiteral("corpus/cases/") + file));
    QVERIFY(!image.isNull());
    QCOMPARE(image.size() == reference.size(), upright);
    if (upright) {
        const double difference = meanAbsoluteDifference(image, reference);
        QVERIFY2(difference < SameImageThreshold, qPrintable(QString::number(difference)));
    }
}

// Orientation 6 next to an empty GPS IFD is read. Qt 6.4 does not read the
// orientation that ImageMagick writes into a PNG text chunk, so that PNG
// keeps its stored pixels.
void ImageLoaderTest::otherOrientationFiles()
{
    QUJAT_REQUIRE_SHARED();
    ImageLoader::Info info;
    Error error;
    QVERIFY(ImageLoader::probe(imagesPath(QStringLiteral("exif-orientation/pillow_empty_gps_ifd.jpg")),
                               &info, &error));
    QCOMPARE(info.exifOrientation, 6);
    QCOMPARE(loadOrWarn(imagesPath(QStringLiteral("exif-orientation/pillow_empty_gps_ifd.jpg"))).size(),
             QSize(10, 10));

    const QImage png =
        loadOrWarn(imagesPath(QStringLiteral("exif-orientation/pillow_exif_imagemagick_orientation.png")));
    QCOMPARE(png.size(), QSize(512, 512));
}

void ImageLoaderTest::photos_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("uprightSize");
    if (test::sharedDir().isEmpty())
        return;

    // Rows of the photo table: | # | `file` | bytes | WxH | orientation | ...
    QFile index(test::sharedPath(QStringLiteral("corpus/photos/INDEX.md")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    static const QRegularExpression row(
        QStringLiteral(R"(^\|\s*\d+\s*\|\s*`([^`]+)`\s*\|\s*\d+\s*\|\s*(\d+)x(\d+)\s*\|\s*([-\d]+)\s*\|)"));
    for (const QString &line : QString::fromUtf8(index.readAll()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = row.match(line);
        if (!match.hasMatch())
            continue;
        const QSize stored(match.captured(2).toInt(), match.captured(3).toInt());
        const int orientation = match.captured(4).toInt();
        const QSize upright = orientation >= 5 ? stored.transposed() : stored;
        QTest::newRow(qPrintable(match.captured(1))) << match.captured(1) << upright;
    }
}

void ImageLoaderTest::photos()
{
    QUJAT_REQUIRE_SHARED();
    QFETCH(QString, file);
    QFETCH(QSize, uprightSize);

    const QString path = test::sharedPath(QStringLiteral("corpus/photos/") + file);
    ImageLoader::Info info;
    Error error;
    QVERIFY2(ImageLoader::probe(path, &info, &error), qPrintable(error.detail));
    QCOMPARE(info.uprightSize, uprightSize);
    QCOMPARE(loadOrWarn(path).size(), uprightSize);
}

void ImageLoaderTest::largePhotos_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("storedSize");
    QTest::newRow("photo_48mp_6000x8000.jpg")
        << QStringLiteral("photo_48mp_6000x8000.jpg") << QSize(6000, 8000);
    QTest::newRow("photo_108mp_9000x12000.jpg")
        << QStringLiteral("photo_108mp_9000x12000.jpg") << QSize(9000, 12000);
}

void ImageLoaderTest::largePhotos()
{
    QUJAT_REQUIRE_SHARED();
    QFETCH(QString, file);
    QFETCH(QSize, storedSize);

    const QString path =
        test::sharedPath(QStringLiteral("corpus/cases/B04_qt6_allocation_limit/") + file);
    const QImage full = loadOrWarn(path);
    QVERIFY(!full.isNull());
    QVERIFY(qint64(full.width()) * full.height() <= ImageLoader::MaxDecodePixels);
    QVERIFY(full.width() * 4 >= storedSize.width()); // scaled no further than needed
    const double aspect = double(full.width()) / full.height();
    QVERIFY(std::abs(aspect - double(storedSize.width()) / storedSize.height()) < 0.01);

    const QImage page = loadOrWarn(path, 3000);
    QCOMPARE(page.height(), 3000);
    QCOMPARE(page.width(), 3000 * storedSize.width() / storedSize.height());
}

void ImageLoaderTest::maxLongSide()
{
    QUJAT_REQUIRE_SHARED();
    QCOMPARE(loadOrWarn(imagesPath(QStringLiteral("exif-orientation/Portrait_6.jpg")), 900).size(),
             QSize(600, 900));
    const QImage png = loadOrWarn(
        test::sharedPath(QStringLiteral("corpus/photos/dewarpnet__docunet_1_1.png")), 500);
    QCOMPARE(std::max(png.width(), png.height()), 500);
    // Never enlarged.
    QCOMPARE(loadOrWarn(imagesPath(QStringLiteral("colour/pillow_sample_cmyk.jpg")), 4000).size(),
             QSize(100, 100));
}

void ImageLoaderTest::rejected_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QSize>("tinySizeAllowed"); // the file may load at this size instead
    QTest::addColumn<QString>("messageMentions");
    if (test::sharedDir().isEmpty())
        return;

    const QSize none;
    const QString bomb = QStringLiteral("bigpng_spark.png");
    if (!QStandardPaths::findExecutable(QStringLiteral("bunzip2")).isEmpty()) {
        QProcess bunzip;
        bunzip.setStandardOutputFile(m_temp.filePath(bomb));
        bunzip.start(QStringLiteral("bunzip2"),
                     {QStringLiteral("-c"), imagesPath(QStringLiteral("bombs/bigpng_spark.png.bz2"))});
        QVERIFY(bunzip.waitForFinished());
        QTest::newRow(qPrintable(bomb)) << m_temp.filePath(bomb) << none << QStringLiteral("too large");
    } else {
        qInfo("bunzip2 is missing: the 225000x225000 PNG bomb is not tested");
    }
    QTest::newRow("bigpng_spark.png.bz2") << imagesPath(QStringLiteral("bombs/bigpng_spark.png.bz2"))
                                          << none << QStringLiteral("not an image");
    QTest::newRow("fuzzdb_lottapixel.jpg") << imagesPath(QStringLiteral("bombs/fuzzdb_lottapixel.jpg"))
                                           << none << QStringLiteral("too large");
    // A 1x1 GIF of 40000 frames: only the first frame is read.
    QTest::newRow("fuzzdb_uber.gif") << imagesPath(QStringLiteral("bombs/fuzzdb_uber.gif"))
                                     << QSize(1, 1) << QString();
    for (const QString &file : {QStringLiteral("libpng_huge_iCCP_chunk.png"),
                                QStringLiteral("libpng_huge_zTXt_chunk.png"),
                                QStringLiteral("pillow_decompression_bomb.gif")}) {
        QTest::newRow(qPrintable(file)) << imagesPath(QStringLiteral("bombs/") + file) << none
                                        << QStringLiteral("damaged");
    }
    // A 1x1 PNG whose text chunks inflate to megabytes: libpng caps them.
    QTest::newRow("pillow_png_decompression_dos.png")
        << imagesPath(QStringLiteral("bombs/pillow_png_decompression_dos.png")) << QSize(1, 1)
        << QString();
    for (const QString &file : {QStringLiteral("pillow_broken.png"),
                                QStringLiteral("pillow_truncated_image.png"),
                                QStringLiteral("pillow_truncated_jpeg.jpg")}) {
        QTest::newRow(qPrintable(file)) << imagesPath(QStringLiteral("truncated/") + file) << none
                                        << QStringLiteral("damaged");
    }
    const bool heicPlugin = QImageReader::supportedImageFormats().contains("heic");
    QTest::newRow("pillow_heif_empty.heic") << imagesPath(QStringLiteral("heic/pillow_heif_empty.heic"))
                                            << none << QStringLiteral("empty");
    QTest::newRow("pillow_heif_truncated.heic")
        << imagesPath(QStringLiteral("heic/pillow_heif_truncated.heic")) << none
        << (heicPlugin ? QString() : QStringLiteral("HEIC"));
    if (!heicPlugin) {
        for (const QString &file : {QStringLiteral("pillow_heif_xiaomi.heic"),
                                    QStringLiteral("pillow_heif_L_exif_xmp_iptc.heic")}) {
            QTest::newRow(qPrintable(file)) << imagesPath(QStringLiteral("heic/") + file) << none
                                            << QStringLiteral("Most compatible");
        }
    }
}

void ImageLoaderTest::rejected()
{
    QUJAT_REQUIRE_SHARED();
    QFETCH(QString, path);
    QFETCH(QSize, tinySizeAllowed);
    QFETCH(QString, messageMentions);

    QElapsedTimer timer;
    timer.start();
    Error error;
    const QImage image = ImageLoader::load(path, 0, &error);
    QVERIFY2(timer.elapsed() < 10'000, "loading must not hang");
    if (!image.isNull()) {
        QVERIFY2(tinySizeAllowed.isValid(), "the file must be rejected");
        QCOMPARE(image.size(), tinySizeAllowed);
        return;
    }
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.detail.isEmpty());
    if (!messageMentions.isEmpty())
        QVERIFY2(error.message.contains(messageMentions), qPrintable(error.message));
}

void ImageLoaderTest::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("mayFail");
    QTest::newRow("fuzzdb_POC_phpinfo-metadata.jpg")
        << QStringLiteral("fuzzdb_POC_phpinfo-metadata.jpg") << QSize(640, 356) << false;
    QTest::newRow("libpng_empty_ancillary_chunks.png")
        << QStringLiteral("libpng_empty_ancillary_chunks.png") << QSize(1, 1) << false;
    // Broken zlib data in the image stream: libpng stops, a clean error is fine.
    QTest::newRow("pillow_broken_data_stream.png")
        << QStringLiteral("pillow_broken_data_stream.png") << QSize(128, 128) << true;
    QTest::newRow("pillow_icc-after-SOF.jpg")
        << QStringLiteral("pillow_icc-after-SOF.jpg") << QSize(10, 10) << false;
    QTest::newRow("pillow_truncated_exif_dpi.jpg")
        << QStringLiteral("pillow_truncated_exif_dpi.jpg") << QSize(480, 640) << false;
}

void ImageLoaderTest::malformed()
{
    QUJAT_REQUIRE_SHARED();
    QFETCH(QString, file);
    QFETCH(QSize, size);
    QFETCH(bool, mayFail);

    Error error;
    const QImage image = ImageLoader::load(imagesPath(QStringLiteral("malformed/") + file), 0, &error);
    if (image.isNull()) {
        QVERIFY2(mayFail, qPrintable(error.detail));
        QVERIFY(!error.message.isEmpty());
        return;
    }
    QCOMPARE(image.size(), size);
    QCOMPARE(image.format(), QImage::Format_RGB32);
}

// The sample is red lettering on black. A decoder that ignores Adobe's
// inverted CMYK shows cyan on white instead.
void ImageLoaderTest::cmykColours()
{
    QUJAT_REQUIRE_SHARED();
    const QImage image = loadOrWarn(imagesPath(QStringLiteral("colour/pillow_sample_cmyk.jpg")));
    QCOMPARE(image.size(), QSize(100, 100));
    QCOMPARE(image.format(), QImage::Format_RGB32);

    int dark = 0;
    int red = 0;
    int cyanOrWhite = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            dark += c.value() < 60 ? 1 : 0;
            red += (c.red() > 150 && c.green() < 90 && c.blue() < 90) ? 1 : 0;
            cyanOrWhite += (c.green() > 150 && c.blue() > 150) ? 1 : 0;
        }
    }
    QVERIFY2(dark > 5000, qPrintable(QString::number(dark)));
    QVERIFY2(red > 300, qPrintable(QString::number(red)));
    QVERIFY2(cyanOrWhite < 100, qPrintable(QString::number(cyanOrWhite)));
}

void ImageLoaderTest::zeroByteFile()
{
    const QString path = m_temp.filePath(QStringLiteral("empty.jpg"));
    QVERIFY(writeFile(path, QByteArray()));
    Error error;
    QVERIFY(ImageLoader::load(path, 0, &error).isNull());
    QVERIFY2(error.message.contains(QStringLiteral("empty")), qPrintable(error.message));
    QVERIFY(!ImageLoader::probe(path, nullptr, &error));
}

void ImageLoaderTest::textRenamedJpeg()
{
    const QString path = m_temp.filePath(QStringLiteral("notes.jpg"));
    QVERIFY(writeFile(path, "Minutes of the methodical council, 12 March 2024.\n"));
    Error error;
    QVERIFY(ImageLoader::load(path, 0, &error).isNull());
    QVERIFY2(error.message.contains(QStringLiteral("not an image")), qPrintable(error.message));
    QVERIFY(!error.detail.isEmpty());
}

void ImageLoaderTest::generatedTruncation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("loads");

    const QByteArray complete = jpegBytes(testPattern());
    QTest::newRow("complete") << complete << true;
    QTest::newRow("trailing data after EOI") << complete + QByteArray(500, 'x') << true;
    QTest::newRow("cut in half") << complete.left(complete.size() / 2) << false;
    QTest::newRow("end marker missing") << complete.left(complete.size() - 2) << false;
}

void ImageLoaderTest::generatedTruncation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, loads);

    const QString path = m_temp.filePath(QStringLiteral("generated.jpg"));
    QVERIFY(writeFile(path, bytes));
    Error error;
    const QImage image = ImageLoader::load(path, 0, &error);
    QCOMPARE(!image.isNull(), loads);
    QCOMPARE(error.message.isEmpty(), loads);
    if (loads)
        QCOMPARE(image.size(), QSize(300, 200));
}

void ImageLoaderTest::alphaKept()
{
    QImage transparent(40, 30, QImage::Format_ARGB32);
    transparent.fill(Qt::transparent);
    const QString path = m_temp.filePath(QStringLiteral("alpha.png"));
    QVERIFY(transparent.save(path));
    const QImage image = loadOrWarn(path);
    QCOMPARE(image.format(), QImage::Format_ARGB32);
    QCOMPARE(qAlpha(image.pixel(5, 5)), 0);
}

QTEST_MAIN(ImageLoaderTest)
#include "tst_imageloader.moc"
