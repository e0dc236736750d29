// Hostile and odd image files through the whole import (page pipeline and
// store), each in a child process whose peak memory is measured: every file
// ends in a clear message or a correct import, and memory stays bounded.
// The bound is a guard against runaway allocation, not a speed test.
//
// The child is this executable again, started with QUJAT_HOSTILE_CHILD set
// to the file to import; it prints one result line and its VmHWM.

#include "imaging/imageloader.h"
#include "imaging/pagepipeline.h"
#include "store/store.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>

using namespace qujat;

namespace {

// Far above a normal import (about 150 MB for a 48 MP photo) and far below
// what decoding any of these files at full size would take.
constexpr qint64 PeakMemoryBoundKb = 1'200'000;

// Peak resident memory of this process, in kB (Linux).
qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = status.readAll();
    const QRegularExpression line(QStringLiteral("VmHWM:\\s*(\\d+) kB"));
    const auto match = line.match(QString::fromLatin1(text));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

int runChild(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    test::setUpTestEnvironment();
    QTextStream out(stdout);
    const QString path = qEnvironmentVariable("QUJAT_HOSTILE_CHILD");
    const QString dataDir = qEnvironmentVariable("QUJAT_HOSTILE_DATA");

    PreparedPage page;
    Error error;
    if (!PagePipeline::prepare(path, &page, &error)) {
        out << "rejected\t" << error.message << '\n';
    } else {
        Store store(dataDir);
        Item item;
        item.sectionKey = QStringLiteral("documents.achievements");
        item.title = QStringLiteral("hostile");
        if (!store.open(&error) || !store.addItem(&item, {page.pending}, &error)) {
            out << "store-failed\t" << error.message << '\n';
        } else {
            const Page stored = store.item(item.uuid)->pages.first();
            const QImage pageImage(store.pagePath(stored));
            out << "imported\t" << pageImage.width() << 'x' << pageImage.height() << '\n';
        }
    }
    out << "peak\t" << peakResidentKb() << '\n';
    return 0;
}

struct ChildResult
{
    QString outcome; // "imported", "rejected" or what went wrong
    QString detail;  // the page size or the message
    qint64 peakKb = -1;
};

// PNG chunk: length, type, data, CRC-32 of type and data.
QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk;
    chunk.append(char(data.size() >> 24)).append(char(data.size() >> 16));
    chunk.append(char(data.size() >> 8)).append(char(data.size()));
    const QByteArray body = QByteArray(type, 4) + data;
    chunk.append(body);
    quint32 crc = 0xffffffffu;
    for (char byte : body) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    crc ^= 0xffffffffu;
    chunk.append(char(crc >> 24)).append(char(crc >> 16)).append(char(crc >> 8)).append(char(crc));
    return chunk;
}

// A greyscale PNG of `width` x `height` whose rows are all zero: megabytes
// of pixels from a few kilobytes of deflate data. `rows` limits how many
// rows the data holds (fewer than `height`: a truncated stream).
QByteArray zeroPng(quint32 width, quint32 height, int bitDepth, quint32 rows)
{
    QByteArray header(13, '\0');
    qToBigEndian(width, header.data());
    qToBigEndian(height, header.data() + 4);
    header[8] = char(bitDepth);
    header[9] = 0; // greyscale
    const qsizetype rowBytes = 1 + (qsizetype(width) * bitDepth + 7) / 8;
    const QByteArray raw(rowBytes * rows, '\0');
    QByteArray zlib = qCompress(raw, 9).mid(4); // qCompress prefixes the length
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlib)
           + pngChunk("IEND", {});
}

