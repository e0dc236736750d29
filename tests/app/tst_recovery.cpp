// The app's side of a damaged database: AppController reports the move,
// offers the newest daily backup and restores it on request.

#include "appcontroller.h"
#include "platformservices.h"
#include "storeconsistency.h"
#include "store/backup.h"
#include "testsupport.h"

#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

namespace {

bool addItem(Store *store, const QString &title, const QColor &colour)
{
    const PendingPage page = test::solidImagePage(colour, false);
    Item item;
    item.sectionKey = QStringLiteral("documents.achievements");
    item.title = title;
    Error error;
    return store->addItem(&item, {page}, &error);
}

} // namespace

class RecoveryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void damagedDatabaseOffersBackup()
    {
        QTemporaryDir dir;
        const QString own = dir.filePath(QStringLiteral("portfolio"));
        const QString sample = dir.filePath(QStringLiteral("sample"));
        PlatformServices *platform = PlatformServices::instance();

        {
            AppController controller(own, sample, platform);
            QVERIFY(controller.openOwnPortfolio());
            QVERIFY(addItem(controller.store(), QStringLiteral("Алғыс хат"), Qt::red));
            QVERIFY(addItem(controller.store(), QStringLiteral("Сертификат"), Qt::blue));
        }
        // The next start writes the day's backup of the two items.
        {
            AppController controller(own, sample, platform);
            QVERIFY(controller.openOwnPortfolio());
            controller.waitForBackup();
            QCOMPARE(Backup::list(own).size(), 1);
            QVERIFY(controller.restorableBackup().isEmpty());
            QVERIFY(addItem(controller.store(), QStringLiteral("After the backup"), Qt::green));
        }
        {
            QFile database(own + QStringLiteral("/portfolio.sqlite"));
            QVERIFY(database.open(QIODevice::ReadWrite));
            QCOMPARE(database.write(QByteArray(4096, '\x33')), qint64(4096));
        }

        AppController controller(own, sample, platform);
        controller.setSessionLanguage(QStringLiteral("en"));
        QVERIFY(controller.openOwnPortfolio());
        QCOMPARE(controller.store()->itemCount(), 0);
        QVERIFY2(controller.errorMessage().contains(QStringLiteral("restore the backup")),
                 qPrintable(controller.errorMessage()));
        QVERIFY(!controller.restorableBackup().isEmpty());

        QVERIFY(controller.restoreBackup());
        QVERIFY2(controller.errorMessage().isEmpty(), qPrintable(controller.errorMessage()));
        QVERIFY(controller.restorableBackup().isEmpty());
        QCOMPARE(controller.store()->itemCount(), 2);
        QCOMPARE(controller.store()->damagedDatabaseMovedTo(), QString());
    }

    void damagedWithoutBackupSaysKeep()
    {
        QTemporaryDir dir;
        const QString own = dir.filePath(QStringLiteral("portfolio"));
        {
            AppController controller(own, dir.filePath(QStringLiteral("sample")), PlatformServices::instance());
            QVERIFY(controller.openOwnPortfolio());
            QVERIFY(addItem(controller.store(), QStringLiteral("Грамота"), Qt::red));
        }
        // The start-up backup runs on a worker thread and may copy the
        // database after the item was added; this case needs no backup.
        QVERIFY(QDir(own + QStringLiteral("/backups")).removeRecursively());
        {
            QFile database(own + QStringLiteral("/portfolio.sqlite"));
            QVERIFY(database.open(QIODevice::ReadWrite));
            QCOMPARE(database.write(QByteArray(4096, '\x33')), qint64(4096));
        }
        AppController controller(own, dir.filePath(QStringLiteral("sample")), PlatformServices::instance());
        controller.setSessionLanguage(QStringLiteral("en"));
        QVERIFY(controller.openOwnPortfolio());
        QVERIFY2(controller.errorMessage().contains(QStringLiteral("Keep the moved database")),
                 qPrintable(controller.errorMessage()));
        QVERIFY(controller.restorableBackup().isEmpty());
        QVERIFY(!controller.restoreBackup());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    RecoveryTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
