// A full disk while qujat-cli exports a bundle and while it imports one into
// a school's data folder: a message with what to do, no partial bundle
// at or beside the target, the portfolio and the school's data unchanged,
// and the same command working once there is room.
//
// As in tst_fulldisk: a tmpfs of 8 MB made for the test when mounting is
// allowed (skipped otherwise), and a file-size limit (RLIMIT_FSIZE) on the
// child, which works for any user.

#include "bundle/bundlewriter.h"
#include "storeconsistency.h"
#include "store/store.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/mount.h>
#include <sys/statvfs.h>
#endif

using namespace qujat;

namespace {

// Export writes its PDF in Kazakh, so qujat-cli's export messages come in
// Kazakh: accept the English or the Kazakh wording of "check that the disk
// is not full".
bool saysDiskIsFull(const QString &message)
{
    return message.contains(QStringLiteral("disk is not full"))
        || message.contains(QStringLiteral("дискінің толып қалмағанын"));
}

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString err;
};

QByteArray noisyJpeg(int width, int height, quint32 seed)
{
    const QImage photo = test::noisyImage(width, height, seed);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    photo.save(&buffer, "JPEG", 90);
    return bytes;
}

Run runCli(const QStringList &arguments, qint64 fileSizeLimit = 0)
{
    QProcess process;
    if (fileSizeLimit > 0)
        test::limitChildFileSize(process, fileSizeLimit);
    process.start(QStringLiteral(QUJAT_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit) {
        run.crashed = true;
        return run;
    }
    run.exitCode = process.exitCode();
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QStringList allEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

#ifdef Q_OS_LINUX
// Fills the file system at `mountPoint` to leave `leaveFree` bytes.
bool fillLeaving(const QString &mountPoint, qint64 leaveFree)
{
    const QString filler = mountPoint + QStringLiteral("/filler");
    {
        QFile file(filler);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(64 * 1024, 'f');
        while (file.write(block) == block.size() && file.flush()) {
        }
    }
    struct statvfs fs{};
    if (::statvfs(QFile::encodeName(mountPoint).constData(), &fs) != 0)
        return false;
    const qint64 freeNow = qint64(fs.f_bavail) * qint64(fs.f_frsize);
    return QFile::resize(filler, std::max<qint64>(0, QFileInfo(filler).size() - leaveFree + freeNow));
}
#endif

} // namespace

class BundleFullDiskTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_teacher;  // a portfolio of 3 items, about 4 MB of pages
    QString m_bundle;   // its bundle
    QString m_school;   // a school holding another teacher, the starting point of each import

    void verifyPortfolioWhole()
    {
        const test::StoreCheck check = test::checkStore(m_teacher);
        QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        QCOMPARE(check.items, 3);
    }

    QString schoolCopy(const QString &to)
    {
        return QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), m_school, to}) == 0 ? to : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::setUpTestEnvironment();
        QVERIFY(m_work.isValid());
        m_teacher = m_work.filePath(QStringLiteral("teacher"));
        m_bundle = m_work.filePath(QStringLiteral("teacher.qujat"));
        m_school = m_work.filePath(QStringLiteral("school"));
        {
            Store store(m_teacher);
            Error error;
            QVERIFY(store.open(&error));
            for (int i = 0; i < 3; ++i) {
                PendingPage page;
                page.page.kind = PageKind::Image;
                page.page.width = 1000;
                page.page.height = 1300;
                page.page.mimeType = QStringLiteral("image/jpeg");
                page.file = {noisyJpeg(1000, 1300, quint32(i + 1)), {}, QStringLiteral("jpg")};
                page.thumbnail = {noisyJpeg(60, 80, quint32(i + 10)), {}, QStringLiteral("jpg")};
                Item item;
                item.sectionKey = QStringLiteral("documents.achievements");
                item.title = QStringLiteral("Алғыс хат %1").arg(i + 1);
                QVERIFY(store.addItem(&item, {page}, &error));
            }
        }
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--out"), m_bundle, QStringLiteral("--data-dir"), m_teacher}).exitCode, 0);
        QVERIFY(QFileInfo(m_bundle).size() > 3 * 1024 * 1024);

        // The school already holds another teacher, whose data must survive.
        const QString other = m_work.filePath(QStringLiteral("other"));
        QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--data-dir"), other}).exitCode, 0);
        const QString otherBundle = m_work.filePath(QStringLiteral("other.qujat"));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--out"), otherBundle, QStringLiteral("--data-dir"), other}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("import"), otherBundle, QStringLiteral("--data-dir"), m_school}).exitCode, 0);
        const test::SchoolCheck school = test::checkSchool(m_school);
        QVERIFY2(school.ok(), qPrintable(school.problems.join(QLatin1Char('\n'))));
        QCOMPARE(school.teachers, 1);
    }

    void exportFileSizeLimit_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::newRow("64 KB") << qint64(64 * 1024);
        QTest::newRow("1 MB") << qint64(1024 * 1024);
        QTest::newRow("3 MB") << qint64(3 * 1024 * 1024);
    }

    void exportFileSizeLimit()
    {
#ifndef Q_OS_UNIX
        QSKIP("RLIMIT_FSIZE is a Unix limit.");
#else
        QFETCH(qint64, limit);
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("bundle.qujat"));
        const Run failed = runCli({QStringLiteral("export"), QStringLiteral("--out"), target,
                                   QStringLiteral("--data-dir"), m_teacher}, limit);
        QVERIFY(!failed.crashed);
        qInfo().noquote() << "message:" << failed.err.trimmed();
        QVERIFY2(failed.exitCode != 0, "the export must fail when the bundle cannot be written");
        QVERIFY2(saysDiskIsFull(failed.err), qPrintable(failed.err));
        QVERIFY2(allEntries(out.path()).isEmpty(), qPrintable(allEntries(out.path()).join(QLatin1Char(' '))));
        verifyPortfolioWhole();

        const Run retried = runCli({QStringLiteral("export"), QStringLiteral("--out"), target,
                                    QStringLiteral("--data-dir"), m_teacher});
        QCOMPARE(retried.exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("verify"), target}).exitCode, 0);
