#include "imaging/documentpreview.h"

#include "util/logging.h"

#ifdef QUJAT_HAVE_QTPDF
#include <QPainter>
#include <QPdfDocument>
#endif

#include <algorithm>

namespace qujat {

bool canRenderPdf()
{
#ifdef QUJAT_HAVE_QTPDF
    return true;
#else
    return false;
#endif
}

QImage renderPdfFirstPage(const QString &path, int longSide, int *pageCount)
{
    if (pageCount)
        *pageCount = 0;
#ifdef QUJAT_HAVE_QTPDF
    QPdfDocument document;
    const QPdfDocument::Error status = document.load(path);
    if (status != QPdfDocument::Error::None) {
        qCWarning(lcImaging) << "Cannot load PDF" << path << "for a preview:" << status;
        return {};
    }
    if (pageCount)
        *pageCount = document.pageCount();

    const QSizeF pointSize = document.pageCount() > 0 ? document.pagePointSize(0) : QSizeF();
    if (longSide < 1 || pointSize.isEmpty()) {
        qCWarning(lcImaging) << "Cannot render PDF" << path << "page size" << pointSize;
        return {};
    }
    const QSizeF fitted = pointSize.scaled(longSide, longSide, Qt::KeepAspectRatio);
    const QSize size(std::max(1, qRound(fitted.width())), std::max(1, qRound(fitted.height())));
    const QImage rendered = document.render(0, size);
    if (rendered.isNull()) {
        qCWarning(lcImaging) << "Rendering the first page of" << path << "failed";
        return {};
    }

    // Pages without a background render transparent, so they go onto white.
    QImage page(rendered.size(), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.drawImage(0, 0, rendered);
    return page;
#else
    Q_UNUSED(path);
    Q_UNUSED(longSide);
    return {};
#endif
}

} // namespace qujat
