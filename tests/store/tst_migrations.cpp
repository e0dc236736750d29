#include "store/migrations.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

namespace {

// The schema as SQLite records it, one line per table, index and trigger.
QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList schema;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"
                              " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    while (query.next()) {
        schema.append(QStringList{query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString(), query.value(3).toString()}
                          .join(QLatin1Char('|')));
    }
    return schema;
}

} // namespace

class MigrationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void versionsAreConsecutive()
    {
        int previous = 0;
        for (const Migration &step : migrations()) {
            QCOMPARE(step.version, previous + 1);
            previous = step.version;
        }
        QCOMPARE(migrations().constLast().version, Store::SchemaVersion);
    }

    void oldDatabaseMigratesToFreshSchema_data()
    {
        QTest::addColumn<int>("oldVersion");
        for (const Migration &step : migrations()) {
            if (step.version < Store::SchemaVersion)
                QTest::addRow("from version %d", step.version) << step.version;
        }
    }

    void oldDatabaseMigratesToFreshSchema()
    {
        QFETCH(int, oldVersion);
        QTemporaryDir oldDir;
        QTemporaryDir freshDir;

        // Build a database as an older Qujat left it, with one item in it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(oldDir.filePath(QStringLiteral("portfolio.sqlite")));
            QVERIFY(db.open());
            Error error;
            QVERIFY2(applyMigrations(db, oldVersion, &error), qPrintable(error.detail));
            QCOMPARE(schemaVersion(db), oldVersion);
            QSqlQuery insert(db);
            QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO items (uuid, section_key, title, date, created, updated)"
                " VALUES ('0b9f3a52-6a43-4f35-9d7e-1f1fbc3c2a10', 'documents.achievements',"
                " 'ҚҰРМЕТ ГРАМОТАСЫ', '2024-05-10', '2024-05-10T10:00:00.000Z',"
                " '2024-05-10T10:00:00.000Z')")));
            // From version 2 on, Qujat itself fills the search column on save.
            if (oldVersion >= 2) {
                QVERIFY(insert.exec(QStringLiteral("UPDATE items SET search_text = '%1'")
                                        .arg(Store::foldForSearch(QStringLiteral("ҚҰРМЕТ ГРАМОТАСЫ")))));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        Store migrated(oldDir.path());
        Error error;
        QVERIFY2(migrated.open(&error), qPrintable(error.detail));
        Store fresh(freshDir.path());
        QVERIFY2(fresh.open(&error), qPrintable(error.detail));

        QSqlDatabase migratedDb = migrated.connection();
        QSqlDatabase freshDb = fresh.connection();
        QCOMPARE(schemaVersion(migratedDb), Store::SchemaVersion);
        QCOMPARE(schemaOf(migratedDb), schemaOf(freshDb));

        // The data survived, and columns added later were filled for it.
        QCOMPARE(migrated.itemCount(), 1);
        const QList<ItemSummary> found = migrated.search(QStringLiteral("құрмет"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().date, QDate(2024, 5, 10));
    }

    void newerDatabaseRejected()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(dir.filePath(QStringLiteral("portfolio.sqlite")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        Store store(dir.path());
        Error error;
        QVERIFY(!store.open(&error));
        QVERIFY(error.message.contains(QLatin1String("newer version")));
    }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
