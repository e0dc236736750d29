#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace qujat {
class Store;
}

namespace qujat::test {

// A teacher's portfolio with `count` generated items (SampleGenerator).
bool makeTeacher(const QString &dataDir, int count, quint32 seed, QString *problem);

// Exports the teacher folder with the app's writer.
bool exportBundle(Store &store, const QString &outPath, bool sign = true, QString *problem = nullptr);

// One zip entry, read or to be written. `name` contains the raw bytes stored
// in the archive.
struct ZipEntry
{
    QByteArray name;
    QByteArray content;
    bool directory = false;
    // Unix mode in the external attributes (0 = leave libzip's default),
    // e.g. 0120777 for a symbolic link.
    quint32 unixMode = 0;
    bool deflate = true;
};

// Reads every entry with libzip (small archives only: contents in memory).
QList<ZipEntry> readZip(const QString &path);
// Writes entries with libzip, names as given (libzip guesses the flag:
// UTF-8 when the bytes are valid UTF-8, none otherwise).
bool writeZip(const QString &path, const QList<ZipEntry> &entries);

// Recomputes manifest-sha256.txt, tagmanifest-sha256.txt and Payload-Oxum
// of a bag held as zip entries under `top`, as a tool that "re-checksums" a
// changed bag would. The signature file is left as it is unless
// `dropSignature`.
void rechecksum(QList<ZipEntry> *entries, const QByteArray &top, bool dropSignature);

// An independent BagIt (RFC 8493) validator for a bag folder on disk,
// written for the tests from the RFC and sharing no code with the app:
// bagit.txt exactly as section 2.1.1 requires, every payload manifest complete and
// correct, tag manifests correct, Payload-Oxum right, no file outside
// data/ in a payload manifest. Returns the problems found (empty = valid).
QStringList rfc8493Problems(const QString &bagDir);

// Reads a zip's central directory by hand (no libzip): per entry the
// general purpose flags, the compression method and the raw name.
struct CentralEntry
{
    quint16 flags = 0;
    quint16 method = 0;
    QByteArray name;
};
QList<CentralEntry> centralDirectory(const QString &zipPath);

// Every file below `dir`, relative, sorted.
QStringList filesBelow(const QString &dir);

} // namespace qujat::test
