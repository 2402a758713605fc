#pragma once

#include "CommentThread.h"
#include "Remark.h"
#include "ReviewMark.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace zeroplan {

// A copy of a plan made for someone to review (File → Export Review Copy…): which file it was
// made from, when and by whom.
struct ReviewCopy
{
    QString source; // the project file's name, "xinqiao.zeroplan"
    QDateTime at;   // UTC
    QString author;
    QString organisation;
    bool operator==(const ReviewCopy &) const = default;
};

// Comments and review of a plan (docs/review.md): the remarks of its comment threads and
// the review marks of its measures, each only ever added. Two copies' reviews merge as the
// union of their remarks and marks, so merging an adviser's comments can never conflict with
// the owner's: a thread's state and a measure's state follow the latest remark or mark.
struct PlanReview
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PlanReview)

public:
    QList<Remark> remarks;            // oldest first (by time, then id)
    QList<ReviewMark> marks;          // oldest first (by time, then id)
    std::optional<ReviewCopy> copyOf; // set in a review copy

    bool operator==(const PlanReview &) const = default;
    bool isEmpty() const { return remarks.isEmpty() && marks.isEmpty() && !copyOf; }

    // Every thread, oldest first; those on `target`; the one started by `id`.
    QList<CommentThread> threads() const;
    QList<CommentThread> threadsOn(const ReviewTarget &target) const;
    std::optional<CommentThread> thread(const QString &id) const;
    // How many threads on `target` (on anything) are open.
    int openThreadsOn(const ReviewTarget &target) const;
    int openThreads() const;
    // The open threads of every object that has any, by ReviewTarget::object(): the badges of a
    // whole page at the cost of one threads().
    QHash<QString, int> openThreadsByObject() const;

    // A measure's review state: its latest mark's, Draft when it has none.
    ReviewState stateOf(const QString &measure) const;
    std::optional<ReviewMark> latestMarkOf(const QString &measure) const;

    // The union of this review and `other`: every remark and mark of either, once (by id),
    // in order. *added: how many of `other`'s this one lacked. The review copy mark stays
    // this one's.
    PlanReview merged(const PlanReview &other, int *added = nullptr) const;
    // Puts remarks and marks in their order (after adding some).
    void sort();

    // The first thing that makes the remarks and marks no review: an id empty or used twice,
    // a remark whose thread starts nowhere or is on another object, a comment without words,
    // a time that is no time.
    struct Problem
    {
        QString list; // "comments" or "review_states"
        qsizetype index = 0;
        QString field;   // "id", "thread", "text", "at"
        QString message; // in the user's language
    };
    std::optional<Problem> problem() const;

    // A new unique id for a remark or a mark.
    static QString newId();
};

} // namespace zeroplan
