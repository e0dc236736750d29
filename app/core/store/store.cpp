#include "store/store.h"

#include "store/migrations.h"
#include "util/crashpoint.h"
#include "util/folderlock.h"
#include "util/logging.h"
#include "util/textfold.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>

#include <atomic>

namespace qujat {

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString pageKindName(PageKind kind)
{
    return kind == PageKind::Document ? QStringLiteral("document") : QStringLiteral("image");
}

QString singleLine(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

// Stores text in NFC, so that names typed on macOS (NFD) compare equal to
// the same names typed elsewhere, and keeps one-line fields on one line.
void normalizeText(Item *item)
{
    item->title = singleLine(item->title);
    item->issuer = singleLine(item->issuer);
    item->notes = item->notes.normalized(QString::NormalizationForm_C).trimmed();
}

Error databaseError(const QString &detail)
{
    return {Store::tr("Qujat could not save to the portfolio database. Check that the disk is not "
                      "full, then try again. Nothing was changed."),
            detail};
}

// Corners as compact JSON, "[[x,y],...]", or empty for none.
QString cornersToText(const QPolygonF &corners)
{
    if (corners.isEmpty())
        return {};
    QJsonArray points;
    for (const QPointF &point : corners)
        points.append(QJsonArray{point.x(), point.y()});
    return QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact));
}

QPolygonF cornersFromText(const QString &text)
{
    QPolygonF corners;
    for (const QJsonValue &point : QJsonDocument::fromJson(text.toUtf8()).array())
        corners.append(QPointF(point.toArray().at(0).toDouble(), point.toArray().at(1).toDouble()));
    return corners;
}

// Escapes LIKE wildcards so that the user's text matches literally.
QString likePattern(const QString &folded)
{
    QString escaped = folded;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Binds values in order. SQLite stores a null QString as NULL, which the
// NOT NULL text columns reject, so null strings are bound as empty text.
void bindAll(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
}

const QString SummaryColumns = QStringLiteral(
    "i.uuid, i.section_key, i.kind, i.title, i.level, i.date, i.updated,"
    " (SELECT count(*) FROM pages p WHERE p.item_id = i.id),"
    " (SELECT p.thumbnail_sha FROM pages p WHERE p.item_id = i.id ORDER BY p.position LIMIT 1),"
    " i.fields");

} // namespace

Store::Store(const QString &dataDir)
    : m_dataDir(QDir(dataDir).absolutePath())
    , m_connectionPrefix(QStringLiteral("qujat-%1-").arg(quintptr(this), 0, 16))
    , m_files(m_dataDir + QLatin1String("/files"))
{
}

Store::~Store()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(m_connectionPrefix)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

QString Store::databasePath() const
{
    return m_dataDir + QLatin1String("/portfolio.sqlite");
}

QSqlDatabase Store::connection() const
{
    // Thread ids are reused after a thread ends, and a connection must never
    // be used by another thread than the one that opened it, so each thread
    // gets a serial number of its own for the name.
    static std::atomic<quint64> nextSerial{0};
    static thread_local const quint64 threadSerial = ++nextSerial;
    const QString name = m_connectionPrefix + QString::number(threadSerial);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(databasePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCWarning(lcStore) << "Opening the database failed:" << db.lastError().text();
        return db;
    }
    QSqlQuery pragma(db);
    for (const char *statement : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                  "PRAGMA synchronous = NORMAL"}) {
        if (!pragma.exec(QLatin1String(statement)))
            qCWarning(lcStore) << statement << "failed:" << pragma.lastError().text();
    }
    return db;
}

