#pragma once

#include "bundle/bagit.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace qujat::bundle {

// Limits that hold whatever the archive declares: they count bytes actually
// inflated, so a lying size field or overlapping entries cannot get past.
struct UnzipLimits
{
    qint64 maxTotalBytes = qint64(16) << 30; // everything inflated
    qint64 maxEntryBytes = qint64(4) << 30;  // one file
    int maxEntries = 50000;
    qint64 diskReserve = qint64(64) << 20;   // left free on the staging disk
};

struct ZipEntryName
{
    QByteArray raw;    // the bytes stored in the archive
    bool utf8Flag = false;
    QString decoded;   // NFC
    QString encoding;  // "utf-8", "cp866", "windows-1251"
};

struct UnzipResult
{
    QString topFolder;                // the single folder every entry is in
    QHash<QString, QString> sha256;   // NFC path relative to topFolder -> SHA-256 of what was written
    qint64 bytes = 0;
    int files = 0;
    bool cancelled = false;
};

// Extracts a zip into a staging folder with libzip, refusing anything that
// could write outside it or exhaust the disk: absolute paths, drive letters,
// "..", backslashes, symbolic links, duplicate names (also after Unicode
// normalisation or case folding), encryption, unknown compression methods,
// and more bytes than the limits allow. Every name is checked before the
// first byte is written. Names without the zip UTF-8 flag are read raw and
// decoded as UTF-8 when valid, else as CP866 or Windows-1251, whichever
// gives Cyrillic letters.
class SafeUnzip
{
    Q_DECLARE_TR_FUNCTIONS(SafeUnzip)

public:
    static bool extract(const QString &zipPath, const QString &stagingDir, const UnzipLimits &limits,
                        const ProgressFunction &progress, UnzipResult *result, Error *error);

    // The entry names of an archive, decoded as extract() would.
    static bool listNames(const QString &zipPath, QList<ZipEntryName> *names, Error *error);

    static ZipEntryName decodeName(const QByteArray &raw, bool utf8Flag);
};

} // namespace qujat::bundle
