#include "ResidentsRun.h"

#include "engine/Results.h"
#include "plan/Plan.h"

namespace zeroplan {
namespace {

// The scenario's level of measure `id` (1 when the scenario is not in the plan).
double levelOf(const Plan &plan, const QString &scenario, const QString &id)
{
    if (const Scenario *s = plan.findScenario(scenario)) {
        for (const ScenarioMeasure &m : s->measures) {
            if (m.measure == id)
                return m.level;
        }
    }
    return 1.0;
}

} // namespace

ResidentsRun ResidentsRun::of(const Plan &plan, const ScenarioResult &result)
{
    ResidentsRun run;
    const int firstYear = result.firstYear;
    const Eigen::Index years = result.gross.size();
    const double rate = plan.community.discountRate;
    const Residents &residents = plan.residents;
    for (const MeasureResult &m : result.measures) {
        run.measures.push_back(PayerTable::of(m, residents.split(m.measureId), firstYear, rate));
        if (const Measure *measure = plan.findMeasure(m.measureId)) {
            run.cards.push_back(HouseholdCard::ofMeasure(
                run.measures.back(), *measure, levelOf(plan, result.name, m.measureId),
                plan.community.households, residents, firstYear));
        } else {
            HouseholdCard none;
            none.measureId = m.measureId;
            none.billChange = none.outlay = none.cost = YearSeries::Zero(years);
            run.cards.push_back(none);
        }
    }
    run.total = PayerTable::total(run.measures, years, firstYear, rate);
    run.household = HouseholdCard::ofScenario(run.cards, residents, firstYear, years);
    run.funding = FundingPlan::of(run.total, residents, firstYear, years);
    return run;
}

} // namespace zeroplan
