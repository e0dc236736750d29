#include "catalog/catalog.h"
#include "rules/readiness.h"
#include "store/store.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

namespace {

// The planned attestation date of every constructed portfolio below.
const QDate Attestation(2026, 5, 20);

Item makeItem(const QString &section, const QString &kind, const QString &title, const QDate &date,
              const QVariantMap &fields = {})
{
    Item item;
    item.sectionKey = section;
    item.kind = kind;
    item.title = title;
    item.date = date;
    item.fields = fields;
    return item;
}

// A publication row with every required column filled.
Item publication(const QString &title, const QDate &date)
{
    return makeItem(QStringLiteral("tables.publications"), {}, title, date,
                    {{QStringLiteral("publication"), QStringLiteral("Қазақстан мектебі")}});
}

Item openLesson(const QString &topic, const QDate &date)
{
    return makeItem(QStringLiteral("tables.open_lessons"), {}, topic, date,
                    {{QStringLiteral("subject"), QStringLiteral("Математика")},
                     {QStringLiteral("topic"), topic},
                     {QStringLiteral("class_group"), QStringLiteral("7А")}});
}

Item extracurricular(const QString &activity, const QDate &date)
{
    return makeItem(QStringLiteral("tables.extracurricular"), {}, activity, date,
                    {{QStringLiteral("activity"), activity}});
}

Item dynamicsRow(const QString &title, const QDate &date)
{
    return makeItem(QStringLiteral("tables.achievement_dynamics"), {}, title, date,
                    {{QStringLiteral("subject"), QStringLiteral("Алгебра")},
                     {QStringLiteral("class_group"), QStringLiteral("9Ә")},
                     {QStringLiteral("assessment_kind"), QStringLiteral("БЖБ")},
                     {QStringLiteral("quality_percent"), 74}});
}

// Every required document of the Documents portfolio's first section,
// including the previous category certificate.
QList<Item> requiredDocuments()
{
    QList<Item> items;
    for (const char *kind : {"photo", "identity", "education_diploma", "employment_record", "previous_category",
                             "specialty_courses", "application", "attestation_sheet"}) {
        items.append(makeItem(QStringLiteral("documents.general"), QLatin1String(kind),
                              QLatin1String(kind), QDate(2010, 1, 1)));
    }
    return items;
}

Profile profileWithCategory()
{
    Profile profile;
    profile.fullName = QStringLiteral("Әбдірахманова Гүлнұр");
    profile.currentCategory = QStringLiteral("moderator");
    profile.attestationDate = Attestation;
    return profile;
}

QList<Finding> ofType(const ReadinessReport &report, FindingType type)
{
    QList<Finding> found;
    for (const Finding &finding : report.findings) {
        if (finding.type == type)
            found.append(finding);
    }
    return found;
}

const SectionReadiness *sectionOf(const ReadinessReport &report, const QString &key)
{
    for (const SectionReadiness &section : report.sections) {
        if (section.sectionKey == key)
            return &section;
    }
    return nullptr;
}

} // namespace

class TestReadiness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void windowStartBoundaries_data();
    void windowStartBoundaries();
    void completePortfolioIsReady();
    void windowFiveYears_data();
    void windowFiveYears();
    void windowThreeYearsTableVii_data();
    void windowThreeYearsTableVii();
    void windowOfKindOverridesSection();
    void leapDayAttestation();
    void sixthOpenLesson();
    void fourthExtracurricularSample();
    void sixthSampleLessonOfKind();
    void missingRequiredDocument_data();
    void missingRequiredDocument();
    void previousCategoryOnlyWithCategory();
    void profilePhotoCountsAsPortrait();
    void tableRowMissingColumn_data();
    void tableRowMissingColumn();
    void undatedItem();
    void noAttestationDate();
    void sectionPercent();
    void storedPortfolio();
    void messagesNameRuleAndFix();
};

