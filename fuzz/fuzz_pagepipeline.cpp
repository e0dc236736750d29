// Fuzz target: the page pipeline on small images (page finding,
// straightening, cleaning, barcode reading, encoding), where the edge
// cases are: 1-pixel lines, odd formats, flat colours. Larger inputs are
// left to fuzz_imageloader, as the pipeline takes long on them.

#include "imaging/imageloader.h"
#include "imaging/pagepipeline.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QString scratchPath()
{
    // /dev/shm keeps the many writes off the disk where it exists.
    const QString folder = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                     : QDir::tempPath();
    return folder + QStringLiteral("/qujat-fuzz-pipeline-%1").arg(QCoreApplication::applicationPid());
}

// The pipeline is slow on large images; fuzz it on small ones only, where
// the interesting edge cases (1-pixel lines, odd formats) are.
constexpr qint64 PipelinePixelLimit = 120'000;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    qSetMessagePattern(QStringLiteral("%{message}"));
    // Libraries' warnings about broken data are expected here.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &) {
        if (type == QtFatalMsg)
            abort();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = scratchPath();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }

    qujat::ImageLoader::Info info;
    qujat::Error error;
    if (!qujat::ImageLoader::probe(path, &info, &error)) {
        if (error.message.isEmpty())
            abort(); // a rejection always says why
        return 0;
    }
    if (qint64(info.uprightSize.width()) * info.uprightSize.height() <= PipelinePixelLimit) {
        qujat::PreparedPage page;
        if (!qujat::PagePipeline::prepareImage(path, &page, &error) && error.message.isEmpty())
            abort();
    }
    return 0;
}