bool Store::open(Error *error)
{
    if (!QDir().mkpath(m_dataDir)) {
        *error = {tr("Qujat cannot create its data folder %1. Choose a writable folder.").arg(m_dataDir),
                  QLatin1String("mkpath failed")};
        return false;
    }
    if (!QFileInfo::exists(databasePath()) && !isEmptyOrOwnFolder(m_dataDir)) {
        *error = {tr("The folder %1 is not a Qujat portfolio and is not empty. Choose an empty folder "
                     "or a folder that already holds a Qujat portfolio.")
                      .arg(QDir::toNativeSeparators(m_dataDir)),
                  QStringLiteral("no portfolio.sqlite in a non-empty folder")};
        return false;
    }
    m_lock = std::make_unique<QLockFile>(m_dataDir + QLatin1String("/.lock"));
    if (!lockFolder(*m_lock, 2000)) {
        const bool inUse = m_lock->error() == QLockFile::LockFailedError;
        *error = {inUse ? tr("This portfolio is open in another Qujat window or in qujat-cli. Close it "
                             "and try again.")
                        : tr("Qujat cannot write to the portfolio folder %1. Check that the folder "
                             "is writable and the disk is not full.")
                              .arg(QDir::toNativeSeparators(m_dataDir)),
                  QStringLiteral("lock %1: error %2").arg(m_lock->fileName()).arg(int(m_lock->error()))};
        m_lock.reset();
        return false;
    }

    QString damage;
    bool couldNotRun = false;
    if (QFileInfo::exists(databasePath()) && !passesQuickCheck(&damage, &couldNotRun)) {
        // A check that could not run (a full disk, no room for the -wal or
        // -shm file, a read error) says nothing about the database: moving
        // a healthy one aside would show the teacher an empty portfolio.
        if (couldNotRun) {
            qCWarning(lcStore) << "The database check could not run:" << damage;
            *error = {diskProblemMessage(m_dataDir), damage};
            closeConnections();
            m_lock.reset();
            return false;
        }
        qCWarning(lcStore) << "The database failed its check:" << damage;
        if (!moveDamagedDatabaseAside(error))
            return false;
    }

    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *error = {tr("The portfolio database in %1 cannot be opened. Check that the folder is "
                     "writable.").arg(m_dataDir),
                  db.lastError().text()};
        return false;
    }
    if (!applyMigrations(db, SchemaVersion, error)) {
        if (isDiskProblem(error->detail, m_dataDir))
            error->message = diskProblemMessage(m_dataDir);
        closeConnections();
        m_lock.reset();
        return false;
    }

    m_open = true;
    // After a damaged database was moved aside no row refers to the stored
    // files, yet they are what a recovery needs: keep them all.
    if (m_damagedMovedTo.isEmpty())
        removeOrphanFiles();
    qCInfo(lcStore) << "Opened the portfolio in" << m_dataDir;
    return true;
}

// Whether a folder without a database may become a portfolio: it is empty,
// or holds only what Qujat itself puts there.
bool Store::isEmptyOrOwnFolder(const QString &folder)
{
    static const QStringList own = {QStringLiteral(".lock"), QStringLiteral("sample"),
                                    QStringLiteral("captures"), QStringLiteral("damaged"),
                                    QStringLiteral("school"), QStringLiteral("backups")};
    const QStringList entries = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (!own.contains(entry))
            return false;
    }
    return true;
}

// SQLite's primary result codes that mean the file itself is damaged:
// SQLITE_CORRUPT and SQLITE_NOTADB. Any other failure (SQLITE_IOERR,
// SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_BUSY ...) means the check could not
// run.
static bool isDamageCode(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

bool Store::isDiskProblem(const QString &detail, const QString &folder)
{
    // SQLite's own wording for SQLITE_FULL and SQLITE_IOERR, and a nearly
    // full disk for failures that carry no text.
    constexpr qint64 NearlyFull = 4 * 1024 * 1024;
    const QStorageInfo storage(folder);
    return detail.contains(QLatin1String("disk is full")) || detail.contains(QLatin1String("disk I/O error"))
           || (storage.isValid() && storage.bytesAvailable() < NearlyFull);
}

QString Store::diskProblemMessage(const QString &folder)
{
    return tr("Qujat cannot open the portfolio because it cannot write to %1. Check that the disk is "
              "not full and that the folder is writable, then start Qujat again. Nothing was changed.")
        .arg(QDir::toNativeSeparators(folder));
}

void Store::closeConnections()
{
    for (const QString &connectionName : QSqlDatabase::connectionNames()) {
        if (connectionName.startsWith(m_connectionPrefix)) {
            QSqlDatabase::database(connectionName, false).close();
            QSqlDatabase::removeDatabase(connectionName);
        }
    }
}

bool Store::passesQuickCheck(QString *detail, bool *couldNotRun) const
{
    *couldNotRun = false;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *detail = db.lastError().text();
        *couldNotRun = !isDamageCode(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *detail = query.lastError().text();
        *couldNotRun = !isDamageCode(query.lastError());
        return false;
    }
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (problems == QStringList{QStringLiteral("ok")})
        return true;
    *detail = problems.join(QLatin1Char('\n'));
    return false;
}

bool Store::moveDamagedDatabaseAside(Error *error)
{
    const QString name = m_connectionPrefix;
    for (const QString &connectionName : QSqlDatabase::connectionNames()) {
        if (connectionName.startsWith(name)) {
            QSqlDatabase::database(connectionName, false).close();
            QSqlDatabase::removeDatabase(connectionName);
        }
    }
    const QString folder = m_dataDir + QLatin1String("/damaged/")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QDir().mkpath(folder)) {
        *error = {tr("The portfolio database is damaged and Qujat could not move it aside. Check "
                     "that the data folder %1 is writable, then start Qujat again.").arg(m_dataDir),
                  QLatin1String("mkpath failed: ") + folder};
        return false;
    }
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString path = databasePath() + QLatin1String(suffix);
        if (QFileInfo::exists(path)
            && !QFile::rename(path, folder + QLatin1Char('/') + QFileInfo(path).fileName())) {
            *error = {tr("The portfolio database is damaged and Qujat could not move it aside. Check "
                         "that the data folder %1 is writable, then start Qujat again.").arg(m_dataDir),
                      QLatin1String("rename failed: ") + path};
            return false;
        }
    }
    m_damagedMovedTo = folder;
    qCWarning(lcStore) << "Moved the damaged database to" << folder;
    return true;
}

