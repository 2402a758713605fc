#pragma once

#include "CliCommand.h"
#include "OutputFormat.h"
#include "optimise/OptimiseRequest.h"

namespace zeroplan {

// zeroplan-cli optimise PLAN --target-year Y [--target net-zero|cut:P] [--budget AMOUNT]
// [--levels 0,25,50,75,100] [--measures ID,…] [--alternatives N] [--interim]
// [--carbon-budget [T]] [--budget-per-year AMOUNT] [--budget-payer PAYER=AMOUNT]…
// [--robust N [--seed S]] [--save-as NAME] [--format json|table]: the least-cost choice of
// measure levels that meets the target (docs/optimiser.md, docs/cli.md "optimise"); --robust
// says how often each measure is chosen over Monte Carlo draws; --save-as adds the choice to
// the plan as a scenario.
class OptimiseCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::OptimiseCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    // Reads the options into m_request; a usage error's exit status when one is wrong.
    std::optional<int> readRequest(const QCommandLineParser &parser, const struct Plan &plan);

    OptimiseRequest m_request;
    OutputFormat m_format = OutputFormat::Table;
    int m_draws = 0; // --robust N: 0 = none
    quint64 m_seed = 1;
};

} // namespace zeroplan
