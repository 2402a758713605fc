#include "ScenarioEngine.h"

#include "CostModel.h"
#include "EngineState.h"
#include "MeasureEffects.h"
#include "plan/Plan.h"

namespace zeroplan {
namespace {

std::vector<SourceResult> sourceResults(const EngineInput &in, const EngineState &state)
{
    std::vector<SourceResult> out;
    out.reserve(in.columns.size());
    for (int c = 0; c < int(in.columns.size()); ++c) {
        const EngineColumn &col = in.columns[size_t(c)];
        out.push_back({col.id, col.label, col.sector, col.carrier, state.emissions(c)});
    }
    return out;
}

YearSeries firstSample(const YearBySample &values, int years)
{
    return values.size() ? YearSeries(values.col(0)) : YearSeries(YearSeries::Zero(years));
}

MeasureResult measureResult(const EngineMeasure &m, const EngineState &state,
                            const MeasureEffect &effect, const CostModel &costs,
                            const Eigen::ArrayXd &likely)
{
    MeasureResult r;
    r.measureId = m.id;
    r.name = m.name;
    r.kind = m.kind();
    r.stage = m.stage();
    r.ownerGroup = m.ownerGroup;
    r.wedge = state.wedge().col(0);
    const int years = int(state.wedge().rows());
    r.sink = firstSample(effect.sink, years);
    r.credit = firstSample(effect.credit, years);
    r.capex = costs.capex(m, likely);
    r.opex = costs.opex(m, likely);
    if (effect.extraOpex.size())
        r.opex += effect.extraOpex;
    r.savings = state.savings();
    costs.summarise(r);
    return r;
}

std::optional<int> firstNetZeroYear(const YearSeries &net, int baseYear)
{
    constexpr double tolerance = 1e-9;
    for (Eigen::Index t = 0; t < net.size(); ++t) {
        if (net[t] <= tolerance)
            return baseYear + int(t);
    }
    return std::nullopt;
}

} // namespace

ScenarioEngine::ScenarioEngine(const FactorLibrary &library) : m_library(library) {}

EngineInput ScenarioEngine::compile(const Plan &plan, const Scenario *scenario) const
{
    return EngineInput::compile(plan, scenario, m_library);
}

ScenarioResult ScenarioEngine::evaluate(const EngineInput &in)
{
    const Eigen::ArrayXd likely = in.likelyParameters();
    const Eigen::ArrayXXd parameters = likely;
    EngineState state(in, 1, true);
    const CostModel costs(in);
    ScenarioResult r;
    r.sinks = YearSeries::Zero(in.years);
    r.credits = YearSeries::Zero(in.years);
    r.measures.reserve(in.measures.size());
    for (int i = 0; i < int(in.measures.size()); ++i) {
        const MeasureEffect effect = applyMeasure(i, parameters, state);
        r.measures.push_back(measureResult(in.measures[size_t(i)], state, effect, costs, likely));
        r.sinks += r.measures.back().sink;
        r.credits += r.measures.back().credit;
        r.presentCost += r.measures.back().presentCost;
        r.presentAbatement += r.measures.back().presentAbatement;
    }
    r.gross = state.gross().col(0);
    r.net = r.gross - r.sinks - r.credits;
    r.residual = r.net.max(0.0);
    r.cumulativeNet = r.net;
    for (Eigen::Index t = 1; t < r.net.size(); ++t) // a running sum is a true recurrence
        r.cumulativeNet[t] += r.cumulativeNet[t - 1];
    r.sources = sourceResults(in, state);
    if (r.presentAbatement > 1e-9)
        r.costPerTonne = r.presentCost / r.presentAbatement;
    r.neutralityYear = firstNetZeroYear(r.net, in.baseYear);
    return r;
}

YearBySample ScenarioEngine::netEmissions(const EngineInput &in, const Eigen::ArrayXXd &parameters)
{
    EngineState state(in, int(parameters.cols()), false);
    return netEmissions(state, parameters);
}

YearBySample ScenarioEngine::netEmissions(EngineState &state, const Eigen::ArrayXXd &parameters)
{
    const EngineInput &in = state.input();
    const int samples = int(parameters.cols());
    state.reset(samples);
    YearBySample offsets = YearBySample::Zero(in.years, samples);
    for (int i = 0; i < int(in.measures.size()); ++i) {
        const MeasureEffect effect = applyMeasure(i, parameters, state);
        if (effect.sink.size())
            offsets += effect.sink;
        if (effect.credit.size())
            offsets += effect.credit;
    }
    return state.gross() - offsets;
}

void ScenarioEngine::assessTargets(ScenarioResult &r, const Plan &plan, double baseYearGross)
{
    const Community &c = plan.community;
    const auto at = [&](const YearSeries &s, int year) {
        return s[std::clamp(year - c.baseYear, 0, int(s.size()) - 1)];
    };
    r.targets.clear();
    if (c.targets.neutralityYear) {
        const int y = *c.targets.neutralityYear;
        const double actual = at(r.net, y);
        r.targets.append({TargetOutcome::Kind::Neutrality, y, 0.0, actual, actual <= 1e-9});
    }
    for (const InterimTarget &it : c.targets.interim) {
        const double limit = (1.0 - it.cut) * baseYearGross;
        const double actual = at(r.gross, it.year);
        r.targets.append(
            {TargetOutcome::Kind::Interim, it.year, limit, actual, actual <= limit + 1e-9});
    }
    if (c.targets.carbonBudget) {
        const double actual = r.cumulativeNet[r.cumulativeNet.size() - 1];
        r.targets.append({TargetOutcome::Kind::CarbonBudget, c.horizonEnd, *c.targets.carbonBudget,
                          actual, actual <= *c.targets.carbonBudget + 1e-9});
    }
}

ScenarioResult ScenarioEngine::runScenario(const Plan &plan, const Scenario &scenario) const
{
    const EngineInput bau = compile(plan, nullptr);
    ScenarioResult r = evaluate(compile(plan, &scenario));
    r.name = scenario.name;
    EngineState bauState(bau, 1, false);
    assessTargets(r, plan, bau.years > 0 ? bauState.gross()(0, 0) : 0.0);
    return r;
}

PlanResult ScenarioEngine::run(const Plan &plan) const
{
    PlanResult out;
    const EngineInput bau = compile(plan, nullptr);
    for (int t = 0; t < bau.years; ++t)
        out.years.push_back(bau.baseYear + t);
    const ScenarioResult bauResult = evaluate(bau);
    out.bauGross = bauResult.gross;
    out.bauSources = bauResult.sources;
    for (const Scenario &s : plan.scenarios) {
        ScenarioResult r = evaluate(compile(plan, &s));
        r.name = s.name;
        assessTargets(r, plan, out.bauGross.size() > 0 ? out.bauGross[0] : 0.0);
        out.scenarios.push_back(std::move(r));
    }
    return out;
}

} // namespace zeroplan
