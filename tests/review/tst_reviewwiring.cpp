// The administration's review where the teacher meets it: returned items
// among the readiness findings (the checker, the school's teachers list and
// qujat-cli check) until they change, and each item's review status in the
// PDF (qujat-cli report, read back with pdftotext). The review travels the
// real way: the teacher's bundle, the school's import and marks, the
// signed review file, the teacher's import.

#include "bundle/bundlekind.h"
#include "bundletestsupport.h"
#include "report/reportwriter.h"
#include "report/reviewstatus.h"
#include "review/review.h"
#include "review/reviewfile.h"
#include "rules/readiness.h"
#include "school/schoolreport.h"
#include "school/schoolstore.h"
#include "store/store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;
using namespace qujat::review;
using namespace qujat::school;

namespace {

QList<Finding> findingsOf(const ReadinessReport &report, FindingType type)
{
    QList<Finding> result;
    for (const Finding &finding : report.findings) {
        if (finding.type == type)
            result.append(finding);
    }
    return result;
}

QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    const test::ProcessRun run = test::runProcess(tool, {pdf, QStringLiteral("-")});
    return QString::fromUtf8(run.out).simplified();
}

} // namespace

class ReviewWiringTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString path(const QString &name) const { return m_work.filePath(name); }
    QList<QUuid> m_uuids; // sorted; 0 accepted, 1 returned with a comment, 2 not marked
    const QString m_comment = QStringLiteral("Мөрі анық емес, қайта түсіріңіз");