void Store::removeOrphanFiles()
{
    QSet<QString> keep;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT file_sha, file_suffix, thumbnail_sha, original_sha,"
                                   " original_suffix FROM pages UNION ALL"
                                   " SELECT photo_sha, 'jpg', '', '', '' FROM profile WHERE photo_sha != ''"))) {
        qCWarning(lcStore) << "Skipped removing orphaned files: listing the stored files failed:"
                           << query.lastError().text();
        return;
    }
    while (query.next()) {
        keep.insert(query.value(0).toString() + QLatin1Char('.') + query.value(1).toString());
        if (!query.value(2).toString().isEmpty())
            keep.insert(query.value(2).toString() + QLatin1String(".jpg"));
        if (!query.value(3).toString().isEmpty())
            keep.insert(query.value(3).toString() + QLatin1Char('.') + query.value(4).toString());
    }
    // A read that stops early on a damaged page must not make every file
    // look unreferenced.
    if (query.lastError().isValid()) {
        qCWarning(lcStore) << "Skipped removing orphaned files: reading the page list failed:"
                           << query.lastError().text();
        return;
    }
    m_orphansRemoved = m_files.removeUnreferenced(keep);
}

bool Store::writePages(QList<PendingPage> pages, QList<Page> *stored, Error *error)
{
    for (PendingPage &pending : pages) {
        Page page = pending.page;
        page.fileSuffix = pending.file.suffix;
        page.fileSha = m_files.put(pending.file, error);
        if (page.fileSha.isEmpty())
            return false;
        if (!pending.thumbnail.isEmpty()) {
            pending.thumbnail.suffix = QStringLiteral("jpg");
            page.thumbnailSha = m_files.put(pending.thumbnail, error);
            if (page.thumbnailSha.isEmpty())
                return false;
        }
        if (!pending.original.isEmpty()) {
            page.originalSuffix = pending.original.suffix;
            page.originalSha = m_files.put(pending.original, error);
            if (page.originalSha.isEmpty())
                return false;
        }
        stored->append(page);
    }
    return true;
}

bool Store::insertPages(QSqlDatabase &db, qint64 itemId, int firstPosition, const QList<Page> &pages,
                        Error *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO pages (item_id, position, kind, file_sha, file_suffix, thumbnail_sha,"
        " original_sha, original_suffix, mime_type, display_name, byte_size, width, height, preset,"
        " corners, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = firstPosition;
    for (const Page &page : pages) {
        bindAll(query, {QVariant(itemId), QVariant(position++), QVariant(pageKindName(page.kind)),
              QVariant(page.fileSha), QVariant(page.fileSuffix), QVariant(page.thumbnailSha),
              QVariant(page.originalSha), QVariant(page.originalSuffix), QVariant(page.mimeType),
              QVariant(page.displayName), QVariant(page.byteSize), QVariant(page.width),
              QVariant(page.height), QVariant(page.preset), QVariant(cornersToText(page.corners)),
              QVariant(page.text)});
        if (!query.exec()) {
            *error = databaseError(query.lastError().text());
            return false;
        }
    }
    return true;
}

bool Store::insertBarcodes(QSqlDatabase &db, qint64 itemId, const QList<Barcode> &barcodes, Error *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO barcodes (item_id, page_index, format, text, raw_bytes,"
                                 " encoding) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Barcode &code : barcodes) {
        bindAll(query, {QVariant(itemId), QVariant(code.pageIndex), QVariant(code.format),
                        QVariant(code.text), QVariant(code.rawBytes), QVariant(code.encoding)});
        if (!query.exec()) {
            *error = databaseError(query.lastError().text());
            return false;
        }
    }
    return true;
}

bool Store::addItem(Item *item, const QList<PendingPage> &pages, Error *error)
{
    return addItems({item}, {pages}, error);
}

bool Store::insertItem(QSqlDatabase &db, Item *item, Error *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO items (uuid, section_key, kind, title, issuer, level, date, end_date, fields,"
        " notes, created, updated, revision, search_text)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(query, {QVariant(item->uuid.toString(QUuid::WithoutBraces)), QVariant(item->sectionKey),
          QVariant(item->kind), QVariant(item->title), QVariant(item->issuer), QVariant(item->level),
          QVariant(isoDate(item->date)), QVariant(isoDate(item->endDate)),
          QVariant(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(item->fields))
                                         .toJson(QJsonDocument::Compact))),
          QVariant(item->notes), QVariant(isoTime(item->created)), QVariant(isoTime(item->updated)),
          QVariant(std::max(1, item->revision)), QVariant(searchTextOf(*item))});
    if (!query.exec()) {
        *error = databaseError(query.lastError().text());
        return false;
    }
    const qint64 itemId = query.lastInsertId().toLongLong();
    if (!insertPages(db, itemId, 0, item->pages, error))
        return false;
    crashPoint("add:in-transaction");
    return insertBarcodes(db, itemId, item->barcodes, error);
}

