#pragma once

#include "CliCommand.h"

namespace zeroplan {

// zeroplan-cli export PLAN --format json|csv [-o FILE]: the plan as JSON, or its activity
// lines as CSV in the columns import reads back; to standard output or a file.
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace zeroplan
