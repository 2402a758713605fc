// Monitoring speed on the generated plan: 50 measures × 40 activity lines × 2024–2060,
// adopted, with 10 actual years (2025–2034) and every measure's progress each year; what
// `zeroplan-cli track` and the Monitoring page compute (MonitoringRun: the years against the
// adopted pathway, the tracking of every measure with its realised run, the decomposition and
// the three re-forecasts). Target (issue 15): ≤ 50 ms. Run through tools/benchmarks (Release).
#include "PlanFixtures.h"
#include "RandomPlan.h"
#include "monitoring/Adoption.h"
#include "monitoring/MonitoringRun.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

Plan monitoredPlan()
{
    Plan plan = randomPlan(2024, 40, 50, 2024, 2060);
    plan.monitoring.adoptions = {
        adoptScenario(plan, 0, noLibrary(), QDate(2024, 6, 1), QStringLiteral("v1"))};
    for (int year = 2025; year <= 2034; ++year) {
        ActualInventory actual;
        actual.year = year;
        actual.activities = plan.activities;
        for (ActivityLine &line : actual.activities)
            line.amount *= 1.0 - 0.02 * (year - 2024); // 2 % less each year
        plan.monitoring.actuals.append(actual);
        for (const Measure &m : plan.measures) {
            const AdoptionRule &rule = MeasureCatalogue::spec(m.kind).adoption;
            const double full =
                rule.parameter ? m.parameter(QString::fromLatin1(rule.parameter), 1) : 1.0;
            plan.monitoring.progress.append({m.id,
                                             year,
                                             full * 0.08 * (year - 2024),
                                             ProgressStatus::Implementing,
                                             std::nullopt,
                                             std::nullopt,
                                             {}});
        }
    }
    return plan;
}

} // namespace

class BenchMonitoring : public QObject
{
    Q_OBJECT

    const Plan m_plan = monitoredPlan();

private slots:
    void track()
    {
        QCOMPARE(m_plan.measures.size(), 50);
        QCOMPARE(m_plan.monitoring.actuals.size(), 10);
        QBENCHMARK
        {
            const std::optional<MonitoringRun> run =
                MonitoringRun::of(m_plan, noLibrary(), QDate(2035, 3, 1));
            QVERIFY(run && run->years.size() == 10 && run->reforecast);
        }
    }
};

QTEST_GUILESS_MAIN(BenchMonitoring)
#include "BenchMonitoring.moc"