#endif
    }

    void exportTmpfsFull_data()
    {
        QTest::addColumn<qint64>("leaveFree");
        QTest::newRow("nothing free") << qint64(0);
        QTest::newRow("256 KB free") << qint64(256 * 1024);
        QTest::newRow("2 MB free") << qint64(2 * 1024 * 1024);
    }

    void exportTmpfsFull()
    {
#ifndef Q_OS_LINUX
        QSKIP("The small file system is a Linux tmpfs.");
#else
        QFETCH(qint64, leaveFree);
        QTemporaryDir mountPoint;
        if (::mount("qujat-test", QFile::encodeName(mountPoint.path()).constData(), "tmpfs", 0, "size=8m") != 0)
            QSKIP("Mounting a tmpfs is not allowed here (needs root or CAP_SYS_ADMIN); "
                  "exportFileSizeLimit covers failed writes instead.");
        const QByteArray mounted = QFile::encodeName(mountPoint.path());
        auto unmount = qScopeGuard([mounted] { ::umount2(mounted.constData(), MNT_DETACH); });
        const QString out = mountPoint.path() + QStringLiteral("/out");
        QVERIFY(QDir().mkpath(out));
        QVERIFY(fillLeaving(mountPoint.path(), leaveFree));

        const QString target = out + QStringLiteral("/bundle.qujat");
        const Run failed = runCli({QStringLiteral("export"), QStringLiteral("--out"), target,
                                   QStringLiteral("--data-dir"), m_teacher});
        QVERIFY(!failed.crashed);
        qInfo().noquote() << "message:" << failed.err.trimmed();
        QVERIFY2(failed.exitCode != 0, "a 4 MB bundle does not fit");
        QVERIFY2(saysDiskIsFull(failed.err), qPrintable(failed.err));
        QVERIFY2(allEntries(out).isEmpty(), qPrintable(allEntries(out).join(QLatin1Char(' '))));
        verifyPortfolioWhole();

        QFile::remove(mountPoint.path() + QStringLiteral("/filler"));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--out"), target,
                         QStringLiteral("--data-dir"), m_teacher}).exitCode, 0);
        QCOMPARE(allEntries(out), QStringList{QStringLiteral("bundle.qujat")});
