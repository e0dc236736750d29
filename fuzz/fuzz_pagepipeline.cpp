// Fuzz target: the page pipeline on small images (page finding,
// straightening, cleaning, barcode reading, encoding), where the edge
// cases are: 1-pixel lines, odd formats, flat colours. Larger inputs are
// left to fuzz_imageloader, as the pipeline takes long on them.

#include "fuzzsupport.h"
#include "imaging/imageloader.h"
#include "imaging/pagepipeline.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// The pipeline is slow on large images; fuzz it on small ones only, where
// the interesting edge cases (1-pixel lines, odd formats) are.
constexpr qint64 PipelinePixelLimit = 120'000;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qujat::fuzz::startOffscreenApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = qujat::fuzz::scratchPath(QStringLiteral("pipeline"));
    qujat::fuzz::writeInput(path, data, size);

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
