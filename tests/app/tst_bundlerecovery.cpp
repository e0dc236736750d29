// The second way back after a damaged database: the last bundle the teacher
// exported from this installation. AppController offers it beside the
// daily backup (the newer first) and restores the portfolio's items, pages,
// tombstones and identity from it, all or nothing. Also: an export killed
// before its rename leaves a file beside the target that the next start
// removes.

#include "appcontroller.h"
#include "bundle/bundlewriter.h"
#include "bundle/exportjournal.h"
#include "platformservices.h"
#include "school/schoolstore.h"
#include "storeconsistency.h"
#include "store/backup.h"
#include "testsupport.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

namespace {

QUuid addItem(Store *store, const QString &title, const QList<QColor> &colours)
{
    QList<PendingPage> pages;
    for (const QColor &colour : colours)
        pages.append(test::solidImagePage(colour, false));
    Item item;
    item.sectionKey = QStringLiteral("documents.achievements");
    item.title = title;
    item.date = QDate(2025, 3, 14);
    Error error;
    return store->addItem(&item, pages, &error) ? item.uuid : QUuid();
}

// Everything the restore must bring back, as comparable text.
QStringList describe(Store *store)
{
    QStringList lines;
    for (const Item &item : store->items()) {
        QString line = QStringLiteral("%1 r%2 %3 %4 %5").arg(item.uuid.toString()).arg(item.revision)
                           .arg(item.title, item.sectionKey, item.date.toString(Qt::ISODate));
        for (const Page &page : item.pages)
            line += QLatin1Char(' ') + page.fileSha + QLatin1Char('/') + page.thumbnailSha;
        lines << line;
    }
    for (const Tombstone &tombstone : store->tombstones())
        lines << QStringLiteral("tombstone %1 r%2").arg(tombstone.uuid.toString()).arg(tombstone.revision);
    lines.sort();
    return lines;
}

bool exportBundle(Store *store, const QString &path)
{
    bundle::ExportOptions options;
    options.appVersion = QStringLiteral("Qujat test");
    bundle::ExportResult result;
    Error error;
    if (!bundle::BundleWriter::write(*store, path, options, &result, &error)) {
        qWarning() << error.message << error.detail;
        return false;
    }
    return true;
}

void damageDatabase(const QString &own)
{
    QFile database(own + QStringLiteral("/portfolio.sqlite"));
    QVERIFY(database.open(QIODevice::ReadWrite));
    QCOMPARE(database.write(QByteArray(4096, '\x33')), qint64(4096));
}

} // namespace

class BundleRecoveryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void restoresFromTheLastBundle()
    {
        QTemporaryDir dir;
        const QString own = dir.filePath(QStringLiteral("portfolio"));
        const QString sample = dir.filePath(QStringLiteral("sample"));
        const QString bundlePath = dir.filePath(QStringLiteral("Менің портфолиом.qujat"));
        PlatformServices *platform = PlatformServices::instance();

        QStringList exported;
        QUuid portfolioUuid;
        {
            AppController controller(own, sample, platform);
            QVERIFY(controller.openOwnPortfolio());
            Store *store = controller.store();
            QVERIFY(!addItem(store, QStringLiteral("Алғыс хат"), {Qt::red}).isNull());
            QVERIFY(!addItem(store, QStringLiteral("Сертификат, екі бет"), {Qt::blue, Qt::yellow}).isNull());
            const QUuid removed = addItem(store, QStringLiteral("Removed"), {Qt::gray});
            QVERIFY(!removed.isNull());
            Error error;
            QVERIFY(store->removeItem(removed, &error));
            portfolioUuid = store->portfolioUuid();
            exported = describe(store);
            QCOMPARE(exported.size(), 3); // two items and a tombstone
            QVERIFY(exportBundle(store, bundlePath));
            QCOMPARE(bundle::ExportJournal::lastExport(own).path, bundlePath);
            // Saved after the export: the bundle cannot bring it back.
            QVERIFY(!addItem(store, QStringLiteral("After the export"), {Qt::green}).isNull());
        }
        damageDatabase(own);

        AppController controller(own, sample, platform);
        controller.setSessionLanguage(QStringLiteral("en"));
        QVERIFY(controller.openOwnPortfolio());
        QCOMPARE(controller.store()->itemCount(), 0);
        QVERIFY2(controller.errorMessage().contains(QStringLiteral("bundle you exported")),
                 qPrintable(controller.errorMessage()));
        QVERIFY(!controller.restorableBundle().isEmpty());
        QVERIFY(controller.restorableBackup().isEmpty());
        QVERIFY(controller.bundleOfferedFirst());

        QVERIFY(controller.restoreFromBundle());
        QVERIFY2(controller.errorMessage().isEmpty(), qPrintable(controller.errorMessage()));
        QVERIFY(controller.restorableBundle().isEmpty());
        QCOMPARE(describe(controller.store()), exported);
        QCOMPARE(controller.store()->portfolioUuid(), portfolioUuid);
        QVERIFY(QDir(own + QStringLiteral("/restore-staging")).isEmpty() || !QDir(own + QStringLiteral("/restore-staging")).exists());

        // The restored folder opens whole: integrity, every file there, no orphan.
        const QString ownDir = controller.store()->dataDir();
        controller.closeOwnStore();
        const test::StoreCheck check = test::checkStore(ownDir);
        QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        QCOMPARE(check.items, 2);
    }

    void newerOfBackupAndBundleFirst()
    {
        QTemporaryDir dir;
        const QString own = dir.filePath(QStringLiteral("portfolio"));
        const QString sample = dir.filePath(QStringLiteral("sample"));
        PlatformServices *platform = PlatformServices::instance();
        {
            AppController controller(own, sample, platform);
            QVERIFY(controller.openOwnPortfolio());
            QVERIFY(!addItem(controller.store(), QStringLiteral("Грамота"), {Qt::red}).isNull());
        }
        {
            // The day's backup, then an export: the bundle is newer.
            AppController controller(own, sample, platform);
            QVERIFY(controller.openOwnPortfolio());
            controller.waitForBackup();
            QCOMPARE(Backup::list(own).size(), 1);
            QVERIFY(!addItem(controller.store(), QStringLiteral("Диплом"), {Qt::blue}).isNull());
            QVERIFY(exportBundle(controller.store(), dir.filePath(QStringLiteral("out.qujat"))));
        }
        damageDatabase(own);
        AppController controller(own, sample, platform);
        controller.setSessionLanguage(QStringLiteral("en"));
        QVERIFY(controller.openOwnPortfolio());
        QVERIFY2(controller.errorMessage().contains(QStringLiteral("restore the backup"))
                     && controller.errorMessage().contains(QStringLiteral("bundle you exported")),
                 qPrintable(controller.errorMessage()));
        QVERIFY(!controller.restorableBackup().isEmpty());
        QVERIFY(!controller.restorableBundle().isEmpty());
        QVERIFY(controller.bundleOfferedFirst());
        // The bundle holds both items, the backup only the first.
        QVERIFY(controller.restoreFromBundle());
        QCOMPARE(controller.store()->itemCount(), 2);
    }

    void damagedBundleChangesNothing()
    {
        QTemporaryDir dir;
        const QString own = dir.filePath(QStringLiteral("portfolio"));
        const QString sample = dir.filePath(QStringLiteral("sample"));
        const QString bundlePath = dir.filePath(QStringLiteral("out.qujat"));
        PlatformServices *platform = PlatformServices::instance();
        {
            AppController controller(own, sample, platform);
            QVERIFY(controller.openOwnPortfolio());
            QVERIFY(!addItem(controller.store(), QStringLiteral("Алғыс хат"), {Qt::red, Qt::blue}).isNull());
            QVERIFY(exportBundle(controller.store(), bundlePath));
        }
        // Flip bytes inside the stored page data: a checksum fails.
        {
            QFile file(bundlePath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            const qsizetype middle = bytes.size() / 2;
            for (qsizetype i = middle; i < middle + 64; ++i)
                bytes[i] = char(bytes[i] ^ 0x5a);
            QVERIFY(file.seek(0));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        damageDatabase(own);
        AppController controller(own, sample, platform);
        controller.setSessionLanguage(QStringLiteral("en"));
        QVERIFY(controller.openOwnPortfolio());
        QVERIFY(!controller.restorableBundle().isEmpty());
        QVERIFY(!controller.restoreFromBundle());
        QVERIFY2(controller.errorMessage().contains(QStringLiteral("Nothing was changed")),
                 qPrintable(controller.errorMessage()));
        QCOMPARE(controller.store()->itemCount(), 0);
        const QString ownDir = controller.store()->dataDir();
        controller.closeOwnStore();
        const test::StoreCheck check = test::checkStore(ownDir);
        QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        QCOMPARE(check.items, 0);
    }

    // qujat-cli export killed after the zip is complete but before its
    // rename: the file beside the target goes at the next start, the
    // target never appears, and the next export works.
    void killedExportLeavesNothingAfterNextStart()
    {
        QTemporaryDir dir;
        const QString own = dir.filePath(QStringLiteral("portfolio"));
        const QString outDir = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(outDir));
        const QString target = outDir + QStringLiteral("/bundle.qujat");
        {
            AppController controller(own, dir.filePath(QStringLiteral("sample")), PlatformServices::instance());
            QVERIFY(controller.openOwnPortfolio());
            QVERIFY(!addItem(controller.store(), QStringLiteral("Алғыс хат"), {Qt::red}).isNull());
        }
        const auto runExport = [&](const QByteArray &crashPoint) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QUJAT_CRASH_POINT"), QString::fromLatin1(crashPoint));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(QUJAT_CLI_PATH),
                          {QStringLiteral("export"), QStringLiteral("--out"), target, QStringLiteral("--data-dir"), own});
            process.waitForFinished(120000);
            return process.exitStatus() == QProcess::CrashExit ? -9 : process.exitCode();
        };
        QCOMPARE(runExport("export:before-rename"), -9);
        QVERIFY(!QFileInfo::exists(target));
        const QStringList left = QDir(outDir).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left.size(), 1); // the complete zip under its temporary name
        QVERIFY(left.constFirst().startsWith(QStringLiteral(".bundle.qujat.qujat-writing-")));

        {
            AppController controller(own, dir.filePath(QStringLiteral("sample")), PlatformServices::instance());
            QVERIFY(controller.openOwnPortfolio());
        }
        QVERIFY2(QDir(outDir).entryList(QDir::Files | QDir::Hidden).isEmpty(),
                 qPrintable(QDir(outDir).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' '))));
        QVERIFY(!bundle::ExportJournal::lastExport(own).isValid());

        QCOMPARE(runExport(QByteArray()), 0);
        QCOMPARE(QDir(outDir).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("bundle.qujat")});
        QCOMPARE(bundle::ExportJournal::lastExport(own).path, target);
    }

    // A process killed between creating the folder's lock file and writing
    // its id into it leaves an empty file (found by killing imports in the
    // soak). The next open must take it as stale, not as another window.
    void emptyLockFileIsStale()
    {
        QTemporaryDir dir;
        const QString schoolDir = dir.filePath(QStringLiteral("school"));
        const QString portfolioDir = dir.filePath(QStringLiteral("portfolio"));
        {
            school::SchoolStore school(schoolDir);
            Store store(portfolioDir);
            Error error;
            QVERIFY(school.open(&error));
            QVERIFY(store.open(&error));
        }
        for (const QString &folder : {schoolDir, portfolioDir}) {
            QFile lock(folder + QStringLiteral("/.lock"));
            QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
            lock.close();
            QCOMPARE(QFileInfo(lock.fileName()).size(), qint64(0));
        }
        school::SchoolStore school(schoolDir);
        Store store(portfolioDir);
        Error error;
        QVERIFY2(school.open(&error), qPrintable(error.message));
        QVERIFY2(store.open(&error), qPrintable(error.message));

        // A lock held by a live process is still respected.
        school::SchoolStore second(schoolDir);
        QVERIFY(!second.open(&error));
        QVERIFY2(error.message.contains(QStringLiteral("open in another")), qPrintable(error.message));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    BundleRecoveryTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bundlerecovery.moc"
