#include "util/textfold.h"

namespace qujat {

QString foldForSearch(const QString &text)
{
    // Russian writers often print ё as е, so a search for "елка" must find
    // "Ёлка"; Kazakh has no such pair.
    return text.normalized(QString::NormalizationForm_C).toCaseFolded().replace(QChar(0x0451), QChar(0x0435));
}

QString searchTextFor(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            nonEmpty.append(part.trimmed());
    }
    // A newline cannot be typed into the search field, so a query never
    // matches across two parts.
    return foldForSearch(nonEmpty.join(QLatin1Char('\n')));
}

} // namespace qujat
