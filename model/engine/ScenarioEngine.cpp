#include "ScenarioEngine.h"

#include "CostModel.h"
#include "EngineState.h"
#include "MeasureEffects.h"
#include "PlanRun.h"
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
    if (effect.credited.size()) {
        r.accountsCredited = effect.credited;
        r.accountsAdditional = r.wedge;
        r.pointsBudget = effect.pointsBudget;
    }
    costs.summarise(r);
    return r;
}

constexpr double kNetZeroTolerance = 1e-9;

// "First reached": the first year with net ≤ 0.
std::optional<int> firstNetZeroYear(const YearSeries &net, int baseYear)
{
    for (Eigen::Index t = 0; t < net.size(); ++t) {
        if (net[t] <= kNetZeroTolerance)
            return baseYear + int(t);
    }
    return std::nullopt;
}

// "Held from": the first year from which net stays ≤ 0 to the horizon end.
std::optional<int> heldNetZeroYear(const YearSeries &net, int baseYear)
{
    std::optional<int> from;
    for (Eigen::Index t = net.size() - 1; t >= 0 && net[t] <= kNetZeroTolerance; --t)
        from = baseYear + int(t);
    return from;
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
        const MeasureResult &m = r.measures.back();
        r.presentCost += m.presentCost;
        if (m.isCredit()) {
            r.presentCreditCost += m.presentCost;
            r.presentCredits += m.presentCredits;
            r.creditedTotal += m.creditedTotal;
        } else {
            r.presentAbatementCost += m.presentCost;
            r.presentAbatement += m.presentAbatement;
        }
    }
    r.gross = state.gross().col(0);
    r.net = r.gross - r.sinks - r.credits;
    r.residual = r.net.max(0.0);
    r.cumulativeNet = r.net;
    for (Eigen::Index t = 1; t < r.net.size(); ++t) // a running sum is a true recurrence
        r.cumulativeNet[t] += r.cumulativeNet[t - 1];
    r.sources = sourceResults(in, state);
    if (r.presentAbatement > 1e-9)
        r.costPerTonne = r.presentAbatementCost / r.presentAbatement;
    if (r.presentCredits > 1e-9)
        r.costPerCredit = r.presentCreditCost / r.presentCredits;
    r.firstYear = in.baseYear;
    r.neutralityYear = firstNetZeroYear(r.net, in.baseYear);
    r.neutralFrom = heldNetZeroYear(r.net, in.baseYear);
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
    applyMeasures(state, parameters, 0, int(in.measures.size()), offsets);
    return state.gross() - offsets;
}

void ScenarioEngine::applyMeasures(EngineState &state, const Eigen::ArrayXXd &parameters, int first,
                                   int end, YearBySample &offsets)
{
    for (int i = first; i < end; ++i) {
        const MeasureEffect effect = applyMeasure(i, parameters, state);
        if (effect.sink.size())
            offsets += effect.sink;
        if (effect.credit.size())
            offsets += effect.credit;
    }
}

void ScenarioEngine::assessTargets(ScenarioResult &r, const Plan &plan, double baseYearGross)
{
    const Community &c = plan.community;
    const auto at = [&](const YearSeries &s, int year) {
        return s[std::clamp(year - c.baseYear, 0, int(s.size()) - 1)];
    };
    r.targets.clear();
    // A plan that emits nothing in the base year has no baseline yet: net 0 is not neutrality.
    r.baselineEmpty = !(baseYearGross > 0);
    if (r.baselineEmpty) {
        r.neutralityYear.reset();
        r.neutralFrom.reset();
    }
    if (c.targets.neutralityYear) {
        const int y = *c.targets.neutralityYear;
        const double actual = at(r.net, y);
        // Met only if neutrality holds from the target year on: a dip below zero that does
        // not last is not neutrality by that year.
        const bool met = r.neutralFrom && *r.neutralFrom <= y;
        r.targets.append({TargetOutcome::Kind::Neutrality, y, 0.0, actual, met});
    }
    for (const InterimTarget &it : c.targets.interim) {
        const double limit = (1.0 - it.cut) * baseYearGross;
        const double actual = at(r.gross, it.year);
        TargetOutcome t{TargetOutcome::Kind::Interim, it.year, limit, actual,
                        !r.baselineEmpty && actual <= limit + 1e-9};
        t.cut = it.cut;
        t.reached = r.baselineEmpty ? 0.0 : (baseYearGross - actual) / baseYearGross;
        r.targets.append(t);
    }
    if (c.targets.carbonBudget) {
        const double actual = r.cumulativeNet[r.cumulativeNet.size() - 1];
        r.targets.append({TargetOutcome::Kind::CarbonBudget, c.horizonEnd, *c.targets.carbonBudget,
                          actual, actual <= *c.targets.carbonBudget + 1e-9});
    }
}

ScenarioResult ScenarioEngine::runScenario(const Plan &plan, const Scenario &scenario) const
{
    return std::move(PlanRun::run(plan, m_library, {&scenario}).result.scenarios.front());
}

PlanResult ScenarioEngine::run(const Plan &plan) const
{
    return PlanRun::run(plan, m_library).result;
}

} // namespace zeroplan
