#pragma once

#include "EngineInput.h"
#include "Results.h"

namespace zeroplan {

struct Plan;
struct Scenario;
class FactorLibrary;
class EngineState;

// The engine: a pure function of the plan. BAU from the drivers, then each scenario's
// measures in the fixed order of their stages, wedges by sequential attribution, sinks and
// credits on their own ledger, costs, targets.
class ScenarioEngine
{
public:
    explicit ScenarioEngine(const FactorLibrary &library);

    PlanResult run(const Plan &plan) const;
    ScenarioResult runScenario(const Plan &plan, const Scenario &scenario) const;
    EngineInput compile(const Plan &plan, const Scenario *scenario) const;

    // The detailed run of a compiled scenario at the parameters' likely values.
    static ScenarioResult evaluate(const EngineInput &input);
    // Net emissions (T x B) for B parameter sets side by side (one column of `parameters`
    // each); the core of Monte Carlo and sensitivity.
    static YearBySample netEmissions(const EngineInput &input, const Eigen::ArrayXXd &parameters);
    // The same in a plain state that is reused from one block of samples to the next.
    static YearBySample netEmissions(EngineState &state, const Eigen::ArrayXXd &parameters);
    // Applies measures [first, end) to the state as it is, and adds their sinks and credits
    // to `offsets` (T x B): the net is then state.gross() − offsets.
    static void applyMeasures(EngineState &state, const Eigen::ArrayXXd &parameters, int first,
                              int end, YearBySample &offsets);
    // Fills result.targets against the plan's targets, and clears the neutrality years of a
    // plan without a baseline (base-year gross ≤ 0).
    static void assessTargets(ScenarioResult &result, const Plan &plan, double baseYearGross);

private:
    const FactorLibrary &m_library;
};

} // namespace zeroplan
