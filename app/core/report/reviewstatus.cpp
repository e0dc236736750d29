#include "report/reviewstatus.h"

#include "review/review.h"
#include "store/store.h"

#include <QHash>

namespace qujat {

std::function<QString(const Item &)> ReviewStatusText::forStore(const Store &store)
{
    const QHash<QUuid, review::ItemReview> marks = review::ReviewStore::itemReviews(store);
    if (marks.isEmpty())
        return {};
    return [marks](const Item &item) -> QString {
        const auto mark = marks.constFind(item.uuid);
        if (mark == marks.constEnd())
            return {};
        switch (review::effectiveStatus(*mark, item.revision)) {
        case review::EffectiveStatus::Accepted:
            //: The review line of a document page in the PDF: the administration accepted the item.
            return tr("Accepted: copy certified by the administration");
        case review::EffectiveStatus::Returned:
            if (mark->comment.trimmed().isEmpty())
                return tr("Returned for correction");
            //: %1 is the administration's comment.
            return tr("Returned for correction: %1").arg(mark->comment.trimmed());
        case review::EffectiveStatus::Changed:
            return tr("Changed after the review; waits for the next one");
        case review::EffectiveStatus::None:
            break;
        }
        return {};
    };
}

} // namespace qujat
