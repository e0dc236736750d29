// The PDF portfolio written from a generated sample portfolio, read back
// with poppler-utils and Qt PDF.

#include "catalog/catalog.h"
#include "imaging/pagepipeline.h"
#include "report/reportdata.h"
#include "report/reportwriter.h"
#include "sample/samplegenerator.h"
#include "store/store.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#ifdef QUJAT_HAVE_QTPDF
#include <QPdfDocument>
#endif

using namespace qujat;

namespace {

constexpr int SampleItems = 20;

// Collapses every run of white space to one space, so that text wrapped
// over lines or table cells matches.
QString normalized(const QString &text)
{
    return text.simplified();
}

QString tool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QLatin1String(name));
    if (path.isEmpty())
        qWarning("%s is missing: install poppler-utils (see .ci/setup.sh)", name);
    return path;
}

// The PDF's text in content order (pdftotext -raw), white space collapsed.
QString extractText(const QString &pdf)
{
    const test::ProcessRun run = test::runProcess(tool("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    if (run.exitCode != 0)
        qWarning("pdftotext failed: %s", run.err.constData());
    return normalized(QString::fromUtf8(run.out));
}

// Rows of pdffonts' table after its two header lines.
QStringList fontRows(const QString &pdf)
{
    const test::ProcessRun run = test::runProcess(tool("pdffonts"), {pdf});
    QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2);
}

// The text of one page (1-based), white space collapsed.
QString extractPageText(const QString &pdf, int page)
{
    const QString number = QString::number(page);
    const test::ProcessRun run = test::runProcess(
        tool("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), number, QStringLiteral("-l"), number, pdf,
                            QStringLiteral("-")});
    return normalized(QString::fromUtf8(run.out));
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kazakhTextHasEveryTableAndItem();
    void everyFontIsEmbedded();
    void imagesAreScaledAndCompressed();
    void russianFromTheCommandLine();
    void chartsGroupTableSeven();
    void failedWriteKeepsTheOldFile();
    void opensInQtPdf();
    void glyphCases();
    void photosPrintUpright();
    void longTableRepeatsHeader();
    void largePhotoIsScaledDown();
    void directionsListing();

private:
    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_kazakhPdf;
    ReportStats m_stats;
};

void TestReport::initTestCase()
{
    test::setUpTestEnvironment();
    QVERIFY2(!tool("pdftotext").isEmpty() && !tool("pdffonts").isEmpty() && !tool("pdfimages").isEmpty(),
             "poppler-utils is not installed");
    QVERIFY(m_dir.isValid());
    m_dataDir = m_dir.filePath(QStringLiteral("portfolio"));
    Store store(m_dataDir);
    Error error;
    QVERIFY2(store.open(&error), qPrintable(error.detail));
    QVERIFY2(SampleGenerator::populate(&store, SampleItems, 2026, m_dir.filePath(QStringLiteral("work")), &error),
             qPrintable(error.detail));
    QCOMPARE(SampleGenerator::addAchievementResults(&store, QDate::currentDate(), &error), 12);

    m_kazakhPdf = m_dir.filePath(QStringLiteral("kk.pdf"));
    ReportOptions options;
    options.stats = &m_stats;
    QVERIFY2(ReportWriter::writeFile(store, m_kazakhPdf, options, &error), qPrintable(error.detail));
    QCOMPARE(m_stats.documentPages, SampleItems);
}

void TestReport::kazakhTextHasEveryTableAndItem()
{
    const QString text = extractText(m_kazakhPdf);
    QVERIFY(!text.isEmpty());
    const Catalog &catalog = Catalog::instance();
    int tables = 0;
    for (const Section &section : catalog.sections()) {
        if (!section.isTable)
            continue;
        ++tables;
        const QString title = normalized(section.number + QStringLiteral(". ") + section.name.kk);
        QVERIFY2(text.contains(title), qPrintable(title));
        for (const FieldDef &column : section.columns)
            QVERIFY2(text.contains(normalized(column.name.kk)), qPrintable(section.key + QLatin1Char('/') + column.key));
    }
    QCOMPARE(tables, 8);

    Store store(m_dataDir);
    Error error;
    QVERIFY2(store.open(&error), qPrintable(error.detail));
    const QList<Item> items = store.items();
    QCOMPARE(items.size(), SampleItems + 12);
    for (const Item &item : items) {
        if (!item.pages.isEmpty()) {
            // A document: its captioned page carries the title.
            QVERIFY2(text.contains(normalized(item.title)), qPrintable(item.title));
            continue;
        }
        // A table row without attached pages is shown by its columns.
        const Section *section = catalog.section(item.sectionKey);
        QVERIFY2(section && section->isTable, qPrintable(item.title));
        for (const FieldDef &column : section->columns) {
            const QString value = item.fields.value(column.key).toString();
            if (!value.isEmpty())
                QVERIFY2(text.contains(normalized(value)), qPrintable(item.title + QLatin1String(": ") + value));
        }
        QVERIFY(text.contains(item.date.toString(QStringLiteral("dd.MM.yyyy"))));
    }
    // The profile and the cover.
    QVERIFY(text.contains(normalized(store.profile().fullName)));
    QVERIFY(text.contains(normalized(store.profile().school)));
}

void TestReport::everyFontIsEmbedded()
{
    const QStringList rows = fontRows(m_kazakhPdf);
    QVERIFY(!rows.isEmpty());
    for (const QString &row : rows) {
        // name type encoding emb sub uni object ID: the type may hold a space.
        const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 7, qPrintable(row));
        QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
        QVERIFY2(row.startsWith(QLatin1String("NotoSans")), qPrintable(row));
    }
}

