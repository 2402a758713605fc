#pragma once

#include "CliCommand.h"

namespace zeroplan {

// zeroplan-cli adopt PLAN [--scenario NAME] [--label TEXT] [--date YYYY-MM-DD]: "adopt this
// scenario" — freezes a copy of the plan with that scenario and the pathway and wedges it
// promises, so that monitoring (track) compares against it (docs/monitoring.md). Adopting again
// adds a new version; earlier ones stay.
class AdoptCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::AdoptCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace zeroplan
