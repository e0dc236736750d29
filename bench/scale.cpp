// scale: the app with a large portfolio. Generates N items (10,000 by
// default) straight through the Store, then starts the real app (offscreen
// unless QT_QPA_PLATFORM names another) and reads what its benchmark hooks
// print (app/benchhooks.h):
//   - cold start to the first frame, empty portfolio (baseline) and full;
//   - scrolling the largest section from top to end, with every stored page
//     file and original removed beforehand, so that any full-page decode
//     shows up as a request for a missing file;
//   - peak resident memory;
//   - search and a VACUUM INTO backup of the large database, in process.
//
//   - the administration's search over 100 teachers x 200 items: runs the
//     schoolsearch benchmark (bench/schoolsearch.cpp, the same build) and
//     repeats its median (skip with --no-school).
//
//   scale [--items N] [--qujat PATH] [--runs R] [--keep DIR] [--no-school]

#include "catalog/catalog.h"
#include "store/backup.h"
#include "store/store.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace qujat;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

QImage pageImage(int width, int height, const QColor &accent, const QString &text)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(250, 248, 240));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(accent, std::max(2, width / 80)));
    painter.drawRect(image.rect().adjusted(width / 20, width / 20, -width / 20, -width / 20));
    QFont font = painter.font();
    font.setPixelSize(std::max(10, width / 12));
    painter.setFont(font);
    painter.drawText(image.rect().adjusted(width / 10, height / 6, -width / 10, 0),
                     Qt::AlignHCenter | Qt::TextWordWrap, text);
    painter.setPen(QPen(QColor(60, 60, 60), 1));
    for (int y = height / 2; y < height * 9 / 10; y += std::max(6, height / 40))
        painter.drawLine(width / 8, y, width * 7 / 8, y);
    return image;
}

// Items spread over every section, a third of them in `bigSection`.
bool generate(Store *store, int count, const QString &bigSection)
{
    const QList<Section> &sections = Catalog::instance().sections();
    const QStringList titles = {QStringLiteral("Алғыс хат"), QStringLiteral("Құрмет грамотасы"),
                                QStringLiteral("Сертификат"), QStringLiteral("Благодарственное письмо"),
                                QStringLiteral("Диплом I степени"), QStringLiteral("Certificate of completion")};
    // A few full pages shared by all items (content addressing stores each
    // once); thumbnails are unique per item, as in a real portfolio.
    QList<QByteArray> pages;
    for (int i = 0; i < 8; ++i)
        pages.append(jpeg(pageImage(1240, 1754, QColor::fromHsv(i * 45, 200, 160), titles.at(i % titles.size())), 85));

    QRandomGenerator random(2026);
    constexpr int Batch = 500;
    for (int first = 0; first < count; first += Batch) {
        QList<Item> items;
        QList<QList<PendingPage>> pendingPages;
        for (int n = first; n < std::min(count, first + Batch); ++n) {
            Item item;
            item.sectionKey = (n % 3 == 0) ? bigSection : sections.at(n % sections.size()).key;
            item.title = titles.at(n % titles.size()) + QStringLiteral(" №%1").arg(n + 1);
            item.issuer = QStringLiteral("Аудандық білім бөлімі %1").arg(n % 17);
            item.date = QDate(2021, 1, 1).addDays(random.bounded(1800));
            PendingPage page;
            page.page.kind = PageKind::Image;
            page.page.width = 1240;
            page.page.height = 1754;
            page.page.mimeType = QStringLiteral("image/jpeg");
            page.file = {pages.at(n % pages.size()), {}, QStringLiteral("jpg")};
            page.original = {pages.at((n + 3) % pages.size()), {}, QStringLiteral("jpg")};
            page.thumbnail = {jpeg(pageImage(254, 360, QColor::fromHsv((n * 37) % 360, 200, 160),
                                             QString::number(n + 1)),
                                   80),
                              {}, QStringLiteral("jpg")};
            items.append(item);
            pendingPages.append({page});
        }
        QList<Item *> pointers;
        for (Item &item : items)
            pointers.append(&item);
        Error error;
        if (!store->addItems(pointers, pendingPages, &error)) {
            out() << "generating failed: " << error.message << " (" << error.detail << ")\n";
            return false;
        }
    }
    return true;
}

