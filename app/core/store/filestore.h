#pragma once

#include "store/pendingpage.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace qujat {

// Content-addressed files under <data>/files/<first two hex digits>/<sha256>.<suffix>.
// A file is written to a temporary name, flushed to disk and renamed, so a
// stored name always refers to complete content.
class FileStore
{
    Q_DECLARE_TR_FUNCTIONS(FileStore)

public:
    explicit FileStore(const QString &root);

    QString root() const { return m_root; }
    QString pathFor(const QString &sha, const QString &suffix) const;

    // Stores the content and returns its SHA-256 in hex, or an empty string
    // and fills `error`. Storing content that already exists is a no-op.
    QString put(const PendingFile &file, Error *error);

    // Moves a file whose SHA-256 the caller has verified (a checked bundle in
    // a staging folder on the same disk) to its content address, without
    // copying. Returns false and fills `error` when the move fails; an
    // existing file of that content is kept and the source left alone.
    bool adopt(const QString &sourcePath, const QString &sha, const QString &suffix, Error *error);

    // Removes every stored file whose name is not in `keep` (file names as
    // "<sha>.<suffix>") and every leftover temporary file. Files with other
    // names are left alone. Returns the count.
    int removeUnreferenced(const QSet<QString> &keep);

    // Whether `path` has the form of a file this store writes.
    bool isStoreFile(const QString &path) const;

    void remove(const QString &sha, const QString &suffix);

private:
    QString m_root;
};

} // namespace qujat
