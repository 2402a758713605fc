#pragma once

#include "CliCommand.h"

namespace zeroplan {

struct Plan;
struct PlanReview;

// zeroplan-cli comments PLAN [--format json|table]: a project file's comment threads and its
// measures' review states (docs/review.md). The JSON is a comments file, as File → Export
// Comments… writes it.
class CommentsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::CommentsCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

    static QString table(const Plan &plan, const PlanReview &review);
};

} // namespace zeroplan
