#include "store/item.h"

namespace qujat {

bool Barcode::isUrl() const
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

} // namespace qujat
