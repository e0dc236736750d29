#include "store/filestore.h"

#include "util/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

namespace qujat {

namespace {

constexpr qint64 CopyChunkSize = 1 << 20;

// Writes `file` to `target` through QSaveFile (temporary name, flush, fsync
// and rename on commit) and returns the SHA-256 of what was written.
QByteArray writeAndHash(const PendingFile &file, QSaveFile *target, QString *detail)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.bytes.isEmpty()) {
        hash.addData(file.bytes);
        if (target->write(file.bytes) != file.bytes.size()) {
            *detail = target->errorString();
            return {};
        }
        return hash.result();
    }

    QFile source(file.sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        *detail = source.fileName() + QLatin1String(": ") + source.errorString();
        return {};
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(CopyChunkSize);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            *detail = source.fileName() + QLatin1String(": ") + source.errorString();
            return {};
        }
        hash.addData(chunk);
        if (target->write(chunk) != chunk.size()) {
            *detail = target->errorString();
            return {};
        }
    }
    return hash.result();
}

} // namespace

FileStore::FileStore(const QString &root)
    : m_root(root)
{
}

QString FileStore::pathFor(const QString &sha, const QString &suffix) const
{
    return m_root + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha + QLatin1Char('.') + suffix;
}

QString FileStore::put(const PendingFile &file, Error *error)
{
    const QString incoming = m_root + QLatin1String("/incoming");
    if (!QDir().mkpath(incoming)) {
        *error = {tr("Qujat cannot write to its data folder %1. Check that the disk is not full "
                     "and that the folder is writable.").arg(m_root),
                  QLatin1String("mkpath failed: ") + incoming};
        return {};
    }

    // Write under a temporary name inside the store first: the hash, and so
    // the final name, is known only once every byte has been written.
    QSaveFile temporary(incoming + QLatin1String("/pending-")
                        + QUuid::createUuid().toString(QUuid::WithoutBraces));
    temporary.setDirectWriteFallback(false);
    QString detail;
    QByteArray sha;
    if (temporary.open(QIODevice::WriteOnly))
        sha = writeAndHash(file, &temporary, &detail);
    else
        detail = temporary.errorString();
    if (sha.isEmpty() || !temporary.commit()) {
        if (detail.isEmpty())
            detail = temporary.errorString();
        *error = {tr("Qujat could not save a file of this item. Check that the disk is not full, "
                     "then try again. Nothing was saved."),
                  detail};
        qCWarning(lcStore) << "Writing a file failed:" << detail;
        return {};
    }

    const QString hex = QString::fromLatin1(sha.toHex());
    const QString finalPath = pathFor(hex, file.suffix);
    if (QFileInfo::exists(finalPath)) {
        QFile::remove(temporary.fileName());
        return hex;
    }
    QDir().mkpath(QFileInfo(finalPath).absolutePath());
    if (!QFile::rename(temporary.fileName(), finalPath)) {
        QFile::remove(temporary.fileName());
        *error = {tr("Qujat could not save a file of this item. Check that the disk is not full, "
                     "then try again. Nothing was saved."),
                  QLatin1String("rename failed: ") + finalPath};
        return {};
    }
    return hex;
}

bool FileStore::adopt(const QString &sourcePath, const QString &sha, const QString &suffix, Error *error)
{
    const QString finalPath = pathFor(sha, suffix);
    if (QFileInfo::exists(finalPath))
        return true;
    QDir().mkpath(QFileInfo(finalPath).absolutePath());
    if (QFile::rename(sourcePath, finalPath) || QFile::copy(sourcePath, finalPath))
        return true;
    *error = {tr("Qujat could not save a file of this item. Check that the disk is not full, "
                 "then try again. Nothing was saved."),
              QLatin1String("adopt failed: ") + sourcePath + QLatin1String(" -> ") + finalPath};
    return false;
}

bool FileStore::isStoreFile(const QString &path) const
{
    // Only names this class writes: <root>/<2 hex>/<64 hex>.<suffix> and
    // <root>/incoming/pending-*. Anything else is not ours to delete.
    static const QRegularExpression contentName(QStringLiteral("^[0-9a-f]{64}\\.[a-z0-9]{1,8}$"));
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QString parent = QFileInfo(folder).absolutePath();
    if (parent != QFileInfo(m_root).absoluteFilePath())
        return false;
    if (QFileInfo(folder).fileName() == QLatin1String("incoming"))
        return info.fileName().startsWith(QLatin1String("pending-"));
    return contentName.match(info.fileName()).hasMatch()
        && info.fileName().left(2) == QFileInfo(folder).fileName();
}

int FileStore::removeUnreferenced(const QSet<QString> &keep)
{
    int removed = 0;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (keep.contains(it.fileName()) || !isStoreFile(path))
            continue;
        if (QFile::remove(path)) {
            ++removed;
            qCInfo(lcStore) << "Removed orphaned file" << path;
        } else {
            qCWarning(lcStore) << "Could not remove orphaned file" << path;
        }
    }
    return removed;
}

void FileStore::remove(const QString &sha, const QString &suffix)
{
    if (!sha.isEmpty())
        QFile::remove(pathFor(sha, suffix));
}

} // namespace qujat
