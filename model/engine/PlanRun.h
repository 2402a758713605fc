#pragma once

#include "EngineInput.h"
#include "Results.h"

#include <functional>
#include <vector>

namespace zeroplan {

struct Plan;
struct Scenario;
class FactorLibrary;

// The uncertainty of one scenario: Monte Carlo percentile bands of net emissions and the
// one-at-a-time sensitivity of the target year's net emissions (tornado).
struct ScenarioUncertainty
{
    UncertaintyResult monteCarlo;
    SensitivityResult sensitivity;
};

// What a run of a plan asks for besides the deterministic results.
struct PlanRunOptions
{
    int samples = 0; // Monte Carlo samples per scenario; 0: no uncertainty analysis
    quint64 seed = 0;
    // Told the share done of each scenario's Monte Carlo; returning false cancels the run.
    std::function<bool(double)> progress;
};

// One run of a plan: "this plan, these scenarios, with or without uncertainty". BAU and each
// scenario are compiled once; the compiled scenario serves both the detailed run and the
// uncertainty analysis. The CLI (simulate, export, report) and the app run plans through it.
struct PlanRun
{
    PlanResult result;
    // Business as usual run as a scenario with no measure, its targets assessed as a
    // scenario's are (the first column of a comparison of scenarios).
    ScenarioResult bau;
    std::vector<EngineInput> inputs;              // one per scenario of `result`, in its order
    std::vector<ScenarioUncertainty> uncertainty; // one per scenario when samples > 0, else none
    bool cancelled = false;

    // `scenarios` empty runs every scenario of the plan, in the plan's order.
    static PlanRun run(const Plan &plan, const FactorLibrary &library,
                       const std::vector<const Scenario *> &scenarios = {},
                       const PlanRunOptions &options = {});
    // The uncertainty analysis of one compiled scenario: Monte Carlo, then sensitivity.
    // Returns nothing when `options.progress` cancelled it.
    static std::optional<ScenarioUncertainty> uncertaintyOf(const EngineInput &input,
                                                            const PlanRunOptions &options);
};

} // namespace zeroplan
