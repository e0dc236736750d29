#include "store/store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

namespace {

test::ProcessRun runCheck(const QString &dataDir, const QStringList &extra = {})
{
    return test::runProcess(QStringLiteral(QUJAT_CLI_PATH),
                            QStringList{QStringLiteral("check"), QStringLiteral("--data-dir"), dataDir} + extra);
}

QStringList findingTypes(const QJsonObject &root)
{
    QStringList types;
    for (const QJsonValue &finding : root.value(QStringLiteral("findings")).toArray())
        types.append(finding.toObject().value(QStringLiteral("type")).toString());
    return types;
}

// Saves the profile and items through the store, then closes it so that
// qujat-cli can take the folder's lock.
void fill(const QString &dataDir, const Profile &profile, QList<Item> items)
{
    Store store(dataDir);
    Error error;
    QVERIFY2(store.open(&error), qPrintable(error.detail));
    QVERIFY2(store.saveProfile(profile, {}, &error), qPrintable(error.detail));
    for (Item &item : items)
        QVERIFY2(store.addItem(&item, {}, &error), qPrintable(error.detail));
}

Item makeItem(const QString &section, const QString &kind, const QDate &date)
{
    Item item;
    item.sectionKey = section;
    item.kind = kind;
    item.title = kind;
    item.date = date;
    return item;
}

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void emptyPortfolioHasFindings()
    {
        QTemporaryDir data;
        const test::ProcessRun run = runCheck(data.path(), {QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QStringLiteral("ready")).toBool(true), false);
        const QStringList types = findingTypes(root);
        QCOMPARE(types.first(), QStringLiteral("no_attestation_date"));
        // Seven required documents: the previous category only counts with a category.
        QCOMPARE(types.count(QStringLiteral("missing_required")), 7);
        QCOMPARE(types.size(), 8);
        const QJsonObject first = root.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("profile")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("attestationDate"));
    }

    void readyPortfolioExitsZero()
    {
        QTemporaryDir data;
        Profile profile;
        profile.fullName = QStringLiteral("Сейітқали Әлия");
        profile.attestationDate = QDate(2026, 5, 20);
        QList<Item> items;
        for (const char *kind : {"photo", "identity", "education_diploma", "employment_record",
                                 "specialty_courses", "application", "attestation_sheet"})
            items.append(makeItem(QStringLiteral("documents.general"), QLatin1String(kind), QDate(2012, 9, 1)));
        fill(data.path(), profile, items);

        const test::ProcessRun run = runCheck(data.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Ready"), run.out.constData());
    }

    void oldItemNamedByUuid()
    {
        QTemporaryDir data;
        Profile profile;
        profile.attestationDate = QDate(2026, 5, 20);
        QList<Item> items;
        for (const char *kind : {"photo", "identity", "education_diploma", "employment_record",
                                 "specialty_courses", "application", "attestation_sheet"})
            items.append(makeItem(QStringLiteral("documents.general"), QLatin1String(kind), QDate(2012, 9, 1)));
        items.append(makeItem(QStringLiteral("documents.achievements"), QStringLiteral("teacher_diploma"),
                              QDate(2021, 5, 19)));
        fill(data.path(), profile, items);

        QString uuid;
        {
            Store store(data.path());
            Error error;
            QVERIFY(store.open(&error));
            uuid = store.summaries(QStringLiteral("documents.achievements"))
                       .constFirst().uuid.toString(QUuid::WithoutBraces);
        }

        const test::ProcessRun json = runCheck(data.path(), {QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonArray findings = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject finding = findings.first().toObject();
        QCOMPARE(finding.value(QStringLiteral("type")).toString(), QStringLiteral("outside_window"));
        QCOMPARE(finding.value(QStringLiteral("item")).toString(), uuid);
        QCOMPARE(finding.value(QStringLiteral("field")).toString(), QStringLiteral("date"));
        QCOMPARE(finding.value(QStringLiteral("windowStart")).toString(), QStringLiteral("2021-05-20"));

        const test::ProcessRun text = runCheck(data.path());
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(uuid.toUtf8()), text.out.constData());
    }

    void extraArgumentIsUsageError()
    {
        QTemporaryDir data;
        const test::ProcessRun run = runCheck(data.path(), {QStringLiteral("everything")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_clicheck.moc"