void TestReport::imagesAreScaledAndCompressed()
{
    // pdfimages -list: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const test::ProcessRun run = test::runProcess(tool("pdfimages"), {QStringLiteral("-list"), m_kazakhPdf});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    int images = 0;
    for (const QString &line : lines) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 14, qPrintable(line));
        if (columns.at(2) != QLatin1String("image"))
            continue; // soft masks and stencils carry no pixels of their own
        ++images;
        QCOMPARE(columns.at(8), QStringLiteral("jpeg"));
        // Scaled to the printed size at 150 dpi, allowing for rounding.
        QVERIFY2(columns.at(12).toInt() <= 152 && columns.at(13).toInt() <= 152, qPrintable(line));
    }
    // Every document page and the portrait on the cover.
    QCOMPARE(images, SampleItems + 1);
}

void TestReport::russianFromTheCommandLine()
{
    const QString pdf = m_dir.filePath(QStringLiteral("ru.pdf"));
    const test::ProcessRun run = test::runProcess(QStringLiteral(QUJAT_CLI_PATH),
        {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("report"), QStringLiteral("--out"), pdf,
         QStringLiteral("--lang"), QStringLiteral("ru")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = extractText(pdf);
    for (const Section &section : Catalog::instance().sections()) {
        if (section.isTable)
            QVERIFY2(text.contains(normalized(section.name.ru)), qPrintable(section.name.ru));
    }
    // Sentences of the report come from the Russian translation.
    QVERIFY(text.contains(QStringLiteral("Содержание")));
    QVERIFY(text.contains(QStringLiteral("Портфолио педагога для аттестации")));
    QVERIFY(!text.contains(QStringLiteral("Contents")));

    const test::ProcessRun bad = test::runProcess(QStringLiteral(QUJAT_CLI_PATH),
        {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("report"), QStringLiteral("--out"), pdf,
         QStringLiteral("--lang"), QStringLiteral("de")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--lang"));
}

void TestReport::chartsGroupTableSeven()
{
    Store store(m_dataDir);
    Error error;
    QVERIFY2(store.open(&error), qPrintable(error.detail));
    const QList<Item> items = store.items();
    const DynamicsChart chart = dynamicsChart(items, referenceDate(store.profile()));
    QCOMPARE(chart.startYears.size(), 3);
    // Every row of table VII in those years lands in its class and subject.
    int rows = 0;
    for (const Item &item : items) {
        if (item.sectionKey != QLatin1String("tables.achievement_dynamics") || !item.date.isValid())
            continue;
        const int year = chart.startYears.indexOf(academicYearOf(item.date));
        if (year < 0)
            continue;
        ++rows;
        bool found = false;
        for (const DynamicsSeries &series : chart.series) {
            if (series.subject == item.fields.value(QStringLiteral("subject")).toString()
                && series.classGroup == item.fields.value(QStringLiteral("class_group")).toString()) {
                found = series.values.at(year).has_value();
            }
        }
        QVERIFY2(found, qPrintable(item.title));
    }
    // The two finished years before the current one hold the 4 sample series at least.
    QVERIFY(rows >= 8);

    const AwardsChart awards = awardsChart(items, referenceDate(store.profile()));
    int counted = 0;
    for (const QList<int> &row : awards.students + awards.teacher) {
        for (int count : row)
            counted += count;
    }
    int expected = 0;
    for (const Item &item : items) {
        expected += item.sectionKey == QLatin1String("documents.achievements") && item.date.isValid()
            && !item.level.isEmpty() && awards.years.contains(item.date.year());
    }
    QCOMPARE(counted, expected);
}

void TestReport::failedWriteKeepsTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.pdf"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the earlier report");
    }
    Store closed(m_dir.filePath(QStringLiteral("never-opened")));
    Error error;
    QVERIFY(!ReportWriter::writeFile(closed, path, {}, &error));
    QVERIFY(!error.message.isEmpty());
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("the earlier report"));
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.pdf*")}, QDir::Files | QDir::Hidden).size(), 1);

    // A folder that does not exist: a clear error and no file.
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    Store store(m_dataDir);
    QVERIFY2(store.open(&error), qPrintable(error.detail));
    error = {};
    QVERIFY(!ReportWriter::writeFile(store, missing, {}, &error));
    QVERIFY(error.message.contains(QStringLiteral("no/such/folder")));
    QVERIFY(!QFile::exists(missing));
}

