#include "testsupport.h"

#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// Runs qujat-iconrender on icons/qujat.svg and reads each output back with
// Qt's image readers (ICO from Qt Gui, ICNS from Qt Image Formats).
class IconRenderTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;

    static qujat::test::ProcessRun render(const QString &output, const QString &size = {})
    {
        QStringList arguments = {QStringLiteral(QUJAT_ICON_SVG), output};
        if (!size.isEmpty())
            arguments.append(size);
        return qujat::test::runProcess(QStringLiteral(QUJAT_ICONRENDER_PATH), arguments);
    }

    static QList<QSize> imageSizes(const QString &path)
    {
        QImageReader reader(path);
        QList<QSize> sizes;
        for (int i = 0; i < reader.imageCount(); ++i) {
            if (!reader.jumpToImage(i))
                break;
            sizes.append(reader.read().size());
        }
        return sizes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qujat::test::setUpTestEnvironment();
        QVERIFY(m_work.isValid());
    }

    void pngHasRequestedSize()
    {
        const QString path = m_work.filePath(QStringLiteral("icon.png"));
        const auto run = render(path, QStringLiteral("48"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(path);
        QCOMPARE(image.size(), QSize(48, 48));
        // The SVG's rounded square leaves the corner transparent and fills the middle.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(24, 40)), 255);
    }

    void icoHoldsWindowsSizes()
    {
        const QString path = m_work.filePath(QStringLiteral("qujat.ico"));
        const auto run = render(path);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QSize> sizes = imageSizes(path);
        QCOMPARE(sizes.size(), 7);
        QVERIFY(sizes.contains(QSize(16, 16)));
        QVERIFY(sizes.contains(QSize(256, 256)));
    }

    void icnsIsReadable()
    {
        if (!QImageReader::supportedImageFormats().contains("icns"))
            QSKIP("Qt's ICNS reader (Debian: qt6-image-formats-plugins) is not installed.");
        const QString path = m_work.filePath(QStringLiteral("qujat.icns"));
        const auto run = render(path);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QSize> sizes = imageSizes(path);
        QVERIFY2(sizes.contains(QSize(1024, 1024)), qPrintable(QString::number(sizes.size())));
        QVERIFY(sizes.contains(QSize(16, 16)));
    }

    void invalidSizeIsRejected()
    {
        const auto run = render(m_work.filePath(QStringLiteral("bad.png")), QStringLiteral("0"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("Invalid PNG size"));
    }

    void missingSvgIsReported()
    {
        const auto run = qujat::test::runProcess(QStringLiteral(QUJAT_ICONRENDER_PATH),
            {m_work.filePath(QStringLiteral("missing.svg")), m_work.filePath(QStringLiteral("x.png")),
             QStringLiteral("16")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("Cannot read the SVG file"));
    }
};

QTEST_GUILESS_MAIN(IconRenderTest)
#include "tst_iconrender.moc"
