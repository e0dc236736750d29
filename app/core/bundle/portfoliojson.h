#pragma once

#include "store/item.h"
#include "store/store.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace qujat::bundle {

// data/portfolio.json, schema version 1 (docs/bundle-format.md). The
// schema version moves only when an older reader would misread the file;
// added optional keys keep it.
constexpr int PortfolioSchemaVersion = 1;

// Where a page's files sit inside the bag, relative to the bag folder.
struct PageFiles
{
    QString path;          // "data/03 .../2023-05-12 Title.jpg"
    QString thumbnailPath; // "data/thumbnails/<sha256>.jpg", empty when none
};

// The parsed document: everything the administration's merge needs.
struct PortfolioDocument
{
    int schemaVersion = PortfolioSchemaVersion;
    QUuid portfolioUuid;
    QUuid bundleUuid;
    QDateTime exported;
    QString appVersion;
    Profile profile;
    QString profilePhotoPath; // in the bag, empty when none
    QList<Item> items;        // page fileSha/thumbnailSha filled from the JSON
    QHash<QUuid, QList<PageFiles>> pageFiles; // per item, in page order
    QList<Tombstone> tombstones;
    // The PDF portfolio (data/portfolio.pdf), optional: bundles written
    // before it existed have none. Empty path when absent.
    QString reportPath;
    QString reportSha256;
    QString reportLanguage;
};

class PortfolioJson
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioJson)

public:
    static QJsonObject write(const PortfolioDocument &document);
    // Checks types and required keys; refuses a newer schema version.
    static bool read(const QByteArray &json, PortfolioDocument *document, Error *error);
};

} // namespace qujat::bundle
