#pragma once

#include "bundle/bagit.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace qujat {
class Store;
}

namespace qujat::bundle {

// Names used in bag-info.txt besides the RFC's own.
inline constexpr char FormatVersionLabel[] = "Qujat-Bundle-Format";
inline constexpr char PortfolioUuidLabel[] = "Qujat-Portfolio-UUID";
inline constexpr char BundleKindLabel[] = "Qujat-Bundle-Kind";
inline constexpr int BundleFormatVersion = 1;
// The detached signature beside the tag manifest, at the bag's top.
inline constexpr char SignatureFileName[] = "qujat-signature.txt";

struct ExportOptions
{
    ProgressFunction progress;  // bytes written so far of the total; false cancels
    bool sign = true;           // false writes an unsigned bundle (tests)
    QString appVersion = QStringLiteral("Qujat");
    // data/portfolio.pdf, written by ReportWriter. Catalog names are in
    // `reportLanguage`. The report's sentences come from the translator the
    // application has installed, so the caller installs the one for that
    // language. qujat-cli export installs Kazakh, and the app passes its
    // interface language so that the whole PDF reads in one language.
    bool includeReport = true;
    QString reportLanguage = QStringLiteral("kk");
};

struct ExportResult
{
    QUuid bundleUuid;
    qint64 payloadBytes = 0;
    int payloadFiles = 0;
    int items = 0;
    qint64 reportBytes = 0;     // size of data/portfolio.pdf, 0 when not included
    QString publicKey;          // base64 Ed25519 key that signed it
    bool cancelled = false;
};

// Writes a teacher's portfolio as one zip holding one BagIt bag (see
// docs/bundle-format.md): data/portfolio.json, data/index.html,
// data/portfolio.pdf, the pages under readable names in section folders,
// thumbnails, the manifests and an Ed25519 signature over the tag manifest.
// libzip streams the files from the store at close time, so memory stays
// bounded whatever the size; JPEGs and other compressed files are stored,
// text is deflated, ZIP64 is used when needed and names carry the UTF-8 flag. The archive is written under
// a temporary name and renamed at the end: after a cancel or a failure no
// file is left at `outPath`.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)

public:
    static bool write(Store &store, const QString &outPath, const ExportOptions &options,
                      ExportResult *result, Error *error);
};

} // namespace qujat::bundle
