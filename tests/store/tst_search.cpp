#include "store/store.h"
#include "testsupport.h"
#include "util/collation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

namespace {

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QString::fromUtf8(line.trimmed()));
    }
    return lines;
}

} // namespace

class SearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void foldingCoversKazakhLetters_data()
    {
        QTest::addColumn<QString>("upper");
        QTest::addColumn<QString>("lower");
        QTest::newRow("kazakh letters") << QStringLiteral("ӘҒҚҢӨҰҮҺІ") << QStringLiteral("әғқңөұүһі");
        QTest::newRow("russian yo") << QStringLiteral("ЁЛКА") << QStringLiteral("ёлка");
        QTest::newRow("latin") << QStringLiteral("CERTIFICATE") << QStringLiteral("certificate");
        QTest::newRow("yo as ye") << QStringLiteral("Ёлка") << QStringLiteral("елка");
    }

    void foldingCoversKazakhLetters()
    {
        QFETCH(QString, upper);
        QFETCH(QString, lower);
        QCOMPARE(Store::foldForSearch(upper), Store::foldForSearch(lower));
    }

    void decomposedTextMatchesComposed()
    {
        // "й" typed as и + combining breve must match the precomposed letter.
        const QString decomposed = QStringLiteral("Ёлка") .normalized(QString::NormalizationForm_D);
        QCOMPARE(Store::foldForSearch(decomposed), Store::foldForSearch(QStringLiteral("ёлка")));
    }

    // Every query of the reported case finds every case variant, where
    // SQLite's own LIKE finds none or only the exact case.
    void corpusQueriesFindEveryCase_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expectedTitles");
        if (test::sharedDir().isEmpty()) {
            QTest::newRow("no shared corpus") << QString() << QStringList();
            return;
        }
        const QString folder = test::sharedPath(QStringLiteral("corpus/cases/B11_sqlite_like_cyrillic"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("b11"));
        db.setDatabaseName(folder + QLatin1String("/search_cyrillic.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QHash<QString, QString> titles;
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT id, title FROM items"));
            while (query.next())
                titles.insert(query.value(0).toString(), query.value(1).toString());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("b11"));
        const QStringList rows = readLines(folder + QLatin1String("/queries.tsv")).mid(1);
        for (const QString &row : rows) {
            const QStringList columns = row.split(QLatin1Char('\t'));
            QStringList expected;
            for (const QString &id : columns.value(1).split(QLatin1Char(',')))
                expected.append(titles.value(id));
            expected.sort();
            QTest::newRow(qPrintable(columns.value(0))) << columns.value(0) << expected;
        }
    }

    void corpusQueriesFindEveryCase()
    {
        QUJAT_REQUIRE_SHARED();
        QFETCH(QString, query);
        QFETCH(QStringList, expectedTitles);
        const QString folder = test::sharedPath(QStringLiteral("corpus/cases/B11_sqlite_like_cyrillic"));

        QTemporaryDir dir;
        Store store(dir.path());
        Error error;
        QVERIFY(store.open(&error));
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("src"));
        source.setDatabaseName(folder + QLatin1String("/search_cyrillic.sqlite"));
        QVERIFY(source.open());
        {
            QSqlQuery rows(source);
            QVERIFY(rows.exec(QStringLiteral("SELECT title FROM items ORDER BY id")));
            while (rows.next()) {
                Item item;
                item.sectionKey = QStringLiteral("documents.achievements");
                item.title = rows.value(0).toString();
                QVERIFY(store.addItem(&item, {}, &error));
            }
        }
        source.close();
        source = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("src"));

        QStringList found;
        for (const ItemSummary &summary : store.search(query))
            found.append(summary.title);
        found.sort();
        QCOMPARE(found, expectedTitles);
    }

    void wildcardsMatchLiterally()
    {
        QTemporaryDir dir;
        Store store(dir.path());
        Error error;
        QVERIFY(store.open(&error));
        Item plain;
        plain.sectionKey = QStringLiteral("tables.achievement_dynamics");
        plain.title = QStringLiteral("Сапа 85 пайыз");
        QVERIFY(store.addItem(&plain, {}, &error));
        Item percent = plain;
        percent.uuid = {};
        percent.title = QStringLiteral("Сапа 85% 7_А сынып");
        QVERIFY(store.addItem(&percent, {}, &error));
        QCOMPARE(store.search(QStringLiteral("85%")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("7_а")).size(), 1);
    }

    void kazakhAlphabeticalOrder()
    {
        QUJAT_REQUIRE_SHARED();
        const QString folder = test::sharedPath(QStringLiteral("corpus/cases/B13_kazakh_sort"));
        const QStringList input = readLines(folder + QLatin1String("/kazakh_sort_input.txt"));
        const QStringList expected = readLines(folder + QLatin1String("/kazakh_sort_expected.txt"));
        QVERIFY(!input.isEmpty());
        QCOMPARE(sortedForLanguage(input, QStringLiteral("kk")), expected);
    }

    void kazakhLettersFollowTheirBaseLetters()
    {
        const QStringList sorted = sortedForLanguage(
            {QStringLiteral("Ілияс"), QStringLiteral("Ғалым"), QStringLiteral("Ана"),
             QStringLiteral("Әсел"), QStringLiteral("Ёлкин"), QStringLiteral("Ыбырай")},
            QStringLiteral("kk"));
        const QStringList expected = {QStringLiteral("Ана"), QStringLiteral("Әсел"),
                                      QStringLiteral("Ғалым"), QStringLiteral("Ёлкин"),
                                      QStringLiteral("Ыбырай"), QStringLiteral("Ілияс")};
        QCOMPARE(sorted, expected);
    }
};

QTEST_GUILESS_MAIN(SearchTest)
#include "tst_search.moc"
