#pragma once

#include "util/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace qujat {

// One step of the schema history. Steps are applied in order, each in its
// own transaction, and PRAGMA user_version records the last one applied.
struct Migration
{
    int version;
    QStringList statements;
    // Runs after the statements, inside the same transaction, for data that
    // SQL alone cannot compute. Returns false and fills `detail` on failure.
    bool (*fillData)(QSqlDatabase &db, QString *detail) = nullptr;
};

const QList<Migration> &migrations();

// Applies every step above the database's version up to `targetVersion`.
bool applyMigrations(QSqlDatabase &db, int targetVersion, Error *error);

int schemaVersion(QSqlDatabase &db);

} // namespace qujat
