#include "util/dates.h"

#include <QStringList>

namespace qujat {

QString isoToDisplayDate(const QString &iso)
{
    const QStringList parts = iso.split(QLatin1Char('-'));
    if (parts.size() != 3)
        return iso;
    return parts.at(2) + QLatin1Char('.') + parts.at(1) + QLatin1Char('.') + parts.at(0);
}

} // namespace qujat