bool Store::addItems(const QList<Item *> &items, const QList<QList<PendingPage>> &pages, Error *error)
{
    Q_ASSERT(items.size() == pages.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < items.size(); ++i) {
        Item *item = items.at(i);
        normalizeText(item);
        QList<Page> stored;
        if (!writePages(pages.at(i), &stored, error))
            return false;
        if (item->uuid.isNull())
            item->uuid = QUuid::createUuid();
        item->created = now;
        item->updated = now;
        item->revision = 1;
        item->pages = stored;
    }
    crashPoint("add:after-files");

    QSqlDatabase db = connection();
    if (!db.transaction()) {
        *error = databaseError(db.lastError().text());
        return false;
    }
    bool ok = true;
    for (Item *item : items) {
        ok = insertItem(db, item, error);
        if (!ok)
            break;
    }
    if (ok && !db.commit()) {
        ok = false;
        *error = databaseError(db.lastError().text());
    }
    if (!ok) {
        db.rollback();
        qCWarning(lcStore) << "Saving" << items.size() << "items failed:" << error->detail;
        return false;
    }
    crashPoint("add:after-commit");
    for (const Item *item : items) {
        qCInfo(lcStore) << "Saved item" << item->uuid << "in" << item->sectionKey << "with"
                        << item->pages.size() << "pages";
    }
    return true;
}

bool Store::updateItem(Item *item, Error *error)
{
    const std::optional<Item> current = this->item(item->uuid);
    if (!current) {
        *error = {tr("This item no longer exists. It may have been deleted."),
                  QLatin1String("no item ") + item->uuid.toString()};
        return false;
    }
    normalizeText(item);
    item->pages = current->pages;
    item->created = current->created;
    item->updated = QDateTime::currentDateTimeUtc();
    item->revision = current->revision + 1;

    QSqlDatabase db = connection();
    if (!db.transaction()) {
        *error = databaseError(db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE items SET section_key = ?, kind = ?, title = ?, issuer = ?, level = ?, date = ?,"
        " end_date = ?, fields = ?, notes = ?, updated = ?, revision = ?, search_text = ?"
        " WHERE uuid = ?"));
    bindAll(query, {QVariant(item->sectionKey), QVariant(item->kind), QVariant(item->title),
          QVariant(item->issuer), QVariant(item->level), QVariant(isoDate(item->date)),
          QVariant(isoDate(item->endDate)),
          QVariant(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(item->fields))
                                         .toJson(QJsonDocument::Compact))),
          QVariant(item->notes), QVariant(isoTime(item->updated)), QVariant(item->revision),
          QVariant(searchTextOf(*item)), QVariant(item->uuid.toString(QUuid::WithoutBraces))});
    bool ok = query.exec();
    if (!ok)
        *error = databaseError(query.lastError().text());
    if (ok) {
        QSqlQuery idQuery(db);
        idQuery.prepare(QStringLiteral("SELECT id FROM items WHERE uuid = ?"));
        idQuery.addBindValue(item->uuid.toString(QUuid::WithoutBraces));
        ok = idQuery.exec() && idQuery.next();
        const qint64 itemId = ok ? idQuery.value(0).toLongLong() : -1;
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM barcodes WHERE item_id = ?"));
        remove.addBindValue(itemId);
        ok = ok && remove.exec();
        if (!ok)
            *error = databaseError(remove.lastError().text());
        ok = ok && insertBarcodes(db, itemId, item->barcodes, error);
    }
    if (ok && !db.commit()) {
        ok = false;
        *error = databaseError(db.lastError().text());
    }
    if (!ok) {
        db.rollback();
        qCWarning(lcStore) << "Updating item" << item->uuid << "failed:" << error->detail;
        return false;
    }
    qCInfo(lcStore) << "Updated item" << item->uuid << "to revision" << item->revision;
    return true;
}

