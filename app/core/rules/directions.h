#pragma once

#include "catalog/catalog.h"
#include "store/store.h"

#include <QList>
#include <QString>

namespace qujat {

// The items of one of the four directions of the 2024 attestation rules.
struct DirectionGroup
{
    QString directionKey;
    QList<ItemSummary> items;
};

// Groups items along the 2024 directions without re-filing them: each item
// goes to the direction of its document kind, or of its section when the
// kind has none of its own (Catalog::directionOf). Every direction of the
// catalog appears, in catalog order, even when empty. Inside a direction the
// items follow the official section order, then their titles in the
// alphabetical order of `language`. Items of a section the catalog does not
// know are left out.
QList<DirectionGroup> groupByDirection(const QList<ItemSummary> &items, const QString &language,
                                       const Catalog &catalog = Catalog::instance());

} // namespace qujat
