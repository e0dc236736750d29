#include "bundle/bagit.h"

#include "bundle/digest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace qujat::bundle {

namespace {

QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

QStringList splitLines(const QString &text)
{
    QString unified = text;
    unified.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    unified.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = unified.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

// RFC 8493 section 2.1.3: only %0A, %0D and %25 are encoded in paths.
QString percentDecode(const QString &path)
{
    QString result = path;
    result.replace(QLatin1String("%0A"), QLatin1String("\n"), Qt::CaseInsensitive);
    result.replace(QLatin1String("%0D"), QLatin1String("\r"), Qt::CaseInsensitive);
    result.replace(QLatin1String("%25"), QLatin1String("%"));
    return result;
}

bool readSmallFile(const QString &path, QByteArray *bytes)
{
    QFile file(path);
    // Tag files are small; a huge one is refused rather than read into memory.
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024)
        return false;
    *bytes = file.readAll();
    return true;
}

bool versionAtLeast(const QString &version, int major, int minor)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    const int ma = parts.value(0).toInt();
    const int mi = parts.value(1).toInt();
    return ma > major || (ma == major && mi >= minor);
}

} // namespace

QString BagCheck::infoValue(const QString &label) const
{
    for (const auto &[key, value] : info) {
        if (key.compare(label, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString BagChecker::pathProblem(const QString &path)
{
    if (path.isEmpty())
        return tr("an empty file name");
    if (path.startsWith(QLatin1Char('/')))
        return tr("the absolute path %1").arg(path);
    if (path.startsWith(QLatin1Char('~')))
        return tr("the home folder shortcut in %1").arg(path);
    if (path.contains(QLatin1Char('\\')))
        return tr("a backslash in %1").arg(path);
    if (path.contains(QLatin1Char(':')))
        return tr("a drive letter, a link or a colon in %1").arg(path);
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("a control character in a file name");
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return tr("the path %1 that leaves its folder or is malformed").arg(path);
    }
    return {};
}

bool BagChecker::decodeTagFile(const QByteArray &bytes, const QString &encoding, QString *text,
                               QString *problem)
{
    const QString name = encoding.trimmed().toUpper();
    if (name == QLatin1String("UTF-8") || name == QLatin1String("UTF8")) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *text = decoder.decode(bytes);
        if (decoder.hasError()) {
            *problem = tr("a tag file that is not valid UTF-8");
            return false;
        }
        return true;
    }
    if (name == QLatin1String("ISO-8859-1") || name == QLatin1String("LATIN1")) {
        *text = QString::fromLatin1(bytes);
        return true;
    }
    if (name == QLatin1String("UTF-16")) {
        QStringDecoder decoder(QStringDecoder::Utf16);
        *text = decoder.decode(bytes);
        if (text->startsWith(QChar(0xfeff)))
            text->remove(0, 1);
        return !decoder.hasError();
    }
    *problem = tr("the unsupported text encoding %1").arg(encoding);
    return false;
}

bool BagChecker::parseTagFile(const QString &text, QList<QPair<QString, QString>> *pairs, QString *problem)
{
    for (const QString &line : splitLines(text)) {
        if (line.trimmed().isEmpty())
            continue;
        if (line.at(0) == QLatin1Char(' ') || line.at(0) == QLatin1Char('\t')) {
            if (pairs->isEmpty()) {
                *problem = tr("a continued line without a label in bag-info.txt");
                return false;
            }
            pairs->last().second += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *problem = tr("the line \"%1\" without \"Label: value\"").arg(line.left(60));
            return false;
        }
        pairs->append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

bool BagChecker::parseManifest(const QString &text, QList<ManifestEntry> *entries, QStringList *warnings,
                               QString *problem)
{
    static const QRegularExpression linePattern(QStringLiteral("^([0-9A-Fa-f]+)[ \\t]+(.+)$"));
    for (const QString &line : splitLines(text)) {
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch match = linePattern.match(line);
        if (!match.hasMatch()) {
            *problem = tr("the manifest line \"%1\" without a checksum and a path").arg(line.left(60));
            return false;
        }
        QString path = match.captured(2);
        if (path.startsWith(QLatin1Char('*'))) {
            path.remove(0, 1);
            warnings->append(tr("The manifest uses the md5sum binary mark \"*\"."));
        }
        path = percentDecode(path);
        if (path.startsWith(QLatin1String("./"))) {
            path.remove(0, 2);
            warnings->append(tr("The manifest writes paths as \"./data/...\"."));
        }
        const QString problemText = pathProblem(path);
        if (!problemText.isEmpty()) {
            *problem = problemText;
            return false;
        }
        entries->append({match.captured(1).toLower(), nfc(path), path});
    }
    return true;
}

bool BagChecker::parseFetch(const QString &text, QStringList *paths, QString *problem)
{
    for (const QString &line : splitLines(text)) {
        if (line.trimmed().isEmpty())
            continue;
        const QStringList parts = line.split(QRegularExpression(QStringLiteral("[ \\t]+")));
        if (parts.size() < 3) {
            *problem = tr("the malformed fetch.txt line \"%1\"").arg(line.left(60));
            return false;
        }
        QString path = percentDecode(parts.mid(2).join(QLatin1Char(' ')));
        if (path.startsWith(QLatin1String("./")))
            path.remove(0, 2);
        const QString pathText = pathProblem(path);
        if (!pathText.isEmpty()) {
            *problem = pathText;
            return false;
        }
        paths->append(nfc(path));
    }
    return true;
}

BagCheck BagChecker::check(const QString &bagDir, const BagCheckOptions &options)
{
    BagCheck result;
    const QDir bag(bagDir);
    const auto invalid = [&](const QString &reason, const QString &detail = {}) {
        result.valid = false;
        result.error = {tr("The bundle is damaged or is not a Qujat bundle: it has %1. Ask the teacher "
                           "to export the bundle again. Nothing was imported.")
                            .arg(reason),
                        detail.isEmpty() ? reason : detail};
        return result;
    };

    // bagit.txt: the version and the encoding of the other tag files.
    QByteArray declarationBytes;
    if (!readSmallFile(bag.filePath(QStringLiteral("bagit.txt")), &declarationBytes))
        return invalid(tr("no bagit.txt"));
    if (declarationBytes.startsWith("\xEF\xBB\xBF"))
        return invalid(tr("a byte order mark in bagit.txt"));
    QString declarationText;
    QString problem;
    if (!decodeTagFile(declarationBytes, QStringLiteral("UTF-8"), &declarationText, &problem))
        return invalid(problem);
    QList<QPair<QString, QString>> declaration;
    if (!parseTagFile(declarationText, &declaration, &problem))
        return invalid(problem);
    QString encoding;
    for (const auto &[label, value] : declaration) {
        if (label == QLatin1String("BagIt-Version"))
            result.version = value;
        else if (label == QLatin1String("Tag-File-Character-Encoding"))
            encoding = value;
    }
    static const QRegularExpression versionPattern(QStringLiteral("^\\d+\\.\\d+$"));
    if (!versionPattern.match(result.version).hasMatch())
        return invalid(tr("the invalid BagIt version \"%1\"").arg(result.version));
    if (encoding.isEmpty())
        return invalid(tr("no Tag-File-Character-Encoding in bagit.txt"));
    if (versionAtLeast(result.version, 1, 0)) {
        // RFC 8493 2.1.1: exactly "BagIt-Version: M.N" and
        // "Tag-File-Character-Encoding: ENCODING", nothing else.
        static const QRegularExpression strictLine(QStringLiteral("^[^\\s:]+: \\S.*$"));
        for (const QString &line : splitLines(declarationText)) {
            if (!strictLine.match(line).hasMatch())
                return invalid(tr("the malformed bagit.txt line \"%1\"").arg(line.left(60)));
        }
    }

    const auto readTagText = [&](const QString &name, QString *text) {
        QByteArray bytes;
        if (!readSmallFile(bag.filePath(name), &bytes)) {
            problem = tr("the unreadable tag file %1").arg(name);
            return false;
        }
        return decodeTagFile(bytes, encoding, text, &problem);
    };

    // fetch.txt: its paths must be safe. Qujat never downloads; a listed
    // file that the manifests need and that is absent makes the bag
    // incomplete below, like any missing file.
    QStringList fetched;
    if (QFileInfo::exists(bag.filePath(QStringLiteral("fetch.txt")))) {
        QString fetchText;
        if (!readTagText(QStringLiteral("fetch.txt"), &fetchText) || !BagChecker::parseFetch(fetchText, &fetched, &problem))
            return invalid(problem);
    }

    if (QFileInfo::exists(bag.filePath(QStringLiteral("bag-info.txt")))) {
        QString infoText;
        if (!readTagText(QStringLiteral("bag-info.txt"), &infoText) || !parseTagFile(infoText, &result.info, &problem))
            return invalid(problem);
    }

    // The payload as found on disk, by NFC name.
    const QString dataDir = bag.filePath(QStringLiteral("data"));
    if (!QFileInfo(dataDir).isDir())
        return invalid(tr("no data folder"));
    QSet<QString> folded;
    QHash<QString, qint64> sizes;
    {
        QDirIterator it(dataDir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString full = it.next();
            const QFileInfo info = it.fileInfo();
            if (info.isSymLink())
                return invalid(tr("a symbolic link (%1)").arg(bag.relativeFilePath(full)));
            const QString relative = bag.relativeFilePath(full);
            const QString key = nfc(relative);
            if (result.diskPath.contains(key))
                return invalid(tr("two files whose names differ only in Unicode normalisation (%1)").arg(key));
            const QString caseKey = key.toCaseFolded();
            if (folded.contains(caseKey))
                return invalid(tr("two files whose names differ only in letter case (%1)").arg(key));
            folded.insert(caseKey);
            result.diskPath.insert(key, relative);
            sizes.insert(key, info.size());
            result.payloadBytes += info.size();
            ++result.payloadFiles;
        }
    }

    // Manifests.
    static const QRegularExpression manifestName(QStringLiteral("^(tag)?manifest-([A-Za-z0-9]+)\\.txt$"));
    QList<QPair<QString, QList<ManifestEntry>>> payloadManifests;
    QList<QPair<QString, QList<ManifestEntry>>> tagManifests;
    const QStringList rootFiles = bag.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : rootFiles) {
        const QRegularExpressionMatch match = manifestName.match(name);
        if (!match.hasMatch())
            continue;
        const QString algorithm = match.captured(2).toLower();
        if (!Digest::isSupported(algorithm))
            return invalid(tr("the unsupported checksum algorithm %1").arg(algorithm));
        QString text;
        if (!readTagText(name, &text))
            return invalid(problem);
        QList<ManifestEntry> entries;
        if (!parseManifest(text, &entries, &result.warnings, &problem))
            return invalid(problem);
        // One path listed twice: refused with different checksums, and in
        // BagIt 1.0 even with the same one.
        QHash<QString, QString> seen;
        QHash<QString, QString> seenRaw;
        QSet<QString> seenFolded;
        for (const ManifestEntry &entry : std::as_const(entries)) {
            const auto previous = seen.constFind(entry.path);
            if (previous != seen.constEnd() && seenRaw.value(entry.path) != entry.rawPath)
                return invalid(tr("two files whose names differ only in Unicode normalisation (%1)").arg(entry.path));
            if (previous != seen.constEnd()) {
                if (*previous != entry.checksum || versionAtLeast(result.version, 1, 0))
                    return invalid(tr("the file %1 listed twice in %2").arg(entry.path, name));
                result.warnings.append(tr("%1 lists %2 twice.").arg(name, entry.path));
                continue;
            }
            const QString caseKey = entry.path.toCaseFolded();
            if (seenFolded.contains(caseKey))
                return invalid(tr("two files whose names differ only in letter case (%1)").arg(entry.path));
            seen.insert(entry.path, entry.checksum);
            seenRaw.insert(entry.path, entry.rawPath);
            seenFolded.insert(caseKey);
        }
        if (match.captured(1).isEmpty()) {
            for (const ManifestEntry &entry : std::as_const(entries)) {
                if (!entry.path.startsWith(QLatin1String("data/")))
                    return invalid(tr("the payload manifest entry %1 outside the data folder").arg(entry.path));
            }
            result.payloadAlgorithms.append(algorithm);
            payloadManifests.append({algorithm, entries});
        } else {
            tagManifests.append({algorithm, entries});
        }
    }
    if (payloadManifests.isEmpty())
        return invalid(tr("no payload manifest"));

    // Every manifest lists every payload file, and every listed file exists.
    for (const auto &[algorithm, entries] : std::as_const(payloadManifests)) {
        QSet<QString> listed;
        for (const ManifestEntry &entry : entries) {
            listed.insert(entry.path);
            if (!result.diskPath.contains(entry.path))
                return invalid(tr("the missing file %1").arg(entry.path));
        }
        for (auto it = result.diskPath.constBegin(); it != result.diskPath.constEnd(); ++it) {
            if (!listed.contains(it.key()))
                return invalid(tr("the file %1 that no manifest lists").arg(it.key()));
        }
    }

    // Payload-Oxum before the checksums: a cheap check first.
    const QString oxum = result.infoValue(QStringLiteral("Payload-Oxum"));
    if (!oxum.isEmpty()) {
        const QStringList parts = oxum.split(QLatin1Char('.'));
        bool okBytes = false;
        bool okCount = false;
        const qint64 bytes = parts.value(0).toLongLong(&okBytes);
        const qint64 count = parts.value(1).toLongLong(&okCount);
        if (parts.size() != 2 || !okBytes || !okCount)
            return invalid(tr("the malformed Payload-Oxum \"%1\"").arg(oxum));
        if (bytes != result.payloadBytes || count != result.payloadFiles)
            return invalid(tr("a Payload-Oxum of %1 that does not match the %2 files and %3 bytes found")
                               .arg(oxum).arg(result.payloadFiles).arg(result.payloadBytes));
    }

    // Checksums.
    qint64 total = 0;
    for (const auto &[algorithm, entries] : std::as_const(payloadManifests)) {
        for (const ManifestEntry &entry : entries)
            total += sizes.value(entry.path);
    }
    qint64 done = 0;
    for (const auto &[algorithm, entries] : std::as_const(payloadManifests)) {
        for (const ManifestEntry &entry : entries) {
            QString actual;
            if (algorithm == QLatin1String("sha256") && options.knownSha256.contains(entry.path))
                actual = options.knownSha256.value(entry.path);
            else
                actual = Digest::hexOfFile(bag.filePath(result.diskPath.value(entry.path)), algorithm);
            if (actual != entry.checksum)
                return invalid(tr("the file %1 whose checksum does not match").arg(entry.path),
                               QStringLiteral("%1 %2: expected %3, found %4")
                                   .arg(algorithm, entry.path, entry.checksum, actual));
            if (algorithm == QLatin1String("sha256"))
                result.sha256.insert(entry.path, entry.checksum);
            done += sizes.value(entry.path);
            if (options.progress && !options.progress(done, total)) {
                result.cancelled = true;
                return invalid(tr("an interrupted check"), QStringLiteral("cancelled"));
            }
        }
    }
    for (const auto &[algorithm, entries] : std::as_const(tagManifests)) {
        for (const ManifestEntry &entry : entries) {
            if (entry.path.startsWith(QLatin1String("data/")))
                return invalid(tr("the tag manifest entry %1 inside the data folder").arg(entry.path));
            const QString path = bag.filePath(entry.path);
            if (!QFileInfo(path).isFile() || QFileInfo(path).isSymLink())
                return invalid(tr("the missing tag file %1").arg(entry.path));
            if (Digest::hexOfFile(path, algorithm) != entry.checksum)
                return invalid(tr("the tag file %1 whose checksum does not match").arg(entry.path));
        }
    }
    result.valid = true;
    return result;
}

} // namespace qujat::bundle
