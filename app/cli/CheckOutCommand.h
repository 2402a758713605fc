#pragma once

#include "CliCommand.h"

namespace zeroplan {

// zeroplan-cli checkout OUT.zeroplan --server CONNECTION --community COMMUNITY: takes a
// community's plan out of the shared store into a new project file, with the server's
// comments and where it came from (docs/server.md, "Check-out and check-in"). An existing file
// is never replaced.
class CheckOutCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::CheckOutCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace zeroplan
