#include "store/item.h"

#include "util/textfold.h"

namespace qujat {

bool Barcode::isUrl() const
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

QString searchTextOf(const Item &item)
{
    QStringList parts{item.title, item.issuer, item.notes};
    for (auto it = item.fields.cbegin(); it != item.fields.cend(); ++it)
        parts.append(it.value().toString());
    for (const Barcode &code : item.barcodes)
        parts.append(code.text);
    for (const Page &page : item.pages) {
        parts.append(page.displayName);
        parts.append(page.text);
    }
    return searchTextFor(parts);
}

} // namespace qujat
