#pragma once

#include "bundle/bagit.h"
#include "bundle/portfoliojson.h"
#include "bundle/safeunzip.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QString>

namespace qujat::bundle {

enum class SignatureState {
    Unsigned, // no signature file
    Valid,    // signed by `signerKey`, covering every tag file
    Invalid,  // a signature that does not match: the bundle was changed after signing
};

// A bundle proven whole: extracted into a staging folder, every checksum
// and the Payload-Oxum checked, portfolio.json parsed and every page it
// names found in the manifest with the same SHA-256.
struct VerifiedBundle
{
    QString bagDir;                  // the extracted bag inside the staging folder
    BagCheck bag;
    PortfolioDocument document;
    SignatureState signature = SignatureState::Unsigned;
    QString signerKey;               // base64 Ed25519 public key when signed
    QString teacherName() const { return document.profile.fullName; }
};

struct VerifyOptions
{
    UnzipLimits limits;
    ProgressFunction progress;       // over extraction then checking
};

class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)

public:
    // Extracts `zipPath` into `stagingDir` (which the caller creates and
    // removes afterwards, whatever the outcome) and checks it fully.
    static bool verify(const QString &zipPath, const QString &stagingDir, const VerifyOptions &options,
                       VerifiedBundle *bundle, Error *error);

    // Checks an extracted bag folder as a Qujat bundle (used by verify()).
    static bool verifyBagFolder(const QString &bagDir, const BagCheckOptions &options,
                                VerifiedBundle *bundle, Error *error);
};

} // namespace qujat::bundle