bool Store::setPageText(const QUuid &uuid, const QString &fileSha, const QString &text, Error *error)
{
    std::optional<Item> current = item(uuid);
    if (!current)
        return false;
    bool found = false;
    for (Page &page : current->pages) {
        if (page.fileSha == fileSha) {
            page.text = text;
            found = true;
        }
    }
    if (!found)
        return false;

    QSqlDatabase db = connection();
    if (!db.transaction()) {
        *error = databaseError(db.lastError().text());
        return false;
    }
    const QString itemId = uuid.toString(QUuid::WithoutBraces);
    QSqlQuery pages(db);
    pages.prepare(QStringLiteral("UPDATE pages SET text = ? WHERE file_sha = ?"
                                 " AND item_id = (SELECT id FROM items WHERE uuid = ?)"));
    bindAll(pages, {QVariant(text), QVariant(fileSha), QVariant(itemId)});
    QSqlQuery items(db);
    items.prepare(QStringLiteral("UPDATE items SET search_text = ? WHERE uuid = ?"));
    bindAll(items, {QVariant(searchTextOf(*current)), QVariant(itemId)});
    if (!pages.exec() || !items.exec() || !db.commit()) {
        QString detail = db.lastError().text();
        if (pages.lastError().isValid())
            detail = pages.lastError().text();
        else if (items.lastError().isValid())
            detail = items.lastError().text();
        *error = databaseError(detail);
        db.rollback();
        return false;
    }
    qCInfo(lcStore) << "Stored the recognised text of a page of" << uuid;
    return true;
}

