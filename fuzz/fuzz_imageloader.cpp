// Fuzz target: image decoding. The bytes are written to a file (the loader
// reads files, like the app) and go through ImageLoader::probe and load.
// fuzz_pagepipeline runs the rest of the import on small images.

#include "fuzzsupport.h"
#include "imaging/imageloader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qujat::fuzz::startOffscreenApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = qujat::fuzz::scratchPath(QStringLiteral("image"));
    qujat::fuzz::writeInput(path, data, size);

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
