#pragma once

#include "store/item.h"
#include "util/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

class QIODevice;

namespace qujat {

class Store;

// Figures of a written report, for tests and benchmarks.
struct ReportStats
{
    int pages = 0;
    int documentPages = 0; // pages that show a document's page
};

struct ReportOptions
{
    // "kk" (default), "ru" or "en" for the catalog's names. Sentences of
    // the report come from the translator installed in the application, so
    // the caller installs the one for this language (see translations.h).
    QString language = QStringLiteral("kk");

    // Resolution at which photographed pages are embedded. Pages are scaled
    // down to their printed size at this resolution; Qt then stores them as JPEG.
    int imageDpi = 150;

    // Writes PDF/A-1b (see docs/report.md for what Qt's output guarantees).
    bool pdfA = true;

    // The review status hook: the administration's review of an item, as a
    // short translated text, or empty when the item has none. When set, the
    // caption of each document page shows it. The review feature sets it.
    std::function<QString(const Item &)> reviewStatus;

    // The date printed as the report's date; today when invalid.
    QDate printedOn;

    // Filled after writing when set.
    ReportStats *stats = nullptr;
};

// The attestation portfolio as an A4 PDF: cover, contents, the profile,
// tables I-VIII, the charts, then every document page with its caption.
// Text uses the bundled Noto Sans, embedded, so it can be selected and
// extracted in every language.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    // Writes the PDF to `path` atomically: the file appears complete or not
    // at all, and an existing file is kept when writing fails.
    static bool writeFile(const Store &store, const QString &path, const ReportOptions &options, Error *error);

    // Returns the PDF as bytes, for the bundle's data/portfolio.pdf, or
    // empty bytes after a failure.
    static QByteArray render(const Store &store, const ReportOptions &options, Error *error);

    // Writes the PDF to an open device.
    static bool write(const Store &store, QIODevice *device, const ReportOptions &options, Error *error);

    // Returns a file name for saving, built from the teacher's full name
    // ("Портфолио — Әлиева Гүлнар Серікқызы.pdf" in Kazakh).
    static QString suggestedFileName(const Profile &profile);
};

} // namespace qujat
