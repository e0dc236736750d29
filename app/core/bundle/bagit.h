#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace qujat::bundle {

// Called with bytes done and bytes in all; returning false cancels.
using ProgressFunction = std::function<bool(qint64 done, qint64 total)>;

struct ManifestEntry
{
    QString checksum; // lower-case hex
    QString path;     // relative to the bag, NFC, percent-decoded, without "./"
    QString rawPath;  // as written, before Unicode normalisation
};

struct BagCheckOptions
{
    // SHA-256 of payload files already computed while extracting, by NFC
    // path relative to the bag folder ("data/..."): a sha256 manifest entry
    // found here is compared without reading the file again.
    QHash<QString, QString> knownSha256;
    ProgressFunction progress;
};

// The outcome of checking one bag folder against RFC 8493.
struct BagCheck
{
    bool valid = false;
    bool cancelled = false;
    Error error;           // why the bag is invalid
    QStringList warnings;  // valid, but worth a note (md5sum syntax, "./" paths ...)
    QString version;       // "1.0"
    QList<QPair<QString, QString>> info; // bag-info.txt in order; labels may repeat
    QStringList payloadAlgorithms;       // "sha256", "md5" ...
    QHash<QString, QString> sha256;      // NFC "data/..." path -> checksum, from manifest-sha256.txt
    QHash<QString, QString> diskPath;    // NFC "data/..." path -> path on disk relative to the bag
    qint64 payloadBytes = 0;
    int payloadFiles = 0;

    QString infoValue(const QString &label) const;
};

// A BagIt checker written from RFC 8493 (and the 0.9x drafts the Library of
// Congress conformance suite covers). It reads the bag folder only, never
// follows fetch.txt (a bag that needs downloads is refused) and never
// touches a path outside the bag.
//
// Stricter than the RFC where a school PC needs it: two payload names that
// differ only in Unicode normalisation or in letter case are refused, since
// Windows and macOS would store them as one file. Names are compared in NFC,
// so a bag made on macOS (NFD names) checks like the same bag made elsewhere.
class BagChecker
{
    Q_DECLARE_TR_FUNCTIONS(BagChecker)

public:
    static BagCheck check(const QString &bagDir, const BagCheckOptions &options = {});

    // Parsers, public for tests. Each returns false and sets `problem` (a
    // translated sentence) on malformed input.
    static bool decodeTagFile(const QByteArray &bytes, const QString &encoding, QString *text,
                              QString *problem);
    static bool parseTagFile(const QString &text, QList<QPair<QString, QString>> *pairs,
                             QString *problem);
    static bool parseManifest(const QString &text, QList<ManifestEntry> *entries, QStringList *warnings,
                              QString *problem);
    // Fills `paths` with the NFC paths fetch.txt lists.
    static bool parseFetch(const QString &text, QStringList *paths, QString *problem);

    // An empty string when `path` (relative to the bag, '/'-separated) is
    // safe to open inside the bag, otherwise why not. Rejects absolute
    // paths, drive letters, URLs, "~", "..", backslashes and control
    // characters.
    static QString pathProblem(const QString &path);
};

} // namespace qujat::bundle
