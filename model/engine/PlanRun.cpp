#include "PlanRun.h"

#include "EngineState.h"
#include "MonteCarlo.h"
#include "ScenarioEngine.h"
#include "Sensitivity.h"
#include "plan/Plan.h"

namespace zeroplan {

std::optional<ScenarioUncertainty> PlanRun::uncertaintyOf(const EngineInput &input,
                                                          const PlanRunOptions &options)
{
    MonteCarloOptions mc;
    mc.samples = options.samples;
    mc.seed = options.seed;
    mc.progress = options.progress;
    std::optional<UncertaintyResult> bands = MonteCarlo::run(input, mc);
    if (!bands)
        return std::nullopt;
    return ScenarioUncertainty{std::move(*bands), Sensitivity::run(input)};
}

PlanRun PlanRun::run(const Plan &plan, const FactorLibrary &library,
                     const std::vector<const Scenario *> &scenarios, const PlanRunOptions &options)
{
    std::vector<const Scenario *> chosen = scenarios;
    if (chosen.empty()) {
        for (const Scenario &s : plan.scenarios)
            chosen.push_back(&s);
    }
    PlanRun out;
    const EngineInput bau = EngineInput::compile(plan, nullptr, library);
    for (int t = 0; t < bau.years; ++t)
        out.result.years.push_back(bau.baseYear + t);
    out.bau = ScenarioEngine::evaluate(bau);
    out.result.bauGross = out.bau.gross;
    out.result.bauSources = out.bau.sources;
    const double baseYearGross = out.bau.gross.size() > 0 ? out.bau.gross[0] : 0.0;
    ScenarioEngine::assessTargets(out.bau, plan, baseYearGross);
    for (const Scenario *s : chosen) {
        EngineInput input = EngineInput::compile(plan, s, library);
        ScenarioResult r = ScenarioEngine::evaluate(input);
        r.name = s->name;
        ScenarioEngine::assessTargets(r, plan, baseYearGross);
        out.result.scenarios.push_back(std::move(r));
        if (options.samples > 0) {
            std::optional<ScenarioUncertainty> u = uncertaintyOf(input, options);
            if (!u) {
                out.cancelled = true;
                return out;
            }
            out.uncertainty.push_back(std::move(*u));
        }
        out.inputs.push_back(std::move(input));
    }
    return out;
}

} // namespace zeroplan
