#pragma once

#include "CliCommand.h"

namespace zeroplan {

// zeroplan-cli convert IN OUT: a JSON plan to a .zeroplan project file or back, as OUT's
// extension says; nothing is lost either way.
class ConvertCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ConvertCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace zeroplan
