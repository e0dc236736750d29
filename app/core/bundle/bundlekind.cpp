#include "bundle/bundlekind.h"

#include "bundle/bundlewriter.h"

#include <QFile>

#include <zip.h>

namespace qujat {

namespace {

// Qujat writes a bag-info.txt of a few hundred bytes, so a larger one is not Qujat's.
constexpr zip_uint64_t MaxInfoBytes = 64 * 1024;

QByteArray readBagInfo(zip_t *archive)
{
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const QByteArray name(zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_RAW));
        // "<top folder>/bag-info.txt" and nothing deeper.
        const qsizetype slash = name.indexOf('/');
        if (slash <= 0 || name.mid(slash + 1) != "bag-info.txt")
            continue;
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)
            || stat.size > MaxInfoBytes)
            return {};
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file)
            return {};
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
        zip_fclose(file);
        return read == zip_int64_t(stat.size) ? bytes : QByteArray();
    }
    return {};
}

} // namespace

BundleKind bundleKindOf(const QString &path)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive)
        return BundleKind::NotQujat;
    const QByteArray info = readBagInfo(archive);
    zip_discard(archive);

    const QByteArray label = QByteArray(bundle::BundleKindLabel) + ':';
    for (const QByteArray &line : info.split('\n')) {
        if (!line.startsWith(label))
            continue;
        const QByteArray kind = line.mid(label.size()).trimmed();
        if (kind == "portfolio")
            return BundleKind::Portfolio;
        if (kind == "review")
            return BundleKind::Review;
        return BundleKind::NotQujat;
    }
    return BundleKind::NotQujat;
}

} // namespace qujat
