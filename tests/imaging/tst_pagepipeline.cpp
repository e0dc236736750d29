#include "barcodes/barcodereader.h"
#include "barcodes/barcodewriter.h"
#include "imaging/documentpreview.h"
#include "imaging/pagepipeline.h"
#include "syntheticscene.h"
#include "testsupport.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace qujat;

namespace {

const QString CertificateUrl = QStringLiteral("https://verify.example.kz/c/2024-000777");

// An A4 certificate at 300 dpi with a QR code in the bottom right corner.
QImage certificateImage()
{
    QImage page(2480, 3508, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.setPen(QPen(QColor(20, 40, 120), 12));
    painter.drawRect(page.rect().adjusted(80, 80, -80, -80));
    QFont font = painter.font();
    font.setPixelSize(120);
    painter.setFont(font);
    painter.drawText(QRect(0, 500, page.width(), 300), Qt::AlignCenter,
                     QStringLiteral("Құрмет грамотасы"));
    font.setPixelSize(60);
    painter.setFont(font);
    painter.drawText(QRect(0, 900, page.width(), 200), Qt::AlignCenter,
                     QStringLiteral("Иванова Анна Сергеевна, 2024"));
    const QImage code = renderQrCode(CertificateUrl, 8);
    painter.drawImage(page.width() - code.width() - 200, page.height() - code.height() - 200, code);
    return page;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QImage decodeJpeg(const QByteArray &bytes)
{
    return QImage::fromData(bytes, "JPEG");
}

// A 3000 x 4000 phone photo of a certificate on a wooden desk, with the
// page's corners where they land in the photo.
test::SceneSpec certificateScene()
{
    test::SceneSpec scene = test::standardScenes().constFirst();
    const double scale = 2.5;
    scene.photoSize = scene.photoSize * scale;
    scene.pageSize = QSize(2480, 3508);
    scene.blurRadius = 2;
    for (QPointF &corner : scene.corners)
        corner *= scale;
    return scene;
}

bool containsText(const QList<Barcode> &barcodes, const QString &text)
{
    for (const Barcode &barcode : barcodes) {
        if (barcode.text == text)
            return true;
    }
    return false;
}

void writePdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(QPointF(200, 400), QStringLiteral("Сертификат, бет %1").arg(page + 1));
    }
}

// A real zip made with the zip tool when present; otherwise only a local
// file header, which is all the content check looks at.
QByteArray officeZip(const QTemporaryDir &dir, const QString &name)
{
    const QString folder = dir.filePath(name + QStringLiteral(".content"));
    const QString zipPath = dir.filePath(name + QStringLiteral(".zip"));
    if (!QStandardPaths::findExecutable(QStringLiteral("zip")).isEmpty() && QDir().mkpath(folder)
        && writeFile(folder + QStringLiteral("/[Content_Types].xml"), "<Types/>")) {
        QProcess zip;
        zip.setWorkingDirectory(folder);
        zip.start(QStringLiteral("zip"), {QStringLiteral("-q"), zipPath, QStringLiteral("[Content_Types].xml")});
        if (zip.waitForFinished() && zip.exitCode() == 0) {
            QFile file(zipPath);
            if (file.open(QIODevice::ReadOnly))
                return file.readAll();
        }
    }
    return QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) + QByteArray(60, '\0');
}

} // namespace

class PagePipelineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void certificatePhoto_data();
    void certificatePhoto();
    void exifRotatedPhoto();
    void cancelled();

    void photoBecomesScan_data();
    void photoBecomesScan();
    void noCropKeepsWholePhoto();
    void manualCornersReplaceDetection();
    void presetOption_data();
    void presetOption();
    void presetAndSizeNames();

    void documents_data();
    void documents();
    void pdfPreview();
    void rejectedFiles_data();
    void rejectedFiles();

    void encodeJpegFlattensAlpha();
    void scaledToLongSideNeverEnlarges();
    void documentSuffixes();

private:
    QTemporaryDir m_temp;
    QString m_scenePhoto;
};

void PagePipelineTest::initTestCase()
{
    test::setUpTestEnvironment();
    QVERIFY(m_temp.isValid());
}