void TestReport::opensInQtPdf()
{
#ifdef QUJAT_HAVE_QTPDF
    QPdfDocument document;
    QCOMPARE(document.load(m_kazakhPdf), QPdfDocument::Error::None);
    QCOMPARE(document.pageCount(), m_stats.pages);
    // A4 in points.
    const QSizeF size = document.pagePointSize(0);
    QVERIFY(qAbs(size.width() - 595.3) < 1 && qAbs(size.height() - 841.9) < 1);
    const QString firstPage = normalized(document.getAllText(0).text());
    Store store(m_dataDir);
    Error error;
    QVERIFY2(store.open(&error), qPrintable(error.detail));
    QVERIFY2(firstPage.contains(store.profile().fullName), qPrintable(firstPage));
#else
    QSKIP("This build has no Qt PDF.");
#endif
}

// Every line of the glyph case (the Kazakh alphabet, a Russian pangram,
// English, punctuation such as № « » —) comes back from the PDF, in
// embedded fonts: a standard PDF font would print boxes or question marks.
void TestReport::glyphCases()
{
    QUJAT_REQUIRE_SHARED();
    QFile file(test::sharedPath(QStringLiteral("corpus/cases/B14_pdf_glyphs/pdf_text_lines.txt")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);

    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("portfolio")));
    Error error;
    QVERIFY2(store.open(&error), qPrintable(error.detail));
    for (int i = 0; i < lines.size(); ++i) {
        Item item;
        item.sectionKey = QStringLiteral("documents.achievements");
        item.kind = QStringLiteral("teacher_diploma");
        item.title = lines.at(i);
        item.notes = lines.at(i);
        item.date = QDate(2024, 3, 1 + i);
        QVERIFY2(store.addItem(&item, {}, &error), qPrintable(error.detail));
    }
    for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}) {
        const QString pdf = dir.filePath(language + QStringLiteral(".pdf"));
        ReportOptions options;
        options.language = language;
        QVERIFY2(ReportWriter::writeFile(store, pdf, options, &error), qPrintable(error.detail));
        const QString text = extractText(pdf);
        for (const QString &line : lines)
            QVERIFY2(text.contains(normalized(line)), qPrintable(language + QStringLiteral(": ") + line));
        for (const QString &row : fontRows(pdf)) {
            const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
        }
    }
}

