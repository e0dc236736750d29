// qujat-cli report: the portfolio as a PDF.

#include "commands.h"

#include "report/reportwriter.h"
#include "report/reviewstatus.h"
#include "report/translations.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <QTranslator>

namespace qujat::cli {

int runReport(const Context &context, const QString &out, const QString &language)
{
    const QStringList languages{QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
    if (!languages.contains(language)) {
        QTextStream(stderr) << "qujat-cli: report: invalid --lang '" << language << "'. Use kk, ru or en.\n";
        return UsageError;
    }
    // The report's sentences come from the app's translations; English is
    // the source language and needs none.
    QTranslator translator;
    if (language != QLatin1String("en")) {
        if (!loadInterfaceTranslation(&translator, language)) {
            QTextStream(stderr) << "qujat-cli: report: this build carries no " << language
                                << " translation; the report would be in English. Rebuild with the translations.\n";
            return Failure;
        }
        QCoreApplication::installTranslator(&translator);
    }

    Store store(context.dataDir);
    Error error;
    if (!store.open(&error)) {
        QTextStream(stderr) << "qujat-cli: " << error.message << " (" << error.detail << ")\n";
        return Failure;
    }
    ReportOptions options;
    options.language = language;
    options.reviewStatus = ReviewStatusText::forStore(store);
    ReportStats stats;
    options.stats = &stats;
    QElapsedTimer timer;
    timer.start();
    if (!ReportWriter::writeFile(store, out, options, &error)) {
        QTextStream(stderr) << "qujat-cli: " << error.message << " (" << error.detail << ")\n";
        return Failure;
    }
    const QFileInfo info(out);
    QTextStream(stdout) << info.absoluteFilePath() << ": " << stats.pages << " pages, " << stats.documentPages
                        << " document pages, " << info.size() << " bytes, " << timer.elapsed() << " ms\n";
    return Success;
}

} // namespace qujat::cli
