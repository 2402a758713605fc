#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace zeroplan {

// Where a measure is in its review (docs/review.md): a draft until someone puts it under
// review, then approved (or back to draft).
enum class ReviewState
{
    Draft,
    UnderReview,
    Approved
};

// "draft", "under_review", "approved" (the file's and the CLI's names) and back.
QString reviewStateId(ReviewState state);
std::optional<ReviewState> reviewStateFromId(const QString &id);

// A measure put in a review state by someone at some time. Like remarks, marks are only
// added; a measure's state is that of its latest mark (PlanReview::stateOf).
struct ReviewMark
{
    QString id; // unique (a UUID)
    QString measure;
    ReviewState state = ReviewState::Draft;
    QDateTime at; // UTC, to the millisecond
    QString author;
    QString organisation;

    bool operator==(const ReviewMark &) const = default;
};

} // namespace zeroplan
