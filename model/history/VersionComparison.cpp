#include "VersionComparison.h"

#include "PlanDiff.h"
#include "engine/PlanRun.h"
#include "plan/Plan.h"

namespace zeroplan {

namespace {

struct Run
{
    double baseline = 0;
    QList<std::pair<QString, ScenarioOutcome>> scenarios;
};

Run runOf(const Plan &plan, const FactorLibrary &library)
{
    const PlanRun run = PlanRun::run(plan, library);
    Run result;
    if (run.result.bauGross.size() > 0)
        result.baseline = run.result.bauGross[0];
    for (const ScenarioResult &s : run.result.scenarios) {
        ScenarioOutcome o;
        o.neutralFrom = s.neutralFrom;
        o.lastYear = plan.community.horizonEnd;
        o.netInLastYear = s.net.size() > 0 ? s.net[s.net.size() - 1] : 0;
        o.cumulativeNet =
            s.cumulativeNet.size() > 0 ? s.cumulativeNet[s.cumulativeNet.size() - 1] : 0;
        o.presentCost = s.presentCost;
        o.currency = plan.community.currency;
        result.scenarios.append({s.name, o});
    }
    return result;
}

} // namespace

VersionComparison VersionComparison::between(const Plan &from, const Plan &to,
                                             const FactorLibrary &library)
{
    VersionComparison comparison;
    comparison.inputs = PlanDiff::between(from, to);
    const Run before = runOf(from, library);
    const Run after = runOf(to, library);
    comparison.baselineFrom = before.baseline;
    comparison.baselineTo = after.baseline;
    const auto find = [](const Run &run, const QString &name) -> std::optional<ScenarioOutcome> {
        for (const auto &[scenario, outcome] : run.scenarios) {
            if (scenario == name)
                return outcome;
        }
        return std::nullopt;
    };
    for (const auto &[name, outcome] : before.scenarios)
        comparison.outcomes.append({name, outcome, find(after, name)});
    for (const auto &[name, outcome] : after.scenarios) {
        if (!find(before, name))
            comparison.outcomes.append({name, std::nullopt, outcome});
    }
    return comparison;
}

} // namespace zeroplan
