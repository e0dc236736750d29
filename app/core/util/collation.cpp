#include "util/collation.h"

#include <algorithm>

namespace qujat {

QCollator collatorFor(const QString &language)
{
    QCollator collator{QLocale(language)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

QStringList sortedForLanguage(QStringList texts, const QString &language)
{
    const QCollator collator = collatorFor(language);
    std::stable_sort(texts.begin(), texts.end(),
                     [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return texts;
}

} // namespace qujat
