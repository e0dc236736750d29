// Fuzz target: the bundle reader, on what an administration receives from
// anyone. An input that starts like a zip ("PK") is written to a file and
// read the way an import reads a bundle (BundleReader::verify: SafeUnzip
// with tight limits, the BagIt check of the extracted folder, then
// portfolio.json). Any other input goes to the BagIt tag-file parsers
// (bagit.txt and bag-info.txt syntax, manifests, fetch.txt) and to the
// portfolio.json reader, so that the text seeds of the BagIt corpus reach
// them directly.
//
// Contracts checked besides the sanitizers: a refusal always carries a
// message; nothing is written outside the staging folder; the bytes and
// files written stay within the limits.

#include "bundle/bagit.h"
#include "bundle/bundlereader.h"
#include "bundle/portfoliojson.h"
#include "bundle/safeunzip.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace qujat;
using namespace qujat::bundle;

namespace {

constexpr qint64 MaxTotalBytes = 2 << 20;
constexpr int MaxEntries = 200;

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}

void readZip(const QByteArray &bytes)
{
    const QString root = workDir().path();
    const QString zipPath = root + QLatin1String("/input.zip");
    const QString staging = root + QLatin1String("/staging");
    {
        QFile file(zipPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            abort();
    }
    VerifyOptions options;
    options.limits.maxTotalBytes = MaxTotalBytes;
    options.limits.maxEntryBytes = 512 << 10;
    options.limits.maxEntries = MaxEntries;
    options.limits.diskReserve = 0;
    VerifiedBundle bundle;
    Error error;
    const bool ok = BundleReader::verify(zipPath, staging, options, &bundle, &error);
    if (!ok && error.message.isEmpty())
        abort(); // every refusal tells the school what is wrong

    // Whatever the archive says, it wrote only inside staging and within
    // the limits.
    const QStringList top = QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : top) {
        if (name != QLatin1String("input.zip") && name != QLatin1String("staging"))
            abort();
    }
    qint64 written = 0;
    int files = 0;
    QDirIterator it(staging, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            abort();
        written += info.size();
        ++files;
    }
    if (written > MaxTotalBytes || files > MaxEntries)
        abort();
    QDir(staging).removeRecursively();
}

void parseText(const QByteArray &bytes)
{
    for (const char *encoding : {"UTF-8", "ISO-8859-1"}) {
        QString text;
        QString problem;
        if (!BagChecker::decodeTagFile(bytes, QString::fromLatin1(encoding), &text, &problem)) {
            if (problem.isEmpty())
                abort();
            continue;
        }
        QList<QPair<QString, QString>> pairs;
        problem.clear();
        if (!BagChecker::parseTagFile(text, &pairs, &problem) && problem.isEmpty())
            abort();
        QList<ManifestEntry> entries;
        QStringList warnings;
        problem.clear();
        if (BagChecker::parseManifest(text, &entries, &warnings, &problem)) {
            // An accepted manifest names only paths safe to open in the bag.
            for (const ManifestEntry &entry : entries) {
                if (!BagChecker::pathProblem(entry.path).isEmpty())
                    abort();
            }
        } else if (problem.isEmpty()) {
            abort();
        }
        QStringList paths;
        problem.clear();
        if (!BagChecker::parseFetch(text, &paths, &problem) && problem.isEmpty())
            abort();
    }
    PortfolioDocument document;
    Error error;
    if (!PortfolioJson::read(bytes, &document, &error) && error.message.isEmpty())
        abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    if (!workDir().isValid())
        abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("PK"))
        readZip(bytes);
    else
        parseText(bytes);
    return 0;
}
