#pragma once

#include "CliCommand.h"

namespace zeroplan {

// zeroplan-cli merge-comments PLAN --comments FILE [--any-plan]: adds to a project file the
// comments and review states of a comments file (an adviser's, from File → Export Comments…)
// that it lacks (docs/review.md). Comments only add, so nothing conflicts; a file written on
// another community's plan is refused unless --any-plan is given, a damaged one changes
// nothing.
class MergeCommentsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::MergeCommentsCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace zeroplan
