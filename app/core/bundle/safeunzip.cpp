#include "bundle/safeunzip.h"

#include "barcodes/barcodereader.h"
#include "bundle/digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStorageInfo>
#include <QStringDecoder>

#include <zip.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace qujat::bundle {

namespace {

// CP866 (DOS Cyrillic), the upper half. Box-drawing characters in between.
QString decodeCp866(const QByteArray &bytes)
{
    static const char16_t pseudographics[48] = {
        0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
        0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
        0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
        0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580};
    static const char16_t tail[16] = {0x0401, 0x0451, 0x0404, 0x0454, 0x0407, 0x0457, 0x040E, 0x045E,
                                      0x00B0, 0x2219, 0x00B7, 0x221A, 0x2116, 0x00A4, 0x25A0, 0x00A0};
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const uchar c = uchar(byte);
        if (c < 0x80)
            text.append(QLatin1Char(char(c)));
        else if (c < 0xB0)
            text.append(QChar(char16_t(0x0410 + (c - 0x80))));
        else if (c < 0xE0)
            text.append(QChar(pseudographics[c - 0xB0]));
        else if (c < 0xF0)
            text.append(QChar(char16_t(0x0440 + (c - 0xE0))));
        else
            text.append(QChar(tail[c - 0xF0]));
    }
    return text;
}

int russianLetters(const QString &text)
{
    int count = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x0410 && u <= 0x044F) || u == 0x0401 || u == 0x0451)
            ++count;
    }
    return count;
}

bool isReservedWindowsName(const QString &part)
{
    static const QSet<QString> reserved = {
        QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL"),
        QStringLiteral("COM1"), QStringLiteral("COM2"), QStringLiteral("COM3"), QStringLiteral("COM4"),
        QStringLiteral("LPT1"), QStringLiteral("LPT2"), QStringLiteral("LPT3")};
    return reserved.contains(part.section(QLatin1Char('.'), 0, 0).toUpper());
}

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

zip_t *openArchive(const QString &zipPath, QString *detail, int *errorCode = nullptr)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        *detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        if (errorCode)
            *errorCode = code;
    }
    return archive;
}

} // namespace

ZipEntryName SafeUnzip::decodeName(const QByteArray &raw, bool utf8Flag)
{
    ZipEntryName name;
    name.raw = raw;
    name.utf8Flag = utf8Flag;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8.decode(raw);
    if (!utf8.hasError()) {
        name.decoded = asUtf8;
        name.encoding = QStringLiteral("utf-8");
    } else if (utf8Flag) {
        name.encoding = QStringLiteral("invalid");
    } else {
        const QString cp866 = decodeCp866(raw);
        const QString cp1251 = decodeWindows1251(raw);
        if (russianLetters(cp1251) > russianLetters(cp866)) {
            name.decoded = cp1251;
            name.encoding = QStringLiteral("windows-1251");
        } else {
            name.decoded = cp866;
            name.encoding = QStringLiteral("cp866");
        }
    }
    name.decoded = name.decoded.normalized(QString::NormalizationForm_C);
    return name;
}

bool SafeUnzip::listNames(const QString &zipPath, QList<ZipEntryName> *names, Error *error)
{
    QString detail;
    std::unique_ptr<zip_t, ZipCloser> archive(openArchive(zipPath, &detail));
    if (!archive) {
        *error = {tr("The file is not a readable zip archive."), detail};
        return false;
    }
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *raw = zip_get_name(archive.get(), zip_uint64_t(i), ZIP_FL_ENC_RAW);
        const char *strict = zip_get_name(archive.get(), zip_uint64_t(i), ZIP_FL_ENC_STRICT);
        if (!raw || !strict) {
            *error = {tr("The file is not a readable zip archive."), QStringLiteral("unreadable entry name")};
            return false;
        }
        // With ZIP_FL_ENC_STRICT, libzip returns the stored bytes only when
        // the UTF-8 flag is set or the name is ASCII. Otherwise it converts
        // from CP437, so the bytes differ.
        names->append(decodeName(QByteArray(raw), qstrcmp(raw, strict) == 0));
    }
    return true;
}