void TestReadiness::windowStartBoundaries_data()
{
    QTest::addColumn<QDate>("attestation");
    QTest::addColumn<int>("years");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("5 years") << QDate(2026, 5, 20) << 5 << QDate(2021, 5, 20);
    QTest::newRow("3 years") << QDate(2026, 5, 20) << 3 << QDate(2023, 5, 20);
    QTest::newRow("29 Feb, 5 years") << QDate(2028, 2, 29) << 5 << QDate(2023, 2, 28);
    QTest::newRow("29 Feb, 4 years") << QDate(2028, 2, 29) << 4 << QDate(2024, 2, 29);
    QTest::newRow("1 Mar after leap") << QDate(2029, 3, 1) << 5 << QDate(2024, 3, 1);
}

void TestReadiness::windowStartBoundaries()
{
    QFETCH(QDate, attestation);
    QFETCH(int, years);
    QFETCH(QDate, expected);
    QCOMPARE(ReadinessChecker::windowStart(attestation, years), expected);
}

void TestReadiness::completePortfolioIsReady()
{
    QList<Item> items = requiredDocuments();
    items.append(publication(QStringLiteral("Бөлшектер"), QDate(2024, 3, 1)));
    items.append(dynamicsRow(QStringLiteral("2024-2025"), QDate(2025, 5, 25)));
    const ReadinessReport report = ReadinessChecker().check(profileWithCategory(), items);
    for (const Finding &finding : report.findings)
        qWarning() << ReadinessChecker().message(finding, QStringLiteral("en"));
    QVERIFY(report.isReady());
    QCOMPARE(report.percent(), 100);
    QCOMPARE(report.sections.size(), Catalog::instance().sections().size());
}

void TestReadiness::windowFiveYears_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("outside");

    QTest::newRow("one day inside") << QDate(2021, 5, 21) << false;
    QTest::newRow("exact boundary") << QDate(2021, 5, 20) << false;
    QTest::newRow("one day outside") << QDate(2021, 5, 19) << true;
}

void TestReadiness::windowFiveYears()
{
    QFETCH(QDate, date);
    QFETCH(bool, outside);

    QList<Item> items = requiredDocuments();
    Item item = publication(QStringLiteral("Мақала"), date);
    item.uuid = QUuid::createUuid();
    items.append(item);
    const ReadinessReport report = ReadinessChecker().check(profileWithCategory(), items);
    const QList<Finding> findings = ofType(report, FindingType::OutsideWindow);
    QCOMPARE(report.findings.size(), outside ? 1 : 0);
    if (!outside)
        return;
    const Finding &finding = findings.constFirst();
    QCOMPARE(finding.item, item.uuid);
    QCOMPARE(finding.field, QStringLiteral("date"));
    QCOMPARE(finding.sectionKey, QStringLiteral("tables.publications"));
    QCOMPARE(finding.windowYears, 5);
    QCOMPARE(finding.windowStart, QDate(2021, 5, 20));
    QCOMPARE(finding.ruleScope, QStringLiteral("section"));
}

void TestReadiness::windowThreeYearsTableVii_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("outside");

    QTest::newRow("one day inside") << QDate(2023, 5, 21) << false;
    QTest::newRow("exact boundary") << QDate(2023, 5, 20) << false;
    QTest::newRow("one day outside") << QDate(2023, 5, 19) << true;
    QTest::newRow("4 years, inside 5") << QDate(2022, 6, 1) << true;
}

void TestReadiness::windowThreeYearsTableVii()
{
    QFETCH(QDate, date);
    QFETCH(bool, outside);

    QList<Item> items = requiredDocuments();
    Item item = dynamicsRow(QStringLiteral("Сапа"), date);
    item.uuid = QUuid::createUuid();
    items.append(item);
    const ReadinessReport report = ReadinessChecker().check(profileWithCategory(), items);
    QCOMPARE(report.findings.size(), outside ? 1 : 0);
    if (!outside)
        return;
    const Finding &finding = report.findings.constFirst();
    QCOMPARE(finding.type, FindingType::OutsideWindow);
    QCOMPARE(finding.item, item.uuid);
    QCOMPARE(finding.sectionKey, QStringLiteral("tables.achievement_dynamics"));
    QCOMPARE(finding.windowYears, 3);
    QCOMPARE(finding.windowStart, QDate(2023, 5, 20));
}

