#include "catalog/catalog.h"
#include "barcodes/barcodereader.h"
#include "sample/samplegenerator.h"
#include "store/store.h"
#include "testsupport.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

class SampleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void certificateCarriesReadableQrCode()
    {
        CertificateSpec spec;
        spec.paperKind = QStringLiteral("Құрмет грамотасы");
        spec.recipient = QStringLiteral("Қайыржан Өтепбаев");
        spec.body = QStringLiteral("Облыстық олимпиадада 1-орын алғаны үшін");
        spec.issuer = QStringLiteral("Облыстық білім басқармасы");
        spec.date = QDate(2024, 4, 12);
        spec.qrText = QStringLiteral("https://verify.example.kz/c/2024-000777");
        const QImage image = SampleGenerator::renderCertificate(spec);
        QCOMPARE(image.size(), spec.size);
        const QList<Barcode> codes = BarcodeReader::read(image);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first().text, spec.qrText);
    }

    void populateFillsEverySection()
    {
        QTemporaryDir data;
        QTemporaryDir work;
        Store store(data.path());
        Error error;
        QVERIFY(store.open(&error));
        QVERIFY2(SampleGenerator::populate(&store, 40, 2026, work.path(), &error), qPrintable(error.detail));
        QCOMPARE(store.itemCount(), 40);

        const QHash<QString, SectionCounts> counts = store.sectionCounts();
        int undated = 0;
        for (const Section &section : Catalog::instance().sections()) {
            QVERIFY2(counts.value(section.key).items > 0, qPrintable(section.key));
            undated += counts.value(section.key).incomplete;
            if (section.maxItems > 0)
                QVERIFY(counts.value(section.key).items <= section.maxItems);
        }
        QVERIFY(undated > 0);
        QVERIFY(!store.profile().fullName.isEmpty());

        int withCodes = 0;
        for (const Item &item : store.items()) {
            QVERIFY(!item.title.isEmpty());
            if (!item.kind.isEmpty())
                QVERIFY(Catalog::instance().documentKind(item.sectionKey, item.kind));
            if (item.date.isValid())
                QVERIFY(item.date <= QDate::currentDate());
            withCodes += item.barcodes.isEmpty() ? 0 : 1;
        }
        QVERIFY(withCodes > 0);
    }
};

QTEST_MAIN(SampleTest)
#include "tst_sample.moc"
