// Measures the PDF portfolio of a generated sample: file size, size per
// document page and the time to write it. The baselines, in the same
// process: the bytes of the stored page JPEGs the PDF shows (size), and
// decoding each of those JPEGs once with QImageReader (time), the least a
// report that embeds every page must do.

#include "benchsupport.h"

#include "report/reportwriter.h"
#include "sample/samplegenerator.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTextStream>

using namespace qujat;

namespace {

constexpr int Runs = 5;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Measured
{
    qint64 bytes = 0;
    ReportStats stats;
    double medianMs = 0;
};

bool measure(const Store &store, int dpi, const QString &path, Measured *result)
{
    QList<double> times;
    for (int run = 0; run <= Runs; ++run) {
        ReportOptions options;
        options.imageDpi = dpi;
        options.stats = &result->stats;
        Error error;
        QElapsedTimer timer;
        timer.start();
        if (!ReportWriter::writeFile(store, path, options, &error)) {
            out() << "report failed: " << error.message << " (" << error.detail << ")\n";
            return false;
        }
        if (run > 0) // the first run warms up the caches and the font database
            times.append(timer.nsecsElapsed() / 1e6);
    }
    result->bytes = QFileInfo(path).size();
    result->medianMs = bench::median(times);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    bench::setUpBenchmark();
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    for (int count : {20, 40}) {
        Store store(dir.filePath(QStringLiteral("portfolio-%1").arg(count)));
        Error error;
        if (!store.open(&error)
            || !SampleGenerator::populate(&store, count, 2026, dir.filePath(QStringLiteral("work")), &error)) {
            out() << "sample failed: " << error.detail << '\n';
            return 1;
        }
        SampleGenerator::addAchievementResults(&store, QDate::currentDate(), &error);

        // Baselines: the stored page JPEGs, their bytes and one decode each.
        qint64 pageBytes = 0;
        QList<double> decodeTimes;
        const QList<Item> items = store.items();
        for (int run = 0; run <= Runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            qint64 bytes = 0;
            for (const Item &item : items) {
                for (const Page &page : item.pages) {
                    const QString path = store.pagePath(page);
                    bytes += QFileInfo(path).size();
                    QImageReader(path).read();
                }
            }
            pageBytes = bytes;
            if (run > 0)
                decodeTimes.append(timer.nsecsElapsed() / 1e6);
        }
        const double decodeMs = bench::median(decodeTimes);

        out() << "\nSample portfolio of " << count << " items (+12 table VII rows), medians of " << Runs
              << " runs\n";
        out() << "stored page JPEGs: " << pageBytes << " bytes, decoding them once: "
              << QString::number(decodeMs, 'f', 0) << " ms\n";
        out() << "| dpi | pages | document pages | PDF bytes | bytes per document page | size / stored JPEGs "
                 "| write ms | time / decode |\n";
        for (int dpi : {150, 200}) {
            Measured measured;
            if (!measure(store, dpi, dir.filePath(QStringLiteral("report-%1.pdf").arg(dpi)), &measured))
                return 1;
            out() << "| " << dpi << " | " << measured.stats.pages << " | " << measured.stats.documentPages << " | "
                  << measured.bytes << " | "
                  << (measured.stats.documentPages ? measured.bytes / measured.stats.documentPages : 0) << " | "
                  << QString::number(double(measured.bytes) / pageBytes, 'f', 2) << " | "
                  << QString::number(measured.medianMs, 'f', 0) << " | "
                  << QString::number(measured.medianMs / decodeMs, 'f', 1) << " |\n";
        }
        out().flush();
    }
    return 0;
}
