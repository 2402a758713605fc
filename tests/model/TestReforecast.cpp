// Re-forecasting from the latest actual inventory (docs/monitoring.md): BAU re-anchored on the
// actual emissions plus what the measures realised, then the measures behind plan carried
// forward three ways (catch up, slip, scale), each worked out by hand below.
#include "MonitoringFixtures.h"
#include "PlanFixtures.h"
#include "monitoring/Adoption.h"
#include "monitoring/InventoryEmissions.h"
#include "monitoring/Reforecast.h"

#include <QTest>

#include <cmath>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// The hand-worked plan and 2025 of MonitoringFixtures: 404.2 t a year, solar of 48.504 t at full
// adoption from 2024 over 4 years; in 2025, 40 kWp installed (0.4 against 0.5 planned) and
// 1,002,000 kWh bought = 405.0084 t.
ActualInventory actual2025()
{
    return solarActual2025();
}

QList<MeasureProgress> progress()
{
    return {solarProgress2025()};
}

double at(const YearSeries &s, int year)
{
    return s[year - 2023];
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-6; // t
}

} // namespace

class TestReforecast : public QObject
{
    Q_OBJECT

private slots:
    void adoptionFreezesThePathway();
    void actualEmissionsUseThePlansFactors();
    void bauIsReanchoredWithoutCountingTheMeasuresTwice();
    void catchUpKeepsTheGoalAndSaysItIsOutOfReach();
    void slipShiftsTheRamp();
    void scaleKeepsTheRealisationRatio();
    void onTrackKeepsThePlan();
};

void TestReforecast::adoptionFreezesThePathway()
{
    // Adopted gross: 404.2 − 48.504 × adoption: 2025 → 404.2 − 24.252 = 379.948 t.
    Plan plan = solarPlan();
    const AdoptedPlan adopted =
        adoptScenario(plan, 0, noLibrary(), QDate(2024, 1, 15), QStringLiteral("v1"));
    QCOMPARE(adopted.years.front(), 2023);
    QCOMPARE(adopted.years.back(), 2030);
    QVERIFY(near(adopted.grossIn(2025), 379.948));
    QVERIFY(near(adopted.netIn(2030), 404.2 - 48.504));
    QCOMPARE(adopted.wedges.size(), 1);
    QVERIFY(near(adopted.wedges.front().tonnes.at(2), 24.252));
    // Later edits of the plan do not reach the frozen copy.
    plan.measures[0].parameters[QStringLiteral("capacity_kwp")].value = 500;
    QCOMPARE(adopted.plan->measures.front().parameter(QStringLiteral("capacity_kwp"), 0), 100.0);
    QCOMPARE(adopted.scenario().name, plan.scenarios.front().name);
}

void TestReforecast::actualEmissionsUseThePlansFactors()
{
    const InventoryEmissions e = InventoryEmissions::actual(solarPlan(), actual2025(), noLibrary());
    QCOMPARE(e.year, 2025);
    QVERIFY(near(e.gross, 405.0084));
    QVERIFY(near(e.sector(Sector::StationaryEnergy), 405.0084));
    QCOMPARE(e.lines.population, 1000.0); // the plan's, no growth
}

void TestReforecast::bauIsReanchoredWithoutCountingTheMeasuresTwice()
{
    // Without the measures 2025 would have emitted 405.0084 + 40 × 1,200 kWh × 0.4042 kg
    // (19.4016 t realised) = 424.41 t against 404.2 modelled: anchor 1.05.
    const AdoptedPlan adopted =
        adoptScenario(solarPlan(), 0, noLibrary(), QDate(2024, 1, 15), QStringLiteral("v1"));
    const Reforecast r = Reforecast::of(adopted, actual2025(), progress(), noLibrary());
    QCOMPARE(r.fromYear, 2025);
    QVERIFY(std::abs(r.anchor[size_t(Sector::StationaryEnergy)] - 1.05) < 1e-12);
    QCOMPARE(r.anchor[size_t(Sector::Transport)], 1.0);
    QVERIFY(near(at(r.bau, 2030), 424.41));
    QCOMPARE(r.paths.size(), size_t(3));
    // Every path meets the actual inventory in its year: 424.41 − 0.4 × 48.504 = 405.0084.
    for (const ReforecastPath &p : r.paths)
        QVERIFY(near(at(p.gross, 2025), 405.0084));
}

