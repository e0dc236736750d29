#pragma once

#include <QSet>
#include <QString>

namespace qujat::bundle {

// Turns a title into a file or folder name that Windows, macOS and Linux
// all accept and that Windows Explorer shows as written: NFC, characters
// Windows forbids (< > : " / \ | ? * and control characters) replaced by
// "_", spaces collapsed, no trailing dot or space, no reserved device name
// (CON, NUL ...), at most `maxLength` characters. Never empty.
QString readableName(const QString &text, int maxLength = 80);

// Makes `name` unique among `taken` (compared case-insensitively, as on
// Windows) by adding " (2)", " (3)" ... before the suffix, and records it.
QString uniqueName(const QString &stem, const QString &suffix, QSet<QString> *taken);

} // namespace qujat::bundle
