#pragma once

#include "PlanReview.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace zeroplan {

struct Plan;

// Comments and review in words, the same in the app's Comments tab, the Measures and
// Baseline pages and zeroplan-cli comments (docs/review.md).
class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ReviewText)

public:
    static QString stateName(ReviewState state); // "Draft", "Under review", "Approved"
    // The object as the user knows it: "Measure “Rooftop solar”", "Baseline line res-elec",
    // "The plan"; "… (no longer in the plan)" when it was removed since.
    static QString targetName(const Plan &plan, const ReviewTarget &target);
    // Every object of `plan` a comment can be on, the plan first, then its baseline lines,
    // factors, measures and scenarios, in the plan's order.
    static QList<ReviewTarget> targets(const Plan &plan);
    // "2 open comments" for a badge; empty for none.
    static QString openBadge(int open);
    // "open", "resolved".
    static QString threadState(const CommentThread &thread);
    // A remark as one line: "2026-12-07 14:05 李伟 (NGO): text", or "… resolved the thread".
    static QString remarkLine(const Remark &remark);
    // Every thread as the rows of a table (zeroplan-cli comments): object, thread state,
    // when, who, remark; one row per remark.
    static QList<QStringList> tableRows(const Plan &plan, const PlanReview &review);
    static QStringList tableHeader();
};

} // namespace zeroplan
