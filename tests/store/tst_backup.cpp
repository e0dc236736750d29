// Daily backups with VACUUM INTO, and restoring one after a damaged
// database was moved aside.

#include "storeconsistency.h"
#include "store/backup.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

namespace {

bool addItem(Store *store, const QString &title, const QColor &colour)
{
    const PendingPage page = test::solidImagePage(colour, true);
    Item item;
    item.sectionKey = QStringLiteral("documents.achievements");
    item.title = title;
    Error error;
    return store->addItem(&item, {page}, &error);
}

// Items in a database file opened on its own, without the Store.
int itemsIn(const QString &path)
{
    const QString name = QStringLiteral("count-") + path;
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM items")) && query.next())
                count = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace

class BackupTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void emptyPortfolioIsNotBackedUp()
    {
        QTemporaryDir data;
        Store store(data.path());
        Error error;
        QVERIFY(store.open(&error));
        QString made;
        QVERIFY(Backup::makeDaily(data.path(), store.databasePath(), &made, &error));
        QVERIFY(made.isEmpty());
        QVERIFY(Backup::list(data.path()).isEmpty());
    }

    // The rows still in the -wal file are in the backup: VACUUM INTO reads
    // through SQLite, where a file copy of portfolio.sqlite would miss them.
    void backupWhileWalHoldsRows()
    {
        QTemporaryDir data;
        Store store(data.path());
        Error error;
        QVERIFY(store.open(&error));
        for (int i = 0; i < 5; ++i)
            QVERIFY(addItem(&store, QStringLiteral("Грамота %1").arg(i), QColor::fromHsv(i * 60, 200, 200)));
        QVERIFY(QFileInfo(store.databasePath() + QLatin1String("-wal")).size() > 0);

        QString made;
        QVERIFY2(Backup::makeDaily(data.path(), store.databasePath(), &made, &error), qPrintable(error.detail));
        QVERIFY(QFileInfo::exists(made));
        QCOMPARE(itemsIn(made), 5);
        QVERIFY(!QFileInfo::exists(made + QLatin1String("-wal")));
        QVERIFY(!QFileInfo::exists(made + QLatin1String(".partial")));

        // One a day: a second call on the same day makes none.
        QString again;
        QVERIFY(Backup::makeDaily(data.path(), store.databasePath(), &again, &error));
        QVERIFY(again.isEmpty());
        QCOMPARE(Backup::list(data.path()).size(), 1);
    }

    void keepsTheNewest()
    {
        QTemporaryDir data;
        Store store(data.path());
        Error error;
        QVERIFY(store.open(&error));
        QVERIFY(addItem(&store, QStringLiteral("Сертификат"), Qt::darkGreen));
        QVERIFY(QDir().mkpath(Backup::folder(data.path())));
        const QStringList older = {QStringLiteral("20240105-080000"), QStringLiteral("20250301-090000"),
                                   QStringLiteral("20250302-090000"), QStringLiteral("20250303-090000")};
        for (const QString &stamp : older) {
            const QString path = Backup::folder(data.path()) + QStringLiteral("/portfolio-%1.sqlite").arg(stamp);
            QVERIFY(Backup::write(store.databasePath(), path, &error));
        }
        QString made;
        QVERIFY(Backup::makeDaily(data.path(), store.databasePath(), &made, &error));
        const QList<Backup::Entry> kept = Backup::list(data.path());
        QCOMPARE(kept.size(), Backup::KeepCount);
        QCOMPARE(kept.first().path, made);
        QCOMPARE(kept.last().made.date(), QDate(2025, 3, 2));
    }

    // The whole path after damage: the store moves the damaged database
    // aside, the backup is restored, and the items added after the backup
    // keep their files next to the damaged database.
    void restoreAfterDamage()
    {
        QTemporaryDir data;
        QString backup;
        {
            Store store(data.path());
            Error error;
            QVERIFY(store.open(&error));
            QVERIFY(addItem(&store, QStringLiteral("Алғыс хат"), Qt::red));
            QVERIFY(addItem(&store, QStringLiteral("Құрмет грамотасы"), Qt::blue));
            QVERIFY(Backup::makeDaily(data.path(), store.databasePath(), &backup, &error));
            QVERIFY(addItem(&store, QStringLiteral("Added after the backup"), Qt::yellow));
        }
        // Damage: the file becomes something that is not a database.
        {
            QFile database(data.path() + QStringLiteral("/portfolio.sqlite"));
            QVERIFY(database.open(QIODevice::ReadWrite));
            QVERIFY(database.write(QByteArray(4096, '\x5a')) == 4096);
        }
        QString aside;
        {
            Store store(data.path());
            Error error;
            QVERIFY2(store.open(&error), qPrintable(error.detail));
            aside = store.damagedDatabaseMovedTo();
            QVERIFY(!aside.isEmpty());
            QCOMPARE(store.itemCount(), 0);
            // The fresh portfolio gets no daily backup while it is empty, so
            // the good backup stays the newest.
            QString made;
            QVERIFY(Backup::makeDaily(data.path(), store.databasePath(), &made, &error));
            QVERIFY(made.isEmpty());
        }
        QCOMPARE(Backup::list(data.path()).first().path, backup);

        Error error;
        QVERIFY2(Backup::restore(data.path(), backup, aside, &error), qPrintable(error.detail));
        const test::StoreCheck check = test::checkStore(data.path());
        QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        QCOMPARE(check.items, 2);
        QCOMPARE(check.orphansRemoved, 0);
        // Page, thumbnail and original of the third item went aside, not away.
        QCOMPARE(QDir(aside + QStringLiteral("/files")).entryList(QDir::Files).size(), 3);
        QVERIFY(QFileInfo::exists(aside + QStringLiteral("/portfolio.sqlite")));
        QVERIFY(QFileInfo::exists(aside + QStringLiteral("/replaced-portfolio.sqlite")));
    }

    void damagedBackupIsRefused()
    {
        QTemporaryDir data;
        const QString bad = data.filePath(QStringLiteral("bad.sqlite"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\0'));
        file.close();
        Error error;
        QVERIFY(!Backup::restore(data.path(), bad, data.filePath(QStringLiteral("aside")), &error));
        QVERIFY2(error.message.contains(QStringLiteral("damaged")), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(data.filePath(QStringLiteral("portfolio.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(BackupTest)
#include "tst_backup.moc"
