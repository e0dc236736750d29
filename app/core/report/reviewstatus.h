#pragma once

#include "store/item.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace qujat {

class Store;

// Fills ReportOptions::reviewStatus from the administration's review kept
// in the teacher's store (app/core/review/): the caption of an accepted
// item says its copy is certified, a returned one carries the comment, an
// item edited after its mark says it waits for the next review.
class ReviewStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStatusText)

public:
    // Reads the marks of `store` once; the function answers from that copy.
    static std::function<QString(const Item &)> forStore(const Store &store);
};

} // namespace qujat
