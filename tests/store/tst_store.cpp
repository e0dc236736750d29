#include "store/store.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

namespace {

// A page with its thumbnail and original photo, all of one colour.
PendingPage imagePage(const QColor &colour)
{
    return test::solidImagePage(colour, true);
}

Item sampleItem()
{
    Item item;
    item.sectionKey = QStringLiteral("documents.achievements");
    item.kind = QStringLiteral("teacher_thanks_letter");
    item.title = QStringLiteral("Алғыс хат — аудандық әдістемелік семинар");
    item.issuer = QStringLiteral("Аудандық білім бөлімі");
    item.level = QStringLiteral("district");
    item.date = QDate(2025, 3, 15);
    item.fields = {{QStringLiteral("event"), QStringLiteral("Семинар")}};
    item.notes = QStringLiteral("Түпнұсқасы мектепте");
    item.barcodes = {{QStringLiteral("QRCode"), QStringLiteral("https://verify.example.kz/c/1"), {},
                      QStringLiteral("utf-8"), 0}};
    return item;
}

// An item whose pages are added red, green, blue, with codes on the first
// and the third page.
Item threePageItem()
{
    Item item = sampleItem();
    item.barcodes = {{QStringLiteral("QRCode"), QStringLiteral("on the first page"), {}, {}, 0},
                     {QStringLiteral("QRCode"), QStringLiteral("on the third page"), {}, {}, 2}};
    return item;
}

int countFiles(const QString &root)
{
    int count = 0;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace

class StoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void roundTripAfterReopen()
    {
        QTemporaryDir dir;
        Item item = sampleItem();
        {
            Store store(dir.path());
            Error error;
            QVERIFY2(store.open(&error), qPrintable(error.detail));
            QVERIFY2(store.addItem(&item, {imagePage(Qt::red), imagePage(Qt::blue)}, &error),
                     qPrintable(error.detail));
            QVERIFY(!item.uuid.isNull());
            QCOMPARE(item.revision, 1);
        }
        Store reopened(dir.path());
        Error error;
        QVERIFY(reopened.open(&error));
        const std::optional<Item> loaded = reopened.item(item.uuid);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->title, item.title);
        QCOMPARE(loaded->issuer, item.issuer);
        QCOMPARE(loaded->level, item.level);
        QCOMPARE(loaded->date, item.date);
        QCOMPARE(loaded->fields, item.fields);
        QCOMPARE(loaded->notes, item.notes);
        QCOMPARE(loaded->barcodes, item.barcodes);
        QCOMPARE(loaded->pages, item.pages);
        QCOMPARE(loaded->pages.size(), 2);
        QCOMPARE(loaded->created, item.created);
        for (const Page &page : loaded->pages) {
            QVERIFY(QFileInfo::exists(reopened.pagePath(page)));
            QVERIFY(QFileInfo::exists(reopened.thumbnailPath(page)));
            QVERIFY(QFileInfo::exists(reopened.originalPath(page)));
            QCOMPARE(QFileInfo(reopened.pagePath(page)).fileName(), page.fileSha + QLatin1String(".jpg"));
        }
        QCOMPARE(reopened.orphansRemovedAtOpen(), 0);
    }

    void fileNamedBySha256()
    {
        QTemporaryDir dir;
        Store store(dir.path());
        Error error;
        QVERIFY(store.open(&error));
        const PendingPage pending = imagePage(Qt::green);
        Item item = sampleItem();
        QVERIFY(store.addItem(&item, {pending}, &error));
        const QByteArray expected =
            QCryptographicHash::hash(pending.file.bytes, QCryptographicHash::Sha256).toHex();
        QCOMPARE(item.pages.first().fileSha, QString::fromLatin1(expected));
    }