void PagePipelineTest::certificatePhoto_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QString>("originalSuffix");
    QTest::newRow("certificate.jpg") << QStringLiteral("certificate.jpg") << QByteArray("JPEG")
                                     << QStringLiteral("jpg");
    QTest::newRow("certificate.png") << QStringLiteral("certificate.png") << QByteArray("PNG")
                                     << QStringLiteral("png");
    // The content decides, not the name.
    QTest::newRow("jpeg named scan.pdf") << QStringLiteral("scan.pdf") << QByteArray("JPEG")
                                         << QStringLiteral("jpg");
}

void PagePipelineTest::certificatePhoto()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, format);
    QFETCH(QString, originalSuffix);

    const QString path = m_temp.filePath(fileName);
    QVERIFY(certificateImage().save(path, format.constData(), 92));

    PreparedPage prepared;
    Error error;
    QVERIFY2(PagePipeline::prepare(path, &prepared, &error), qPrintable(error.detail));
    const PendingPage &pending = prepared.pending;

    QCOMPARE(pending.page.kind, PageKind::Image);
    QCOMPARE(pending.page.fileSuffix, QStringLiteral("jpg"));
    QCOMPARE(pending.page.mimeType, QStringLiteral("image/jpeg"));
    // The default size preset: about 2 megapixels, the photo's A4 ratio kept.
    const qint64 pixels = qint64(pending.page.width) * pending.page.height;
    QVERIFY2(pixels <= PagePipeline::maxPixels(SizePreset::Medium) && pixels > 1'950'000,
             qPrintable(QStringLiteral("%1 x %2").arg(pending.page.width).arg(pending.page.height)));
    QVERIFY(qAbs(double(pending.page.height) / pending.page.width - 3508.0 / 2480) < 0.01);
    QCOMPARE(pending.page.byteSize, pending.file.bytes.size());
    QCOMPARE(pending.file.suffix, QStringLiteral("jpg"));
    QCOMPARE(decodeJpeg(pending.file.bytes).size(), QSize(pending.page.width, pending.page.height));

    QCOMPARE(pending.thumbnail.suffix, QStringLiteral("jpg"));
    const QImage thumbnail = decodeJpeg(pending.thumbnail.bytes);
    QCOMPARE(thumbnail.height(), PagePipeline::ThumbnailLongSide);

    QCOMPARE(pending.original.sourcePath, path);
    QVERIFY(pending.original.bytes.isEmpty());
    QCOMPARE(pending.original.suffix, originalSuffix);
    QCOMPARE(pending.page.originalSuffix, originalSuffix);

    QCOMPARE(prepared.barcodes.size(), 1);
    QCOMPARE(prepared.barcodes.first().text, CertificateUrl);
    QCOMPARE(prepared.barcodes.first().format, QStringLiteral("QRCode"));
    QCOMPARE(prepared.barcodes.first().pageIndex, 0);
}

void PagePipelineTest::exifRotatedPhoto()
{
    QUJAT_REQUIRE_SHARED();
    PreparedPage prepared;
    Error error;
    const QString path =
        test::sharedPath(QStringLiteral("corpus/photos/page_dewarp__boston_cooking_a.jpg"));
    QVERIFY2(PagePipeline::prepare(path, &prepared, &error), qPrintable(error.detail));
    // Stored 3264x2448 with EXIF orientation 6: upright it is portrait.
    QCOMPARE(prepared.geometry.uprightSize, QSize(2448, 3264));
    QVERIFY(prepared.pending.page.height > prepared.pending.page.width);
    QCOMPARE(decodeJpeg(prepared.pending.file.bytes).size(),
             QSize(prepared.pending.page.width, prepared.pending.page.height));
}

void PagePipelineTest::cancelled()
{
    const QString path = m_temp.filePath(QStringLiteral("cancelled.jpg"));
    QVERIFY(certificateImage().save(path, "JPEG"));
    const std::atomic_bool cancel{true};
    PreparedPage prepared;
    Error error;
    QVERIFY(!PagePipeline::prepare(path, &prepared, &error, &cancel));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(prepared.pending.file.isEmpty());
}

