// Who pays and what households see (docs/residents.md), on the generated plan: 50
// measures × 40 activity lines × 2024–2060, every measure split between three parties with a
// fixed amount of its investment in two years, five funding sources. What the Residents page
// and `simulate --format json` compute per scenario: ResidentsRun::of (a payer table per
// measure and the total, a household card per measure and the scenario's, the funding plan).
// Run through tools/benchmarks (Release); not gated in CI.
#include "PlanFixtures.h"
#include "RandomPlan.h"
#include "engine/ScenarioEngine.h"
#include "residents/ResidentsRun.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

Plan paidPlan(int measures)
{
    Plan plan = randomPlan(2024, 40, measures, 2024, 2060);
    for (const Measure &m : plan.measures) {
        PayerSplit split;
        split.measure = m.id;
        split.capex = {
            {Party::Residents, 0.3}, {Party::PropertyCompany, 0.2}, {Party::Government, 0.5}};
        split.opex = {{Party::PropertyCompany, 1.0}};
        split.savings = {{Party::Residents, 0.8}, {Party::PublicFacilities, 0.2}};
        split.capexAmounts = {{Party::Sponsors, {{2026, 10000}, {2030, 5000}}}};
        split.householdShare = 0.5;
        plan.residents.splits.append(split);
    }
    plan.residents.medianIncome = {{2024, 120000}, {2030, 150000}};
    plan.residents.affordabilityShare = 0.1;
    for (int i = 0; i < 5; ++i) {
        FundingSource source;
        source.name = QStringLiteral("Source %1").arg(i);
        source.kind = FundingKind(i);
        for (int year = 2024; year <= 2035; ++year)
            source.amounts.append({year, 20000.0 * (i + 1)});
        plan.residents.funding.append(source);
    }
    return plan;
}

} // namespace

class BenchResidents : public QObject
{
    Q_OBJECT

    const Plan m_plan = paidPlan(50);
    const Plan m_large = paidPlan(1000);

    void run(const Plan &plan, int measures)
    {
        const ScenarioEngine engine(noLibrary());
        const ScenarioResult result = engine.runScenario(plan, plan.scenarios.front());
        QCOMPARE(int(result.measures.size()), measures);
        QBENCHMARK
        {
            const ResidentsRun r = ResidentsRun::of(plan, result);
            QVERIFY(r.measures.size() == size_t(measures) && !r.total.parties.empty());
        }
    }

private slots:
    void fiftyMeasures() { run(m_plan, 50); }
    void thousandMeasures() { run(m_large, 1000); }
};

QTEST_GUILESS_MAIN(BenchResidents)
#include "BenchResidents.moc"
