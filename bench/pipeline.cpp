// Times the whole page pipeline on a rendered 12 megapixel phone photo:
// orient, detect, warp, clean, encode page and thumbnail, decode codes and
// store into a temporary Store. The reference is the least any pipeline
// must do, with libjpeg-turbo's command line tools: djpeg decoding the
// photo and cjpeg encoding the stored page. Prints the median of each, the
// ratio, and the median of each step of ours.

#include "benchsupport.h"

#include "barcodes/barcodereader.h"
#include "imaging/enhance.h"
#include "imaging/imageloader.h"
#include "imaging/pagedetector.h"
#include "imaging/pagepipeline.h"
#include "imaging/perspective.h"
#include "store/store.h"
#include "syntheticscene.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace qujat;

namespace {

constexpr int Runs = 7;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double millisecondsOf(const std::function<bool()> &work, bool *ok)
{
    QElapsedTimer timer;
    timer.start();
    *ok = work() && *ok;
    return timer.nsecsElapsed() / 1e6;
}

bool runTool(const QString &program, const QStringList &arguments, const QString &outputPath)
{
    QProcess process;
    process.setStandardOutputFile(outputPath);
    process.start(program, arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The certificate scene of the tests, rendered at 3000 x 4000 pixels.
test::SceneSpec twelveMegapixelScene()
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

void printMedian(const QString &label, const QList<double> &values)
{
    out() << QStringLiteral("%1 %2 ms\n").arg(label, -40).arg(bench::median(values), 8, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    bench::setUpBenchmark();
    QGuiApplication app(argc, argv);
    const QString djpeg = QStandardPaths::findExecutable(QStringLiteral("djpeg"));
    const QString cjpeg = QStandardPaths::findExecutable(QStringLiteral("cjpeg"));
    if (djpeg.isEmpty() || cjpeg.isEmpty()) {
        QTextStream(stderr) << "pipeline: djpeg or cjpeg not found. Install the Debian package libjpeg-turbo-progs.\n";
        return 1;
    }

    QTemporaryDir work;
    const QString photo = work.filePath(QStringLiteral("photo.jpg"));
    const test::SceneSpec scene = twelveMegapixelScene();
    if (!test::renderScene(scene).save(photo, "JPEG", 92)) {
        QTextStream(stderr) << "pipeline: cannot write " << photo << '\n';
        return 1;
    }
    const QString photoWithoutCode = work.filePath(QStringLiteral("photo-without-code.jpg"));
    test::SceneSpec sceneWithoutCode = scene;
    sceneWithoutCode.qrCode = false;
    if (!test::renderScene(sceneWithoutCode).save(photoWithoutCode, "JPEG", 92)) {
        QTextStream(stderr) << "pipeline: cannot write " << photoWithoutCode << '\n';
        return 1;
    }
    out() << "Photo: " << scene.photoSize.width() << 'x' << scene.photoSize.height() << " JPEG, quality 92\n";

    Store store(work.filePath(QStringLiteral("portfolio")));
    Error error;
    if (!store.open(&error)) {
        QTextStream(stderr) << "pipeline: " << error.detail << '\n';
        return 1;
    }

    bool ok = true;
    QByteArray storedPage;
    const auto prepareAndStore = [&](const QString &path) {
        QList<double> times;
        for (int run = 0; run <= Runs; ++run) {
            const double milliseconds = millisecondsOf([&] {
                PreparedPage page;
                if (!PagePipeline::prepare(path, &page, &error))
                    return false;
                Item item;
                item.sectionKey = QStringLiteral("documents.achievements");
                item.title = QStringLiteral("Benchmark %1").arg(run);
                item.barcodes = page.barcodes;
                storedPage = page.pending.file.bytes;
                return store.addItem(&item, {page.pending}, &error);
            }, &ok);
            if (run > 0) // the first run warms caches
                times.append(milliseconds);
        }
        return times;
    };
    // The same page without its QR code, where reading codes cannot stop early.
    const QList<double> oursWithoutCode = prepareAndStore(photoWithoutCode);
    const QList<double> ours = prepareAndStore(photo);
    if (!ok) {
        QTextStream(stderr) << "pipeline: " << error.detail << '\n';
        return 1;
    }
    QList<double> reference;

    // The page as a PPM for cjpeg, at the quality our medium preset uses.
    const QString ppm = work.filePath(QStringLiteral("page.ppm"));
    QImage::fromData(storedPage, "JPEG").convertToFormat(QImage::Format_RGB888).save(ppm, "PPM");
    const QString quality = QString::number(PagePipeline::jpegQuality(SizePreset::Medium));
    QList<double> decodes;
    QList<double> encodes;
    for (int run = 0; run <= Runs; ++run) {
        const double decode = millisecondsOf([&] {
            return runTool(djpeg, {QStringLiteral("-ppm"), photo}, work.filePath(QStringLiteral("photo.ppm")));
        }, &ok);
        const double encode = millisecondsOf([&] {
            return runTool(cjpeg, {QStringLiteral("-quality"), quality, ppm}, work.filePath(QStringLiteral("out.jpg")));
        }, &ok);
        if (run > 0) {
            decodes.append(decode);
            encodes.append(encode);
            reference.append(decode + encode);
        }
    }
    if (!ok) {
        QTextStream(stderr) << "pipeline: djpeg or cjpeg failed\n";
        return 1;
    }

    // From the shutter to the thumbnail on screen: the camera has written
    // the photo, then the page is prepared and its thumbnail decoded for the
    // review. Storing comes later, on Save.
    QList<double> shutterToThumbnail;
    for (int run = 0; run <= Runs; ++run) {
        const double milliseconds = millisecondsOf([&] {
            PreparedPage page;
            if (!PagePipeline::prepare(photo, &page, &error))
                return false;
            return !QImage::fromData(page.pending.thumbnail.bytes, "JPEG").isNull();
        }, &ok);
        if (run > 0)
            shutterToThumbnail.append(milliseconds);
    }

    // Each step alone, single-threaded.
    QList<double> load, barcodes, allBarcodePasses, detect, warp, clean, encode;
    for (int run = 0; run < Runs; ++run) {
        QImage upright, page;
        PageDetection detection;
        load.append(millisecondsOf([&] { return !(upright = ImageLoader::load(photo, 0, &error)).isNull(); }, &ok));
        barcodes.append(millisecondsOf([&] {
            return !BarcodeReader::read(upright, BarcodeReader::Effort::UntilFound).isEmpty();
        }, &ok));
        allBarcodePasses.append(millisecondsOf([&] { return !BarcodeReader::read(upright).isEmpty(); }, &ok));
        detect.append(millisecondsOf([&] { return (detection = PageDetector::detect(upright)).found; }, &ok));
        warp.append(millisecondsOf([&] {
            const QSize size = Perspective::outputSize(detection.corners, upright.size(), PagePipeline::maxPixels(SizePreset::Medium));
            return !(page = Perspective::warp(upright, detection.corners, size)).isNull();
        }, &ok));
        clean.append(millisecondsOf([&] { return !(page = PagePipeline::cleanPage(page)).isNull(); }, &ok));
        encode.append(millisecondsOf([&] {
            return !PagePipeline::encodeJpeg(page, PagePipeline::jpegQuality(SizePreset::Medium)).isEmpty()
                   && !PagePipeline::encodeJpeg(PagePipeline::scaledToLongSide(page, PagePipeline::ThumbnailLongSide), PagePipeline::JpegQuality).isEmpty();
        }, &ok));
    }

    out() << "\nMedians of " << Runs << " runs\n";
    printMedian(QStringLiteral("ours: prepare and store"), ours);
    printMedian(QStringLiteral("djpeg photo"), decodes);
    printMedian(QStringLiteral("cjpeg page"), encodes);
    printMedian(QStringLiteral("djpeg + cjpeg"), reference);
    out() << QStringLiteral("%1 %2\n").arg(QStringLiteral("ratio ours / (djpeg + cjpeg)"), -40).arg(bench::median(ours) / bench::median(reference), 8, 'f', 2);
    printMedian(QStringLiteral("ours, page without a code"), oursWithoutCode);
    out() << QStringLiteral("%1 %2\n").arg(QStringLiteral("ratio without a code"), -40).arg(bench::median(oursWithoutCode) / bench::median(reference), 8, 'f', 2);
    printMedian(QStringLiteral("photo written to thumbnail decoded"), shutterToThumbnail);
    out() << "\nSteps of ours, one at a time (codes run beside the other steps in prepare)\n";
    printMedian(QStringLiteral("load and orient"), load);
    printMedian(QStringLiteral("decode codes (as prepare: until found)"), barcodes);
    printMedian(QStringLiteral("decode codes, all passes"), allBarcodePasses);
    printMedian(QStringLiteral("detect page"), detect);
    printMedian(QStringLiteral("warp"), warp);
    printMedian(QStringLiteral("clean (auto preset)"), clean);
    printMedian(QStringLiteral("encode page and thumbnail"), encode);
    if (!ok)
        out() << "NOTE: a step failed in the per-step runs: " << error.detail << '\n';
    return 0;
}
