#include "ReviewMark.h"

#include "EnumId.h"

namespace zeroplan {

QString reviewStateId(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return QStringLiteral("draft");
    case ReviewState::UnderReview:
        return QStringLiteral("under_review");
    case ReviewState::Approved:
        return QStringLiteral("approved");
    }
    return {};
}

std::optional<ReviewState> reviewStateFromId(const QString &id)
{
    using S = ReviewState;
    return enumFromId(id, {S::Draft, S::UnderReview, S::Approved}, &reviewStateId);
}

} // namespace zeroplan
