#pragma once

#include "store/item.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace qujat {

class Store;

// The review line of ReportOptions::reviewStatus, from the administration's
// marks kept in the teacher's store (app/core/review/). An accepted item's
// caption states that its copy is certified, a returned one's carries the
// comment, and an item edited after its mark waits for the next review.
class ReviewStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStatusText)

public:
    // Reads the marks of `store` once and returns a function that looks items
    // up in that copy, or an empty function when the store has no marks.
    static std::function<QString(const Item &)> forStore(const Store &store);
};

} // namespace qujat