#endif
    }

    void importFileSizeLimit_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::newRow("64 KB") << qint64(64 * 1024);
        QTest::newRow("1 MB") << qint64(1024 * 1024);
    }

    void importFileSizeLimit()
    {
#ifndef Q_OS_UNIX
        QSKIP("RLIMIT_FSIZE is a Unix limit.");
#else
        QFETCH(qint64, limit);
        QTemporaryDir dir;
        const QString school = schoolCopy(dir.filePath(QStringLiteral("school")));
        QVERIFY(!school.isEmpty());
        const test::SchoolCheck before = test::checkSchool(school);
        QVERIFY(before.ok());

        const Run failed = runCli({QStringLiteral("import"), m_bundle, QStringLiteral("--data-dir"), school}, limit);
        QVERIFY(!failed.crashed);
        qInfo().noquote() << "message:" << failed.err.trimmed();
        QVERIFY2(failed.exitCode != 0, "the import must fail when the pages cannot be written");
        QVERIFY2(failed.err.contains(QStringLiteral("Nothing was imported")), qPrintable(failed.err));
        const test::SchoolCheck after = test::checkSchool(school);
        QVERIFY2(after.ok(), qPrintable(after.problems.join(QLatin1Char('\n'))));
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.teachers, 1);

        QCOMPARE(runCli({QStringLiteral("import"), m_bundle, QStringLiteral("--data-dir"), school}).exitCode, 0);
        const test::SchoolCheck imported = test::checkSchool(school);
        QVERIFY2(imported.ok(), qPrintable(imported.problems.join(QLatin1Char('\n'))));
        QCOMPARE(imported.teachers, 2);
        QCOMPARE(imported.items, before.items + 3);
#endif
    }

    void importTmpfsFull_data()
    {
        QTest::addColumn<qint64>("leaveFree");
        QTest::newRow("nothing free") << qint64(0);
        QTest::newRow("256 KB free") << qint64(256 * 1024);
        QTest::newRow("2 MB free") << qint64(2 * 1024 * 1024);
    }

    void importTmpfsFull()
    {
#ifndef Q_OS_LINUX
        QSKIP("The small file system is a Linux tmpfs.");
#else
        QFETCH(qint64, leaveFree);
        QTemporaryDir mountPoint;
        if (::mount("qujat-test", QFile::encodeName(mountPoint.path()).constData(), "tmpfs", 0, "size=8m") != 0)
            QSKIP("Mounting a tmpfs is not allowed here (needs root or CAP_SYS_ADMIN); "
                  "importFileSizeLimit covers failed writes instead.");
        const QByteArray mounted = QFile::encodeName(mountPoint.path());
        auto unmount = qScopeGuard([mounted] { ::umount2(mounted.constData(), MNT_DETACH); });
        const QString school = schoolCopy(mountPoint.path() + QStringLiteral("/school"));
        QVERIFY(!school.isEmpty());
        const test::SchoolCheck before = test::checkSchool(school);
        QVERIFY(before.ok());
        QVERIFY(fillLeaving(mountPoint.path(), leaveFree));

        const Run failed = runCli({QStringLiteral("import"), m_bundle, QStringLiteral("--data-dir"), school});
        QVERIFY(!failed.crashed);
        qInfo().noquote() << "message:" << failed.err.trimmed();
        QVERIFY2(failed.exitCode != 0, "a 4 MB bundle does not fit");
        // With nothing free not even the folder's lock file can be written,
        // and the message names the full disk (it used to blame another
        // open window).
        QVERIFY2(failed.err.contains(QStringLiteral("Nothing was imported"))
                     || failed.err.contains(QStringLiteral("disk is not full")),
                 qPrintable(failed.err));
        QFile::remove(mountPoint.path() + QStringLiteral("/filler"));
        const test::SchoolCheck after = test::checkSchool(school);
        QVERIFY2(after.ok(), qPrintable(after.problems.join(QLatin1Char('\n'))));
        QCOMPARE(after.state, before.state);
#endif
    }
};

QTEST_GUILESS_MAIN(BundleFullDiskTest)

#include "tst_bundlefulldisk.moc"
