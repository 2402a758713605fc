#pragma once

#include "CliCommand.h"
#include "history/ChangeEntry.h"

namespace zeroplan {

// zeroplan-cli history PLAN [--format json|table]: the plan's change log (docs/history.md),
// oldest first: when, who, what kind of change, the step, and every value it changed.
class HistoryCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::HistoryCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

    // The log as a table, one row per value changed (the app's History panel says the same).
    static QString table(const ChangeLog &log);
};

} // namespace zeroplan