    void updateIncrementsRevision()
    {
        QTemporaryDir dir;
        Store store(dir.path());
        Error error;
        QVERIFY(store.open(&error));
        Item item = sampleItem();
        QVERIFY(store.addItem(&item, {imagePage(Qt::red)}, &error));
        item.title = QStringLiteral("Жаңа атау");
        item.date = QDate();
        QVERIFY(store.updateItem(&item, &error));
        const std::optional<Item> loaded = store.item(item.uuid);
        QCOMPARE(loaded->revision, 2);
        QCOMPARE(loaded->title, QStringLiteral("Жаңа атау"));
        QVERIFY(!loaded->isComplete());
        QCOMPARE(loaded->pages.size(), 1);
        QCOMPARE(store.sectionCounts().value(item.sectionKey).incomplete, 1);
    }

    void addPagesAppendsInOrder()
    {
        QTemporaryDir dir;
        Store store(dir.path());
        Error error;
        QVERIFY(store.open(&error));
        Item item = sampleItem();
        QVERIFY(store.addItem(&item, {imagePage(Qt::red)}, &error));
        QVERIFY(store.addPages(item.uuid, {imagePage(Qt::yellow)}, &error));
        const std::optional<Item> loaded = store.item(item.uuid);
        QCOMPARE(loaded->pages.size(), 2);
        QCOMPARE(loaded->pages.at(0).fileSha, item.pages.at(0).fileSha);
        QCOMPARE(loaded->revision, 2);
    }

    void movePageReordersPagesAndCodes()
    {
        QTemporaryDir dir;
        Store store(dir.path());
        Error error;
        QVERIFY(store.open(&error));
        Item item = threePageItem();
        QVERIFY(store.addItem(&item, {imagePage(Qt::red), imagePage(Qt::green), imagePage(Qt::blue)}, &error));
        QVERIFY2(store.movePage(item.uuid, 2, 0, &error), qPrintable(error.detail));
        const std::optional<Item> moved = store.item(item.uuid);
        QCOMPARE(moved->pages.at(0).fileSha, item.pages.at(2).fileSha);
        QCOMPARE(moved->pages.at(1).fileSha, item.pages.at(0).fileSha);
        QCOMPARE(moved->pages.at(2).fileSha, item.pages.at(1).fileSha);
        QCOMPARE(moved->barcodes.at(0).pageIndex, 1);
        QCOMPARE(moved->barcodes.at(1).pageIndex, 0);
        QCOMPARE(moved->revision, 2);
        QVERIFY(!store.movePage(item.uuid, 0, 3, &error));
    }

    void removePageRenumbersAndDeletesFiles()
    {
        QTemporaryDir dir;
        Store store(dir.path());
        Error error;
        QVERIFY(store.open(&error));
        Item item = threePageItem();
        QVERIFY(store.addItem(&item, {imagePage(Qt::red), imagePage(Qt::green), imagePage(Qt::blue)}, &error));
        QVERIFY2(store.removePage(item.uuid, 0, &error), qPrintable(error.detail));
        const std::optional<Item> left = store.item(item.uuid);
        QCOMPARE(left->pages.size(), 2);
        QCOMPARE(left->pages.at(0).fileSha, item.pages.at(1).fileSha);
        QCOMPARE(left->barcodes.size(), 1);
        QCOMPARE(left->barcodes.first().pageIndex, 1);
        QVERIFY(!QFileInfo::exists(store.pagePath(item.pages.at(0))));
        QVERIFY(!QFileInfo::exists(store.originalPath(item.pages.at(0))));
        QVERIFY(QFileInfo::exists(store.pagePath(item.pages.at(1))));
        QVERIFY(!store.removePage(item.uuid, 5, &error));
    }

    void removeDeletesUnsharedFiles()
    {
        QTemporaryDir dir;
        Store store(dir.path());
        Error error;
        QVERIFY(store.open(&error));
        Item first = sampleItem();
        Item second = sampleItem();
        QVERIFY(store.addItem(&first, {imagePage(Qt::red)}, &error));
        QVERIFY(store.addItem(&second, {imagePage(Qt::red), imagePage(Qt::cyan)}, &error));
        QVERIFY(store.removeItem(second.uuid, &error));
        QVERIFY(!store.item(second.uuid));
        // The red page is shared with the first item and must stay.
        QVERIFY(QFileInfo::exists(store.pagePath(first.pages.first())));
        QVERIFY(!QFileInfo::exists(store.pagePath(second.pages.at(1))));
        QCOMPARE(store.itemCount(), 1);
    }