// A 2x2 GIF with two frames: black, then white. The LZW data of four
// pixels of index 0 (or 1) with a minimum code size of 2.
QByteArray twoFrameGif()
{
    QByteArray gif("GIF89a", 6);
    gif.append("\x02\x00\x02\x00\x80\x00\x00", 7);       // 2x2, 2-colour global table
    gif.append("\x00\x00\x00\xff\xff\xff", 6);           // black, white
    gif.append("\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00", 19); // loop forever
    const QByteArray frames[] = {QByteArray("\x03\x04\x18\x05\x00", 5),  // 0,0,0,0
                                 QByteArray("\x03\x4c\x1c\x05\x00", 5)}; // 1,1,1,1
    for (const QByteArray &data : frames) {
        gif.append("\x21\xf9\x04\x00\x0a\x00\x00\x00", 8);             // 0.1 s per frame
        gif.append("\x2c\x00\x00\x00\x00\x02\x00\x02\x00\x00", 10);   // whole screen
        gif.append('\x02');                                           // LZW minimum code size
        gif.append(data);
    }
    gif.append('\x3b');
    return gif;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QImage documentLike(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(70, 90, 60));
    QPainter painter(&image);
    painter.fillRect(width / 8, height / 10, width * 3 / 4, height * 8 / 10, QColor(250, 248, 240));
    painter.setPen(QPen(QColor(30, 40, 150), std::max(2, width / 300)));
    for (int y = height / 5; y < height * 8 / 10; y += height / 25)
        painter.drawLine(width / 5, y, width * 4 / 5, y);
    return image;
}

} // namespace

class HostileInputsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;

    ChildResult importInChild(const QString &path)
    {
        QTemporaryDir data;
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QUJAT_HOSTILE_CHILD"), path);
        environment.insert(QStringLiteral("QUJAT_HOSTILE_DATA"), data.path());
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        ChildResult result;
        if (!child.waitForFinished(300000) || child.exitStatus() != QProcess::NormalExit) {
            result.outcome = QStringLiteral("crashed or hung");
            result.detail = QString::fromLocal8Bit(child.readAllStandardError().right(2000));
            return result;
        }
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() != 2)
                continue;
            if (parts.first() == QLatin1String("peak"))
                result.peakKb = parts.last().toLongLong();
            else
                result.outcome = parts.first(), result.detail = parts.last();
        }
        qInfo("%s: %s (%s), peak memory %lld MB", qPrintable(QFileInfo(path).fileName()),
              qPrintable(result.outcome), qPrintable(result.detail), result.peakKb / 1024);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::setUpTestEnvironment();
        QVERIFY(m_temp.isValid());
#ifndef Q_OS_LINUX
        QSKIP("Peak memory is read from /proc/self/status, which only Linux has.");
