#include "catalog/catalog.h"
#include "rules/directions.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

namespace {

ItemSummary summary(const QString &section, const QString &kind, const QString &title)
{
    ItemSummary item;
    item.uuid = QUuid::createUuid();
    item.sectionKey = section;
    item.kind = kind;
    item.title = title;
    return item;
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QJsonObject shippedCatalogJson()
{
    QFile file(QStringLiteral(":/qujat/catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool loadsFromJson(const QJsonObject &root, QString *problem)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("catalog.json")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson());
    file.close();
    Catalog catalog;
    Error error;
    const bool loaded = catalog.load(file.fileName(), &error);
    *problem = error.detail;
    return loaded;
}

} // namespace

class TestDirections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void fourDirectionsNamed();
    void everySectionAndKindMapped();
    void sectionWithoutDirectionRejected();
    void unknownDirectionRejected();
    void groupsFollowKindsAndSections();
    void kazakhTitlesInAlphabeticalOrder();
};

void TestDirections::fourDirectionsNamed()
{
    const QList<Term> &directions = Catalog::instance().directions();
    QStringList keys;
    for (const Term &direction : directions) {
        keys.append(direction.key);
        QVERIFY(!direction.name.kk.isEmpty());
        QVERIFY(!direction.name.ru.isEmpty());
        QVERIFY(!direction.name.en.isEmpty());
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("results"), QStringLiteral("achievements"),
                                QStringLiteral("sharing"), QStringLiteral("development")}));
}

// Fails when a catalog entry lacks a direction: each section, and each
// document kind through its own direction or its section's.
void TestDirections::everySectionAndKindMapped()
{
    const Catalog &catalog = Catalog::instance();
    for (const Section &section : catalog.sections()) {
        QVERIFY2(catalog.direction(section.direction), qPrintable(section.key));
        QVERIFY2(catalog.direction(catalog.directionOf(section.key, {})), qPrintable(section.key));
        for (const DocumentKind &kind : section.kinds) {
            const QString direction = catalog.directionOf(section.key, kind.key);
            QVERIFY2(catalog.direction(direction), qPrintable(section.key + QLatin1Char('/') + kind.key));
        }
    }
    QCOMPARE(catalog.directionOf(QStringLiteral("tables.achievement_dynamics"), {}), QStringLiteral("results"));
    QCOMPARE(catalog.directionOf(QStringLiteral("documents.achievements"), QStringLiteral("student_diploma")),
             QStringLiteral("achievements"));
    QCOMPARE(catalog.directionOf(QStringLiteral("tables.sharing_practice"), {}), QStringLiteral("sharing"));
    QCOMPARE(catalog.directionOf(QStringLiteral("documents.general"), QStringLiteral("specialty_courses")),
             QStringLiteral("development"));
    QCOMPARE(catalog.directionOf(QStringLiteral("documents.general"), QStringLiteral("state_awards")),
             QStringLiteral("achievements"));
    QCOMPARE(catalog.directionOf(QStringLiteral("no.such"), {}), QString());
}

void TestDirections::sectionWithoutDirectionRejected()
{
    QJsonObject root = shippedCatalogJson();
    QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    QJsonObject third = sections.at(2).toObject();
    third.remove(QStringLiteral("direction"));
    sections.replace(2, third);
    root.insert(QStringLiteral("sections"), sections);
    QString problem;
    QVERIFY(!loadsFromJson(root, &problem));
    QVERIFY2(problem.contains(QStringLiteral("sections[2]: missing member \"direction\"")), qPrintable(problem));
}

void TestDirections::unknownDirectionRejected()
{
    QJsonObject root = shippedCatalogJson();
    QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    QJsonObject first = sections.at(0).toObject();
    QJsonArray kinds = first.value(QStringLiteral("kinds")).toArray();
    QJsonObject kind = kinds.at(0).toObject();
    kind.insert(QStringLiteral("direction"), QStringLiteral("sports"));
    kinds.replace(0, kind);
    first.insert(QStringLiteral("kinds"), kinds);
    sections.replace(0, first);
    root.insert(QStringLiteral("sections"), sections);
    QString problem;
    QVERIFY(!loadsFromJson(root, &problem));
    QVERIFY2(problem.contains(QStringLiteral("sections[0].kinds[0].direction")), qPrintable(problem));
}

void TestDirections::groupsFollowKindsAndSections()
{
    const QList<ItemSummary> items = {
        summary(QStringLiteral("tables.publications"), {}, QStringLiteral("Мақала")),
        summary(QStringLiteral("documents.general"), QStringLiteral("state_awards"), QStringLiteral("Алғыс хат")),
        summary(QStringLiteral("documents.general"), QStringLiteral("identity"), QStringLiteral("Жеке куәлік")),
        summary(QStringLiteral("tables.achievement_dynamics"), {}, QStringLiteral("2024-2025")),
        summary(QStringLiteral("creativity.practice"), QStringLiteral("growth_plan"), QStringLiteral("Жоспар")),
        summary(QStringLiteral("creativity.practice"), QStringLiteral("teaching_aid"), QStringLiteral("Құрал")),
        summary(QStringLiteral("no.such"), {}, QStringLiteral("Белгісіз")),
    };
    const QList<DirectionGroup> groups = groupByDirection(items, QStringLiteral("kk"));
    QCOMPARE(groups.size(), 4);
    auto titles = [](const DirectionGroup &group) {
        QStringList list;
        for (const ItemSummary &item : group.items)
            list.append(item.title);
        return list;
    };
    QCOMPARE(groups.at(0).directionKey, QStringLiteral("results"));
    QCOMPARE(titles(groups.at(0)), QStringList{QStringLiteral("2024-2025")});
    QCOMPARE(titles(groups.at(1)), QStringList{QStringLiteral("Алғыс хат")});
    // Official section order: creativity.practice before tables.publications.
    QCOMPARE(titles(groups.at(2)), (QStringList{QStringLiteral("Құрал"), QStringLiteral("Мақала")}));
    QCOMPARE(titles(groups.at(3)), (QStringList{QStringLiteral("Жеке куәлік"), QStringLiteral("Жоспар")}));
}

// Titles inside a direction follow the Kazakh alphabet, not code point order,
// which puts Ё and І first and Ә, Ғ, Қ last.
void TestDirections::kazakhTitlesInAlphabeticalOrder()
{
    QUJAT_REQUIRE_SHARED();
    const QString folder = test::sharedPath(QStringLiteral("corpus/cases/B13_kazakh_sort"));
    const QStringList input = readLines(folder + QStringLiteral("/kazakh_sort_input.txt"));
    const QStringList expected = readLines(folder + QStringLiteral("/kazakh_sort_expected.txt"));
    QCOMPARE(input.size(), 44);
    QCOMPARE(expected.size(), input.size());

    QList<ItemSummary> items;
    for (const QString &title : input)
        items.append(summary(QStringLiteral("tables.feedback"), {}, title));
    const QList<DirectionGroup> groups = groupByDirection(items, QStringLiteral("kk"));
    QStringList sorted;
    for (const ItemSummary &item : groups.at(0).items)
        sorted.append(item.title);
    QCOMPARE(sorted, expected);
}

QTEST_GUILESS_MAIN(TestDirections)
#include "tst_directions.moc"
