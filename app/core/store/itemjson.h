#pragma once

#include "store/item.h"

#include <QJsonObject>

namespace qujat {

class Store;

// The JSON form of an item as `qujat-cli show --json` prints it: fields,
// decoded codes and each page's stored file path and size.
QJsonObject itemToJson(const Item &item, const Store &store);

// The profile's text and number fields, with the attestation date as
// YYYY-MM-DD or empty. The portrait photo is left to the caller.
QJsonObject profileFieldsToJson(const Profile &profile);

} // namespace qujat
