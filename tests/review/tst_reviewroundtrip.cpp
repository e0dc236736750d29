// The review round trip, through the app's own writer, reader,
// SchoolStore and review file, and through qujat-cli as separate processes:
// teacher exports -> school imports and reviews -> teacher imports the
// review -> teacher fixes a returned item and exports again -> the school
// sees the change and keeps its earlier marks on the unchanged items.

#include "bundletestsupport.h"
#include "review/review.h"
#include "review/reviewfile.h"
#include "school/schoolreport.h"
#include "school/schoolstore.h"
#include "store/store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;
using namespace qujat::review;
using namespace qujat::school;

namespace {

QList<QUuid> itemUuids(const Store &store)
{
    QList<QUuid> uuids;
    for (const Item &item : store.items())
        uuids.append(item.uuid);
    std::sort(uuids.begin(), uuids.end(), [](const QUuid &a, const QUuid &b) { return a.toString() < b.toString(); });
    return uuids;
}

int reviewRows(const Store &store)
{
    QSqlQuery query(store.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM item_reviews")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class ReviewRoundTripTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString path(const QString &name) const { return m_work.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        test::setUpTestEnvironment();
        QVERIFY(m_work.isValid());
    }

    void roundTrip()
    {
        QString problem;
        QVERIFY2(test::makeTeacher(path(QStringLiteral("teacher-a")), 4, 21, &problem), qPrintable(problem));
        QVERIFY2(test::makeTeacher(path(QStringLiteral("teacher-b")), 2, 22, &problem), qPrintable(problem));
        Error error;
        Store teacher(path(QStringLiteral("teacher-a")));
        QVERIFY2(teacher.open(&error), qPrintable(error.detail));
        Store other(path(QStringLiteral("teacher-b")));
        QVERIFY2(other.open(&error), qPrintable(error.detail));
        const QList<QUuid> uuids = itemUuids(teacher);
        QCOMPARE(uuids.size(), 4);

        // Teacher -> school.
        QVERIFY(test::exportBundle(teacher, path(QStringLiteral("a1.zip")), true, &problem));
        SchoolStore school(path(QStringLiteral("school")));
        QVERIFY2(school.open(&error), qPrintable(error.detail));
        QVERIFY(school.saveSchoolInfo({QStringLiteral("№ 12 мектеп-гимназиясы"), QStringLiteral("Серікова Г.")}, &error));
        ImportReport imported;
        QVERIFY2(school.importBundle(path(QStringLiteral("a1.zip")), {}, &imported, &error), qPrintable(error.detail));
        QCOMPARE(imported.added, 4);
        Store *copy = school.teacherStore(teacher.portfolioUuid(), &error);
        QVERIFY(copy);

        // The school reviews.
        const QString comment = QStringLiteral("Мөрі анық емес, қайта түсіріңіз");
        QVERIFY(!ReviewStore::mark(*copy, uuids.at(1), QStringLiteral("returned"), QString(), &error));
        QVERIFY(!ReviewStore::mark(*copy, uuids.at(1), QStringLiteral("maybe"), QString(), &error));
        QVERIFY(ReviewStore::mark(*copy, uuids.at(0), QStringLiteral("accepted"), QString(), &error));
        QVERIFY(ReviewStore::mark(*copy, uuids.at(1), QStringLiteral("returned"), comment, &error));
        QVERIFY(ReviewStore::mark(*copy, uuids.at(2), QStringLiteral("returned"), QStringLiteral("Күні жоқ"), &error));
        QVERIFY(ReviewStore::setNote(*copy, QStringLiteral("Жалпы жақсы"), &error));
        QCOMPARE(ReviewStore::effectiveStatusOf(*copy, uuids.at(1)), EffectiveStatus::Returned);
        ReviewExportResult exported;
        QVERIFY2(ReviewFile::write(*copy, school.schoolInfo().name, school.schoolInfo().administrator,
                                   school.signingKeyPath(), path(QStringLiteral("r1.zip")), &exported, &error),
                 qPrintable(error.detail));
        QCOMPARE(exported.accepted, 1);
        QCOMPARE(exported.returned, 2);
        // The review file is a valid BagIt bag.
        {
            QTemporaryDir unpacked;
            QCOMPARE(QProcess::execute(QStringLiteral("unzip"), {QStringLiteral("-q"), path(QStringLiteral("r1.zip")),
                                                                 QStringLiteral("-d"), unpacked.path()}), 0);
            const QStringList tops = QDir(unpacked.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            QCOMPARE(tops.size(), 1);
            QCOMPARE(test::rfc8493Problems(unpacked.filePath(tops.constFirst())), QStringList());
        }

        // A review for another portfolio is refused and changes nothing.
        ReviewImportReport report;
        QVERIFY(!ReviewFile::importInto(other, path(QStringLiteral("r1.zip")), {}, &report, &error));
        QVERIFY2(error.detail.contains(QLatin1String("review portfolio")), qPrintable(error.detail));
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(reviewRows(other), 0);

        // The teacher imports the review and sees each status.
        QVERIFY2(ReviewFile::importInto(teacher, path(QStringLiteral("r1.zip")), {}, &report, &error),
                 qPrintable(error.detail));
        QCOMPARE(report.accepted, 1);
        QCOMPARE(report.returned, 2);
        QCOMPARE(report.school, QStringLiteral("№ 12 мектеп-гимназиясы"));
        QCOMPARE(ReviewStore::effectiveStatusOf(teacher, uuids.at(0)), EffectiveStatus::Accepted);
        QCOMPARE(ReviewStore::effectiveStatusOf(teacher, uuids.at(1)), EffectiveStatus::Returned);
        QCOMPARE(ReviewStore::effectiveStatusOf(teacher, uuids.at(2)), EffectiveStatus::Returned);
        QCOMPARE(ReviewStore::effectiveStatusOf(teacher, uuids.at(3)), EffectiveStatus::None);
        QCOMPARE(ReviewStore::itemReview(teacher, uuids.at(1))->comment, comment);
        QCOMPARE(ReviewStore::portfolioReview(teacher).note, QStringLiteral("Жалпы жақсы"));
        QCOMPARE(returnedItemFindings(teacher).size(), 2);
        // The same file again changes nothing.
        QVERIFY(ReviewFile::importInto(teacher, path(QStringLiteral("r1.zip")), {}, &report, &error));
        QVERIFY(report.alreadyImported);

        // The teacher fixes a returned item: "returned" clears on her side.
        std::optional<Item> fixed = teacher.item(uuids.at(1));
        QVERIFY(fixed);
        fixed->date = QDate(2024, 3, 15);
        fixed->notes = QStringLiteral("Қайта түсірілді");
        QVERIFY(teacher.updateItem(&*fixed, &error));
        QCOMPARE(ReviewStore::effectiveStatusOf(teacher, uuids.at(1)), EffectiveStatus::Changed);
        QCOMPARE(returnedItemFindings(teacher).size(), 1);
        QCOMPARE(returnedItemFindings(teacher).constFirst().itemUuid, uuids.at(2));

        // ... and exports again: the school sees the change, and its earlier
        // marks on the unchanged items stay.
        QVERIFY(test::exportBundle(teacher, path(QStringLiteral("a2.zip"))));
        QVERIFY2(school.importBundle(path(QStringLiteral("a2.zip")), {}, &imported, &error), qPrintable(error.detail));
        QCOMPARE(imported.replaced, 1);
        QCOMPARE(ReviewStore::effectiveStatusOf(*copy, uuids.at(0)), EffectiveStatus::Accepted);
        QCOMPARE(ReviewStore::effectiveStatusOf(*copy, uuids.at(1)), EffectiveStatus::Changed);
        QCOMPARE(ReviewStore::effectiveStatusOf(*copy, uuids.at(2)), EffectiveStatus::Returned);
        const Readiness readiness = readinessOf(*copy);
        QCOMPARE(readiness.accepted, 1);
        QCOMPARE(readiness.returned, 1);
        QCOMPARE(readiness.changed, 1);
        QVERIFY(!readiness.ready);

        // A later review replaces the earlier one; the older one is then refused.
        QTest::qWait(5); // a later review time
        QVERIFY(ReviewStore::mark(*copy, uuids.at(1), QStringLiteral("accepted"), QString(), &error));
        QVERIFY(ReviewStore::clearMark(*copy, uuids.at(2), &error));
        QVERIFY(ReviewFile::write(*copy, QStringLiteral("№ 12"), QStringLiteral("Серікова Г."), school.signingKeyPath(),
                                  path(QStringLiteral("r2.zip")), &exported, &error));
        QVERIFY2(ReviewFile::importInto(teacher, path(QStringLiteral("r2.zip")), {}, &report, &error),
                 qPrintable(error.detail));
        QCOMPARE(ReviewStore::effectiveStatusOf(teacher, uuids.at(1)), EffectiveStatus::Accepted);
        QCOMPARE(ReviewStore::effectiveStatusOf(teacher, uuids.at(2)), EffectiveStatus::None);
        QCOMPARE(returnedItemFindings(teacher).size(), 0);
        QVERIFY(!ReviewFile::importInto(teacher, path(QStringLiteral("r1.zip")), {}, &report, &error));
        QVERIFY2(error.detail.contains(QLatin1String("older")), qPrintable(error.detail));
        QCOMPARE(ReviewStore::effectiveStatusOf(teacher, uuids.at(1)), EffectiveStatus::Accepted);

        // The school's summary and CSV files.
        const SchoolSummary summary = SchoolReport::summary(school);
        QCOMPARE(summary.teachers, 1);
        QCOMPARE(summary.items, 4);
        const QByteArray items = SchoolReport::itemsCsv(school, QStringLiteral("kk"));
        QVERIFY(items.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(items.count("\r\n"), 5); // header + 4 items
        QVERIFY(QString::fromUtf8(items).contains(teacher.profile().fullName));
        const QByteArray teachers = SchoolReport::teachersCsv(school, QStringLiteral("kk"));
        QCOMPARE(teachers.count("\r\n"), 2);
    }

    void tamperedOrForeignFilesRefused()
    {
        QString problem;
        const QString teacherDir = path(QStringLiteral("tamper-teacher"));
        QVERIFY(test::makeTeacher(teacherDir, 2, 31, &problem));
        Error error;
        Store teacher(teacherDir);
        QVERIFY(teacher.open(&error));
        QVERIFY(test::exportBundle(teacher, path(QStringLiteral("t.zip"))));
        SchoolStore school(path(QStringLiteral("tamper-school")));
        QVERIFY(school.open(&error));
        ImportReport imported;
        QVERIFY(school.importBundle(path(QStringLiteral("t.zip")), {}, &imported, &error));
        Store *copy = school.teacherStore(teacher.portfolioUuid(), &error);
        const QUuid first = itemUuids(teacher).constFirst();
        QVERIFY(ReviewStore::mark(*copy, first, QStringLiteral("returned"), QStringLiteral("Қолы жоқ"), &error));
        ReviewExportResult exported;
        QVERIFY(ReviewFile::write(*copy, QString(), QString(), school.signingKeyPath(), path(QStringLiteral("t-r.zip")),
                                  &exported, &error));

        // review.json changed to "accepted" and the manifests recomputed:
        // the signature no longer matches.
        QList<test::ZipEntry> entries = test::readZip(path(QStringLiteral("t-r.zip")));
        QByteArray top;
        for (test::ZipEntry &entry : entries) {
            top = entry.name.left(entry.name.indexOf('/'));
            if (entry.name.endsWith("data/review.json"))
                entry.content.replace("\"returned\"", "\"accepted\"");
        }
        test::rechecksum(&entries, top, false);
        QVERIFY(test::writeZip(path(QStringLiteral("t-tampered.zip")), entries));
        ReviewImportReport report;
        QVERIFY(!ReviewFile::importInto(teacher, path(QStringLiteral("t-tampered.zip")), {}, &report, &error));
        QVERIFY2(error.detail.contains(QLatin1String("signature")), qPrintable(error.detail));
        QCOMPARE(reviewRows(teacher), 0);

        // Changed without recomputing the checksums: the bag check fails,
        // and the message names the school, not the teacher.
        entries = test::readZip(path(QStringLiteral("t-r.zip")));
        for (test::ZipEntry &entry : entries) {
            if (entry.name.endsWith("data/review.json"))
                entry.content.replace("\"returned\"", "\"accepted\"");
        }
        QVERIFY(test::writeZip(path(QStringLiteral("t-changed.zip")), entries));
        QVERIFY(!ReviewFile::importInto(teacher, path(QStringLiteral("t-changed.zip")), {}, &report, &error));
        QVERIFY2(error.message.contains(QLatin1String("school")), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QLatin1String("teacher")), qPrintable(error.message));
        QCOMPARE(reviewRows(teacher), 0);

        // A portfolio bundle is not a review.
        QVERIFY(!ReviewFile::importInto(teacher, path(QStringLiteral("t.zip")), {}, &report, &error));
        QVERIFY2(error.detail.contains(QLatin1String("portfolio")), qPrintable(error.detail));

        // Signed by another school key: refused unless accepted.
        QVERIFY(ReviewFile::importInto(teacher, path(QStringLiteral("t-r.zip")), {}, &report, &error));
        QTest::qWait(5);
        QVERIFY(ReviewFile::write(*copy, QString(), QString(), path(QStringLiteral("other-key.pem")),
                                  path(QStringLiteral("t-r2.zip")), &exported, &error));
        QVERIFY(!ReviewFile::importInto(teacher, path(QStringLiteral("t-r2.zip")), {}, &report, &error));
        QVERIFY2(error.detail.contains(QLatin1String("pinned")), qPrintable(error.detail));
        ReviewImportOptions accept;
        accept.acceptNewKey = true;
        QVERIFY(ReviewFile::importInto(teacher, path(QStringLiteral("t-r2.zip")), accept, &report, &error));
        QVERIFY(report.keyChanged);
    }

    void commandLine()
    {
        const QString cli = QStringLiteral(QUJAT_CLI_PATH);
        const QString teacherDir = path(QStringLiteral("cli-teacher"));
        const QString schoolDir = path(QStringLiteral("cli-school"));
        QString problem;
        QVERIFY(test::makeTeacher(teacherDir, 3, 41, &problem));
        const auto run = [&](const QStringList &arguments) { return test::runProcess(cli, arguments); };
        const QString bundle = path(QStringLiteral("cli.zip"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--out"), bundle, QStringLiteral("--data-dir"), teacherDir}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("import"), bundle, QStringLiteral("--data-dir"), schoolDir}).exitCode, 0);
        test::ProcessRun result = run({QStringLiteral("school"), QStringLiteral("--name"), QStringLiteral("Ақсу ЖОМ"),
                                       QStringLiteral("--administrator"), QStringLiteral("Ахметова Ә."),
                                       QStringLiteral("--data-dir"), schoolDir, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("teachers")).toInt(), 1);

        result = run({QStringLiteral("teachers"), QStringLiteral("--data-dir"), schoolDir, QStringLiteral("--json")});
        const QString teacherId = QJsonDocument::fromJson(result.out).array().at(0).toObject()
                                      .value(QStringLiteral("portfolioUuid")).toString();
        QVERIFY(!teacherId.isEmpty());
        result = run({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--teacher"), teacherId.left(8),
                      QStringLiteral("--data-dir"), schoolDir, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(list.size(), 3);
        const QString item = list.at(0).toObject().value(QStringLiteral("item")).toString();

        // Usage errors: a returned mark needs a comment, the status is one of two.
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("mark"), item, QStringLiteral("returned"),
                      QStringLiteral("--data-dir"), schoolDir}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("mark"), item, QStringLiteral("ok"),
                      QStringLiteral("--data-dir"), schoolDir}).exitCode, 2);
        result = run({QStringLiteral("review"), QStringLiteral("mark"), item.left(8), QStringLiteral("returned"),
                      QStringLiteral("--comment"), QStringLiteral("Түпнұсқамен салыстырылмаған"),
                      QStringLiteral("--data-dir"), schoolDir, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QString note = QStringLiteral("Ашық сабақтың хаттамасын қосыңыз");
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("note"), QStringLiteral("--teacher"), teacherId, note,
                      QStringLiteral("--data-dir"), schoolDir}).exitCode, 0);
        const QString reviewFile = path(QStringLiteral("cli-review.zip"));
        result = run({QStringLiteral("review"), QStringLiteral("export"), QStringLiteral("--teacher"), teacherId,
                      QStringLiteral("--out"), reviewFile, QStringLiteral("--data-dir"), schoolDir, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("returned")).toInt(), 1);

        result = run({QStringLiteral("review"), QStringLiteral("import"), reviewFile, QStringLiteral("--data-dir"),
                      teacherDir, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("school")).toString(),
                 QStringLiteral("Ақсу ЖОМ"));
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("note")).toString(), note);
        result = run({QStringLiteral("show"), item, QStringLiteral("--data-dir"), teacherDir, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject review = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("review")).toObject();
        QCOMPARE(review.value(QStringLiteral("status")).toString(), QStringLiteral("returned"));
        QCOMPARE(review.value(QStringLiteral("comment")).toString(), QStringLiteral("Түпнұсқамен салыстырылмаған"));

        // Into another teacher's folder: refused with exit code 1.
        const QString stranger = path(QStringLiteral("cli-stranger"));
        QVERIFY(test::makeTeacher(stranger, 1, 42, &problem));
        result = run({QStringLiteral("review"), QStringLiteral("import"), reviewFile, QStringLiteral("--data-dir"), stranger});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("another portfolio"));

        // CSV with a byte order mark.
        const QString csv = path(QStringLiteral("items.csv"));
        QCOMPARE(run({QStringLiteral("school"), QStringLiteral("csv"), QStringLiteral("items"), QStringLiteral("--out"), csv,
                      QStringLiteral("--data-dir"), schoolDir}).exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Түпнұсқамен салыстырылмаған")));
    }
};

QTEST_MAIN(ReviewRoundTripTest)
#include "tst_reviewroundtrip.moc"