void PagePipelineTest::photoBecomesScan_data()
{
    QTest::addColumn<SizePreset>("size");
    QTest::addColumn<qint64>("maxBytes");
    QTest::newRow("small") << SizePreset::Small << qint64(250'000);
    QTest::newRow("medium") << SizePreset::Medium << qint64(400'000);
    QTest::newRow("large") << SizePreset::Large << qint64(900'000);
}

// The stored page is the straightened sheet at the preset's size, in colour
// because of its blue stamp, and its QR code decodes from the stored JPEG.
void PagePipelineTest::photoBecomesScan()
{
    QFETCH(SizePreset, size);
    QFETCH(qint64, maxBytes);
    const test::SceneSpec scene = certificateScene();
    if (m_scenePhoto.isEmpty()) {
        m_scenePhoto = m_temp.filePath(QStringLiteral("desk.jpg"));
        QVERIFY(test::renderScene(scene).save(m_scenePhoto, "JPEG", 90));
    }

    PipelineOptions options;
    options.size = size;
    PreparedPage prepared;
    Error error;
    QVERIFY2(PagePipeline::prepare(m_scenePhoto, &prepared, &error, nullptr, options), qPrintable(error.detail));

    QVERIFY(prepared.geometry.pageFound);
    QCOMPARE(prepared.geometry.uprightSize, scene.photoSize);
    const double cornerError = test::cornerErrorPercent(prepared.geometry.corners, scene.corners);
    QVERIFY2(cornerError < 0.5, qPrintable(QString::number(cornerError)));
    QCOMPARE(prepared.preset, Preset::AutoColour);

    const Page &page = prepared.pending.page;
    const qint64 pixels = qint64(page.width) * page.height;
    QVERIFY2(pixels <= PagePipeline::maxPixels(size) && pixels > PagePipeline::maxPixels(size) * 0.95,
             qPrintable(QStringLiteral("%1 x %2").arg(page.width).arg(page.height)));
    QVERIFY2(qAbs(double(page.height) / page.width - std::sqrt(2.0)) < 0.01,
             qPrintable(QStringLiteral("%1 x %2").arg(page.width).arg(page.height)));
    QVERIFY2(page.byteSize < maxBytes, qPrintable(QString::number(page.byteSize)));

    const QImage stored = decodeJpeg(prepared.pending.file.bytes);
    QCOMPARE(stored.size(), QSize(page.width, page.height));
    QVERIFY(containsText(BarcodeReader::read(stored), test::scenePageQrText()));
    QVERIFY(containsText(prepared.barcodes, test::scenePageQrText()));
}

void PagePipelineTest::noCropKeepsWholePhoto()
{
    const QString path = m_temp.filePath(QStringLiteral("nocrop.jpg"));
    const test::SceneSpec scene = test::standardScenes().constFirst();
    QVERIFY(test::renderScene(scene).save(path, "JPEG", 90));

    PipelineOptions options;
    options.crop = false;
    PreparedPage prepared;
    Error error;
    QVERIFY2(PagePipeline::prepare(path, &prepared, &error, nullptr, options), qPrintable(error.detail));
    QVERIFY(!prepared.geometry.pageFound);
    QCOMPARE(prepared.geometry.corners, PageDetector::frameQuad(scene.photoSize));
    // 1200 x 1600 is under the 2 megapixel budget: the photo keeps its size.
    QCOMPARE(QSize(prepared.pending.page.width, prepared.pending.page.height), scene.photoSize);
}

void PagePipelineTest::manualCornersReplaceDetection()
{
    const QString path = m_temp.filePath(QStringLiteral("manual.jpg"));
    const test::SceneSpec scene = test::standardScenes().constFirst();
    QVERIFY(test::renderScene(scene).save(path, "JPEG", 90));

    // A quarter of the page, given in another order: the pipeline sorts it.
    const Quad corners = {QPointF(700, 500), QPointF(300, 900), QPointF(300, 500), QPointF(700, 900)};
    PipelineOptions options;
    options.corners = corners;
    PreparedPage prepared;
    Error error;
    QVERIFY2(PagePipeline::prepare(path, &prepared, &error, nullptr, options), qPrintable(error.detail));
    QVERIFY(prepared.geometry.manualCorners);
    QVERIFY(prepared.geometry.pageFound);
    QCOMPARE(prepared.geometry.corners, PageDetector::orderedClockwise(corners));
    QCOMPARE(QSize(prepared.pending.page.width, prepared.pending.page.height), QSize(400, 400));
}

void PagePipelineTest::presetOption_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<bool>("grey");
    QTest::newRow("original") << Preset::Original << false;
    QTest::newRow("auto-colour") << Preset::AutoColour << false;
    QTest::newRow("greyscale") << Preset::Greyscale << true;
    QTest::newRow("black-white") << Preset::BlackWhite << true;
}

void PagePipelineTest::presetOption()
{
    QFETCH(Preset, preset);
    QFETCH(bool, grey);
    const QString path = m_temp.filePath(QStringLiteral("preset.jpg"));
    if (!QFileInfo::exists(path))
        QVERIFY(test::renderScene(test::standardScenes().constFirst()).save(path, "JPEG", 90));

    PipelineOptions options;
    options.preset = preset;
    PreparedPage prepared;
    Error error;
    QVERIFY2(PagePipeline::prepare(path, &prepared, &error, nullptr, options), qPrintable(error.detail));
    QCOMPARE(prepared.preset, preset);
    const QImage stored = decodeJpeg(prepared.pending.file.bytes);
    QCOMPARE(stored.isGrayscale(), grey);
}

void PagePipelineTest::presetAndSizeNames()
{
    for (const SizePreset size : {SizePreset::Small, SizePreset::Medium, SizePreset::Large})
        QCOMPARE(PagePipeline::sizeFromName(PagePipeline::sizeName(size)), size);
    QVERIFY(!PagePipeline::sizeFromName(QStringLiteral("huge")));
    QVERIFY(PagePipeline::maxPixels(SizePreset::Small) < PagePipeline::maxPixels(SizePreset::Medium));
    QVERIFY(PagePipeline::jpegQuality(SizePreset::Medium) <= PagePipeline::jpegQuality(SizePreset::Large));
}

void PagePipelineTest::documents_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("mimeType");

    QTest::newRow("report.docx") << QStringLiteral("report.docx") << officeZip(m_temp, QStringLiteral("docx"))
                                 << QStringLiteral("docx")
                                 << QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    QTest::newRow("plan.ODT") << QStringLiteral("plan.ODT") << officeZip(m_temp, QStringLiteral("odt"))
                              << QStringLiteral("odt")
                              << QStringLiteral("application/vnd.oasis.opendocument.text");
    QTest::newRow("marks.xls")
        << QStringLiteral("marks.xls")
        << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0')
        << QStringLiteral("xls") << QStringLiteral("application/vnd.ms-excel");
    QTest::newRow("letter.rtf") << QStringLiteral("letter.rtf") << QByteArray("{\\rtf1\\ansi Hello}")
                                << QStringLiteral("rtf") << QStringLiteral("application/rtf");
    QTest::newRow("letter saved as .doc")
        << QStringLiteral("letter.doc") << QByteArray("{\\rtf1\\ansi Hello}")
        << QStringLiteral("doc") << QStringLiteral("application/msword");
    QTest::newRow("notes.txt") << QStringLiteral("notes.txt")
                               << QStringLiteral("Әдістемелік кеңес, 2024\n").toUtf8()
                               << QStringLiteral("txt") << QStringLiteral("text/plain");
}

void PagePipelineTest::documents()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, suffix);
    QFETCH(QString, mimeType);

    const QString path = m_temp.filePath(fileName);
    QVERIFY(writeFile(path, content));
    PreparedPage prepared;
    Error error;
    QVERIFY2(PagePipeline::prepare(path, &prepared, &error), qPrintable(error.detail));

    const Page &page = prepared.pending.page;
    QCOMPARE(page.kind, PageKind::Document);
    QCOMPARE(page.fileSuffix, suffix);
    QCOMPARE(page.mimeType, mimeType);
    QCOMPARE(page.displayName, fileName);
    QCOMPARE(page.byteSize, content.size());
    QCOMPARE(prepared.pending.file.sourcePath, path);
    QCOMPARE(prepared.pending.file.suffix, suffix);
    QVERIFY(prepared.pending.file.bytes.isEmpty());
    QVERIFY(prepared.pending.thumbnail.isEmpty());
    QVERIFY(prepared.barcodes.isEmpty());
}