bool Store::addPages(const QUuid &uuid, const QList<PendingPage> &pages, Error *error)
{
    std::optional<Item> current = item(uuid);
    if (!current) {
        *error = {tr("This item no longer exists. It may have been deleted."),
                  QLatin1String("no item ") + uuid.toString()};
        return false;
    }
    QList<Page> stored;
    if (!writePages(pages, &stored, error))
        return false;

    QSqlDatabase db = connection();
    if (!db.transaction()) {
        *error = databaseError(db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE items SET updated = ?, revision = revision + 1 WHERE uuid = ?"));
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(uuid.toString(QUuid::WithoutBraces));
    bool ok = query.exec();
    QSqlQuery idQuery(db);
    idQuery.prepare(QStringLiteral("SELECT id FROM items WHERE uuid = ?"));
    idQuery.addBindValue(uuid.toString(QUuid::WithoutBraces));
    ok = ok && idQuery.exec() && idQuery.next();
    if (!ok)
        *error = databaseError(query.lastError().text() + idQuery.lastError().text());
    const qint64 itemId = ok ? idQuery.value(0).toLongLong() : -1;
    ok = ok && insertPages(db, itemId, int(current->pages.size()), stored, error);
    if (ok && !db.commit()) {
        ok = false;
        *error = databaseError(db.lastError().text());
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return true;
}

bool Store::removeItem(const QUuid &uuid, Error *error)
{
    const std::optional<Item> current = item(uuid);
    if (!current) {
        *error = {tr("This item no longer exists. It may have been deleted."),
                  QLatin1String("no item ") + uuid.toString()};
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        *error = databaseError(db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM items WHERE uuid = ?"));
    query.addBindValue(uuid.toString(QUuid::WithoutBraces));
    bool ok = query.exec();
    QSqlQuery tombstone(db);
    if (ok) {
        tombstone.prepare(QStringLiteral("INSERT OR REPLACE INTO tombstones (uuid, revision, deleted)"
                                         " VALUES (?, ?, ?)"));
        tombstone.addBindValue(uuid.toString(QUuid::WithoutBraces));
        tombstone.addBindValue(current->revision + 1);
        tombstone.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
        ok = tombstone.exec();
    }
    if (ok && !db.commit())
        ok = false;
    if (!ok) {
        *error = databaseError(query.lastError().text() + tombstone.lastError().text() + db.lastError().text());
        db.rollback();
        return false;
    }

    removeUnusedFiles(current->pages);
    qCInfo(lcStore) << "Removed item" << uuid;
    return true;
}

QUuid Store::portfolioUuid() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SELECT portfolio_uuid FROM identity WHERE id = 1")) && query.next())
        return QUuid::fromString(query.value(0).toString());
    return {};
}

bool Store::setPortfolioUuid(const QUuid &uuid, Error *error)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("UPDATE identity SET portfolio_uuid = ? WHERE id = 1"));
    query.addBindValue(uuid.toString(QUuid::WithoutBraces));
    if (!query.exec()) {
        *error = databaseError(query.lastError().text());
        return false;
    }
    return true;
}

QString Store::signingKeyPath() const
{
    QSqlQuery query(connection());
    QString relative = QStringLiteral("keys/signing-ed25519.pem");
    if (query.exec(QStringLiteral("SELECT signing_key_file FROM identity WHERE id = 1")) && query.next()
        && !query.value(0).toString().isEmpty())
        relative = query.value(0).toString();
    return m_dataDir + QLatin1Char('/') + relative;
}

QList<Tombstone> Store::tombstones() const
{
    QList<Tombstone> result;
    QSqlQuery query(connection());
    query.exec(QStringLiteral("SELECT uuid, revision, deleted FROM tombstones ORDER BY deleted, uuid"));
    while (query.next()) {
        result.append({QUuid::fromString(query.value(0).toString()), query.value(1).toInt(),
                       QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
    }
    return result;
}

bool Store::applyImport(const ImportBatch &batch, Error *error)
{
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        *error = databaseError(db.lastError().text());
        return false;
    }
    bool ok = true;
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM items WHERE uuid = ?"));
    for (const Item &incoming : batch.upserts) {
        Item copy = incoming;
        normalizeText(&copy);
        remove.addBindValue(copy.uuid.toString(QUuid::WithoutBraces));
        ok = remove.exec() && insertItem(db, &copy, error);
        if (!ok)
            break;
    }
    crashPoint("import:in-transaction");
    QSqlQuery tombstone(db);
    tombstone.prepare(QStringLiteral("INSERT OR REPLACE INTO tombstones (uuid, revision, deleted)"
                                     " VALUES (?, ?, ?)"));
    for (qsizetype i = 0; ok && i < batch.deletions.size(); ++i) {
        const Tombstone &deletion = batch.deletions.at(i);
        remove.addBindValue(deletion.uuid.toString(QUuid::WithoutBraces));
        tombstone.addBindValue(deletion.uuid.toString(QUuid::WithoutBraces));
        tombstone.addBindValue(deletion.revision);
        tombstone.addBindValue(isoTime(deletion.deleted));
        ok = remove.exec() && tombstone.exec();
    }
    if (ok && batch.profile)
        ok = writeProfileRow(db, *batch.profile, error);
    QString detail;
    if (ok && batch.extra)
        ok = batch.extra(db, &detail);
    if (ok && !db.commit()) {
        ok = false;
        detail = db.lastError().text();
    }
    if (!ok) {
        if (!error->isError())
            *error = databaseError(detail + remove.lastError().text() + tombstone.lastError().text());
        db.rollback();
        qCWarning(lcStore) << "Applying an import failed:" << error->detail;
        return false;
    }
    crashPoint("import:after-commit");
    removeOrphanFiles();
    return true;
}

int Store::removeUnusedStoreFiles()
{
    m_orphansRemoved = 0;
    removeOrphanFiles();
    return m_orphansRemoved;
}

// Rows first, files after: a crash in between leaves orphaned files, which
// the next start removes, never a row without its file.
void Store::removeUnusedFiles(const QList<Page> &pages)
{
    QSqlQuery used(connection());
    for (const Page &page : pages) {
        const QList<QPair<QString, QString>> files = {{page.fileSha, page.fileSuffix},
                                                      {page.thumbnailSha, QStringLiteral("jpg")},
                                                      {page.originalSha, page.originalSuffix}};
        for (const auto &[sha, suffix] : files) {
            if (sha.isEmpty())
                continue;
            used.prepare(QStringLiteral("SELECT count(*) FROM pages WHERE file_sha = ?"
                                        " OR thumbnail_sha = ? OR original_sha = ?"));
            used.addBindValue(sha);
            used.addBindValue(sha);
            used.addBindValue(sha);
            if (used.exec() && used.next() && used.value(0).toInt() == 0)
                m_files.remove(sha, suffix);
        }
    }
}

std::optional<Item> Store::item(const QUuid &uuid) const
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, section_key, kind, title, issuer, level, date, end_date,"
                                 " fields, notes, created, updated, revision FROM items WHERE uuid = ?"));
    query.addBindValue(uuid.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next())
        return std::nullopt;

    Item item;
    item.uuid = uuid;
    const qint64 id = query.value(0).toLongLong();
    item.sectionKey = query.value(1).toString();
    item.kind = query.value(2).toString();
    item.title = query.value(3).toString();
    item.issuer = query.value(4).toString();
    item.level = query.value(5).toString();
    item.date = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    item.endDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    item.fields = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object().toVariantMap();
    item.notes = query.value(9).toString();
    item.created = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    item.updated = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    item.revision = query.value(12).toInt();

    QSqlQuery pages(db);
    pages.prepare(QStringLiteral("SELECT kind, file_sha, file_suffix, thumbnail_sha, original_sha,"
                                 " original_suffix, mime_type, display_name, byte_size, width, height,"
                                 " preset, corners, text FROM pages WHERE item_id = ? ORDER BY position"));
    pages.addBindValue(id);
    pages.exec();
    while (pages.next()) {
        Page page;
        page.kind = pages.value(0).toString() == QLatin1String("document") ? PageKind::Document
                                                                           : PageKind::Image;
        page.fileSha = pages.value(1).toString();
        page.fileSuffix = pages.value(2).toString();
        page.thumbnailSha = pages.value(3).toString();
        page.originalSha = pages.value(4).toString();
        page.originalSuffix = pages.value(5).toString();
        page.mimeType = pages.value(6).toString();
        page.displayName = pages.value(7).toString();
        page.byteSize = pages.value(8).toLongLong();
        page.width = pages.value(9).toInt();
        page.height = pages.value(10).toInt();
        page.preset = pages.value(11).toString();
        page.corners = cornersFromText(pages.value(12).toString());
        page.text = pages.value(13).toString();
        item.pages.append(page);
    }

    QSqlQuery codes(db);
    codes.prepare(QStringLiteral("SELECT format, text, raw_bytes, encoding, page_index FROM barcodes"
                                 " WHERE item_id = ? ORDER BY id"));
    codes.addBindValue(id);
    codes.exec();
    while (codes.next()) {
        item.barcodes.append({codes.value(0).toString(), codes.value(1).toString(),
                              codes.value(2).toByteArray(), codes.value(3).toString(),
                              codes.value(4).toInt()});
    }
    return item;
}

