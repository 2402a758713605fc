#pragma once

#include "CliCommand.h"
#include "history/VersionComparison.h"

namespace zeroplan {

// zeroplan-cli diff PLAN --from V1 --to V2 [--format json|table]: two versions of a plan
// compared (docs/history.md, "Compare"): the inputs field by field, then the results of every
// scenario side by side. A version is named by number, by name, or as "current".
class DiffCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DiffCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

    static QString table(const VersionComparison &comparison);
};

} // namespace zeroplan