void TestReadiness::windowOfKindOverridesSection()
{
    // The analysis of students' achievements covers 3 years inside a 5-year section.
    QList<Item> items = requiredDocuments();
    Item inside = makeItem(QStringLiteral("creativity.assessment"), QStringLiteral("achievement_analysis"),
                           QStringLiteral("Талдау 1"), QDate(2023, 5, 20));
    Item outside = makeItem(QStringLiteral("creativity.assessment"), QStringLiteral("achievement_analysis"),
                            QStringLiteral("Талдау 2"), QDate(2023, 5, 19));
    Item otherKind = makeItem(QStringLiteral("creativity.assessment"), QStringLiteral("student_surveys"),
                              QStringLiteral("Сауалнама"), QDate(2023, 5, 19));
    for (Item *item : {&inside, &outside, &otherKind})
        item->uuid = QUuid::createUuid();
    items << inside << outside << otherKind;
    const ReadinessReport report = ReadinessChecker().check(profileWithCategory(), items);
    QCOMPARE(report.findings.size(), 1);
    const Finding &finding = report.findings.constFirst();
    QCOMPARE(finding.item, outside.uuid);
    QCOMPARE(finding.windowYears, 3);
    QCOMPARE(finding.ruleScope, QStringLiteral("kind"));
    QCOMPARE(finding.kindKey, QStringLiteral("achievement_analysis"));
}

void TestReadiness::leapDayAttestation()
{
    Profile profile = profileWithCategory();
    profile.attestationDate = QDate(2028, 2, 29);
    QList<Item> items = requiredDocuments();
    Item boundary = publication(QStringLiteral("Шекара"), QDate(2023, 2, 28));
    Item before = publication(QStringLiteral("Ерте"), QDate(2023, 2, 27));
    Item dynamicsBoundary = dynamicsRow(QStringLiteral("Сапа"), QDate(2025, 2, 28));
    Item dynamicsBefore = dynamicsRow(QStringLiteral("Сапа ерте"), QDate(2025, 2, 27));
    for (Item *item : {&boundary, &before, &dynamicsBoundary, &dynamicsBefore})
        item->uuid = QUuid::createUuid();
    items << boundary << before << dynamicsBoundary << dynamicsBefore;
    const ReadinessReport report = ReadinessChecker().check(profile, items);
    const QList<Finding> findings = ofType(report, FindingType::OutsideWindow);
    QCOMPARE(report.findings.size(), 2);
    QCOMPARE(findings.size(), 2);
    QSet<QUuid> flagged{findings.at(0).item, findings.at(1).item};
    QCOMPARE(flagged, (QSet<QUuid>{before.uuid, dynamicsBefore.uuid}));
}

void TestReadiness::sixthOpenLesson()
{
    QList<Item> items = requiredDocuments();
    QList<QUuid> uuids;
    for (int day = 1; day <= 6; ++day) {
        Item lesson = openLesson(QStringLiteral("Сабақ %1").arg(day), QDate(2025, 3, day));
        lesson.uuid = QUuid::createUuid();
        uuids.append(lesson.uuid);
        items.append(lesson);
    }
    ReadinessReport report = ReadinessChecker().check(profileWithCategory(), items);
    QCOMPARE(report.findings.size(), 1);
    const Finding &finding = report.findings.constFirst();
    QCOMPARE(finding.type, FindingType::OverLimit);
    QCOMPARE(finding.sectionKey, QStringLiteral("tables.open_lessons"));
    QCOMPARE(finding.limit, 5);
    QCOMPARE(finding.count, 6);
    QCOMPARE(finding.ruleScope, QStringLiteral("section"));
    QCOMPARE(finding.item, uuids.constFirst()); // the oldest goes beyond the limit
    QVERIFY(!sectionOf(report, QStringLiteral("tables.open_lessons"))->isReady());

    items.removeLast();
    report = ReadinessChecker().check(profileWithCategory(), items);
    QVERIFY(report.isReady());
}

