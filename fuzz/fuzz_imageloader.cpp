// Fuzz target: image decoding. The bytes are written to a file (the loader
// reads files, like the app) and go through ImageLoader::probe and load.
// fuzz_pagepipeline runs the rest of the import on small images.

#include "imaging/imageloader.h"

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
    return folder + QStringLiteral("/qujat-fuzz-image-%1").arg(QCoreApplication::applicationPid());
}

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
    const QImage image = qujat::ImageLoader::load(path, 0, &error);
    if (image.isNull()) {
        if (error.message.isEmpty())
            abort();
        return 0;
    }
    if (qint64(image.width()) * image.height() > qujat::ImageLoader::MaxDecodePixels)
        abort(); // the decode bound must hold
    return 0;
}
