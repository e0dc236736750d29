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
#include <QPainter>
#include <QPolygonF>
#include <QRegularExpression>
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

// Writes a copy of the photo, at most 1000 pixels on its long side, with the
// expected outline in green and the detected one in red, for looking at a
// case. The file is named after the case.
void saveOverlay(const QString &folder, const QString &name, const QImage &photo, const Quad &expected,
                 const Quad &detected)
{
    if (folder.isEmpty())
        return;
    const double scale = std::min(1.0, 1000.0 / std::max(photo.width(), photo.height()));
    QImage copy = photo.scaled(photo.size() * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                      .convertToFormat(QImage::Format_RGB32);
    QPainter painter(&copy);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto draw = [&](const Quad &quad, const QColor &colour) {
        QPolygonF polygon;
        for (const QPointF &corner : quad)
            polygon << corner * scale;
        painter.setPen(QPen(colour, 2));
        painter.drawPolygon(polygon);
    };
    draw(expected, Qt::green);
    draw(detected, Qt::red);
    painter.end();
    QString fileName = name;
    fileName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("_"));
    copy.save(QDir(folder).filePath(fileName + QStringLiteral(".png")));
}

} // namespace

int main(int argc, char *argv[])
{
    bench::setUpBenchmark();
    QGuiApplication app(argc, argv);
    // --overlay DIR writes each case with its expected and detected outline.
    const QStringList arguments = app.arguments();
    const qsizetype overlayOption = arguments.indexOf(QStringLiteral("--overlay"));
    const QString overlayFolder = overlayOption > 0 && overlayOption + 1 < arguments.size() ? arguments.at(overlayOption + 1)
                                                                                            : QString();
    if (!overlayFolder.isEmpty())
        QDir().mkpath(overlayFolder);

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
        saveOverlay(overlayFolder, scene.name, photo, scene.corners, detection.corners);
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
            saveOverlay(overlayFolder, photo.file, upright, expected, detection.corners);
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
