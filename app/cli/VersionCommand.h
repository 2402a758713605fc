#pragma once

#include "CliCommand.h"

namespace zeroplan {

// zeroplan-cli version PLAN --name NAME [--comment TEXT]: keeps the plan as the project file
// holds it as a named version (docs/history.md, "Versions"), never thinned.
class VersionCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::VersionCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace zeroplan
