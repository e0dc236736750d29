#include "bundletestsupport.h"

#include "bundle/bundlewriter.h"
#include "sample/samplegenerator.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>

#include <list>

#include <zip.h>

namespace qujat::test {

bool makeTeacher(const QString &dataDir, int count, quint32 seed, QString *problem)
{
    Store store(dataDir);
    Error error;
    QTemporaryDir work;
    if (!store.open(&error) || !SampleGenerator::populate(&store, count, seed, work.path(), &error)) {
        *problem = error.message + QLatin1String(" / ") + error.detail;
        return false;
    }
    return true;
}

bool exportBundle(Store &store, const QString &outPath, bool sign, QString *problem)
{
    bundle::ExportOptions options;
    options.sign = sign;
    bundle::ExportResult result;
    Error error;
    if (!bundle::BundleWriter::write(store, outPath, options, &result, &error)) {
        if (problem)
            *problem = error.message + QLatin1String(" / ") + error.detail;
        return false;
    }
    return true;
}

QList<ZipEntry> readZip(const QString &path)
{
    QList<ZipEntry> entries;
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive)
        return entries;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        ZipEntry entry;
        entry.name = QByteArray(zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_RAW));
        entry.directory = entry.name.endsWith('/');
        zip_stat_t stat;
        zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
        entry.deflate = stat.comp_method != ZIP_CM_STORE;
        if (!entry.directory) {
            zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
            entry.content.resize(qsizetype(stat.size));
            zip_fread(file, entry.content.data(), stat.size);
            zip_fclose(file);
        }
        entries.append(entry);
    }
    zip_discard(archive);
    return entries;
}

