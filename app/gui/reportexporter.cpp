#include "reportexporter.h"

#include "appcontroller.h"
#include "report/reportwriter.h"
#include "report/reviewstatus.h"

#include <QFile>

namespace qujat {

ReportExporter::ReportExporter(QObject *parent)
    : QObject(parent)
{
}

QString ReportExporter::suggestedFileName() const
{
    const AppController *app = AppController::instance();
    const Store *store = app ? app->store() : nullptr;
    return ReportWriter::suggestedFileName(store && store->isOpen() ? store->profile() : Profile());
}

bool ReportExporter::save(const QUrl &file)
{
    AppController *app = AppController::instance();
    Store *store = app ? app->store() : nullptr;
    if (!store || !store->isOpen())
        return false;
    ReportOptions options;
    options.language = app->language();
    options.reviewStatus = ReviewStatusText::forStore(*store);
    Error error;
    bool ok = false;
    QString displayedPath;
    if (file.isLocalFile()) {
        displayedPath = file.toLocalFile();
        ok = ReportWriter::writeFile(*store, displayedPath, options, &error);
    } else {
        // A content URI cannot be renamed into place, so the PDF is made
        // in memory first and written in one go.
        displayedPath = file.toString();
        const QByteArray bytes = ReportWriter::render(*store, options, &error);
        QFile out(displayedPath);
        ok = !bytes.isEmpty() && out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
        if (!ok && !error) {
            error.message = ReportWriter::tr("The PDF could not be saved there. Choose another place, then try again.");
            error.detail = out.errorString();
        }
    }
    if (!ok) {
        app->reportError(error);
        return false;
    }
    Q_EMIT saved(displayedPath);
    return true;
}

} // namespace qujat