struct AppRun
{
    qint64 wallToFirstFrameMs = -1;
    QMap<QString, QString> figures;
};

AppRun runApp(const QString &qujat, const QString &dataDir, const QString &section)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QUJAT_BENCH"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qujat.*.info=false"));
    if (!section.isEmpty())
        environment.insert(QStringLiteral("QUJAT_BENCH_SECTION"), section);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    AppRun run;
    QElapsedTimer timer;
    timer.start();
    process.start(qujat, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--language"), QStringLiteral("kk")});
    QByteArray pending;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        if (!process.waitForReadyRead(200) && process.state() == QProcess::NotRunning
            && process.bytesAvailable() == 0)
            break;
        if (timer.elapsed() > 600'000) {
            process.kill();
            break;
        }
        pending += process.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline)).trimmed();
            pending.remove(0, newline + 1);
            if (!line.startsWith(QLatin1String("bench ")))
                continue;
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() >= 3) {
                run.figures.insert(parts.at(1), parts.mid(2).join(QLatin1Char(' ')));
                if (parts.at(1) == QLatin1String("first-frame-ms"))
                    run.wallToFirstFrameMs = timer.elapsed();
            }
        }
    }
    process.waitForFinished(10000);
    return run;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    // The app is measured on the display given (xvfb-run sets DISPLAY), or
    // offscreen without one; this process only draws generated pages.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", qEnvironmentVariableIsEmpty("DISPLAY") ? "offscreen" : "xcb");
    QGuiApplication app(argc, argv);
    // One log line per saved item would bury the figures.
    QLoggingCategory::setFilterRules(QStringLiteral("qujat.*.info=false"));
    QCommandLineParser parser;
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("Items to generate."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption qujatOption(QStringLiteral("qujat"), QStringLiteral("The app's executable."),
                                         QStringLiteral("PATH"), QStringLiteral(QUJAT_APP_PATH));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Start-ups to time."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Generate into DIR and keep it (reused when it exists)."),
                                        QStringLiteral("DIR"));
    parser.addHelpOption();
    const QCommandLineOption noSchoolOption(QStringLiteral("no-school"),
                                            QStringLiteral("Skip the administration's search over 100 teachers."));
    parser.addOptions({itemsOption, qujatOption, runsOption, keepOption, noSchoolOption});
    parser.process(app);
    const int count = parser.value(itemsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString qujat = parser.value(qujatOption);
    const QString bigSection = QStringLiteral("documents.achievements");

    QTemporaryDir temporary;
    const QString root = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    const QString full = root + QStringLiteral("/full");
    const QString empty = root + QStringLiteral("/empty");

    QElapsedTimer timer;
    const bool reuse = QFileInfo::exists(full + QStringLiteral("/portfolio.sqlite"));
    {
        Store store(full);
        Error error;
        if (!store.open(&error)) {
            out() << "open failed: " << error.message << '\n';
            return 1;
        }
        if (!reuse) {
            timer.start();
            if (!generate(&store, count, bigSection))
                return 1;
            out() << "generated " << store.itemCount() << " items in " << timer.elapsed() << " ms\n";
        } else {
            out() << "reused " << store.itemCount() << " items in " << full << '\n';
        }

        // In-process figures on the large database.
        timer.restart();
        const int sectionItems = int(store.summaries(bigSection).size());
        out() << "summaries of the largest section (" << sectionItems << " items): " << timer.elapsed() << " ms\n";
        for (const QString &query : {QStringLiteral("алғыс"), QStringLiteral("№9999"), QStringLiteral("нет такого")}) {
            timer.restart();
            const qsizetype found = store.search(query).size();
            out() << "search \"" << query << "\": " << found << " found in " << timer.elapsed() << " ms\n";
        }
        // The administration: search over 100 teachers x 200 items of a
        // school folder, measured by schoolsearch in its own process.
        if (!parser.isSet(noSchoolOption)) {
            QProcess school;
            school.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            school.start(QStringLiteral(QUJAT_SCHOOLSEARCH_PATH), {QStringLiteral("100"), QStringLiteral("200")});
            if (school.waitForFinished(30 * 60 * 1000) && school.exitCode() == 0) {
                const QStringList lines = QString::fromUtf8(school.readAllStandardOutput()).split(QLatin1Char('\n'));
                for (const QString &line : lines) {
                    if (line.startsWith(QLatin1String("median over queries")) || line.startsWith(QLatin1String("filled")))
                        out() << "school search, 100 teachers x 200 items: " << line << '\n';
                }
            } else {
                out() << "school search: schoolsearch failed (" << school.errorString() << ")\n";
            }
        }
        const QString backupPath = root + QStringLiteral("/backup-test.sqlite");
        QFile::remove(backupPath);
        timer.restart();
        if (Backup::write(store.databasePath(), backupPath, &error))
            out() << "VACUUM INTO backup of the database: " << timer.elapsed() << " ms, "
                  << QFileInfo(backupPath).size() / 1024 << " KB\n";
        QFile::remove(backupPath);

        // Keep the thumbnails only: a request for a page file or an
        // original is then a request for a missing file.
        int removed = 0;
        if (!reuse) {
            QSet<QString> thumbnails;
            for (const Item &item : store.items()) {
                for (const Page &page : item.pages)
                    thumbnails.insert(store.thumbnailPath(page));
            }
            QDirIterator it(store.files().root(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!thumbnails.contains(path) && QFile::remove(path))
                    ++removed;
            }
            out() << "removed " << removed << " page files and originals; thumbnails kept: "
                  << thumbnails.size() << '\n';
        }
    }
    QDir().mkpath(empty);

    // Cold start: the first start of each portfolio; later starts have the
    // files in the page cache. The first start of the full portfolio also
    // writes its daily backup on a worker thread.
    QList<qint64> emptyInApp, emptyWall, fullInApp, fullWall, fullRss;
    for (int run = 0; run < runs; ++run) {
        const AppRun e = runApp(qujat, empty, {});
        const AppRun f = runApp(qujat, full, {});
        emptyInApp.append(e.figures.value(QStringLiteral("first-frame-ms")).toLongLong());
        emptyWall.append(e.wallToFirstFrameMs);
        fullInApp.append(f.figures.value(QStringLiteral("first-frame-ms")).toLongLong());
        fullWall.append(f.wallToFirstFrameMs);
        fullRss.append(f.figures.value(QStringLiteral("peak-rss-kb-at-first-frame")).toLongLong());
        out() << "start " << run + 1 << ": empty " << e.wallToFirstFrameMs << " ms (in app "
              << emptyInApp.last() << "), " << count << " items " << f.wallToFirstFrameMs << " ms (in app "
              << fullInApp.last() << "), peak " << fullRss.last() / 1024 << " MB\n";
    }
    out() << "first frame, median of " << runs << ": empty " << median(emptyWall) << " ms, " << count
          << " items " << median(fullWall) << " ms, ratio "
          << QString::number(double(median(fullWall)) / std::max<qint64>(1, median(emptyWall)), 'f', 2) << '\n';

    const AppRun scroll = runApp(qujat, full, bigSection);
    out() << "scroll of " << bigSection << ":";
    for (auto it = scroll.figures.cbegin(); it != scroll.figures.cend(); ++it)
        out() << "\n  " << it.key() << ' ' << it.value();
    out() << '\n';
    const qint64 pageRequests = scroll.figures.value(QStringLiteral("page-file-requests"), QStringLiteral("-1")).toLongLong();
    const qint64 peakMb = scroll.figures.value(QStringLiteral("peak-rss-kb")).toLongLong() / 1024;
    out() << "full pages decoded while scrolling: " << pageRequests << "; peak memory " << peakMb << " MB\n";
    out().flush();
    return pageRequests == 0 ? 0 : 1;
}
