#include "rules/directions.h"

#include "util/collation.h"

#include <QHash>

#include <algorithm>

namespace qujat {

QList<DirectionGroup> groupByDirection(const QList<ItemSummary> &items, const QString &language,
                                       const Catalog &catalog)
{
    QHash<QString, int> sectionOrder;
    for (int i = 0; i < catalog.sections().size(); ++i)
        sectionOrder.insert(catalog.sections().at(i).key, i);

    QList<DirectionGroup> groups;
    QHash<QString, qsizetype> groupIndex;
    for (const Term &direction : catalog.directions()) {
        groupIndex.insert(direction.key, groups.size());
        groups.append(DirectionGroup{direction.key, {}});
    }

    for (const ItemSummary &item : items) {
        const auto index = groupIndex.constFind(catalog.directionOf(item.sectionKey, item.kind));
        if (index != groupIndex.constEnd())
            groups[*index].items.append(item);
    }

    const QCollator collator = collatorFor(language);
    for (DirectionGroup &group : groups) {
        std::stable_sort(group.items.begin(), group.items.end(),
                         [&](const ItemSummary &a, const ItemSummary &b) {
                             const int sectionA = sectionOrder.value(a.sectionKey);
                             const int sectionB = sectionOrder.value(b.sectionKey);
                             if (sectionA != sectionB)
                                 return sectionA < sectionB;
                             return collator.compare(a.title, b.title) < 0;
                         });
    }
    return groups;
}

} // namespace qujat