bool SafeUnzip::extract(const QString &zipPath, const QString &stagingDir, const UnzipLimits &limits,
                        const ProgressFunction &progress, UnzipResult *result, Error *error)
{
    const auto reject = [&](const QString &reason, const QString &detail = {}) {
        *error = {tr("The bundle %1 cannot be imported: %2. Nothing was imported.")
                      .arg(QFileInfo(zipPath).fileName(), reason),
                  detail.isEmpty() ? reason : detail};
        return false;
    };
    QString detail;
    int openError = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(openArchive(zipPath, &detail, &openError));
    if (!archive && openError == ZIP_ER_EXISTS)
        return reject(tr("it holds the same file name twice"), detail);
    if (!archive)
        return reject(tr("it is not a readable zip file, or it is damaged"), detail);

    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count <= 0)
        return reject(tr("the zip file is empty"));
    if (count > limits.maxEntries)
        return reject(tr("it holds more than %1 files").arg(limits.maxEntries));

    // Pass 1: every name and attribute, before anything is written.
    struct Planned
    {
        zip_uint64_t index;
        QString path; // relative to the top folder
        bool directory;
        qint64 declaredSize;
    };
    QList<Planned> planned;
    QSet<QString> seen;
    QSet<QString> seenFolded;
    qint64 declaredTotal = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        const zip_uint64_t index = zip_uint64_t(i);
        const char *raw = zip_get_name(archive.get(), index, ZIP_FL_ENC_RAW);
        const char *strict = zip_get_name(archive.get(), index, ZIP_FL_ENC_STRICT);
        if (!raw || !strict)
            return reject(tr("a file name cannot be read"));
        const ZipEntryName name = decodeName(QByteArray(raw), qstrcmp(raw, strict) == 0);
        if (name.encoding == QLatin1String("invalid"))
            return reject(tr("a file name is not valid UTF-8"));
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), index, 0, &stat) != 0)
            return reject(tr("the entry %1 cannot be read").arg(name.decoded));
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
            return reject(tr("it is encrypted"));
        if ((stat.valid & ZIP_STAT_COMP_METHOD) && stat.comp_method != ZIP_CM_STORE
            && stat.comp_method != ZIP_CM_DEFLATE)
            return reject(tr("it uses an unsupported compression method"));
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(archive.get(), index, 0, &system, &attributes) == 0
            && system == ZIP_OPSYS_UNIX) {
            const zip_uint32_t type = (attributes >> 16) & 0170000;
            if (type == 0120000)
                return reject(tr("it holds a symbolic link (%1)").arg(name.decoded));
            if (type != 0 && type != 0100000 && type != 0040000)
                return reject(tr("it holds a special file (%1)").arg(name.decoded));
        }
        QString path = name.decoded;
        const bool directory = path.endsWith(QLatin1Char('/'));
        if (directory)
            path.chop(1);
        const QString problem = BagChecker::pathProblem(path);
        if (!problem.isEmpty())
            return reject(tr("it holds %1").arg(problem));
        for (const QString &part : path.split(QLatin1Char('/'))) {
            if (isReservedWindowsName(part) || part.endsWith(QLatin1Char('.')) || part.endsWith(QLatin1Char(' '))
                || part.contains(QRegularExpression(QStringLiteral("[<>\"|?*]"))))
                return reject(tr("it holds the name %1, which Windows cannot store").arg(path));
        }
        const QString top = path.section(QLatin1Char('/'), 0, 0);
        if (result->topFolder.isEmpty())
            result->topFolder = top;
        if (top != result->topFolder || (!directory && !path.contains(QLatin1Char('/'))))
            return reject(tr("its files are not all in one folder"));
        if (seen.contains(path))
            return reject(tr("it holds the name %1 twice").arg(path));
        if (seenFolded.contains(path.toCaseFolded()))
            return reject(tr("it holds two names that differ only in letter case (%1)").arg(path));
        seen.insert(path);
        seenFolded.insert(path.toCaseFolded());
        const qint64 declared = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0;
        declaredTotal += declared;
        planned.append({index, path, directory, declared});
    }
    // A directory entry and a file of the same name clash too; QDir::mkpath
    // on a file path would fail later, so it is caught when writing.

    // Free disk space, from the declared sizes, before writing anything.
    QDir().mkpath(stagingDir);
    const QStorageInfo storage(stagingDir);
    const qint64 available = storage.bytesAvailable();
    const qint64 budget = std::min(limits.maxTotalBytes,
                                   available > 0 ? available - limits.diskReserve : limits.maxTotalBytes);
    if (declaredTotal > budget)
        return reject(tr("it needs %1 MB, more than the free disk space or the limit allows")
                          .arg(declaredTotal >> 20));

    // Pass 2: write, counting the bytes actually inflated.
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 written = 0;
    const QDir staging(stagingDir);
    const QString stagingRoot = QDir(stagingDir).absolutePath() + QLatin1Char('/');
    for (const Planned &entry : std::as_const(planned)) {
        const QString target = QDir::cleanPath(staging.absoluteFilePath(entry.path));
        if (!target.startsWith(stagingRoot))
            return reject(tr("it holds a path that leaves its folder"));
        if (entry.directory) {
            if (!QDir().mkpath(target))
                return reject(tr("the folder %1 cannot be created").arg(entry.path));
            continue;
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return reject(tr("the folder for %1 cannot be created").arg(entry.path));
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return reject(tr("the file %1 cannot be written to the staging folder").arg(entry.path),
                          out.errorString());
        zip_file_t *file = zip_fopen_index(archive.get(), entry.index, 0);
        if (!file)
            return reject(tr("the entry %1 cannot be read").arg(entry.path),
                          QString::fromUtf8(zip_strerror(archive.get())));
        Digest digest;
        qint64 entryBytes = 0;
        bool ok = true;
        QString why;
        for (;;) {
            const zip_int64_t read = zip_fread(file, buffer.data(), zip_uint64_t(buffer.size()));
            if (read < 0) {
                ok = false;
                why = tr("the entry %1 is damaged").arg(entry.path);
                detail = QString::fromUtf8(zip_file_strerror(file));
                break;
            }
            if (read == 0)
                break;
            entryBytes += read;
            written += read;
            if (entryBytes > entry.declaredSize || entryBytes > limits.maxEntryBytes || written > budget) {
                ok = false;
                why = tr("it unpacks to more data than it declares or than the limit allows");
                detail = QStringLiteral("%1: %2 bytes inflated, %3 declared").arg(entry.path).arg(entryBytes).arg(entry.declaredSize);
                break;
            }
            digest.addData(buffer.constData(), read);
            if (out.write(buffer.constData(), read) != read) {
                ok = false;
                why = tr("the staging folder is full or not writable");
                detail = out.errorString();
                break;
            }
            if (progress && !progress(written, declaredTotal)) {
                ok = false;
                result->cancelled = true;
                why = tr("the import was cancelled");
                break;
            }
        }
        zip_fclose(file);
        if (ok && entryBytes != entry.declaredSize) {
            ok = false;
            why = tr("the entry %1 is shorter than it declares").arg(entry.path);
        }
        if (ok) {
            // Made durable in one step before the database refers to the
            // files (SchoolStore syncs the disk once per import).
            ok = out.flush();
            if (!ok)
                why = tr("the staging folder is full or not writable");
        }
        out.close();
        if (!ok)
            return reject(why, detail.isEmpty() ? why : detail);
        result->sha256.insert(entry.path.section(QLatin1Char('/'), 1), digest.hexResult());
        result->bytes += entryBytes;
        ++result->files;
    }
    return true;
}

} // namespace qujat::bundle
