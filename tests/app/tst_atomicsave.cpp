#include "store/store.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

namespace {

// After any interruption the store must hold whole items only, every row
// must point at existing files, and opening removes every orphaned file.
void verifyConsistent(const QString &dataDir, int *itemsOut)
{
    Store store(dataDir);
    Error error;
    QVERIFY2(store.open(&error), qPrintable(error.detail));

    QSqlQuery query(store.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));

    QSet<QString> referenced;
    for (const Item &item : store.items()) {
        QVERIFY2(!item.pages.isEmpty(), "an item was saved without its pages");
        for (const Page &page : item.pages) {
            QVERIFY2(QFileInfo::exists(store.pagePath(page)), qPrintable(store.pagePath(page)));
            QVERIFY(QFileInfo::exists(store.thumbnailPath(page)));
            QVERIFY(QFileInfo::exists(store.originalPath(page)));
            referenced << store.pagePath(page) << store.thumbnailPath(page) << store.originalPath(page);
        }
    }
    // The profile's portrait (the sample portfolio has one) is a stored file too.
    if (!store.profile().photoSha.isEmpty())
        referenced << store.files().pathFor(store.profile().photoSha, QStringLiteral("jpg"));
    QDirIterator it(store.files().root(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2(referenced.contains(path), qPrintable(QLatin1String("orphaned file: ") + path));
    }
    *itemsOut = store.itemCount();
}

} // namespace

class AtomicSaveTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_photo;
    qint64 m_addMilliseconds = 0;

    QProcess *startAdd(const QString &dataDir, const QByteArray &crashPoint)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!crashPoint.isEmpty())
            environment.insert(QStringLiteral("QUJAT_CRASH_POINT"), QString::fromLatin1(crashPoint));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(QUJAT_CLI_PATH),
                       {QStringLiteral("add"), m_photo, QStringLiteral("--section"),
                        QStringLiteral("documents.achievements"), QStringLiteral("--date"),
                        QStringLiteral("2025-05-20"), QStringLiteral("--data-dir"), dataDir});
        return process;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::setUpTestEnvironment();
        // A large, detailed photo so that a save takes long enough to be cut.
        QImage photo(3000, 4000, QImage::Format_RGB32);
        QRandomGenerator random(7);
        for (int y = 0; y < photo.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
            for (int x = 0; x < photo.width(); ++x)
                line[x] = random.generate() | 0xff000000;
        }
        m_photo = m_work.filePath(QStringLiteral("noisy.jpg"));
        QVERIFY(photo.save(m_photo, "JPEG", 95));

        // Time one whole add, so that random kills land anywhere in it.
        QTemporaryDir data;
        QElapsedTimer timer;
        timer.start();
        QProcess *process = startAdd(data.path(), {});
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitCode(), 0);
        m_addMilliseconds = timer.elapsed();
    }

    void killedAtEachStep_data()
    {
        QTest::addColumn<QByteArray>("crashPoint");
        QTest::addColumn<int>("expectedItems");
        QTest::newRow("after files, before the transaction") << QByteArray("add:after-files") << 0;
        QTest::newRow("inside the transaction") << QByteArray("add:in-transaction") << 0;
        QTest::newRow("after the commit") << QByteArray("add:after-commit") << 1;
    }

    void killedAtEachStep()
    {
        QFETCH(QByteArray, crashPoint);
        QFETCH(int, expectedItems);
        QTemporaryDir data;
        QProcess *process = startAdd(data.path(), crashPoint);
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
        int items = -1;
        verifyConsistent(data.path(), &items);
        QCOMPARE(items, expectedItems);
    }

    // Several photos in one add are one transaction: a kill while the first
    // item's rows are written leaves none of the items.
    void batchAddKilledStoresNone()
    {
        QTemporaryDir data;
        const QString second = m_work.filePath(QStringLiteral("second.jpg"));
        QFile::remove(second);
        QVERIFY(QFile::copy(m_photo, second));
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QUJAT_CRASH_POINT"), QStringLiteral("add:in-transaction"));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(QUJAT_CLI_PATH),
                       {QStringLiteral("add"), m_photo, second, QStringLiteral("--section"),
                        QStringLiteral("documents.achievements"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
        int items = -1;
        verifyConsistent(data.path(), &items);
        QCOMPARE(items, 0);
    }

    void killedAtRandomMoments()
    {
        QTemporaryDir data;
        QRandomGenerator random(2026);
        int kills = 0;
        int completed = 0;
        for (int round = 0; round < 10; ++round) {
            QProcess *process = startAdd(data.path(), {});
            QVERIFY(process->waitForStarted());
            QTest::qWait(int(random.bounded(qint64(10), m_addMilliseconds * 6 / 5)));
            if (process->state() == QProcess::Running) {
                process->kill();
                ++kills;
            } else {
                ++completed;
            }
            process->waitForFinished();
            int items = -1;
            verifyConsistent(data.path(), &items);
            QVERIFY(items >= completed);
        }
        qInfo("Random kills during a %lld ms add: %d killed, %d completed, store consistent after each",
              m_addMilliseconds, kills, completed);
    }

    // qujat-cli demo renders and saves generated items: killed anywhere in
    // it, the store keeps whole items only. (tests/soak/killsoak.sh does the
    // same hundreds of times; this keeps a few kills in every test run.)
    void demoKilledAtRandomMoments()
    {
        const QStringList arguments = {QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("3")};
        qint64 demoMilliseconds = 0;
        {
            QTemporaryDir data;
            QElapsedTimer timer;
            timer.start();
            QProcess process;
            process.start(QStringLiteral(QUJAT_CLI_PATH),
                          arguments + QStringList{QStringLiteral("--data-dir"), data.path()});
            QVERIFY(process.waitForFinished(120000));
            QCOMPARE(process.exitCode(), 0);
            demoMilliseconds = timer.elapsed();
        }
        QTemporaryDir data;
        QRandomGenerator random(4);
        int kills = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess process;
            process.start(QStringLiteral(QUJAT_CLI_PATH),
                          arguments + QStringList{QStringLiteral("--data-dir"), data.path()});
            QVERIFY(process.waitForStarted());
            QTest::qWait(int(random.bounded(qint64(10), demoMilliseconds)));
            if (process.state() == QProcess::Running) {
                process.kill();
                ++kills;
            }
            process.waitForFinished();
            int items = -1;
            verifyConsistent(data.path(), &items);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("Random kills during a %lld ms demo: %d killed, store consistent after each",
              demoMilliseconds, kills);
    }
};

QTEST_GUILESS_MAIN(AtomicSaveTest)
#include "tst_atomicsave.moc"