void PagePipelineTest::pdfPreview()
{
    for (const QString &fileName : {QStringLiteral("certificate.pdf"), QStringLiteral("certificate")}) {
        const QString path = m_temp.filePath(fileName);
        writePdf(path, 2);
        PreparedPage prepared;
        Error error;
        QVERIFY2(PagePipeline::prepare(path, &prepared, &error), qPrintable(error.detail));

        const Page &page = prepared.pending.page;
        QCOMPARE(page.kind, PageKind::Document);
        QCOMPARE(page.fileSuffix, QStringLiteral("pdf"));
        QCOMPARE(page.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(page.displayName, fileName);
        QCOMPARE(page.byteSize, QFileInfo(path).size());
        QCOMPARE(prepared.pending.file.sourcePath, path);
        if (!canRenderPdf()) {
            QVERIFY(prepared.pending.thumbnail.isEmpty());
            continue;
        }

        const QImage thumbnail = decodeJpeg(prepared.pending.thumbnail.bytes);
        QCOMPARE(thumbnail.height(), PagePipeline::ThumbnailLongSide);
        QCOMPARE(QSize(page.width, page.height), thumbnail.size());
        QCOMPARE(thumbnail.pixel(2, 2), qRgb(255, 255, 255));
        int pageCount = 0;
        QVERIFY(!renderPdfFirstPage(path, 100, &pageCount).isNull());
        QCOMPARE(pageCount, 2);
    }
}

void PagePipelineTest::rejectedFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messageMentions");

    QTest::newRow("not a PDF") << QStringLiteral("certificate.pdf")
                               << QByteArray("<html>Error 404</html>") << QStringLiteral("certificate.pdf");
    QTest::newRow("empty PDF") << QStringLiteral("empty.pdf") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("PDF named .docx") << QStringLiteral("report.docx") << QByteArray("%PDF-1.4\n%%EOF\n")
                                     << QStringLiteral("report.docx");
    QTest::newRow("text named .xlsx") << QStringLiteral("marks.xlsx") << QByteArray("a;b;c\n")
                                      << QStringLiteral("XLSX");
    QTest::newRow("binary named .txt") << QStringLiteral("notes.txt") << QByteArray("ab\0cd", 5)
                                       << QStringLiteral("TXT");
    QTest::newRow("unsupported archive") << QStringLiteral("photos.7z")
                                         << QByteArray("7z\xBC\xAF\x27\x1C", 6) << QString();
}

