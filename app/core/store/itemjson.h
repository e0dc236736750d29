#pragma once

#include "store/item.h"

#include <QJsonObject>

namespace qujat {

class Store;

// The JSON form of an item as `qujat-cli show --json` prints it: fields,
// decoded codes and each page's stored file path and size.
QJsonObject itemToJson(const Item &item, const Store &store);

} // namespace qujat
