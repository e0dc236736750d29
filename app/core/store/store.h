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

#include <memory>

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

// The teacher's portfolio on disk: an SQLite database and content-addressed
// files in one data folder. Safe to use from several threads: every thread
// gets its own named connection.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static constexpr int SchemaVersion = 6;

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

    bool removeItem(const QUuid &uuid, Error *error);

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
    bool insertPages(QSqlDatabase &db, qint64 itemId, int firstPosition, const QList<Page> &pages, Error *error);
    bool insertBarcodes(QSqlDatabase &db, qint64 itemId, const QList<Barcode> &barcodes, Error *error);
    void removeOrphanFiles();
    void removeUnusedFiles(const QList<Page> &pages);
    bool rewritePageOrder(const QUuid &uuid, const QList<int> &newOrder, std::optional<int> removed,
                          Error *error);
    bool passesQuickCheck(QString *detail) const;
    static bool isEmptyOrOwnFolder(const QString &folder);
    bool moveDamagedDatabaseAside(Error *error);

    QString m_dataDir;
    QString m_connectionPrefix;
    FileStore m_files;
    std::unique_ptr<QLockFile> m_lock;
    bool m_open = false;
    int m_orphansRemoved = 0;
    QString m_damagedMovedTo;
};

} // namespace qujat
