#include "store/migrations.h"

#include "store/item.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace qujat {

namespace {

// Fills items.search_text for rows saved before the column existed, or
// before the folding changed, with the text Store writes on save.
bool fillSearchText(QSqlDatabase &db, QString *detail)
{
    // Pages carry recognised text from version 6 on; earlier steps run
    // before the column exists.
    QSqlQuery columns(db);
    const bool pagesHaveText = columns.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('pages')"
                                                           " WHERE name = 'text'"))
        && columns.next() && columns.value(0).toInt() > 0;
    QSqlQuery select(db);
    if (!select.exec(QStringLiteral("SELECT id, title, issuer, notes, fields,"
                                    " (SELECT group_concat(text, char(10)) FROM barcodes"
                                    "  WHERE barcodes.item_id = items.id),"
                                    " (SELECT group_concat(display_name, char(10)) FROM pages"
                                    "  WHERE pages.item_id = items.id), %1 FROM items")
                         .arg(pagesHaveText ? QStringLiteral("(SELECT group_concat(text, char(10)) FROM pages"
                                                             " WHERE pages.item_id = items.id)")
                                            : QStringLiteral("''")))) {
        *detail = select.lastError().text();
        return false;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE items SET search_text = ? WHERE id = ?"));
    while (select.next()) {
        Item item;
        item.title = select.value(1).toString();
        item.issuer = select.value(2).toString();
        item.notes = select.value(3).toString();
        item.fields = QJsonDocument::fromJson(select.value(4).toString().toUtf8()).object().toVariantMap();
        const QStringList codes = select.value(5).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &code : codes)
            item.barcodes.append({{}, code, {}, {}, 0});
        const QStringList names = select.value(6).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &name : names) {
            Page page;
            page.displayName = name;
            item.pages.append(page);
        }
        if (const QString text = select.value(7).toString(); !text.isEmpty()) {
            Page textPage;
            textPage.text = text;
            item.pages.append(textPage);
        }
        update.addBindValue(searchTextOf(item));
        update.addBindValue(select.value(0));
        if (!update.exec()) {
            *detail = update.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1,
         {
             QStringLiteral("CREATE TABLE profile ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " full_name TEXT NOT NULL DEFAULT '',"
                            " school TEXT NOT NULL DEFAULT '',"
                            " position TEXT NOT NULL DEFAULT '',"
                            " subject TEXT NOT NULL DEFAULT '',"
                            " specialty TEXT NOT NULL DEFAULT '',"
                            " years_of_experience INTEGER NOT NULL DEFAULT 0,"
                            " current_category TEXT NOT NULL DEFAULT '',"
                            " target_category TEXT NOT NULL DEFAULT '',"
                            " attestation_date TEXT NOT NULL DEFAULT '',"
                            " photo_sha TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE items ("
                            " id INTEGER PRIMARY KEY,"
                            " uuid TEXT NOT NULL UNIQUE,"
                            " section_key TEXT NOT NULL,"
                            " kind TEXT NOT NULL DEFAULT '',"
                            " title TEXT NOT NULL DEFAULT '',"
                            " issuer TEXT NOT NULL DEFAULT '',"
                            " level TEXT NOT NULL DEFAULT '',"
                            " date TEXT NOT NULL DEFAULT '',"
                            " end_date TEXT NOT NULL DEFAULT '',"
                            " fields TEXT NOT NULL DEFAULT '{}',"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " created TEXT NOT NULL,"
                            " updated TEXT NOT NULL,"
                            " revision INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX items_section ON items(section_key)"),
             QStringLiteral("CREATE TABLE pages ("
                            " id INTEGER PRIMARY KEY,"
                            " item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " file_sha TEXT NOT NULL,"
                            " file_suffix TEXT NOT NULL,"
                            " thumbnail_sha TEXT NOT NULL DEFAULT '',"
                            " original_sha TEXT NOT NULL DEFAULT '',"
                            " original_suffix TEXT NOT NULL DEFAULT '',"
                            " mime_type TEXT NOT NULL DEFAULT '',"
                            " display_name TEXT NOT NULL DEFAULT '',"
                            " byte_size INTEGER NOT NULL DEFAULT 0,"
                            " width INTEGER NOT NULL DEFAULT 0,"
                            " height INTEGER NOT NULL DEFAULT 0,"
                            " UNIQUE (item_id, position))"),
             QStringLiteral("CREATE TABLE barcodes ("
                            " id INTEGER PRIMARY KEY,"
                            " item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
                            " page_index INTEGER NOT NULL DEFAULT 0,"
                            " format TEXT NOT NULL,"
                            " text TEXT NOT NULL,"
                            " raw_bytes BLOB,"
                            " encoding TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX barcodes_item ON barcodes(item_id)"),
         }},
        // Version 2: SQLite's LIKE and lower() fold ASCII only, so search runs
        // on a column that Qt fills with case-folded, NFC-normalised text.
        {2,
         {
             QStringLiteral("ALTER TABLE items ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX items_updated ON items(updated)"),
         },
         fillSearchText},
        // Version 3: how each image page was cut from its photo and cleaned,
        // so that it can be re-cropped from the kept original.
        {3,
         {
             QStringLiteral("ALTER TABLE pages ADD COLUMN preset TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE pages ADD COLUMN corners TEXT NOT NULL DEFAULT ''"),
         }},
        // Version 4: search matches ё as е, so the search column is filled again.
        {4, {}, fillSearchText},
        // Version 5: bundles. The portfolio's own identity (its UUID is made
        // here once, so every bundle of one installation names the same
        // portfolio), tombstones for deleted items so that a deletion travels
        // to the administration, and on the administration's side the
        // provenance of a teacher's copy: the pinned signing key, the log of
        // key changes and the bundles imported.
        {5,
         {
             QStringLiteral("CREATE TABLE identity ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " portfolio_uuid TEXT NOT NULL,"
                            " created TEXT NOT NULL,"
                            " signing_key_file TEXT NOT NULL DEFAULT 'keys/signing-ed25519.pem',"
                            " pinned_key TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("INSERT INTO identity (id, portfolio_uuid, created) VALUES (1,"
                            " lower(substr(hex(randomblob(4)), 1) || '-' || hex(randomblob(2)) || '-4'"
                            " || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)"
                            " || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),"
                            " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"),
             QStringLiteral("CREATE TABLE tombstones ("
                            " uuid TEXT PRIMARY KEY,"
                            " revision INTEGER NOT NULL,"
                            " deleted TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE bundle_imports ("
                            " bundle_uuid TEXT PRIMARY KEY,"
                            " imported TEXT NOT NULL,"
                            " exported TEXT NOT NULL,"
                            " signer_key TEXT NOT NULL DEFAULT '',"
                            " added INTEGER NOT NULL DEFAULT 0,"
                            " replaced INTEGER NOT NULL DEFAULT 0,"
                            " deleted INTEGER NOT NULL DEFAULT 0,"
                            " skipped INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE key_log ("
                            " id INTEGER PRIMARY KEY,"
                            " time TEXT NOT NULL,"
                            " event TEXT NOT NULL,"
                            " old_key TEXT NOT NULL DEFAULT '',"
                            " new_key TEXT NOT NULL DEFAULT '',"
                            " bundle_uuid TEXT NOT NULL DEFAULT '')"),
         }},
        // Version 6: the recognised text of each image page, which search
        // also matches. The new column starts empty, so the search column
        // needs no refill.
        {6,
         {
             QStringLiteral("ALTER TABLE pages ADD COLUMN text TEXT NOT NULL DEFAULT ''"),
         }},
        // Version 7: the administration's review, on both sides. On the
        // school's side the rows are the administrator's marks on a
        // teacher's copy; on the teacher's side they come from the last
        // review file imported. `item_revision` is the revision reviewed: a
        // later edit of the item makes the mark stale (see review/review.h).
        {7,
         {
             QStringLiteral("CREATE TABLE item_reviews ("
                            " item_uuid TEXT PRIMARY KEY,"
                            " status TEXT NOT NULL CHECK (status IN ('accepted', 'returned')),"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " item_revision INTEGER NOT NULL,"
                            " reviewed TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE portfolio_review ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " note TEXT NOT NULL DEFAULT '',"
                            " review_uuid TEXT NOT NULL DEFAULT '',"
                            " reviewed TEXT NOT NULL DEFAULT '',"
                            " school TEXT NOT NULL DEFAULT '',"
                            " reviewer TEXT NOT NULL DEFAULT '',"
                            " school_key TEXT NOT NULL DEFAULT '')"),
         }},
    };
    return steps;
}

int schemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool applyMigrations(QSqlDatabase &db, int targetVersion, Error *error)
{
    const int current = schemaVersion(db);
    if (current < 0) {
        *error = {QCoreApplication::translate("Store", "The portfolio database cannot be read. "
                                                       "It may be damaged."),
                  db.lastError().text()};
        return false;
    }
    const int newest = migrations().constLast().version;
    if (current > newest) {
        *error = {QCoreApplication::translate("Store", "This portfolio was saved by a newer version of "
                                                       "Qujat. Update Qujat to open it."),
                  QStringLiteral("user_version %1 > %2").arg(current).arg(newest)};
        return false;
    }

    for (const Migration &step : migrations()) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        if (!db.transaction()) {
            *error = {QCoreApplication::translate("Store", "The portfolio database could not be "
                                                           "updated. Close other copies of Qujat and "
                                                           "try again."),
                      db.lastError().text()};
            return false;
        }
        QSqlQuery query(db);
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                const QString detail = query.lastError().text() + QLatin1String(" in: ") + statement;
                db.rollback();
                *error = {QCoreApplication::translate("Store", "The portfolio database could not be "
                                                               "updated to this version of Qujat."),
                          detail};
                qCWarning(lcStore) << "Migration" << step.version << "failed:" << detail;
                return false;
            }
        }
        QString fillDetail;
        if (step.fillData && !step.fillData(db, &fillDetail)) {
            db.rollback();
            *error = {QCoreApplication::translate("Store", "The portfolio database could not be "
                                                           "updated to this version of Qujat."),
                      fillDetail};
            qCWarning(lcStore) << "Migration" << step.version << "failed:" << fillDetail;
            return false;
        }
        // PRAGMA takes no bound values; the version is an integer we control.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)) || !db.commit()) {
            const QString detail = db.lastError().text();
            db.rollback();
            *error = {QCoreApplication::translate("Store", "The portfolio database could not be "
                                                           "updated to this version of Qujat."),
                      detail};
            return false;
        }
        qCInfo(lcStore) << "Migrated the database to schema version" << step.version;
    }
    return true;
}

} // namespace qujat
