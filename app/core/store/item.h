#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPolygonF>
#include <QString>
#include <QUuid>
#include <QVariantMap>

namespace qujat {

// A code found on a page. `text` is shown to the user, and `rawBytes` keeps
// the symbol's byte content when it had to be re-decoded from a legacy code page.
struct Barcode
{
    QString format;      // ZXing's name, e.g. "QRCode", "EAN-13", "Code128"
    QString text;
    QByteArray rawBytes;
    QString encoding;    // "utf-8", "eci", "windows-1251", "kz-1048", "zxing"
    int pageIndex = 0;

    bool isUrl() const;
    bool operator==(const Barcode &other) const = default;
};

// The storage form of a page's content.
enum class PageKind {
    Image,    // a photo or scan, stored as JPEG with a thumbnail
    Document, // an attached file kept byte for byte (PDF, DOCX, XLSX ...)
};

// One page of an item. Files are content-addressed: `fileSha` is the SHA-256
// of the stored file, which lives at FileStore::pathFor(fileSha, fileSuffix).
struct Page
{
    PageKind kind = PageKind::Image;
    QString fileSha;
    QString fileSuffix;       // "jpg", "png", "pdf", "docx" ...
    QString thumbnailSha;     // always a JPEG; empty when no preview exists
    QString originalSha;      // the photo as taken, kept for re-cropping
    QString originalSuffix;
    QString mimeType;
    QString displayName;      // the file name the user picked, for documents
    qint64 byteSize = 0;
    int width = 0;            // stored image size in pixels (0 for documents
    int height = 0;           // without a rendered preview)
    QString preset;           // cleaning preset applied ("auto-colour" ...), empty for documents
    // The page's corners in the upright original photo, clockwise from the
    // top left, for re-cropping; empty when the page is the whole photo.
    QPolygonF corners;
    // The page's text as recognised, for search; empty for documents and
    // when recognition is unavailable or has not finished.
    QString text;

    bool operator==(const Page &other) const = default;
};

// One portfolio item: a dated document filed in a catalog section.
struct Item
{
    QUuid uuid;
    QString sectionKey;
    QString kind;             // document kind key from the catalog
    QString title;
    QString issuer;
    QString level;            // level key: international ... school
    QDate date;               // event or issue date
    QDate endDate;            // optional end of a period (courses, plans)
    QVariantMap fields;       // the section's own columns, by column key
    QString notes;
    QList<Barcode> barcodes;
    QList<Page> pages;
    QDateTime created;
    QDateTime updated;
    int revision = 0;

    // An item without a date is incomplete: every material must carry one.
    bool isComplete() const { return date.isValid(); }
};

// The folded text search matches for an item: title, issuer, notes, field
// values, decoded codes, attached file names and the pages' recognised text.
QString searchTextOf(const Item &item);

// The teacher's profile (general information of the Documents portfolio).
struct Profile
{
    QString fullName;
    QString school;
    QString position;
    QString subject;
    QString specialty;        // specialty by diploma
    int yearsOfExperience = 0;
    QString currentCategory;  // category key, empty when none
    QString targetCategory;
    QDate attestationDate;    // planned attestation date
    QString photoSha;         // portrait photo file, empty when none

    bool operator==(const Profile &other) const = default;
};

} // namespace qujat
