#include "Adoption.h"

#include "engine/PlanRun.h"
#include "plan/Plan.h"

namespace zeroplan {
namespace {

QList<double> listOf(const YearSeries &series)
{
    return QList<double>(series.begin(), series.end());
}

} // namespace

AdoptedPlan adoptScenario(const Plan &plan, int scenario, const FactorLibrary &library,
                          const QDate &date, const QString &label)
{
    auto frozen = std::make_shared<Plan>(plan);
    frozen->monitoring = Monitoring{};
    frozen->scenarios = {plan.scenarios.at(scenario)};
    frozen->currentScenario = frozen->scenarios.front().name;

    const PlanRun run = PlanRun::run(*frozen, library);
    const ScenarioResult &result = run.result.scenarios.front();
    AdoptedPlan adopted;
    adopted.label = label;
    adopted.date = date;
    adopted.years = QList<int>(run.result.years.begin(), run.result.years.end());
    adopted.gross = listOf(result.gross);
    adopted.net = listOf(result.net);
    for (const MeasureResult &m : result.measures)
        adopted.wedges.append({m.measureId, listOf(m.abatement())});
    adopted.plan = std::move(frozen);
    return adopted;
}

} // namespace zeroplan
