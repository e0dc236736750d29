#pragma once

#include <QImage>
#include <QString>

namespace qujat {

// Whether this build can render PDF pages (Qt PDF module present).
bool canRenderPdf();

// Renders the first page of a PDF so that its longer side is `longSide`
// pixels; returns a null image when the module is missing or the file is
// not a readable PDF. `pageCount` receives the document's page count.
QImage renderPdfFirstPage(const QString &path, int longSide, int *pageCount = nullptr);

} // namespace qujat
