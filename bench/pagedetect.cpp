// Measures the page detector's corner error: on rendered photos with known
// corners, and on the corpus photos against the corners marked by hand in
// tests/data/corners/photos.json. The error of a case is its worst corner's
// distance as a percentage of the page diagonal.

#include "benchsupport.h"

#include "cornerannotations.h"
#include "imaging/imageloader.h"
#include "imaging/pagedetector.h"
#include "syntheticscene.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

using namespace qujat;

namespace {

struct Summary
{
    QList<double> errors;

    void add(double error) { errors.append(error); }
    double mean() const
    {
        double sum = 0;
        for (double error : errors)
            sum += error;
        return errors.isEmpty() ? 0 : sum / errors.size();
    }
    double worst() const { return errors.isEmpty() ? 0 : *std::max_element(errors.begin(), errors.end()); }
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printRow(const QString &name, const PageDetection &detection, double error, qint64 milliseconds)
{
    out() << QStringLiteral("%1 %2 %3 %4 %5 ms\n")
                 .arg(name.left(44), -44)
                 .arg(detection.found ? QStringLiteral("page ") : QStringLiteral("frame"))
                 .arg(detection.confidence, 5, 'f', 2)
                 .arg(QStringLiteral("%1 %").arg(error, 0, 'f', 2), 8)
                 .arg(milliseconds, 4);
}

void printSummary(const QString &label, const Summary &summary)
{
    out() << QStringLiteral("%1: %2 cases, mean %3 %, worst %4 %\n")
                 .arg(label)
                 .arg(summary.errors.size())
                 .arg(summary.mean(), 0, 'f', 2)
                 .arg(summary.worst(), 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    bench::setUpBenchmark();
    QGuiApplication app(argc, argv);

    Summary rendered;
    out() << "Rendered photos\n";
    for (const test::SceneSpec &scene : test::standardScenes()) {
        const QImage photo = test::renderScene(scene);
        QElapsedTimer timer;
        timer.start();
        const PageDetection detection = PageDetector::detect(photo);
        const qint64 elapsed = timer.elapsed();
        const double error = test::cornerErrorPercent(detection.corners, scene.corners);
        rendered.add(error);
        printRow(scene.name, detection, error, elapsed);
    }

    Summary photos;
    if (test::sharedDir().isEmpty()) {
        out() << "\nCorpus photos skipped: set QUJAT_SHARED_DIR to the shared folder.\n";
    } else {
        out() << "\nCorpus photos (corners marked by hand)\n";
        QString error;
        const QList<test::AnnotatedPhoto> annotated = test::loadAnnotatedPhotos(QStringLiteral(QUJAT_CORNERS_JSON), &error);
        if (annotated.isEmpty()) {
            QTextStream(stderr) << "pagedetect: " << error << '\n';
            return 1;
        }
        const QDir folder(test::sharedPath(QStringLiteral("corpus/photos")));
        for (const test::AnnotatedPhoto &photo : annotated) {
            Error loadError;
            const QImage upright = ImageLoader::load(folder.filePath(photo.file), 0, &loadError);
            if (upright.isNull()) {
                QTextStream(stderr) << "pagedetect: " << photo.file << ": " << loadError.detail << '\n';
                return 1;
            }
            QElapsedTimer timer;
            timer.start();
            const PageDetection detection = PageDetector::detect(upright);
            const qint64 elapsed = timer.elapsed();
            const Quad expected = photo.fullFrame ? PageDetector::frameQuad(upright.size()) : photo.corners;
            const double cornerError = test::cornerErrorPercent(detection.corners, expected);
            photos.add(cornerError);
            printRow(photo.file, detection, cornerError, elapsed);
        }
    }

    Summary all = rendered;
    for (double error : photos.errors)
        all.add(error);
    out() << '\n';
    printSummary(QStringLiteral("rendered"), rendered);
    printSummary(QStringLiteral("photos"), photos);
    printSummary(QStringLiteral("all"), all);
    return 0;
}