#endif
    }

    void hostileFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");     // "imported" or "rejected"
        QTest::addColumn<QString>("mentions");     // in the message, when rejected
        QTest::addColumn<QSize>("pageAtLeast");    // the stored page, when imported

        const auto file = [this](const QString &name, const QByteArray &bytes) {
            const QString path = m_temp.filePath(name);
            if (!writeFile(path, bytes))
                qFatal("cannot write %s", qPrintable(path));
            return path;
        };

        // 50,000 x 50,000 (2.5 gigapixels) with the first 100 rows present:
        // rejected from its header before any pixel is allocated.
        QTest::newRow("PNG bomb 50000x50000") << file(QStringLiteral("bomb50k.png"), zeroPng(50000, 50000, 8, 100))
                                              << "rejected" << "too large" << QSize();
        // 15,000 x 15,000 at 1 bit per pixel: 28 MB of pixels from a few
        // kilobytes. Only JPEG decodes scaled down, so other formats over
        // 32 megapixels are refused with a message, before decoding.
        QTest::newRow("PNG bomb 15000x15000 1-bit")
            << file(QStringLiteral("bomb15k.png"), zeroPng(15000, 15000, 1, 15000)) << "rejected"
            << "too large" << QSize();
        // A 600 dpi black-and-white A4 scan stays under that limit and imports.
        QTest::newRow("PNG 1-bit 4960x6400") << file(QStringLiteral("scan1bit.png"), zeroPng(4960, 6400, 1, 6400))
                                             << "imported" << QString() << QSize(500, 500);

        const QImage photo = documentLike(3000, 4000);
        QByteArray jpeg;
        {
            QBuffer buffer(&jpeg);
            buffer.open(QIODevice::WriteOnly);
            photo.save(&buffer, "JPEG", 90);
        }
        QTest::newRow("JPEG cut at 60%") << file(QStringLiteral("cut60.jpg"), jpeg.left(jpeg.size() * 6 / 10))
                                         << "rejected" << "damaged" << QSize();
        QTest::newRow("JPEG header only") << file(QStringLiteral("header.jpg"), jpeg.left(600))
                                          << "rejected" << "damaged" << QSize();

        QByteArray png16;
        {
            QImage deep = documentLike(2400, 1800).convertToFormat(QImage::Format_RGBA64);
            QBuffer buffer(&png16);
            buffer.open(QIODevice::WriteOnly);
            deep.save(&buffer, "PNG");
        }
        QTest::newRow("PNG 16 bits per channel") << file(QStringLiteral("deep.png"), png16) << "imported"
                                                 << QString() << QSize(800, 600);
        QTest::newRow("animated GIF, two frames") << file(QStringLiteral("two.gif"), twoFrameGif())
                                                  << "imported" << QString() << QSize(2, 2);
        QTest::newRow("zero-byte JPEG") << file(QStringLiteral("empty.jpg"), {}) << "rejected" << "empty"
                                        << QSize();
        QTest::newRow("zero-byte PNG") << file(QStringLiteral("empty.png"), {}) << "rejected" << "empty"
                                       << QSize();

        if (!test::sharedDir().isEmpty()) {
            const QString images = test::sharedPath(QStringLiteral("corpus/images/"));
            QTest::newRow("CMYK JPEG (corpus)") << images + QStringLiteral("colour/pillow_sample_cmyk.jpg")
                                                << "imported" << QString() << QSize(100, 100);
            QTest::newRow("GIF of 40000 frames (corpus)") << images + QStringLiteral("bombs/fuzzdb_uber.gif")
                                                          << "imported" << QString() << QSize(1, 1);
            QTest::newRow("JPEG claiming 64250x64250 (corpus)")
                << images + QStringLiteral("bombs/fuzzdb_lottapixel.jpg") << "rejected" << "too large" << QSize();
            QTest::newRow("108 MP photo (corpus)")
                << test::sharedPath(QStringLiteral("corpus/cases/B04_qt6_allocation_limit/photo_108mp_9000x12000.jpg"))
                << "imported" << QString() << QSize(1000, 1000);
        } else {
            qInfo("The shared corpus is absent: the CMYK JPEG, the 40000-frame GIF and the corpus bombs are skipped.");
        }
    }

    void hostileFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QFETCH(QString, mentions);
        QFETCH(QSize, pageAtLeast);

        const ChildResult result = importInChild(path);
        QVERIFY2(result.outcome == expected, qPrintable(result.outcome + QLatin1String(": ") + result.detail));
        if (expected == QLatin1String("rejected")) {
            QVERIFY2(result.detail.contains(mentions, Qt::CaseInsensitive), qPrintable(result.detail));
        } else {
            const QStringList size = result.detail.split(QLatin1Char('x'));
            QCOMPARE(size.size(), 2);
            QVERIFY2(size.first().toInt() >= pageAtLeast.width() && size.last().toInt() >= pageAtLeast.height(),
                     qPrintable(result.detail));
        }
        QVERIFY2(result.peakKb > 0, "the child did not report its peak memory");
        QVERIFY2(result.peakKb < PeakMemoryBoundKb,
                 qPrintable(QStringLiteral("peak memory %1 MB").arg(result.peakKb / 1024)));
    }

    // The generated GIF really is animated, so the case above tests what it
    // claims: Qt sees two frames and the import keeps the first.
    void generatedGifHasTwoFrames()
    {
        QByteArray gif = twoFrameGif();
        QBuffer buffer(&gif);
        QImageReader reader(&buffer, "gif");
        QCOMPARE(reader.imageCount(), 2);
        const QImage first = reader.read();
        QVERIFY2(!first.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(qGray(first.pixel(0, 0)), 0);
        const QImage second = reader.read();
        QVERIFY2(!second.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(qGray(second.pixel(1, 1)), 255);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("QUJAT_HOSTILE_CHILD"))
        return runChild(argc, argv);
    QGuiApplication app(argc, argv);
    HostileInputsTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostileinputs.moc"