static QList<ItemSummary> readSummaries(QSqlQuery &query, const FileStore &files)
{
    QList<ItemSummary> result;
    while (query.next()) {
        ItemSummary summary;
        summary.uuid = QUuid::fromString(query.value(0).toString());
        summary.sectionKey = query.value(1).toString();
        summary.kind = query.value(2).toString();
        summary.title = query.value(3).toString();
        summary.level = query.value(4).toString();
        summary.date = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        summary.updated = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        summary.pageCount = query.value(7).toInt();
        const QString thumbnail = query.value(8).toString();
        if (!thumbnail.isEmpty())
            summary.thumbnailPath = files.pathFor(thumbnail, QStringLiteral("jpg"));
        summary.fields = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object().toVariantMap();
        result.append(summary);
    }
    return result;
}

QList<ItemSummary> Store::summaries(const QString &sectionKey) const
{
    QSqlQuery query(connection());
    QString sql = QLatin1String("SELECT ") + SummaryColumns + QLatin1String(" FROM items i");
    if (!sectionKey.isEmpty())
        sql += QLatin1String(" WHERE i.section_key = ?");
    sql += QLatin1String(" ORDER BY i.date DESC, i.updated DESC");
    query.prepare(sql);
    if (!sectionKey.isEmpty())
        query.addBindValue(sectionKey);
    if (!query.exec())
        qCWarning(lcStore) << "Listing items failed:" << query.lastError().text();
    return readSummaries(query, m_files);
}

QList<Item> Store::items(const QString &sectionKey) const
{
    QList<Item> result;
    for (const ItemSummary &summary : summaries(sectionKey)) {
        if (std::optional<Item> full = item(summary.uuid))
            result.append(*full);
    }
    return result;
}

QHash<QString, SectionCounts> Store::sectionCounts() const
{
    QHash<QString, SectionCounts> counts;
    QSqlQuery query(connection());
    query.exec(QStringLiteral("SELECT section_key, count(*), sum(date = '') FROM items"
                              " GROUP BY section_key"));
    while (query.next())
        counts.insert(query.value(0).toString(), {query.value(1).toInt(), query.value(2).toInt()});
    return counts;
}

