#pragma once

#include "CliCommand.h"

namespace zeroplan {

// zeroplan-cli new OUT --name NAME --grid-region R [--region TEXT] [--base-year Y]
// [--lang zh_CN|en]: writes the plan File → New starts from (StartingPlan: the grid region's
// electricity factor, currency and sourced prices), so a script starts a plan as the app does.
// Never writes over an existing file.
class NewCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::NewCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace zeroplan