void TestReadiness::fourthExtracurricularSample()
{
    QList<Item> items = requiredDocuments();
    for (int month = 1; month <= 4; ++month) {
        Item activity = extracurricular(QStringLiteral("Апталық %1").arg(month), QDate(2024, month, 10));
        activity.uuid = QUuid::createUuid();
        items.append(activity);
    }
    ReadinessReport report = ReadinessChecker().check(profileWithCategory(), items);
    QCOMPARE(report.findings.size(), 1);
    const Finding &finding = report.findings.constFirst();
    QCOMPARE(finding.type, FindingType::OverLimit);
    QCOMPARE(finding.sectionKey, QStringLiteral("tables.extracurricular"));
    QCOMPARE(finding.limit, 3);
    QCOMPARE(finding.count, 4);
    QCOMPARE(finding.item, items.at(items.size() - 4).uuid);

    items.removeAt(items.size() - 4);
    report = ReadinessChecker().check(profileWithCategory(), items);
    QVERIFY(report.isReady());
}

void TestReadiness::sixthSampleLessonOfKind()
{
    // Section 1 of Pedagogical creativity limits two kinds: 5 lessons, 3 extracurricular samples.
    QList<Item> items = requiredDocuments();
    for (int day = 1; day <= 6; ++day) {
        Item lesson = makeItem(QStringLiteral("creativity.practice"), QStringLiteral("sample_lesson"),
                               QStringLiteral("Үлгі %1").arg(day), QDate(2025, 4, day));
        lesson.uuid = QUuid::createUuid();
        items.append(lesson);
    }
    for (int day = 1; day <= 4; ++day) {
        Item sample = makeItem(QStringLiteral("creativity.practice"), QStringLiteral("extracurricular_sample"),
                               QStringLiteral("Сыныптан тыс %1").arg(day), QDate(2025, 5, day));
        sample.uuid = QUuid::createUuid();
        items.append(sample);
    }
    const ReadinessReport report = ReadinessChecker().check(profileWithCategory(), items);
    QCOMPARE(report.findings.size(), 2);
    const Finding &lessons = report.findings.at(0);
    QCOMPARE(lessons.type, FindingType::OverLimit);
    QCOMPARE(lessons.kindKey, QStringLiteral("sample_lesson"));
    QCOMPARE(lessons.ruleScope, QStringLiteral("kind"));
    QCOMPARE(lessons.limit, 5);
    QCOMPARE(lessons.count, 6);
    QCOMPARE(lessons.itemTitle, QStringLiteral("Үлгі 1"));
    const Finding &samples = report.findings.at(1);
    QCOMPARE(samples.kindKey, QStringLiteral("extracurricular_sample"));
    QCOMPARE(samples.limit, 3);
    QCOMPARE(samples.count, 4);
    QCOMPARE(samples.itemTitle, QStringLiteral("Сыныптан тыс 1"));
}

void TestReadiness::missingRequiredDocument_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"photo", "identity", "education_diploma", "employment_record", "previous_category",
                             "specialty_courses", "application", "attestation_sheet"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestReadiness::missingRequiredDocument()
{
    QFETCH(QString, kind);
    QList<Item> items = requiredDocuments();
    items.removeIf([&kind](const Item &item) { return item.kind == kind; });
    QCOMPARE(items.size(), 7);
    const ReadinessReport report = ReadinessChecker().check(profileWithCategory(), items);
    QCOMPARE(report.findings.size(), 1);
    const Finding &finding = report.findings.constFirst();
    QCOMPARE(finding.type, FindingType::MissingRequired);
    QCOMPARE(finding.sectionKey, QStringLiteral("documents.general"));
    QCOMPARE(finding.kindKey, kind);
    QVERIFY(finding.item.isNull());
    const SectionReadiness *general = sectionOf(report, QStringLiteral("documents.general"));
    QCOMPARE(general->checks, 8 + 7);
    QCOMPARE(general->passed, 7 + 7);
    QVERIFY(!general->isReady());
}