int Store::itemCount() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM items")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QList<ItemSummary> Store::search(const QString &text) const
{
    const QString folded = foldForSearch(text.trimmed());
    if (folded.isEmpty())
        return {};
    QSqlQuery query(connection());
    query.prepare(QLatin1String("SELECT ") + SummaryColumns
                  + QLatin1String(" FROM items i WHERE i.search_text LIKE ? ESCAPE '\\'"
                                  " ORDER BY i.date DESC, i.updated DESC"));
    query.addBindValue(likePattern(folded));
    if (!query.exec())
        qCWarning(lcStore) << "Search failed:" << query.lastError().text();
    return readSummaries(query, m_files);
}

QList<ItemSummary> Store::itemsWithSourceFile(const QString &sha) const
{
    if (sha.isEmpty())
        return {};
    QSqlQuery query(connection());
    query.prepare(QLatin1String("SELECT ") + SummaryColumns
                  + QLatin1String(" FROM items i WHERE i.id IN (SELECT item_id FROM pages"
                                  " WHERE original_sha = ? OR (original_sha = '' AND file_sha = ?))"
                                  " ORDER BY i.created"));
    query.addBindValue(sha);
    query.addBindValue(sha);
    if (!query.exec())
        qCWarning(lcStore) << "Looking up a source file failed:" << query.lastError().text();
    return readSummaries(query, m_files);
}

QStringList Store::recentSectionKeys(int limit) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT section_key FROM items GROUP BY section_key"
                                 " ORDER BY max(created) DESC LIMIT ?"));
    query.addBindValue(limit);
    query.exec();
    QStringList keys;
    while (query.next())
        keys.append(query.value(0).toString());
    return keys;
}

Profile Store::profile() const
{
    Profile profile;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT full_name, school, position, subject, specialty,"
                                   " years_of_experience, current_category, target_category,"
                                   " attestation_date, photo_sha FROM profile WHERE id = 1"))
        || !query.next()) {
        return profile;
    }
    profile.fullName = query.value(0).toString();
    profile.school = query.value(1).toString();
    profile.position = query.value(2).toString();
    profile.subject = query.value(3).toString();
    profile.specialty = query.value(4).toString();
    profile.yearsOfExperience = query.value(5).toInt();
    profile.currentCategory = query.value(6).toString();
    profile.targetCategory = query.value(7).toString();
    profile.attestationDate = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    profile.photoSha = query.value(9).toString();
    return profile;
}

bool Store::saveProfile(const Profile &profile, const PendingFile &photo, Error *error)
{
    Profile saved = profile;
    if (!photo.isEmpty()) {
        PendingFile jpeg = photo;
        jpeg.suffix = QStringLiteral("jpg");
        saved.photoSha = m_files.put(jpeg, error);
        if (saved.photoSha.isEmpty())
            return false;
    }
    QSqlDatabase db = connection();
    if (!writeProfileRow(db, saved, error))
        return false;
    qCInfo(lcStore) << "Saved the teacher's profile";
    return true;
}

bool Store::writeProfileRow(QSqlDatabase &db, const Profile &saved, Error *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO profile (id, full_name, school, position, subject, specialty,"
        " years_of_experience, current_category, target_category, attestation_date, photo_sha)"
        " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(query, {QVariant(saved.fullName), QVariant(saved.school), QVariant(saved.position),
          QVariant(saved.subject), QVariant(saved.specialty), QVariant(saved.yearsOfExperience),
          QVariant(saved.currentCategory), QVariant(saved.targetCategory),
          QVariant(isoDate(saved.attestationDate)), QVariant(saved.photoSha)});
    if (!query.exec()) {
        *error = databaseError(query.lastError().text());
        return false;
    }
    return true;
}

QString Store::pagePath(const Page &page) const
{
    return m_files.pathFor(page.fileSha, page.fileSuffix);
}

QString Store::thumbnailPath(const Page &page) const
{
    return page.thumbnailSha.isEmpty() ? QString()
                                       : m_files.pathFor(page.thumbnailSha, QStringLiteral("jpg"));
}

QString Store::originalPath(const Page &page) const
{
    return page.originalSha.isEmpty() ? QString() : m_files.pathFor(page.originalSha, page.originalSuffix);
}

QString Store::foldForSearch(const QString &text)
{
    return qujat::foldForSearch(text);
}

} // namespace qujat
