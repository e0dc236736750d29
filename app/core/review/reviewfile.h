#pragma once

#include "review/review.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace qujat {
class Store;
}

namespace qujat::review {

inline constexpr int ReviewSchemaVersion = 1;

// The content of a review file's data/review.json.
struct ReviewDocument
{
    int schemaVersion = ReviewSchemaVersion;
    QUuid portfolioUuid;
    QUuid reviewUuid;
    QDateTime reviewed;
    QString school;
    QString reviewer;
    QString teacherName;
    QString note;
    QList<ItemReview> items;
};

struct ReviewExportResult
{
    QUuid reviewUuid;
    int accepted = 0;
    int returned = 0;
    QString publicKey;
};

struct ReviewImportOptions
{
    // Accept a review signed by another school key than the earlier
    // reviews (the school reinstalled Qujat or changed computer).
    bool acceptNewKey = false;
};

struct ReviewImportReport
{
    QUuid reviewUuid;
    QString school;
    QString reviewer;
    QString note; // the school's note on the whole portfolio
    int accepted = 0;
    int returned = 0;
    bool alreadyImported = false;
    bool keyChanged = false;
};

// A review travels as a zip holding one BagIt bag, like a portfolio bundle
// but without images (see docs/review-format.md): bagit.txt, bag-info.txt
// (Qujat-Bundle-Kind: review), data/review.json, the manifests and an
// Ed25519 signature of the tag manifest by the school's key.
class ReviewFile
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFile)

public:
    // School side: writes the marks and the note kept in `teacherCopy` (the
    // school's copy of one teacher's portfolio), signed with the key at
    // `signingKeyPath` (created when missing).
    static bool write(const Store &teacherCopy, const QString &school, const QString &reviewer,
                      const QString &signingKeyPath, const QString &outPath, ReviewExportResult *result,
                      Error *error);

    // Extracts and checks a review file in `stagingDir` (created and removed
    // by the caller): the bag, every checksum, the JSON and the signature.
    static bool read(const QString &zipPath, const QString &stagingDir, ReviewDocument *document,
                     QString *signerKey, Error *error);

    // Teacher side: checks the review, refuses one for another portfolio,
    // an older one, or one signed by another school key (unless accepted),
    // then replaces the earlier review in one transaction.
    static bool importInto(Store &store, const QString &zipPath, const ReviewImportOptions &options,
                           ReviewImportReport *report, Error *error);
};

} // namespace qujat::review
