#pragma once

#include "store/item.h"

#include <QByteArray>
#include <QString>

namespace qujat {

// File content waiting to be stored: either bytes in memory or a file on
// disk that the store copies (streaming, without loading it whole).
struct PendingFile
{
    QByteArray bytes;
    QString sourcePath;
    QString suffix; // stored file name suffix without the dot

    bool isEmpty() const { return bytes.isEmpty() && sourcePath.isEmpty(); }
};

// A page prepared by the imaging pipeline and not yet stored. The store fills
// in page.fileSha, page.thumbnailSha and page.originalSha when it saves.
struct PendingPage
{
    Page page;
    PendingFile file;
    PendingFile thumbnail;
    PendingFile original;
};

} // namespace qujat