bool writeZip(const QString &path, const QList<ZipEntry> &entries)
{
    QFile::remove(path);
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        return false;
    std::list<QByteArray> keep;
    for (const ZipEntry &entry : entries) {
        zip_int64_t index = -1;
        if (entry.directory) {
            index = zip_dir_add(archive, entry.name.constData(), ZIP_FL_ENC_GUESS);
        } else {
            keep.push_back(entry.content);
            zip_source_t *source = zip_source_buffer(archive, keep.back().constData(), zip_uint64_t(keep.back().size()), 0);
            index = zip_file_add(archive, entry.name.constData(), source, ZIP_FL_ENC_GUESS);
            if (index < 0)
                zip_source_free(source);
            else
                zip_set_file_compression(archive, zip_uint64_t(index), entry.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        }
        if (index < 0) {
            zip_discard(archive);
            return false;
        }
        if (entry.unixMode)
            zip_file_set_external_attributes(archive, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX, entry.unixMode << 16);
    }
    return zip_close(archive) == 0;
}

void rechecksum(QList<ZipEntry> *entries, const QByteArray &top, bool dropSignature)
{
    const QByteArray prefix = top + '/';
    QByteArray manifest;
    qint64 bytes = 0;
    int files = 0;
    for (const ZipEntry &entry : std::as_const(*entries)) {
        if (entry.directory || !entry.name.startsWith(prefix + "data/"))
            continue;
        manifest += QCryptographicHash::hash(entry.content, QCryptographicHash::Sha256).toHex() + "  "
            + entry.name.mid(prefix.size()) + '\n';
        bytes += entry.content.size();
        ++files;
    }
    QByteArray info;
    QByteArray declaration;
    for (ZipEntry &entry : *entries) {
        if (entry.name == prefix + "manifest-sha256.txt")
            entry.content = manifest;
        if (entry.name == prefix + "bag-info.txt") {
            QByteArray rewritten;
            for (const QByteArray &line : entry.content.split('\n')) {
                if (line.isEmpty())
                    continue;
                if (line.startsWith("Payload-Oxum:"))
                    rewritten += "Payload-Oxum: " + QByteArray::number(bytes) + '.' + QByteArray::number(files) + '\n';
                else
                    rewritten += line + '\n';
            }
            entry.content = rewritten;
            info = rewritten;
        }
        if (entry.name == prefix + "bagit.txt")
            declaration = entry.content;
    }
    const QByteArray tagManifest = QCryptographicHash::hash(declaration, QCryptographicHash::Sha256).toHex() + "  bagit.txt\n"
        + QCryptographicHash::hash(info, QCryptographicHash::Sha256).toHex() + "  bag-info.txt\n"
        + QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex() + "  manifest-sha256.txt\n";
    for (qsizetype i = entries->size() - 1; i >= 0; --i) {
        ZipEntry &entry = (*entries)[i];
        if (entry.name == prefix + "tagmanifest-sha256.txt")
            entry.content = tagManifest;
        if (dropSignature && entry.name == prefix + "qujat-signature.txt")
            entries->removeAt(i);
    }
}

namespace {

QCryptographicHash::Algorithm algorithmFor(const QString &name, bool *ok)
{
    *ok = true;
    if (name == QLatin1String("sha256"))
        return QCryptographicHash::Sha256;
    if (name == QLatin1String("sha512"))
        return QCryptographicHash::Sha512;
    if (name == QLatin1String("sha1"))
        return QCryptographicHash::Sha1;
    if (name == QLatin1String("md5"))
        return QCryptographicHash::Md5;
    *ok = false;
    return QCryptographicHash::Sha256;
}

QByteArray fileHash(const QString &path, QCryptographicHash::Algorithm algorithm)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(algorithm);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

QStringList rfc8493Problems(const QString &bagDir)
{
    QStringList problems;
    const QDir bag(bagDir);
    QFile declaration(bag.filePath(QStringLiteral("bagit.txt")));
    if (!declaration.open(QIODevice::ReadOnly))
        return {QStringLiteral("2.1.1: bagit.txt missing")};
    // 2.1.1: exactly two lines, in this order, this spelling.
    const QByteArray expected = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
    const QByteArray declared = declaration.readAll();
    if (declared != expected && declared != QByteArray(expected).replace("\n", "\r\n"))
        problems << QStringLiteral("2.1.1: bagit.txt is not the two required lines");

    // 2.1.2: payload in data/.
    QStringList payload;
    QDirIterator it(bag.filePath(QStringLiteral("data")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    qint64 octets = 0;
    while (it.hasNext()) {
        payload << bag.relativeFilePath(it.next());
        octets += it.fileInfo().size();
    }
    if (payload.isEmpty())
        problems << QStringLiteral("2.1.2: no payload");

    // 2.1.3 and 3: each payload manifest lists every payload file once with
    // a matching checksum, and nothing else.
    const QStringList manifests = bag.entryList({QStringLiteral("manifest-*.txt")}, QDir::Files);
    if (manifests.isEmpty())
        problems << QStringLiteral("2.1.3: no payload manifest");
    const auto readManifest = [&](const QString &name, QHash<QString, QByteArray> *entries) {
        QFile file(bag.filePath(name));
        file.open(QIODevice::ReadOnly);
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const qsizetype space = line.indexOf(' ');
            QByteArray path = line.mid(space).trimmed();
            path.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
            const QString key = QString::fromUtf8(path);
            if (entries->contains(key))
                problems << QStringLiteral("%1: %2 listed twice").arg(name, key);
            entries->insert(key, line.left(space).toLower());
        }
    };
    for (const QString &name : manifests) {
        bool known = false;
        const QString algorithm = name.mid(9, name.size() - 13);
        const auto hash = algorithmFor(algorithm, &known);
        if (!known) {
            problems << QStringLiteral("unknown algorithm ") + algorithm;
            continue;
        }
        QHash<QString, QByteArray> entries;
        readManifest(name, &entries);
        for (const QString &file : std::as_const(payload)) {
            if (!entries.contains(file))
                problems << QStringLiteral("3: %1 not in %2").arg(file, name);
        }
        for (auto e = entries.constBegin(); e != entries.constEnd(); ++e) {
            if (!e.key().startsWith(QLatin1String("data/")))
                problems << QStringLiteral("2.1.3: %1 outside data/").arg(e.key());
            else if (fileHash(bag.filePath(e.key()), hash) != e.value())
                problems << QStringLiteral("3: checksum of %1").arg(e.key());
        }
    }
    // 2.2.1: tag manifests.
    for (const QString &name : bag.entryList({QStringLiteral("tagmanifest-*.txt")}, QDir::Files)) {
        bool known = false;
        const auto hash = algorithmFor(name.mid(12, name.size() - 16), &known);
        QHash<QString, QByteArray> entries;
        readManifest(name, &entries);
        for (auto e = entries.constBegin(); e != entries.constEnd(); ++e) {
            if (e.key().startsWith(QLatin1String("data/")))
                problems << QStringLiteral("2.2.1: payload file %1 in a tag manifest").arg(e.key());
            else if (!known || fileHash(bag.filePath(e.key()), hash) != e.value())
                problems << QStringLiteral("2.2.1: checksum of tag file %1").arg(e.key());
        }
    }
    // 2.2.2: bag-info.txt labels; Payload-Oxum.
    QFile info(bag.filePath(QStringLiteral("bag-info.txt")));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t'))
                continue;
            if (!line.contains(':'))
                problems << QStringLiteral("2.2.2: bag-info line without a label");
            if (line.startsWith("Payload-Oxum:")) {
                const QByteArray expectedOxum = QByteArray::number(octets) + '.' + QByteArray::number(payload.size());
                if (line.mid(13).trimmed() != expectedOxum)
                    problems << QStringLiteral("2.2.2: Payload-Oxum %1, found %2")
                                    .arg(QString::fromLatin1(line.mid(13).trimmed()), QString::fromLatin1(expectedOxum));
            }
        }
    }
    return problems;
}

QList<CentralEntry> centralDirectory(const QString &zipPath)
{
    QList<CentralEntry> entries;
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QByteArray data = file.readAll();
    // End of central directory record: signature 0x06054b50, within the
    // last 64 KiB + 22 bytes.
    const qsizetype end = data.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > data.size())
        return entries;
    const auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(data.constData() + at); };
    const auto u32 = [&](qsizetype at) { return qFromLittleEndian<quint32>(data.constData() + at); };
    qsizetype at = qsizetype(u32(end + 16));
    const int count = u16(end + 10);
    for (int i = 0; i < count && at + 46 <= data.size() && u32(at) == 0x02014b50; ++i) {
        CentralEntry entry;
        entry.flags = u16(at + 8);
        entry.method = u16(at + 10);
        const int nameLength = u16(at + 28);
        entry.name = data.mid(at + 46, nameLength);
        entries.append(entry);
        at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    }
    return entries;
}

QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace qujat::test
