#pragma once

#include <QString>
#include <QStringList>

namespace qujat {

// Returns NFC-normalised, case-folded text for case-insensitive matching in
// every script, with ё matched as е. SQLite's own LIKE and lower() fold
// ASCII letters only.
QString foldForSearch(const QString &text);

// Joins the searchable parts of an item into one folded string.
QString searchTextFor(const QStringList &parts);

} // namespace qujat