void TestReadiness::previousCategoryOnlyWithCategory()
{
    QList<Item> items = requiredDocuments();
    items.removeIf([](const Item &item) { return item.kind == QLatin1String("previous_category"); });
    Profile profile = profileWithCategory();
    profile.currentCategory.clear();
    QVERIFY(ReadinessChecker().check(profile, items).isReady());
}

void TestReadiness::profilePhotoCountsAsPortrait()
{
    QList<Item> items = requiredDocuments();
    items.removeIf([](const Item &item) { return item.kind == QLatin1String("photo"); });
    Profile profile = profileWithCategory();
    QCOMPARE(ReadinessChecker().check(profile, items).findings.size(), 1);
    profile.photoSha = QStringLiteral("ab12");
    QVERIFY(ReadinessChecker().check(profile, items).isReady());
}

void TestReadiness::tableRowMissingColumn_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("column");

    QTest::newRow("I publication") << "tables.publications" << "publication";
    QTest::newRow("I title") << "tables.publications" << "title";
    QTest::newRow("III level") << "tables.sharing_practice" << "level";
    QTest::newRow("IV topic") << "tables.open_lessons" << "topic";
    QTest::newRow("VII percent") << "tables.achievement_dynamics" << "quality_percent";
    QTest::newRow("VIII result") << "tables.feedback" << "result";
}

void TestReadiness::tableRowMissingColumn()
{
    QFETCH(QString, section);
    QFETCH(QString, column);

    // A row with every required column filled except `column`.
    Item row = makeItem(section, {}, QStringLiteral("Жол"), QDate(2025, 1, 15));
    row.uuid = QUuid::createUuid();
    for (const FieldDef &field : Catalog::instance().section(section)->columns) {
        if (field.key == column || field.key == QLatin1String("date"))
            continue;
        if (field.key == QLatin1String("level"))
            row.level = QStringLiteral("city");
        else if (field.key == QLatin1String("title"))
            row.title = QStringLiteral("Жол");
        else
            row.fields.insert(field.key, QStringLiteral("мән"));
    }
    if (column == QLatin1String("title"))
        row.title = QStringLiteral("  ");

    QList<Item> items = requiredDocuments();
    items.append(row);
    const ReadinessReport report = ReadinessChecker().check(profileWithCategory(), items);
    QCOMPARE(report.findings.size(), 1);
    const Finding &finding = report.findings.constFirst();
    QCOMPARE(finding.type, FindingType::MissingField);
    QCOMPARE(finding.item, row.uuid);
    QCOMPARE(finding.field, column);
    QCOMPARE(finding.sectionKey, section);
}

void TestReadiness::undatedItem()
{
    QList<Item> items = requiredDocuments();
    Item undated = publication(QStringLiteral("Күнсіз"), QDate());
    undated.uuid = QUuid::createUuid();
    items.append(undated);
    const ReadinessReport report = ReadinessChecker().check(profileWithCategory(), items);
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(report.findings.constFirst().type, FindingType::Undated);
    QCOMPARE(report.findings.constFirst().item, undated.uuid);
    QCOMPARE(report.findings.constFirst().field, QStringLiteral("date"));
}

void TestReadiness::noAttestationDate()
{
    Profile profile = profileWithCategory();
    profile.attestationDate = QDate();
    QList<Item> items = requiredDocuments();
    items.append(publication(QStringLiteral("Ескі"), QDate(2001, 1, 1)));
    const ReadinessReport report = ReadinessChecker().check(profile, items);
    // Without the date no window is checked, and the one finding opens the profile.
    QCOMPARE(report.findings.size(), 1);
    const Finding &finding = report.findings.constFirst();
    QCOMPARE(finding.type, FindingType::NoAttestationDate);
    QVERIFY(finding.opensProfile());
    QCOMPARE(finding.field, QStringLiteral("attestationDate"));
    QVERIFY(report.percent() < 100);
}

