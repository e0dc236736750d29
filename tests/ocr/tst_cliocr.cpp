// qujat-cli with text recognition: scan --json prints the text and the
// suggested fields, and add --accept-suggestions files with them.

#include "ocr/textrecognizer.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

namespace {

test::ProcessRun cli(const QStringList &arguments)
{
    return test::runProcess(QStringLiteral(QUJAT_CLI_PATH), arguments);
}

} // namespace

class CliRecognitionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void scanAndAcceptSuggestions()
    {
        QTemporaryDir dir;
        const QString photo = dir.filePath(QStringLiteral("certificate.jpg"));
        const QString data = dir.filePath(QStringLiteral("portfolio"));
        // Certificate 1: a Russian diploma of the sample teacher.
        test::ProcessRun run = cli({QStringLiteral("sample-photo"), QStringLiteral("1"), photo,
                                    QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject printed = QJsonDocument::fromJson(run.out).object();
        QVERIFY(!printed.value(QStringLiteral("title")).toString().isEmpty());

        Error error;
        if (!TextRecognizer::isAvailable(&error))
            QSKIP(qPrintable(QStringLiteral("Text recognition is unavailable: %1. Install libtesseract-dev, "
                                            "tesseract-ocr-kaz and tesseract-ocr-rus to run this test.")
                                 .arg(error.detail)));

        run = cli({QStringLiteral("scan"), photo, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject scan = QJsonDocument::fromJson(run.out).array().at(0).toObject();
        QVERIFY(scan.value(QStringLiteral("text")).toString().contains(printed.value(QStringLiteral("person")).toString()));
        const QJsonObject suggestions = scan.value(QStringLiteral("suggestions")).toObject();
        for (const char *key : {"title", "date", "level", "issuer", "section"})
            QCOMPARE(suggestions.value(QLatin1String(key)), printed.value(QLatin1String(key)));

        // Without a profile the teacher is unknown, so the kind comes from
        // the paper alone; the given --kind is kept over the suggestion.
        run = cli({QStringLiteral("add"), photo, QStringLiteral("--accept-suggestions"), QStringLiteral("--kind"),
                   printed.value(QStringLiteral("kind")).toString(), QStringLiteral("--data-dir"), data,
                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject item = QJsonDocument::fromJson(run.out).array().at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("section")), printed.value(QStringLiteral("section")));
        QCOMPARE(item.value(QStringLiteral("kind")), printed.value(QStringLiteral("kind")));
        QCOMPARE(item.value(QStringLiteral("title")), printed.value(QStringLiteral("title")));
        QCOMPARE(item.value(QStringLiteral("date")), printed.value(QStringLiteral("date")));
        QCOMPARE(item.value(QStringLiteral("issuer")), printed.value(QStringLiteral("issuer")));
        QCOMPARE(item.value(QStringLiteral("level")), printed.value(QStringLiteral("level")));
        const QString pageText = item.value(QStringLiteral("pages")).toArray().at(0).toObject().value(QStringLiteral("text")).toString();
        QVERIFY(pageText.contains(printed.value(QStringLiteral("person")).toString()));

        // The stored text is searchable by a word printed only on the page.
        run = cli({QStringLiteral("search"), QStringLiteral("ВЫСОКИЕ"), QStringLiteral("--data-dir"), data});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(item.value(QStringLiteral("uuid")).toString().toUtf8()), run.out.constData());
    }

    // A student's diploma is filed as the teacher's own, with a warning,
    // while the profile has no teacher's name. With the name set, it is
    // filed as the student's, with the student's name.
    void studentDiplomaNeedsTeacherName()
    {
        QTemporaryDir dir;
        const QString photo = dir.filePath(QStringLiteral("diploma.jpg"));
        const QString data = dir.filePath(QStringLiteral("portfolio"));
        test::ProcessRun run = cli({QStringLiteral("sample-photo"), QStringLiteral("2"), photo, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject printed = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(printed.value(QStringLiteral("kind")).toString(), QStringLiteral("student_diploma"));
        const QString student = printed.value(QStringLiteral("person")).toString();
        Error error;
        if (!TextRecognizer::isAvailable(&error))
            QSKIP("Text recognition is unavailable; install libtesseract-dev, tesseract-ocr-kaz and tesseract-ocr-rus.");

        run = cli({QStringLiteral("add"), photo, QStringLiteral("--accept-suggestions"), QStringLiteral("--data-dir"),
                   data, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).array().at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("teacher_diploma"));
        QVERIFY2(run.err.contains(student.toUtf8()) && run.err.contains("profile --full-name"), run.err.constData());

        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("--full-name"), QStringLiteral("Серікова Айгүл"),
                      QStringLiteral("--data-dir"), data}).exitCode, 0);
        run = cli({QStringLiteral("add"), photo, QStringLiteral("--accept-suggestions"), QStringLiteral("--data-dir"),
                   data, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject item = QJsonDocument::fromJson(run.out).array().at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("student_diploma"));
        QCOMPARE(item.value(QStringLiteral("fields")).toObject().value(QStringLiteral("student")).toString(), student);
        // The same photo again gets the duplicate warning, but no longer the
        // one about the teacher's name.
        QVERIFY2(!run.err.contains("profile --full-name"), run.err.constData());
        QVERIFY2(run.err.contains("already in the portfolio"), run.err.constData());
    }

    void blankPageNeedsSection()
    {
        QTemporaryDir dir;
        QImage blank(600, 800, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QString photo = dir.filePath(QStringLiteral("blank.jpg"));
        QVERIFY(blank.save(photo));
        Error error;
        if (!TextRecognizer::isAvailable(&error))
            QSKIP("Text recognition is unavailable; install libtesseract-dev, tesseract-ocr-kaz and tesseract-ocr-rus.");
        const test::ProcessRun run = cli({QStringLiteral("add"), photo, QStringLiteral("--accept-suggestions"),
                                          QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("portfolio"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--section"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(CliRecognitionTest)
#include "tst_cliocr.moc"