namespace {

// Files each photo as its own item, keeping the whole photo, dated in the given order.
bool fileWholePhotos(Store *store, const QStringList &paths, Error *error)
{
    PipelineOptions options;
    options.crop = false;
    options.preset = Preset::Original;
    for (int i = 0; i < paths.size(); ++i) {
        PreparedPage prepared;
        if (!PagePipeline::prepare(paths.at(i), &prepared, error, nullptr, options))
            return false;
        Item item;
        item.sectionKey = QStringLiteral("documents.achievements");
        item.kind = QStringLiteral("teacher_thanks_letter");
        item.title = QFileInfo(paths.at(i)).fileName();
        item.date = QDate(2024, 1, 1).addDays(i);
        item.barcodes = prepared.barcodes;
        if (!store->addItem(&item, {prepared.pending}, error))
            return false;
    }
    return true;
}

// The centre of the pixels that pass `match`, as fractions of the image size.
QPointF centreOf(const QImage &image, const std::function<bool(QRgb)> &match)
{
    double x = 0;
    double y = 0;
    int count = 0;
    for (int row = 0; row < image.height(); ++row) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(row));
        for (int column = 0; column < image.width(); ++column) {
            if (match(line[column])) {
                x += column;
                y += row;
                ++count;
            }
        }
    }
    if (count < 20)
        return {-1, -1};
    return {x / count / image.width(), y / count / image.height()};
}

} // namespace

// A photo shot in any of the 8 EXIF orientations is printed upright: the
// red TOP arrow at the top, the green L-BOT box at the bottom left.
void TestReport::photosPrintUpright()
{
    QUJAT_REQUIRE_SHARED();
    QStringList photos;
    for (int orientation = 1; orientation <= 8; ++orientation) {
        photos.append(test::sharedPath(
            QStringLiteral("corpus/cases/B01_exif_orientation/orientation_%1.jpg").arg(orientation)));
    }
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("portfolio")));
    Error error;
    QVERIFY2(store.open(&error), qPrintable(error.detail));
    QVERIFY2(fileWholePhotos(&store, photos, &error), qPrintable(error.detail));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(ReportWriter::writeFile(store, pdf, {}, &error), qPrintable(error.detail));

    // The images as embedded, in page order: one per photo, no portrait.
    const QString prefix = dir.filePath(QStringLiteral("image"));
    QCOMPARE(test::runProcess(tool("pdfimages"), {QStringLiteral("-png"), pdf, prefix}).exitCode, 0);
    for (int i = 0; i < photos.size(); ++i) {
        const QImage image = QImage(prefix + QStringLiteral("-%1.png").arg(i, 3, 10, QLatin1Char('0')))
                                 .convertToFormat(QImage::Format_RGB32);
        QVERIFY2(!image.isNull(), qPrintable(photos.at(i)));
        QVERIFY2(image.height() > image.width(), qPrintable(photos.at(i)));
        const QPointF red = centreOf(image, [](QRgb p) { return qRed(p) > 150 && qGreen(p) < 80 && qBlue(p) < 80; });
        const QPointF green = centreOf(image, [](QRgb p) {
            return qGreen(p) > 100 && qRed(p) < 90 && qBlue(p) < 90;
        });
        QVERIFY2(red.y() >= 0 && red.y() < 0.2, qPrintable(photos.at(i)));
        QVERIFY2(red.x() > 0.3 && red.x() < 0.8, qPrintable(photos.at(i)));
        QVERIFY2(green.y() > 0.85, qPrintable(photos.at(i)));
        QVERIFY2(green.x() >= 0 && green.x() < 0.25, qPrintable(photos.at(i)));
    }
}

// 48 and 108 megapixel photos (192 MB and 432 MB as 32-bit images) go
// into the PDF scaled to their printed size instead of being left out.
void TestReport::largePhotoIsScaledDown()
{
    QUJAT_REQUIRE_SHARED();
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("portfolio")));
    Error error;
    QVERIFY2(store.open(&error), qPrintable(error.detail));
    const QString folder = QStringLiteral("corpus/cases/B04_qt6_allocation_limit/");
    QVERIFY2(fileWholePhotos(&store,
                             {test::sharedPath(folder + QStringLiteral("photo_48mp_6000x8000.jpg")),
                              test::sharedPath(folder + QStringLiteral("photo_108mp_9000x12000.jpg"))},
                             &error),
             qPrintable(error.detail));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ReportStats stats;
    ReportOptions options;
    options.stats = &stats;
    QVERIFY2(ReportWriter::writeFile(store, pdf, options, &error), qPrintable(error.detail));
    QCOMPARE(stats.documentPages, 2);
    const test::ProcessRun run = test::runProcess(tool("pdfimages"), {QStringLiteral("-list"), pdf});
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QCOMPARE(lines.size(), 2);
    for (const QString &line : lines) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.at(3).toInt() > 500 && columns.at(3).toInt() < 1300, qPrintable(line));
        QVERIFY2(columns.at(12).toInt() <= 152, qPrintable(line));
    }
}