void TestReforecast::catchUpKeepsTheGoalAndSaysItIsOutOfReach()
{
    // From 0.4 in 2025 to 1 by the ramp's end (2027): 0.7 in 2026, 1 from 2027; a rise of 0.3 a
    // year, against the 0.2 a year reached so far (0 before 2024 → 0.4 in 2025): out of reach.
    // 2026: 424.41 − 0.7 × 48.504 = 390.4572; 2030: 424.41 − 48.504 = 375.906 (gap, no sinks).
    const AdoptedPlan adopted =
        adoptScenario(solarPlan(), 0, noLibrary(), QDate(2024, 1, 15), QStringLiteral("v1"));
    const ReforecastPath p =
        Reforecast::of(adopted, actual2025(), progress(), noLibrary()).paths.at(0);
    QCOMPARE(p.variant, ReforecastVariant::CatchUp);
    QVERIFY(near(at(p.gross, 2026), 390.4572));
    QVERIFY(near(at(p.gross, 2027), 375.906));
    QCOMPARE(p.targetYear, 2030);
    QVERIFY(near(p.remainingGap, 375.906));
    QCOMPARE(p.unreachable, QStringList{QStringLiteral("solar")});
    QVERIFY(!p.neutralityYear);
}

void TestReforecast::slipShiftsTheRamp()
{
    // 0.4 is where the plan was between 2024 (0.25) and 2025 (0.5): one year late, so 0.5 in
    // 2026, 0.75 in 2027, 1 from 2028. 2026: 424.41 − 24.252 = 400.158; 2027: 388.032.
    const AdoptedPlan adopted =
        adoptScenario(solarPlan(), 0, noLibrary(), QDate(2024, 1, 15), QStringLiteral("v1"));
    const ReforecastPath p =
        Reforecast::of(adopted, actual2025(), progress(), noLibrary()).paths.at(1);
    QCOMPARE(p.variant, ReforecastVariant::Slip);
    QVERIFY(near(at(p.gross, 2026), 400.158));
    QVERIFY(near(at(p.gross, 2027), 424.41 - 0.75 * 48.504));
    QVERIFY(near(at(p.gross, 2028), 375.906));
    QVERIFY(p.unreachable.isEmpty());
}

void TestReforecast::scaleKeepsTheRealisationRatio()
{
    // 0.4 / 0.5 = 0.8 of the plan from now on: 0.6 in 2026, 0.8 from 2027.
    // 2030: 424.41 − 0.8 × 48.504 = 385.6068.
    const AdoptedPlan adopted =
        adoptScenario(solarPlan(), 0, noLibrary(), QDate(2024, 1, 15), QStringLiteral("v1"));
    const ReforecastPath p =
        Reforecast::of(adopted, actual2025(), progress(), noLibrary()).paths.at(2);
    QCOMPARE(p.variant, ReforecastVariant::Scale);
    QVERIFY(near(at(p.gross, 2026), 424.41 - 0.6 * 48.504));
    QVERIFY(near(at(p.gross, 2030), 385.6068));
    QVERIFY(near(p.remainingGap, 385.6068));
}

void TestReforecast::onTrackKeepsThePlan()
{
    // 50 kWp as planned: every variant is the plan on the re-anchored BAU, 2030: 375.906 t.
    QList<MeasureProgress> onTrack = progress();
    onTrack[0].adoption = 50.0;
    ActualInventory a = actual2025(); // bought 1,050,000 − 60,000 = 990,000 kWh = 400.158 t
    a.activities[0].amount = 990000;
    const AdoptedPlan adopted =
        adoptScenario(solarPlan(), 0, noLibrary(), QDate(2024, 1, 15), QStringLiteral("v1"));
    const Reforecast r = Reforecast::of(adopted, a, onTrack, noLibrary());
    QVERIFY(std::abs(r.anchor[size_t(Sector::StationaryEnergy)] - 1.05) < 1e-12);
    for (const ReforecastPath &p : r.paths) {
        QVERIFY(near(at(p.gross, 2025), 400.158));
        QVERIFY(near(at(p.gross, 2026), 424.41 - 0.75 * 48.504));
        QVERIFY(near(at(p.gross, 2030), 375.906));
        QVERIFY(p.unreachable.isEmpty());
    }
}

QTEST_APPLESS_MAIN(TestReforecast)
#include "TestReforecast.moc"