void PagePipelineTest::rejectedFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, messageMentions);

    const QString path = m_temp.filePath(fileName);
    QVERIFY(writeFile(path, content));
    PreparedPage prepared;
    Error error;
    QVERIFY(!PagePipeline::prepare(path, &prepared, &error));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.detail.isEmpty());
    QVERIFY2(error.message.contains(messageMentions), qPrintable(error.message));
}

void PagePipelineTest::encodeJpegFlattensAlpha()
{
    QImage transparent(20, 10, QImage::Format_ARGB32);
    transparent.fill(Qt::transparent);
    const QImage decoded = decodeJpeg(PagePipeline::encodeJpeg(transparent, 90));
    QCOMPARE(decoded.size(), QSize(20, 10));
    QVERIFY(qGray(decoded.pixel(10, 5)) > 250);
}

void PagePipelineTest::scaledToLongSideNeverEnlarges()
{
    const QImage small(300, 200, QImage::Format_RGB32);
    QCOMPARE(PagePipeline::scaledToLongSide(small, 1000).size(), QSize(300, 200));
    QCOMPARE(PagePipeline::scaledToLongSide(small, 150).size(), QSize(150, 100));
}

void PagePipelineTest::documentSuffixes()
{
    const QStringList suffixes = PagePipeline::documentSuffixes();
    QCOMPARE(suffixes.size(), 12);
    for (const QString &suffix : suffixes)
        QCOMPARE(suffix, suffix.toLower());
    QVERIFY(suffixes.contains(QStringLiteral("pdf")));
    QVERIFY(suffixes.contains(QStringLiteral("docx")));
}

QTEST_MAIN(PagePipelineTest)
#include "tst_pagepipeline.moc"