void TestReadiness::sectionPercent()
{
    QList<Item> items = requiredDocuments();
    items.append(publication(QStringLiteral("Жаңа"), QDate(2025, 1, 1)));
    items.append(publication(QStringLiteral("Ескі"), QDate(2020, 1, 1)));
    items.append(publication(QStringLiteral("Күнсіз"), QDate()));
    items.append(publication(QStringLiteral("Тағы"), QDate(2024, 1, 1)));
    for (Item &item : items)
        item.uuid = QUuid::createUuid();
    const ReadinessReport report = ReadinessChecker().check(profileWithCategory(), items);
    const SectionReadiness *publications = sectionOf(report, QStringLiteral("tables.publications"));
    QCOMPARE(publications->items, 4);
    QCOMPARE(publications->checks, 4);
    QCOMPARE(publications->passed, 2);
    QCOMPARE(publications->percent(), 50);
    QCOMPARE(publications->findings, 2);
    // 8 required documents + 8 items in section 1 + 4 rows + the attestation date.
    QCOMPARE(report.percent(), (8 + 8 + 2 + 1) * 100 / (8 + 8 + 4 + 1));
    const SectionReadiness *empty = sectionOf(report, QStringLiteral("tables.feedback"));
    QCOMPARE(empty->percent(), 100);
    QVERIFY(empty->isReady());
}

// The same rules on a portfolio saved in a real SQLite store and read back.
void TestReadiness::storedPortfolio()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store(dir.path());
    Error error;
    QVERIFY2(store.open(&error), qPrintable(error.detail));
    QVERIFY2(store.saveProfile(profileWithCategory(), {}, &error), qPrintable(error.detail));

    QList<Item> items = requiredDocuments();
    for (int day = 1; day <= 6; ++day)
        items.append(openLesson(QStringLiteral("Сабақ %1").arg(day), QDate(2025, 3, day)));
    items.append(dynamicsRow(QStringLiteral("Ескі сапа"), QDate(2023, 5, 19)));
    for (Item &item : items)
        QVERIFY2(store.addItem(&item, {}, &error), qPrintable(error.detail));

    const ReadinessReport report = ReadinessChecker().check(store.profile(), store.items());
    QCOMPARE(report.findings.size(), 2);
    QCOMPARE(report.findings.at(0).type, FindingType::OverLimit);
    QCOMPARE(report.findings.at(0).itemTitle, QStringLiteral("Сабақ 1"));
    QCOMPARE(report.findings.at(1).type, FindingType::OutsideWindow);
    QCOMPARE(report.findings.at(1).item, items.last().uuid);
}

void TestReadiness::messagesNameRuleAndFix()
{
    QList<Item> items = requiredDocuments();
    items.removeIf([](const Item &item) { return item.kind == QLatin1String("identity"); });
    items.append(dynamicsRow(QStringLiteral("Ескі сапа"), QDate(2023, 5, 19)));
    const ReadinessChecker checker;
    const ReadinessReport report = checker.check(profileWithCategory(), items);
    QCOMPARE(report.findings.size(), 2);

    const QString missing = checker.message(report.findings.at(0), QStringLiteral("kk"));
    QVERIFY2(missing.contains(QStringLiteral("Жеке куәлігінің және құжаттарының көшірмесі")), qPrintable(missing));
    QVERIFY2(missing.contains(QStringLiteral("Педагог туралы жалпы мәлімет")), qPrintable(missing));

    const QString window = checker.message(report.findings.at(1), QStringLiteral("en"));
    QVERIFY2(window.contains(QStringLiteral("19.05.2023")), qPrintable(window));
    QVERIFY2(window.contains(QStringLiteral("20.05.2023")), qPrintable(window));
    QVERIFY2(window.contains(QStringLiteral("20.05.2026")), qPrintable(window));
    QVERIFY2(window.contains(QStringLiteral("3-year")), qPrintable(window));
    QVERIFY2(window.contains(QStringLiteral("table VII")), qPrintable(window));

    const QJsonObject json = checker.toJson(report.findings.at(1), QStringLiteral("en"));
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("outside_window"));
    QCOMPARE(json.value(QStringLiteral("windowStart")).toString(), QStringLiteral("2023-05-20"));
    QCOMPARE(json.value(QStringLiteral("field")).toString(), QStringLiteral("date"));
}

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
