#pragma once

#include "store/filestore.h"
#include "store/item.h"
#include "store/pendingpage.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace qujat {

// The columns an item list shows, read without the pages.
struct ItemSummary
{
    QUuid uuid;
    QString sectionKey;
    QString kind;
    QString title;
    QString level;
    QDate date;
    QString thumbnailPath; // empty when the item has no preview
    int pageCount = 0;
    QDateTime updated;
    QVariantMap fields;    // the section's own columns, for table rows
};

struct SectionCounts
{
    int items = 0;
    int incomplete = 0; // items without a date
};

// A deleted item's trace, kept so that the deletion reaches the copies of
// the portfolio made from bundles. `revision` is one above the item's last.
struct Tombstone
{
    QUuid uuid;
    int revision = 0;
    QDateTime deleted;
};

// What one bundle import changes in a store, applied in one transaction by
// Store::applyImport.
struct ImportBatch
{
    // Complete items with their own uuid, times and revision; their page
    // files must already be in the store's files(). An existing item with
    // the same uuid is replaced.
    QList<Item> upserts;
    // Items removed: their rows are deleted and the tombstone is kept.
    QList<Tombstone> deletions;
    std::optional<Profile> profile;
    // Runs inside the same transaction after the rows (provenance rows);
    // returning false rolls everything back.
    std::function<bool(QSqlDatabase &db, QString *detail)> extra;
};

// The teacher's portfolio on disk: an SQLite database and content-addressed
// files in one data folder. Safe to use from several threads: every thread
// gets its own named connection.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static constexpr int SchemaVersion = 7;

    explicit Store(const QString &dataDir);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Creates the folder, takes the folder's lock, migrates the schema and
    // removes files orphaned by an interrupted save.
    bool open(Error *error);
    bool isOpen() const { return m_open; }
    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    FileStore &files() { return m_files; }
    const FileStore &files() const { return m_files; }
    int orphansRemovedAtOpen() const { return m_orphansRemoved; }

    // The folder the damaged database was moved to at open, or empty when
    // the database passed its check.
    QString damagedDatabaseMovedTo() const { return m_damagedMovedTo; }

    // Saves a new item and its pages atomically: files first (each under its
    // final name only once complete), then every row in one transaction.
    // Sets the uuid, times, revision and page file hashes of `item`.
    bool addItem(Item *item, const QList<PendingPage> &pages, Error *error);

    // Saves several new items together: all of them, or none after a
    // failure or a crash. `pages` has one list per item.
    bool addItems(const QList<Item *> &items, const QList<QList<PendingPage>> &pages, Error *error);

    // Saves changed fields of an existing item and increments its revision.
    bool updateItem(Item *item, Error *error);

    // Appends pages to an existing item.
    bool addPages(const QUuid &uuid, const QList<PendingPage> &pages, Error *error);

    // Stores the recognised text of the item's page whose file is
    // `fileSha`, for a recognition that ended after the item was saved, and
    // updates the item's search text. The revision stays, because the text
    // is derived from the page. Returns false with `error` unset when the
    // item or the page is gone.
    bool setPageText(const QUuid &uuid, const QString &fileSha, const QString &text, Error *error);

    // Deletes the item and records its tombstone in the same transaction.
    bool removeItem(const QUuid &uuid, Error *error);

    // The portfolio's UUID, made once by the schema migration; the same in
    // every bundle exported from this folder.
    QUuid portfolioUuid() const;
    // Gives the store another portfolio's identity: the administration's
    // copy of a teacher's portfolio carries the teacher's UUID.
    bool setPortfolioUuid(const QUuid &uuid, Error *error);
    // Where this installation's private signing key lives (a 0600 file in
    // the data folder, never in the database).
    QString signingKeyPath() const;
    QList<Tombstone> tombstones() const;

    // Applies an import batch in one transaction (see ImportBatch). Files
    // no longer used afterwards are removed after the commit.
    bool applyImport(const ImportBatch &batch, Error *error);

    // Removes stored files that no row refers to (left by an interrupted
    // import or save); returns the count.
    int removeUnusedStoreFiles();

    // Removes one page of an item; the later pages move up by one.
    bool removePage(const QUuid &uuid, int index, Error *error);

    // Moves the page at `from` to position `to`; the pages between shift.
    bool movePage(const QUuid &uuid, int from, int to, Error *error);

    std::optional<Item> item(const QUuid &uuid) const;
    QList<ItemSummary> summaries(const QString &sectionKey = {}) const;
    QList<Item> items(const QString &sectionKey = {}) const;
    QHash<QString, SectionCounts> sectionCounts() const;
    int itemCount() const;

    // Items whose title, issuer, notes, fields or decoded codes contain
    // `query`, ignoring case for every script (Kazakh and Russian included).
    QList<ItemSummary> search(const QString &query) const;
    // The items with a page made from the file whose SHA-256 is `sha`: a
    // photo kept as the page's original, or a document stored as it is.
    QList<ItemSummary> itemsWithSourceFile(const QString &sha) const;

    // Section keys of the most recently saved items, newest first, unique.
    QStringList recentSectionKeys(int limit) const;

    Profile profile() const;
    bool saveProfile(const Profile &profile, const PendingFile &photo, Error *error);

    QString pagePath(const Page &page) const;
    QString thumbnailPath(const Page &page) const;
    QString originalPath(const Page &page) const;

    // The thread's connection; opened on first use.
    QSqlDatabase connection() const;

    // Case-folded, NFC-normalised text used for search.
    static QString foldForSearch(const QString &text);

private:
    bool migrate(QSqlDatabase &db, Error *error);
    bool writePages(QList<PendingPage> pages, QList<Page> *stored, Error *error);
    bool insertItem(QSqlDatabase &db, Item *item, Error *error);
    bool writeProfileRow(QSqlDatabase &db, const Profile &profile, Error *error);
    bool insertPages(QSqlDatabase &db, qint64 itemId, int firstPosition, const QList<Page> &pages, Error *error);
    bool insertBarcodes(QSqlDatabase &db, qint64 itemId, const QList<Barcode> &barcodes, Error *error);
    void removeOrphanFiles();
    void removeUnusedFiles(const QList<Page> &pages);
    bool rewritePageOrder(const QUuid &uuid, const QList<int> &newOrder, std::optional<int> removed,
                          Error *error);
    bool passesQuickCheck(QString *detail, bool *couldNotRun) const;
    static bool isEmptyOrOwnFolder(const QString &folder);
    bool moveDamagedDatabaseAside(Error *error);
    void closeConnections();
    static bool isDiskProblem(const QString &detail, const QString &folder);
    static QString diskProblemMessage(const QString &folder);

    QString m_dataDir;
    QString m_connectionPrefix;
    FileStore m_files;
    std::unique_ptr<QLockFile> m_lock;
    bool m_open = false;
    int m_orphansRemoved = 0;
    QString m_damagedMovedTo;
};

} // namespace qujat
