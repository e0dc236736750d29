#pragma once

#include <QCollator>
#include <QString>
#include <QStringList>

namespace qujat {

// A case-insensitive collator for an interface language ("kk", "ru", "en").
// For "kk" it follows the Kazakh alphabet (Ә after А, Ғ after Г, І after
// Ы), where code point order puts Ё and І first and Ә, Ғ, Қ last.
QCollator collatorFor(const QString &language);

QStringList sortedForLanguage(QStringList texts, const QString &language);

} // namespace qujat