    void orphanedFilesRemovedAtOpen()
    {
        QTemporaryDir dir;
        Item item = sampleItem();
        {
            Store store(dir.path());
            Error error;
            QVERIFY(store.open(&error));
            QVERIFY(store.addItem(&item, {imagePage(Qt::red)}, &error));
            // A file written by a save that never reached its commit.
            QVERIFY(!store.files().put({test::solidJpeg(Qt::magenta, QSize(200, 280)), {}, QStringLiteral("jpg")}, &error).isEmpty());
            QFile leftover(dir.filePath(QStringLiteral("files/incoming/pending-x")));
            QVERIFY(leftover.open(QIODevice::WriteOnly));
        }
        Store reopened(dir.path());
        Error error;
        QVERIFY(reopened.open(&error));
        QCOMPARE(reopened.orphansRemovedAtOpen(), 2);
        QCOMPARE(countFiles(dir.filePath(QStringLiteral("files"))), 3);
        QVERIFY(QFileInfo::exists(reopened.pagePath(item.pages.first())));
    }

    void foreignFolderRejected()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("files/Грамоталар 2024"))));
        QFile mine(dir.filePath(QStringLiteral("files/Грамоталар 2024/алғыс хат.pdf")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.close();
        Store store(dir.path());
        Error error;
        QVERIFY(!store.open(&error));
        QVERIFY(error.message.contains(QLatin1String("not a Qujat portfolio")));
        QVERIFY(QFileInfo::exists(mine.fileName()));
        QVERIFY(!QFileInfo::exists(store.databasePath()));
    }

    void foreignFilesInsideStoreKept()
    {
        QTemporaryDir dir;
        {
            Store store(dir.path());
            Error error;
            QVERIFY(store.open(&error));
        }
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("files/ab"))));
        const QStringList foreign = {dir.filePath(QStringLiteral("files/notes.txt")),
                                     dir.filePath(QStringLiteral("files/ab/photo.jpg")),
                                     dir.filePath(QStringLiteral("files/ab/") + QString(64, QLatin1Char('c'))
                                                  + QLatin1String(".jpg"))};
        for (const QString &path : foreign) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        Store reopened(dir.path());
        Error error;
        QVERIFY(reopened.open(&error));
        QCOMPARE(reopened.orphansRemovedAtOpen(), 0);
        for (const QString &path : foreign)
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    }

    void titlesStoredAsOneNfcLine()
    {
        QTemporaryDir dir;
        Store store(dir.path());
        Error error;
        QVERIFY(store.open(&error));
        Item item = sampleItem();
        item.title = QStringLiteral("Ёлка-2023\nсертификаты ").normalized(QString::NormalizationForm_D);
        QVERIFY(store.addItem(&item, {}, &error));
        QCOMPARE(store.item(item.uuid)->title, QStringLiteral("Ёлка-2023 сертификаты"));
    }

    void secondOpenOfSameFolderRejected()
    {
        QTemporaryDir dir;
        Store first(dir.path());
        Error error;
        QVERIFY(first.open(&error));
        Store second(dir.path());
        QVERIFY(!second.open(&error));
        QVERIFY(error.message.contains(QLatin1String("another")));
    }

    void profileRoundTrip()
    {
        QTemporaryDir dir;
        Store store(dir.path());
        Error error;
        QVERIFY(store.open(&error));
        Profile profile;
        profile.fullName = QStringLiteral("Әлиева Гүлнар Серікқызы");
        profile.school = QStringLiteral("№ 1 мектеп-гимназия");
        profile.subject = QStringLiteral("Қазақ тілі");
        profile.yearsOfExperience = 12;
        profile.targetCategory = QStringLiteral("expert");
        profile.attestationDate = QDate(2027, 4, 1);
        QVERIFY(store.saveProfile(profile, {test::solidJpeg(Qt::gray, QSize(200, 280)), {}, {}}, &error));
        const Profile loaded = store.profile();
        QCOMPARE(loaded.fullName, profile.fullName);
        QCOMPARE(loaded.attestationDate, profile.attestationDate);
        QCOMPARE(loaded.yearsOfExperience, 12);
        QVERIFY(!loaded.photoSha.isEmpty());
        QVERIFY(QFileInfo::exists(store.files().pathFor(loaded.photoSha, QStringLiteral("jpg"))));
    }

    // A database damaged by a kill or a bad disk: the store moves it aside,
    // starts empty and keeps every stored file for a recovery.
    void damagedDatabaseMovedAside_data()
    {
        QTest::addColumn<QString>("caseFolder");
        QTest::newRow("corrupt page") << QStringLiteral("b_corrupt_page");
        QTest::newRow("truncated") << QStringLiteral("c_truncated");
        QTest::newRow("zero filled") << QStringLiteral("d_zero_filled");
    }

    void damagedDatabaseMovedAside()
    {
        QUJAT_REQUIRE_SHARED();
        QFETCH(QString, caseFolder);
        QTemporaryDir dir;
        const QString source = test::sharedPath(QStringLiteral("corpus/cases/B12_sqlite_after_kill/"))
            + caseFolder + QLatin1String("/portfolio.sqlite");
        QVERIFY(QFile::copy(source, dir.filePath(QStringLiteral("portfolio.sqlite"))));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("files/ab"))));
        QFile kept(dir.filePath(QStringLiteral("files/ab/ab12.jpg")));
        QVERIFY(kept.open(QIODevice::WriteOnly));
        kept.close();

        Store store(dir.path());
        Error error;
        QVERIFY2(store.open(&error), qPrintable(error.message + error.detail));
        QVERIFY(!store.damagedDatabaseMovedTo().isEmpty());
        QVERIFY(QFileInfo::exists(store.damagedDatabaseMovedTo() + QLatin1String("/portfolio.sqlite")));
        QCOMPARE(QFileInfo(store.damagedDatabaseMovedTo() + QLatin1String("/portfolio.sqlite")).size(),
                 QFileInfo(source).size());
        QCOMPARE(store.itemCount(), 0);
        QVERIFY2(QFileInfo::exists(kept.fileName()), "stored files are kept for recovery");

        // The fresh database works.
        Item item = sampleItem();
        QVERIFY(store.addItem(&item, {imagePage(Qt::red)}, &error));
        QCOMPARE(store.itemCount(), 1);
    }

    void uncheckpointedWalKeepsItsRows()
    {
        QUJAT_REQUIRE_SHARED();
        QTemporaryDir dir;
        const QString folder = test::sharedPath(QStringLiteral("corpus/cases/B12_sqlite_after_kill/a_wal_not_checkpointed/"));
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString name = QLatin1String("portfolio.sqlite") + QLatin1String(suffix);
            QVERIFY(QFile::copy(folder + name, dir.filePath(name)));
            QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
        }
        {
            // This database was written by another program, so Qujat rejects
            // its schema; it must neither move it aside nor lose a row.
            Store store(dir.path());
            Error error;
            QVERIFY(!store.open(&error));
            QVERIFY(!error.message.isEmpty());
            QVERIFY(store.damagedDatabaseMovedTo().isEmpty());
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal"));
        db.setDatabaseName(dir.filePath(QStringLiteral("portfolio.sqlite")));
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM items")) && query.next());
            QCOMPARE(query.value(0).toInt(), 50);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("wal"));
    }

    void walAndForeignKeysOn()
    {
        QTemporaryDir dir;
        Store store(dir.path());
        Error error;
        QVERIFY(store.open(&error));
        QSqlQuery query(store.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(StoreTest)
#include "tst_store.moc"