// A table longer than a page goes on over the next pages, each with the
// table's title marked as continued and the header repeated, and no row lost.
void TestReport::longTableRepeatsHeader()
{
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("portfolio")));
    Error error;
    QVERIFY2(store.open(&error), qPrintable(error.detail));
    constexpr int Rows = 70;
    for (int i = 0; i < Rows; ++i) {
        Item item;
        item.sectionKey = QStringLiteral("tables.publications");
        item.title = QStringLiteral("Мақала № %1").arg(i + 1);
        item.fields.insert(QStringLiteral("title"), QStringLiteral("Мақала № %1: функционалдық сауаттылық").arg(i + 1));
        item.fields.insert(QStringLiteral("publication"), QStringLiteral("«Ұстаз әлемі» журналы"));
        item.fields.insert(QStringLiteral("issue"), QStringLiteral("№ %1, 2024").arg(i % 12 + 1));
        item.date = QDate(2022, 1, 1).addDays(i * 9);
        QVERIFY2(store.addItem(&item, {}, &error), qPrintable(error.detail));
    }
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ReportStats stats;
    ReportOptions options;
    options.stats = &stats;
    QVERIFY2(ReportWriter::writeFile(store, pdf, options, &error), qPrintable(error.detail));

    const Section *section = Catalog::instance().section(QStringLiteral("tables.publications"));
    QVERIFY(section);
    const QString title = QStringLiteral("I. ") + section->name.kk;
    const QString header = section->columns.first().name.kk;
    int pagesWithTable = 0;
    int continued = 0;
    QString all;
    for (int page = 1; page <= stats.pages; ++page) {
        const test::ProcessRun run = test::runProcess(tool("pdftotext"),
            {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
             QString::number(page), pdf, QStringLiteral("-")});
        const QString text = normalized(QString::fromUtf8(run.out));
        all += text + QLatin1Char(' ');
        // The contents name the table too; the test runs without a translator.
        if (!text.contains(title) || text.contains(QStringLiteral("Contents")))
            continue;
        ++pagesWithTable;
        QVERIFY2(text.contains(header), qPrintable(QStringLiteral("page %1").arg(page)));
        continued += text.contains(title + QStringLiteral(" (continued)")) ? 1 : 0;
    }
    QVERIFY2(pagesWithTable >= 2, qPrintable(QString::number(pagesWithTable)));
    QCOMPARE(continued, pagesWithTable - 1);
    int position = 0;
    for (int i = 1; i <= Rows; ++i) {
        const QString row = QStringLiteral("Мақала № %1: функционалдық сауаттылық").arg(i);
        const int found = all.indexOf(row, position);
        QVERIFY2(found >= 0, qPrintable(row));
        position = found;
    }
}

// The listing by the four 2024 directions names each direction in Kazakh
// and gives, for every item, the page that shows it.
void TestReport::directionsListing()
{
    const QString text = extractText(m_kazakhPdf);
    const Catalog &catalog = Catalog::instance();
    QCOMPARE(catalog.directions().size(), 4);
    for (const Term &direction : catalog.directions())
        QVERIFY2(text.contains(normalized(direction.name.kk)), qPrintable(direction.key));

    Store store(m_dataDir);
    Error error;
    QVERIFY2(store.open(&error), qPrintable(error.detail));
    int checked = 0;
    for (const Item &item : store.items()) {
        const QString date = item.date.isValid() ? item.date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
        if (date.isEmpty() || item.title.isEmpty())
            continue;
        const QRegularExpression line(QRegularExpression::escape(normalized(item.title + QStringLiteral(" — ") + date))
                                      + QStringLiteral(" (\\d+)"));
        const QRegularExpressionMatch match = line.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(item.title));
        const int page = match.captured(1).toInt();
        QVERIFY(page > 2);
        const QString pageText = extractPageText(m_kazakhPdf, page);
        const Section *section = catalog.section(item.sectionKey);
        QVERIFY(section);
        if (section->isTable && item.pages.isEmpty()) {
            // A table row without pages: the page of its table.
            QVERIFY2(pageText.contains(normalized(section->number + QStringLiteral(". ") + section->name.kk)),
                     qPrintable(item.title));
        } else {
            QVERIFY2(pageText.contains(normalized(item.title)), qPrintable(item.title));
        }
        ++checked;
    }
    QVERIFY(checked >= SampleItems);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
