// A full disk while qujat-cli saves: the add fails with a message to free
// space, and the portfolio keeps every earlier item whole, with no
// half-written file left after the next start.
//
// Two ways to run out of space, both real write failures of the real
// program: a small tmpfs made for the test (needs the right to mount, e.g.
// root in a container; skipped otherwise), and a file-size limit
// (RLIMIT_FSIZE) on the child process, which works for any user.

#include "storeconsistency.h"
#include "testsupport.h"

#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

using namespace qujat;

namespace {

struct AddRun
{
    int exitCode = -1;
    bool crashed = false;
    QString err;
};

} // namespace

class FullDiskTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_small;
    QString m_large;

    // Runs qujat-cli add; `fileSizeLimit` > 0 caps every file the child
    // writes at that many bytes.
    AddRun add(const QString &dataDir, const QString &photo, qint64 fileSizeLimit = 0)
    {
        QProcess process;
        if (fileSizeLimit > 0)
            test::limitChildFileSize(process, fileSizeLimit);
        process.start(QStringLiteral(QUJAT_CLI_PATH),
                      {QStringLiteral("add"), photo, QStringLiteral("--section"),
                       QStringLiteral("documents.achievements"), QStringLiteral("--data-dir"), dataDir});
        AddRun run;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
            run.crashed = true;
            return run;
        }
        run.exitCode = process.exitCode();
        run.err = QString::fromLocal8Bit(process.readAllStandardError());
        return run;
    }

    void verifyWhole(const QString &dataDir, int expectedItems)
    {
        const test::StoreCheck check = test::checkStore(dataDir);
        QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        QCOMPARE(check.items, expectedItems);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::setUpTestEnvironment();
        QVERIFY(m_work.isValid());
        m_small = m_work.filePath(QStringLiteral("small.jpg"));
        QVERIFY(test::noisyImage(600, 800, 1).save(m_small, "JPEG", 80));
        // Noise does not compress: about 3 MB as JPEG.
        m_large = m_work.filePath(QStringLiteral("large.jpg"));
        QVERIFY(test::noisyImage(1500, 2000, 2).save(m_large, "JPEG", 92));
    }

    void fileSizeLimit_data()
    {
        QTest::addColumn<qint64>("limit");
        // Below the photo's size (the kept original cannot be written), and
        // below the stored page and thumbnail sizes.
        QTest::newRow("64 KB") << qint64(64 * 1024);
        QTest::newRow("512 KB") << qint64(512 * 1024);
        QTest::newRow("2 MB") << qint64(2 * 1024 * 1024);
    }

    void fileSizeLimit()
    {
#ifndef Q_OS_UNIX
        QSKIP("RLIMIT_FSIZE is a Unix limit.");
#else
        QFETCH(qint64, limit);
        QTemporaryDir data;
        const AddRun first = add(data.path(), m_small);
        QCOMPARE(first.exitCode, 0);

        const AddRun failed = add(data.path(), m_large, limit);
        QVERIFY(!failed.crashed);
        QVERIFY2(failed.exitCode != 0, "the add must fail when its files cannot be written");
        QVERIFY2(failed.err.contains(QStringLiteral("disk is not full")), qPrintable(failed.err));
        verifyWhole(data.path(), 1);

        // With room again, the same photo is added.
        const AddRun retried = add(data.path(), m_large);
        QCOMPARE(retried.exitCode, 0);
        verifyWhole(data.path(), 2);
#endif
    }

    // A real full file system: a tmpfs of 8 MB, filled up to leave a given
    // amount free before the add.
    void tmpfsFull_data()
    {
        QTest::addColumn<qint64>("leaveFree");
        QTest::newRow("nothing free") << qint64(0);
        QTest::newRow("16 KB free") << qint64(16 * 1024);
        QTest::newRow("256 KB free") << qint64(256 * 1024);
        QTest::newRow("1 MB free") << qint64(1024 * 1024);
        QTest::newRow("3 MB free") << qint64(3 * 1024 * 1024);
    }

    void tmpfsFull()
    {
#ifndef Q_OS_LINUX
        QSKIP("The small file system is a Linux tmpfs.");
#else
        QFETCH(qint64, leaveFree);
        QTemporaryDir mountPoint;
        if (::mount("qujat-test", QFile::encodeName(mountPoint.path()).constData(), "tmpfs", 0,
                    "size=8m")
            != 0) {
            QSKIP("Mounting a tmpfs is not allowed here (needs root or CAP_SYS_ADMIN); "
                  "fileSizeLimit covers failed writes instead.");
        }
        const QByteArray mounted = QFile::encodeName(mountPoint.path());
        auto unmount = qScopeGuard([mounted] { ::umount2(mounted.constData(), MNT_DETACH); });

        const QString data = mountPoint.path() + QStringLiteral("/portfolio");
        const AddRun first = add(data, m_small);
        QCOMPARE(first.exitCode, 0);

        // Fill the rest, then give back `leaveFree` bytes.
        const QString filler = mountPoint.path() + QStringLiteral("/filler");
        {
            QFile file(filler);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, 'f');
            while (file.write(block) == block.size() && file.flush()) {
            }
        }
        struct statvfs fs{};
        QVERIFY(::statvfs(mounted.constData(), &fs) == 0);
        const qint64 freeNow = qint64(fs.f_bavail) * qint64(fs.f_frsize);
        QVERIFY(QFile::resize(filler, std::max<qint64>(0, QFileInfo(filler).size() - leaveFree + freeNow)));

        const AddRun failed = add(data, m_large);
        QVERIFY(!failed.crashed);
        if (failed.exitCode == 0) {
            // Enough room after all: then the portfolio holds both items.
            QFile::remove(filler);
            verifyWhole(data, 2);
            return;
        }
        QVERIFY2(failed.err.contains(QStringLiteral("disk is not full")), qPrintable(failed.err));
        // The next start runs with room again, as after the teacher frees space.
        QFile::remove(filler);
        verifyWhole(data, 1);
        const AddRun retried = add(data, m_large);
        QCOMPARE(retried.exitCode, 0);
        verifyWhole(data, 2);
#endif
    }
};

QTEST_GUILESS_MAIN(FullDiskTest)
#include "tst_fulldisk.moc"
