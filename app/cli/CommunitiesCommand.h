#pragma once

#include "CliCommand.h"

namespace zeroplan {

// zeroplan-cli communities --server CONNECTION [--format json|table]: the communities of the
// shared store the signed-in person may see, with their plan's revision and the person's
// role (docs/server.md).
class CommunitiesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::CommunitiesCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace zeroplan
