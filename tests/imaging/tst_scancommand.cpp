#include "syntheticscene.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Run = qujat::test::ProcessRun;

Run runCli(const QStringList &arguments)
{
    return qujat::test::runProcess(QStringLiteral(QUJAT_CLI_PATH), arguments);
}

} // namespace

// qujat-cli scan and the page options of qujat-cli add.
class ScanCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scanPrintsJson();
    void scanStoresNothing();
    void addWithPageOptions();
    void invalidOptionsExitTwo_data();
    void invalidOptionsExitTwo();

private:
    QTemporaryDir m_work;
    QString m_photo;
    qujat::test::SceneSpec m_scene;
};

void ScanCommandTest::initTestCase()
{
    qujat::test::setUpTestEnvironment();
    m_scene = qujat::test::standardScenes().constFirst();
    m_photo = m_work.filePath(QStringLiteral("certificate on desk.jpg"));
    QVERIFY(qujat::test::renderScene(m_scene).save(m_photo, "JPEG", 90));
}

void ScanCommandTest::scanPrintsJson()
{
    const Run run = runCli({QStringLiteral("scan"), m_photo, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray scans = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(scans.size(), 1);
    const QJsonObject scan = scans.first().toObject();

    QCOMPARE(scan.value(QStringLiteral("path")).toString(), m_photo);
    const QJsonObject upright = scan.value(QStringLiteral("uprightSize")).toObject();
    QCOMPARE(upright.value(QStringLiteral("width")).toInt(), m_scene.photoSize.width());
    QCOMPARE(upright.value(QStringLiteral("height")).toInt(), m_scene.photoSize.height());
    QVERIFY(scan.value(QStringLiteral("pageFound")).toBool());
    QCOMPARE(scan.value(QStringLiteral("preset")).toString(), QStringLiteral("auto-colour"));

    const QJsonArray corners = scan.value(QStringLiteral("corners")).toArray();
    QCOMPARE(corners.size(), 4);
    qujat::Quad found;
    for (int i = 0; i < 4; ++i) {
        const QJsonArray point = corners.at(i).toArray();
        found[size_t(i)] = QPointF(point.at(0).toDouble(), point.at(1).toDouble());
    }
    QVERIFY(qujat::test::cornerErrorPercent(found, m_scene.corners) < 0.5);

    const QJsonObject output = scan.value(QStringLiteral("outputSize")).toObject();
    QVERIFY(output.value(QStringLiteral("height")).toInt() > output.value(QStringLiteral("width")).toInt());
    bool qrFound = false;
    for (const QJsonValue &code : scan.value(QStringLiteral("codes")).toArray())
        qrFound = qrFound || code.toObject().value(QStringLiteral("text")).toString() == qujat::test::scenePageQrText();
    QVERIFY(qrFound);
}

void ScanCommandTest::scanStoresNothing()
{
    QTemporaryDir data;
    const Run run = runCli({QStringLiteral("scan"), m_photo, QStringLiteral("--data-dir"), data.path()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("page"));
    QVERIFY(QDir(data.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void ScanCommandTest::addWithPageOptions()
{
    QTemporaryDir data;
    const Run run = runCli({QStringLiteral("add"), m_photo, QStringLiteral("--section"),
                            QStringLiteral("documents.achievements"), QStringLiteral("--no-crop"),
                            QStringLiteral("--preset"), QStringLiteral("greyscale"), QStringLiteral("--size"),
                            QStringLiteral("small"), QStringLiteral("--data-dir"), data.path(),
                            QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject item = QJsonDocument::fromJson(run.out).array().first().toObject();
    const QJsonObject page = item.value(QStringLiteral("pages")).toArray().first().toObject();
    // The whole 1200 x 1600 photo, brought down to about one megapixel.
    const int width = page.value(QStringLiteral("width")).toInt();
    const int height = page.value(QStringLiteral("height")).toInt();
    QVERIFY2(qint64(width) * height <= 1'000'000 && qint64(width) * height > 950'000,
             qPrintable(QStringLiteral("%1 x %2").arg(width).arg(height)));
    QVERIFY(qAbs(double(height) / width - 4.0 / 3) < 0.01);
    QImage stored(page.value(QStringLiteral("path")).toString());
    QVERIFY(stored.isGrayscale());
}

void ScanCommandTest::invalidOptionsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("unknown preset") << QStringList{QStringLiteral("--preset"), QStringLiteral("sepia")}
                                    << QByteArray("sepia");
    QTest::newRow("unknown size") << QStringList{QStringLiteral("--size"), QStringLiteral("huge")}
                                  << QByteArray("huge");
}

void ScanCommandTest::invalidOptionsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, named);
    const Run run = runCli(QStringList{QStringLiteral("scan"), m_photo} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(named), run.err.constData());
}

QTEST_MAIN(ScanCommandTest)
#include "tst_scancommand.moc"
