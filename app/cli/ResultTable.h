#pragma once

#include "storage/ResultJson.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace zeroplan {

struct Plan;

// simulate --format table: a readable summary per scenario for a terminal. Years as rows
// (BAU, gross, sinks, credits, net; with uncertainty the P5/P50/P95 band of net), then per
// measure that abates what it abated, its NPV and its cost per tonne, then the credits
// bought apart (never abatement), then the year neutrality holds from (and the year it was
// first reached when that is earlier) and the plan's targets. Numbers follow the locale.
class ResultTable
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ResultTable)

public:
    // `uncertainty` is empty, or holds one entry per scenario of `result`, in its order.
    static QString format(const Plan &plan, const PlanResult &result,
                          const std::vector<ScenarioUncertainty> &uncertainty);
    // A figure of a table: in the locale with `decimals` decimals, "—" when not finite.
    static QString number(double value, int decimals = 1);

private:
    static QString heading(const Plan &plan);
    static QString bauTable(const PlanResult &result);
    static QString yearTable(const PlanResult &result, const ScenarioResult &scenario,
                             const ScenarioUncertainty *uncertainty);
    static QString measureTable(const Plan &plan, const ScenarioResult &scenario);
    static QString outcomeLines(const Plan &plan, const ScenarioResult &scenario);
    static QString neutralityLine(const Plan &plan, const ScenarioResult &scenario);
    static double abated(const ScenarioResult &scenario); // Σ tonnes abated, credits excluded
    static QString targetLine(const TargetOutcome &target);
    static QString uncertaintyLines(const ScenarioUncertainty &uncertainty);
};

} // namespace zeroplan
