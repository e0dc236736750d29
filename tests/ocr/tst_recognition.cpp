// Recognition of a rendered certificate end to end: a photo of it goes
// through the page pipeline, Tesseract reads the straightened page and the
// suggester proposes its fields.

#include "imaging/pagepipeline.h"
#include "ocr/suggester.h"
#include "ocr/textrecognizer.h"
#include "sample/samplegenerator.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

class RecognitionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }
    void unavailableGivesMessage();
    void photographedCertificate_data();
    void photographedCertificate();
};

void RecognitionTest::unavailableGivesMessage()
{
    Error error;
    if (TextRecognizer::isAvailable(&error))
        QSKIP("Tesseract and its Kazakh and Russian data are installed; this checks the message without them.");
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!TextRecognizer::recognize(QImage(10, 10, QImage::Format_RGB32), &error));
    QCOMPARE(error.message, TextRecognizer::unavailableMessage());
}

void RecognitionTest::photographedCertificate_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("Kazakh, classic layout") << 0;
    QTest::newRow("Russian, classic layout") << 1;
}

void RecognitionTest::photographedCertificate()
{
    QFETCH(int, index);
    Error error;
    if (!TextRecognizer::isAvailable(&error))
        QSKIP(qPrintable(QStringLiteral("Text recognition is unavailable: %1. Install libtesseract-dev, "
                                        "tesseract-ocr-kaz and tesseract-ocr-rus to run this test.")
                             .arg(error.detail)));

    const LabelledCertificate certificate = SampleGenerator::renderLabelledCertificate(index);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString photoPath = dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(certificate.photo.save(photoPath, "JPG", 90));
    PreparedPage page;
    QVERIFY2(PagePipeline::prepare(photoPath, &page, &error), qPrintable(error.detail));
    QVERIFY(page.geometry.pageFound);
    const QImage straightened = QImage::fromData(page.pending.file.bytes, "JPG");
    QVERIFY(!straightened.isNull());

    const std::optional<QString> text = TextRecognizer::recognize(straightened, &error);
    QVERIFY2(text, qPrintable(error.detail));
    const QString person = certificate.expected.value(QStringLiteral("person")).toString();
    QVERIFY2(text->contains(person), qPrintable(*text));

    const Suggestions fields = Suggester::instance().suggest(*text, SampleGenerator::sampleTeacherName());
    const QVariantMap &expected = certificate.expected;
    QCOMPARE(fields.paperKind, expected.value(QStringLiteral("paperKind")).toString());
    QCOMPARE(fields.person, person);
    QCOMPARE(fields.date.toString(Qt::ISODate), expected.value(QStringLiteral("date")).toString());
    QCOMPARE(fields.title, expected.value(QStringLiteral("title")).toString());
    QCOMPARE(fields.issuer, expected.value(QStringLiteral("issuer")).toString());
    QCOMPARE(fields.sectionKey, expected.value(QStringLiteral("section")).toString());
    QCOMPARE(fields.kind, expected.value(QStringLiteral("kind")).toString());
}

QTEST_MAIN(RecognitionTest)
#include "tst_recognition.moc"
