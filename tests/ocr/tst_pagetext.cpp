// The recognised text of a page is stored with it and found by search,
// ignoring case in Kazakh and Russian, including after a version 4
// portfolio is migrated.

#include "store/migrations.h"
#include "store/store.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

namespace {

PendingPage pageWithText(const QString &text)
{
    QImage image(120, 170, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    PendingPage page;
    page.page.kind = PageKind::Image;
    page.page.width = image.width();
    page.page.height = image.height();
    page.page.mimeType = QStringLiteral("image/jpeg");
    page.page.text = text;
    page.file = {bytes, {}, QStringLiteral("jpg")};
    return page;
}

} // namespace

class PageTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void textStoredAndSearchable()
    {
        QTemporaryDir dir;
        Store store(dir.path());
        Error error;
        QVERIFY2(store.open(&error), qPrintable(error.detail));
        Item item;
        item.sectionKey = QStringLiteral("documents.achievements");
        item.title = QStringLiteral("Диплом");
        const QString text = QStringLiteral("ҚҰРМЕТ ГРАМОТАСЫ\n\nСерікова Айару\n\nПОБЕДИТЕЛЬ ОЛИМПИАДЫ «Зерек»");
        QVERIFY2(store.addItem(&item, {pageWithText(text)}, &error), qPrintable(error.detail));

        QCOMPARE(store.item(item.uuid)->pages.constFirst().text, text);
        for (const QString &query : {QStringLiteral("грамотасы"), QStringLiteral("СЕРІКОВА"),
                                     QStringLiteral("победитель"), QStringLiteral("зерек")}) {
            const QList<ItemSummary> found = store.search(query);
            QVERIFY2(found.size() == 1, qPrintable(query));
            QCOMPARE(found.constFirst().uuid, item.uuid);
        }
        QVERIFY(store.search(QStringLiteral("жүлдегер")).isEmpty());
    }

    // Text recognised after the item was saved: stored on the right page,
    // searchable, and the revision stays.
    void lateTextStoredOnItsPage()
    {
        QTemporaryDir dir;
        Store store(dir.path());
        Error error;
        QVERIFY2(store.open(&error), qPrintable(error.detail));
        Item item;
        item.sectionKey = QStringLiteral("documents.achievements");
        item.title = QStringLiteral("Алғыс хат");
        PendingPage first = pageWithText(QString());
        PendingPage second = pageWithText(QString());
        second.file.bytes += "second page";
        QVERIFY2(store.addItem(&item, {first, second}, &error), qPrintable(error.detail));
        const QString secondSha = store.item(item.uuid)->pages.at(1).fileSha;
        QVERIFY(store.search(QStringLiteral("семинарға")).isEmpty());

        const QString text = QStringLiteral("Аудандық әдістемелік семинарға қатысқаны үшін");
        QVERIFY2(store.setPageText(item.uuid, secondSha, text, &error), qPrintable(error.detail));
        const Item stored = *store.item(item.uuid);
        QCOMPARE(stored.pages.at(0).text, QString());
        QCOMPARE(stored.pages.at(1).text, text);
        QCOMPARE(stored.revision, item.revision);
        const QList<ItemSummary> found = store.search(QStringLiteral("семинарға"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().uuid, item.uuid);

        // A deleted item or an unknown page: nothing to store, and no error.
        Error none;
        QVERIFY(!store.setPageText(item.uuid, QStringLiteral("0000"), text, &none));
        QVERIFY(!none);
        QVERIFY2(store.removeItem(item.uuid, &error), qPrintable(error.detail));
        QVERIFY(!store.setPageText(item.uuid, secondSha, text, &none));
        QVERIFY(!none);
    }

    // A version 4 portfolio gains the column; its items keep being found.
    void migrationAddsTextColumn()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(dir.filePath(QStringLiteral("portfolio.sqlite")));
            QVERIFY(db.open());
            Error error;
            QVERIFY2(applyMigrations(db, 4, &error), qPrintable(error.detail));
            QSqlQuery insert(db);
            QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO items (uuid, section_key, title, created, updated, search_text)"
                " VALUES ('0b9f3a52-6a43-4f35-9d7e-1f1fbc3c2a10', 'documents.achievements', 'Алғыс хат',"
                " '2024-05-10T10:00:00.000Z', '2024-05-10T10:00:00.000Z', 'алғыс хат')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));

        Store store(dir.path());
        Error error;
        QVERIFY2(store.open(&error), qPrintable(error.detail));
        QSqlDatabase db = store.connection();
        QCOMPARE(schemaVersion(db), Store::SchemaVersion);
        QSqlQuery columns(db);
        QVERIFY(columns.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('pages') WHERE name = 'text'")));
        QVERIFY(columns.next());
        QCOMPARE(columns.value(0).toInt(), 1);
        QCOMPARE(store.search(QStringLiteral("АЛҒЫС")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(PageTextTest)
#include "tst_pagetext.moc"
