#pragma once

#include "CliCommand.h"
#include "OutputFormat.h"
#include "SampleOptions.h"
#include "storage/ResultJson.h"

#include <vector>

namespace zeroplan {

struct Plan;
struct Scenario;
class PlanFile;
struct PlanRun;

// zeroplan-cli simulate PLAN [--scenario NAME] [--format json|csv|table] [--samples N
// [--seed S]]: runs the plan's scenarios (or one) and prints the results; with --samples,
// Monte Carlo bands and one-at-a-time sensitivity as well.
class SimulateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::SimulateCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    static void addOptions(QCommandLineParser &parser);
    std::optional<int> readOptions(const QCommandLineParser &parser);
    int simulate(const Plan &plan, const PlanFile &file) const;
    std::vector<const Scenario *> chosenScenarios(const Plan &plan) const;
    // Nothing if memory ran out; then it has said what for (scenario, measures × years,
    // samples).
    std::optional<std::vector<ScenarioUncertainty>> runUncertainty(const PlanRun &run,
                                                                   const PlanFile &file) const;
    QByteArray render(const Plan &plan, const PlanResult &result,
                      const std::vector<ScenarioUncertainty> &uncertainty) const;

    QString m_scenario;
    bool m_oneScenario = false;
    OutputFormat m_format = OutputFormat::Table;
    SampleOptions m_sampling;
};

} // namespace zeroplan
