#pragma once

#include "CliCommand.h"
#include "history/PlanVersion.h"

namespace zeroplan {

// zeroplan-cli versions PLAN [--format json|table]: the versions a project file keeps
// (docs/history.md, "Versions"), oldest first.
class VersionsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::VersionsCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

    static QString table(const PlanVersions &versions);
};

} // namespace zeroplan