private Q_SLOTS:
    void initTestCase()
    {
        test::setUpTestEnvironment();
        QVERIFY(m_work.isValid());
        QString problem;
        QVERIFY2(test::makeTeacher(path(QStringLiteral("teacher")), 3, 31, &problem), qPrintable(problem));
        Error error;
        Store teacher(path(QStringLiteral("teacher")));
        QVERIFY2(teacher.open(&error), qPrintable(error.detail));
        for (const Item &item : teacher.items())
            m_uuids.append(item.uuid);
        std::sort(m_uuids.begin(), m_uuids.end(),
                  [](const QUuid &a, const QUuid &b) { return a.toString() < b.toString(); });
        QCOMPARE(m_uuids.size(), 3);

        QVERIFY2(test::exportBundle(teacher, path(QStringLiteral("bundle.zip")), true, &problem), qPrintable(problem));
        SchoolStore school(path(QStringLiteral("school")));
        QVERIFY2(school.open(&error), qPrintable(error.detail));
        ImportReport imported;
        QVERIFY2(school.importBundle(path(QStringLiteral("bundle.zip")), {}, &imported, &error),
                 qPrintable(error.detail));
        Store *copy = school.teacherStore(teacher.portfolioUuid(), &error);
        QVERIFY(copy);

        // Before any review the school's readiness is the rules' own.
        {
            const Readiness readiness = readinessOf(*copy);
            const ReadinessReport rules = ReadinessChecker().check(*copy);
            QCOMPARE(readiness.percent(), rules.percent());
            QCOMPARE(readiness.rulesFindings, int(rules.findings.size()));
            QCOMPARE(readiness.ready, rules.isReady());
        }

        QVERIFY(ReviewStore::mark(*copy, m_uuids.at(0), QStringLiteral("accepted"), QString(), &error));
        QVERIFY(ReviewStore::mark(*copy, m_uuids.at(1), QStringLiteral("returned"), m_comment, &error));
        // The school's list counts the returned item among the rules' findings.
        {
            const Readiness readiness = readinessOf(*copy);
            const ReadinessReport rules = ReadinessChecker().check(*copy);
            QCOMPARE(findingsOf(rules, FindingType::Returned).size(), 1);
            QCOMPARE(readiness.rulesFindings, int(rules.findings.size()));
            QCOMPARE(readiness.percent(), rules.percent());
            QCOMPARE(readiness.returned, 1);
            QVERIFY(!readiness.ready);
        }
        ReviewExportResult exported;
        QVERIFY2(ReviewFile::write(*copy, QStringLiteral("№ 12 мектеп"), QStringLiteral("Серікова Г."),
                                   school.signingKeyPath(), path(QStringLiteral("review.zip")), &exported, &error),
                 qPrintable(error.detail));
        ReviewImportReport report;
        QVERIFY2(ReviewFile::importInto(teacher, path(QStringLiteral("review.zip")), {}, &report, &error),
                 qPrintable(error.detail));
        QCOMPARE(report.returned, 1);
    }

    void bundleKindFromBagInfo()
    {
        QCOMPARE(bundleKindOf(path(QStringLiteral("bundle.zip"))), BundleKind::Portfolio);
        QCOMPARE(bundleKindOf(path(QStringLiteral("review.zip"))), BundleKind::Review);
        QCOMPARE(bundleKindOf(path(QStringLiteral("missing.zip"))), BundleKind::NotQujat);
        // An SQLite file is not a zip.
        QCOMPARE(bundleKindOf(path(QStringLiteral("teacher/portfolio.sqlite"))), BundleKind::NotQujat);
    }

    void returnedItemIsAFindingUntilItChanges()
    {
        Error error;
        QTemporaryDir dir;
        // A copy of the teacher's folder, so the other tests see the review unchanged.
        QCOMPARE(test::runProcess(QStringLiteral("cp"), {QStringLiteral("-a"), path(QStringLiteral("teacher")),
                                                         dir.filePath(QStringLiteral("t"))}).exitCode, 0);
        Store teacher(dir.filePath(QStringLiteral("t")));
        QVERIFY2(teacher.open(&error), qPrintable(error.detail));
        const ReadinessChecker checker;

        ReadinessReport report = checker.check(teacher);
        QList<Finding> returned = findingsOf(report, FindingType::Returned);
        QCOMPARE(returned.size(), 1);
        QCOMPARE(returned.constFirst().item, m_uuids.at(1));
        QCOMPARE(returned.constFirst().comment, m_comment);
        QVERIFY(checker.message(returned.constFirst(), QStringLiteral("en")).contains(m_comment));
        QCOMPARE(ReadinessChecker::typeName(FindingType::Returned), QStringLiteral("returned"));
        // The accepted and the unmarked items give no such finding, and the
        // same items without the review give none at all.
        const ReadinessReport withoutReview = checker.check(teacher.profile(), teacher.items());
        QCOMPARE(findingsOf(withoutReview, FindingType::Returned).size(), 0);
        QCOMPARE(report.findings.size(), withoutReview.findings.size() + 1);
        QVERIFY(report.percent() <= withoutReview.percent());

        // The teacher edits the returned item: the finding goes.
        std::optional<Item> item = teacher.item(m_uuids.at(1));
        QVERIFY(item);
        item->title += QStringLiteral(" (қайта түсірілді)");
        QVERIFY2(teacher.updateItem(&*item, &error), qPrintable(error.detail));
        report = checker.check(teacher);
        QCOMPARE(findingsOf(report, FindingType::Returned).size(), 0);
        QCOMPARE(report.findings.size(), withoutReview.findings.size());
    }

    void cliCheckListsTheReturnedItem()
    {
        const test::ProcessRun run = test::runProcess(QStringLiteral(QUJAT_CLI_PATH),
            {QStringLiteral("check"), QStringLiteral("--data-dir"), path(QStringLiteral("teacher")),
             QStringLiteral("--json")});
        QVERIFY2(run.exitCode != 0, "a returned item means not ready");
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        int returned = 0;
        for (const QJsonValue &value : root.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            if (finding.value(QStringLiteral("type")).toString() != QLatin1String("returned"))
                continue;
            ++returned;
            QCOMPARE(finding.value(QStringLiteral("item")).toString(), m_uuids.at(1).toString(QUuid::WithoutBraces));
            QCOMPARE(finding.value(QStringLiteral("comment")).toString(), m_comment);
        }
        QCOMPARE(returned, 1);
    }

    void pdfShowsTheReviewStatus()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: install poppler-utils (see .ci/setup.sh)");
        const QString pdf = path(QStringLiteral("report.pdf"));
        const test::ProcessRun run = test::runProcess(QStringLiteral(QUJAT_CLI_PATH),
            {QStringLiteral("--data-dir"), path(QStringLiteral("teacher")), QStringLiteral("report"),
             QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Returned for correction: ") + m_comment), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Accepted: copy certified by the administration")));

        // The same hook as the app's "Save as PDF", on a store without a review: no review line.
        Error error;
        QTemporaryDir dir;
        QString problem;
        QVERIFY2(test::makeTeacher(dir.filePath(QStringLiteral("t")), 2, 32, &problem), qPrintable(problem));
        Store plain(dir.filePath(QStringLiteral("t")));
        QVERIFY2(plain.open(&error), qPrintable(error.detail));
        ReportOptions options;
        options.language = QStringLiteral("en");
        options.reviewStatus = ReviewStatusText::forStore(plain);
        QVERIFY(!options.reviewStatus);
        const QString plainPdf = dir.filePath(QStringLiteral("plain.pdf"));
        QVERIFY2(ReportWriter::writeFile(plain, plainPdf, options, &error), qPrintable(error.detail));
        const QString plainText = pdfText(plainPdf);
        QVERIFY(!plainText.isEmpty());
        QVERIFY(!plainText.contains(QStringLiteral("Returned for correction")));
        QVERIFY(!plainText.contains(QStringLiteral("copy certified")));
    }
};

QTEST_MAIN(ReviewWiringTest)
#include "tst_reviewwiring.moc"
