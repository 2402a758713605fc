// The engine's bookkeeping around the measures: growth, factor trajectories, ramps, order,
// costs, targets and the neutrality year, each checked against figures worked by hand.
#include "PlanFixtures.h"
#include "engine/ScenarioEngine.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr double kGridT = 0.4042e-3; // tCO2/kWh, MEE South China 2023

Plan homesPlan(double kwh = 1.0e6)
{
    Plan p = basePlan(2024, 2030);
    p.activities = {line(QStringLiteral("homes"), Sector::StationaryEnergy,
                         QStringLiteral("residential"), QStringLiteral("electricity"), kwh,
                         QStringLiteral("kWh"), QStringLiteral("grid"))};
    return p;
}

ScenarioResult runAll(const Plan &p)
{
    return ScenarioEngine(noLibrary()).runScenario(p, allMeasures(p));
}

PlanResult homesPlanResult()
{
    return ScenarioEngine(noLibrary()).run(homesPlan());
}

} // namespace

class TestScenarioEngine : public QObject
{
    Q_OBJECT

private slots:
    void bauGrowsWithItsDriverAndSectorTrend()
    {
        Plan p = homesPlan();
        p.drivers.populationGrowth = 0.01;
        p.drivers.sectorTrends = {{Sector::StationaryEnergy, 0.02}};
        const PlanResult r = ScenarioEngine(noLibrary()).run(p);
        QCOMPARE(r.years.size(), size_t(7));
        QCOMPARE(r.years.front(), 2024);
        QCOMPARE(r.years.back(), 2030);
        // 404.2 t × (1.01 × 1.02)^3 in 2027
        QVERIFY(qFuzzyCompare(r.bauGross[3], 404.2 * std::pow(1.01 * 1.02, 3)));
    }

    void fixedDriverDoesNotGrow()
    {
        Plan p = homesPlan();
        p.drivers.populationGrowth = 0.05;
        p.activities[0].driver = Driver::Fixed;
        const PlanResult r = ScenarioEngine(noLibrary()).run(p);
        QVERIFY(qFuzzyCompare(r.bauGross[6], 404.2));
    }

    void factorTrajectoryDecarbonisesTheGrid()
    {
        Plan p = homesPlan();
        p.factors[0].year = 2024;
        p.factors[0].trajectory = {{2030, 0.2021}};
        const PlanResult r = ScenarioEngine(noLibrary()).run(p);
        // Linear from 0.4042 (2024) to 0.2021 (2030): 2027 is halfway, 0.30315 kg/kWh.
        QVERIFY(qFuzzyCompare(r.bauGross[3], 303.15));
        QVERIFY(qFuzzyCompare(r.bauGross[6], 202.1));
    }

    void notationKeyLineCountsNothing()
    {
        Plan p = homesPlan();
        p.activities[0].notationKey = NotationKey::NE;
        const PlanResult r = ScenarioEngine(noLibrary()).run(p);
        QCOMPARE(r.bauGross.abs().maxCoeff(), 0.0);
    }

    void unitsConvertToTheFactorsUnit()
    {
        Plan p = homesPlan();
        p.activities[0].amount = 1000;
        p.activities[0].unit = QStringLiteral("MWh");
        const PlanResult r = ScenarioEngine(noLibrary()).run(p);
        QVERIFY(qFuzzyCompare(r.bauGross[0], 404.2));
        // Gas given in kWh against a per-m³ factor converts through its calorific value.
        Plan g = basePlan(2024, 2030);
        g.activities = {line(QStringLiteral("gas"), Sector::StationaryEnergy,
                             QStringLiteral("residential"), QStringLiteral("natural_gas"),
                             38.931 / 3.6 * 1000, QStringLiteral("kWh"), QStringLiteral("gas"))};
        QVERIFY(qFuzzyCompare(ScenarioEngine(noLibrary()).run(g).bauGross[0], 2.16));
    }

    void rampCurves_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<QList<double>>("expected");
        // Start 2025, four years: 1/4, 2/4, 3/4, 1; the S-curve is x²(3 − 2x).
        QTest::newRow("linear") << int(RampShape::Linear)
                                << QList<double>{0, 0.25, 0.5, 0.75, 1, 1, 1};
        QTest::newRow("s-curve") << int(RampShape::SCurve)
                                 << QList<double>{0, 0.15625, 0.5, 0.84375, 1, 1, 1};
    }
    void rampCurves()
    {
        QFETCH(int, shape);
        QFETCH(QList<double>, expected);
        const YearSeries r = rampCurve(2024, 7, 2025, 4, RampShape(shape));
        for (int t = 0; t < 7; ++t)
            QVERIFY2(qAbs(r[t] - expected[t]) < 1e-12, qPrintable(QString::number(t)));
    }

    void rampAndLevelScaleTheEffect()
    {
        Plan p = homesPlan();
        Measure m = measure(MeasureKind::SmartEnergy, QStringLiteral("ems"), 2025,
                            {{"savings_share", 0.1}});
        m.targets = {QStringLiteral("homes")};
        m.rampYears = 2;
        p.measures = {m};
        Scenario half{QStringLiteral("half"), {}, {{QStringLiteral("ems"), 0.5}}};
        const ScenarioResult r = ScenarioEngine(noLibrary()).runScenario(p, half);
        // Level 0.5 × ramp (0, 0.5, 1) × 10 % × 404.2 t
        QCOMPARE(r.measures[0].wedge[0], 0.0);
        QVERIFY(qFuzzyCompare(r.measures[0].wedge[1], 404.2 * 0.1 * 0.25));
        QVERIFY(qFuzzyCompare(r.measures[0].wedge[2], 404.2 * 0.1 * 0.5));
    }

    void demandReductionComesBeforeSupply()
    {
        // Listed solar first, LED second: the engine still applies LED first, and solar
        // displaces what is left.
        Plan p = homesPlan();
        p.measures = {measure(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2024,
                              {{"capacity_kwp", 500},
                               {"specific_yield", 1200},
                               {"degradation", 0},
                               {"self_consumption", 1}}),
                      measure(MeasureKind::LedLighting, QStringLiteral("led"), 2024,
                              {{"lighting_share", 0.15}, {"savings", 0.75}})};
        const ScenarioResult r = runAll(p);
        QCOMPARE(r.measures[0].measureId, QStringLiteral("led"));
        QCOMPARE(r.measures[1].measureId, QStringLiteral("pv"));
        // LED: 112,500 kWh; solar: 600,000 kWh of the 887,500 left.
        QVERIFY(qFuzzyCompare(r.measures[0].wedge[0], 112500 * kGridT));
        QVERIFY(qFuzzyCompare(r.measures[1].wedge[0], 600000 * kGridT));
        QVERIFY(qFuzzyCompare(r.gross[0], 287500 * kGridT));
    }

    void capexIsRenewedAfterItsLifetime()
    {
        Plan p = homesPlan();
        Measure m = measure(MeasureKind::LedLighting, QStringLiteral("led"), 2024);
        m.lifetimeYears = 3;
        m.costs.capex = 10000;
        m.costs.opexPerYear = 100;
        p.measures = {m};
        const MeasureResult r = runAll(p).measures[0];
        const QList<double> capex{10000, 0, 0, 10000, 0, 0, 10000};
        for (int t = 0; t < 7; ++t)
            QCOMPARE(r.capex[t], capex[t]);
        QCOMPARE(r.opex[3], 100.0);
    }

    void npvAndLevelisedCost()
    {
        Plan p = homesPlan();
        p.prices = {
            {QStringLiteral("electricity"), QStringLiteral("kWh"), 0.6, QStringLiteral("test")}};
        Measure m = measure(MeasureKind::LedLighting, QStringLiteral("led"), 2024,
                            {{"lighting_share", 0.15}, {"savings", 0.75}});
        m.lifetimeYears = 10;
        m.costs.capex = 200000;
        p.measures = {m};
        const MeasureResult r = runAll(p).measures[0];
        // Saves 112,500 kWh × 0.6 = 67,500 a year; capex 200,000 in 2024; 5 % discount.
        double pvSavings = 0, pvTonnes = 0;
        for (int t = 0; t < 7; ++t) {
            pvSavings += 67500 / std::pow(1.05, t);
            pvTonnes += 112500 * kGridT / std::pow(1.05, t);
        }
        QVERIFY(qFuzzyCompare(r.npv, pvSavings - 200000));
        QVERIFY(r.costPerTonne.has_value());
        QVERIFY(qFuzzyCompare(*r.costPerTonne, (200000 - pvSavings) / pvTonnes));
        QVERIFY(qFuzzyCompare(r.abatedTotal, 7 * 112500 * kGridT));
    }

    void neutralityYearAndTargets()
    {
        Plan p = homesPlan();
        p.community.targets.neutralityYear = 2028;
        p.community.targets.interim = {{2026, 0.4}};
        p.community.targets.carbonBudget = 1000;
        Measure credits = measure(MeasureKind::CarbonCredits, QStringLiteral("credits"), 2027,
                                  {{"tonnes_per_year", 404.2}});
        Measure ems = measure(MeasureKind::SmartEnergy, QStringLiteral("ems"), 2024,
                              {{"savings_share", 0.5}});
        ems.targets = {QStringLiteral("homes")};
        p.measures = {credits, ems};
        const ScenarioResult r = runAll(p);
        // Gross 202.1 t from 2024; 404.2 t of credits from 2027 take net below zero.
        QCOMPARE(r.neutralityYear, std::optional<int>(2027));
        QCOMPARE(r.targets.size(), 3);
        QCOMPARE(r.targets[0].kind, TargetOutcome::Kind::Neutrality);
        QVERIFY(r.targets[0].met);
        QCOMPARE(r.targets[1].kind, TargetOutcome::Kind::Interim);
        QVERIFY(qFuzzyCompare(r.targets[1].limit, 0.6 * 404.2));
        QVERIFY(r.targets[1].met); // 202.1 ≤ 242.52
        QCOMPARE(r.targets[2].kind, TargetOutcome::Kind::CarbonBudget);
        // 3 × 202.1 + 4 × (202.1 − 404.2) = −202.1 ≤ 1000
        QVERIFY(qFuzzyCompare(r.targets[2].actual, 3 * 202.1 - 4 * 202.1));
        QVERIFY(r.targets[2].met);
    }

    void missedTargetSaysByHowMuch()
    {
        Plan p = homesPlan();
        p.community.targets.neutralityYear = 2030;
        const ScenarioResult r =
            ScenarioEngine(noLibrary()).runScenario(p, Scenario{QStringLiteral("none"), {}, {}});
        QVERIFY(!r.neutralityYear);
        QVERIFY(!r.targets[0].met);
        QVERIFY(qFuzzyCompare(r.targets[0].gap(), 404.2));
    }

    void maccIsCheapestFirstAndLeavesCreditsApart()
    {
        // Two tree plantings (sinks: physical removals, so on the curve) and two credit
        // purchases (never abatement: apart). Trees: 1 ha × 10 t/ha/yr from 2024, full uptake
        // at once, planting cost per ha as given; credits: tonnes a year at a price.
        Plan p = homesPlan();
        const auto trees = [](const QString &id, double capexPerHa) {
            Measure m = measure(MeasureKind::TreePlanting, id, 2024,
                                {{"canopy_ha", 1},
                                 {"sequestration_t_per_ha", 10},
                                 {"maturity_years", 1},
                                 {"capex_per_ha", capexPerHa}});
            m.lifetimeYears = 30; // no renewal within 2024–2030
            return m;
        };
        p.measures = {trees(QStringLiteral("dear-trees"), 5000),
                      trees(QStringLiteral("cheap-trees"), 1000),
                      measure(MeasureKind::CarbonCredits, QStringLiteral("dear"), 2024,
                              {{"tonnes_per_year", 10}, {"price_per_t", 200}}),
                      measure(MeasureKind::CarbonCredits, QStringLiteral("cheap"), 2024,
                              {{"tonnes_per_year", 20}, {"price_per_t", 50}})};
        const ScenarioResult r = runAll(p);
        const auto macc = r.macc();
        QCOMPARE(macc.size(), size_t(2)); // the credits are not on the curve
        QCOMPARE(macc[0].measureId, QStringLiteral("cheap-trees"));
        QCOMPARE(macc[1].measureId, QStringLiteral("dear-trees"));
        QVERIFY(qFuzzyCompare(macc[0].width, 70.0)); // 10 t a year for 7 years
        // Capex paid in 2024 (t = 0, undiscounted) over 10 t × Σ 1.05^−t, t = 0…6 = 60.757 t.
        const double annuity = (1 - std::pow(1.05, -7)) / (1 - 1 / 1.05); // 6.075692
        QVERIFY(qAbs(annuity - 6.075692) < 1e-6);
        QVERIFY(qFuzzyCompare(macc[1].costPerTonne, 5000 / (10 * annuity)));
        const auto credits = r.creditPoints();
        QCOMPARE(credits.size(), size_t(2));
        QCOMPARE(credits[0].measureId, QStringLiteral("cheap"));
        QVERIFY(qFuzzyCompare(credits[0].width, 140.0));        // 20 t a year for 7 years
        QVERIFY(qFuzzyCompare(credits[1].costPerTonne, 200.0)); // a credit costs its price
    }

    void creditsStayOutOfAbatementAndCostPerTonne()
    {
        // homesPlan: 404.2 t a year, 2024–2030 (7 years), discount rate 5 % (basePlan).
        // Trees: 10 ha × 5 t/ha/yr = 50 t a year from 2024 at full uptake (maturity 1 yr);
        //        capex 1,000 per ha → 10,000 in 2024, no running cost.
        // Credits: 100 t a year from 2024 at 80 per tonne → 8,000 a year of opex.
        // Annuity factor Σ 1.05^−t, t = 0…6 = (1 − 1.05^−7) / (1 − 1/1.05) = 6.075692.
        //   trees:   present cost 10,000; present tonnes 50 × 6.075692 = 303.7846;
        //            350 t abated over the horizon; 10,000 / 303.7846 = 32.918 per tonne.
        //   credits: present cost 8,000 × 6.075692 = 48,605.54; present credits 607.5692;
        //            700 t bought; 80 per credit; 0 abated, no cost per tonne abated.
        //   Scenario cost per tonne abated = 10,000 / 303.7846 = 32.918 — not the
        //   (10,000 + 48,605.54) / (303.7846 + 607.5692) = 64.31 of counting credits as
        //   abatement. Total present cost still counts both: 58,605.54.
        Plan p = homesPlan();
        Measure trees = measure(MeasureKind::TreePlanting, QStringLiteral("trees"), 2024,
                                {{"canopy_ha", 10},
                                 {"sequestration_t_per_ha", 5},
                                 {"maturity_years", 1},
                                 {"capex_per_ha", 1000}});
        trees.lifetimeYears = 30;
        p.measures = {trees, measure(MeasureKind::CarbonCredits, QStringLiteral("credits"), 2024,
                                     {{"tonnes_per_year", 100}, {"price_per_t", 80}})};
        const ScenarioResult r = runAll(p);
        const double annuity = 6.075692;
        const double tolerance = 1e-5; // relative; the annuity is rounded to 7 digits
        const auto near = [&](double actual, double expected) {
            return qAbs(actual - expected) <= tolerance * qAbs(expected);
        };
        QCOMPARE(r.measures.size(), size_t(2));
        const MeasureResult &t = r.measures[0];
        const MeasureResult &c = r.measures[1];
        QVERIFY(!t.isCredit());
        QVERIFY(c.isCredit());
        QVERIFY(near(t.abatedTotal, 350.0));
        QVERIFY(t.costPerTonne && near(*t.costPerTonne, 10000 / (50 * annuity)));
        QVERIFY(!t.costPerCredit);
        QCOMPARE(c.abatedTotal, 0.0);
        QVERIFY(near(c.creditedTotal, 700.0));
        QVERIFY(!c.costPerTonne); // credits abate nothing
        QVERIFY(c.costPerCredit && near(*c.costPerCredit, 80.0));

        QVERIFY(near(r.presentAbatement, 50 * annuity));
        QVERIFY(near(r.presentAbatementCost, 10000));
        QVERIFY(r.costPerTonne && near(*r.costPerTonne, 10000 / (50 * annuity)));
        QVERIFY(qAbs(*r.costPerTonne - 32.918) < 5e-4);
        QVERIFY(near(r.presentCreditCost, 8000 * annuity));
        QVERIFY(near(r.presentCredits, 100 * annuity));
        QVERIFY(near(r.creditedTotal, 700.0));
        QVERIFY(r.costPerCredit && near(*r.costPerCredit, 80.0));
        QVERIFY(near(r.presentCost, 10000 + 8000 * annuity)); // 58,605.54
        // Net still counts the credits: 404.2 − 50 − 100 = 254.2 a year.
        QVERIFY(qFuzzyCompare(r.net[3], 254.2));
    }

    void neutralHeldFromVersusFirstReached()
    {
        // Homes 404.2 t in 2024, growing 2 % a year with population:
        //   2024 404.200, 2025 412.284, 2026 420.530, 2027 428.940, 2028 437.519,
        //   2029 446.270, 2030 455.195.
        // Credits: 410 t a year from 2024, 50 t more from 2028. Net:
        //   2024 −5.800, 2025 +2.284, 2026 +10.530, 2027 +18.940,
        //   2028 −22.481, 2029 −13.730, 2030 −4.805.
        // So net first reaches zero in 2024 but stays ≤ 0 only from 2028.
        Plan p = homesPlan();
        p.drivers.populationGrowth = 0.02;
        p.measures = {measure(MeasureKind::CarbonCredits, QStringLiteral("first"), 2024,
                              {{"tonnes_per_year", 410}, {"price_per_t", 60}}),
                      measure(MeasureKind::CarbonCredits, QStringLiteral("more"), 2028,
                              {{"tonnes_per_year", 50}, {"price_per_t", 100}})};
        p.community.targets.neutralityYear = 2024;
        ScenarioResult r = runAll(p);
        QVERIFY(qAbs(r.net[0] - -5.8) < 1e-9);
        QVERIFY(qAbs(r.net[1] - 2.284) < 1e-9);
        QVERIFY(qAbs(r.net[4] - (404.2 * std::pow(1.02, 4) - 460)) < 1e-9); // −22.481
        QCOMPARE(r.neutralityYear, std::optional<int>(2024));
        QCOMPARE(r.neutralFrom, std::optional<int>(2028));
        QVERIFY(r.neutralityLost());
        QCOMPARE(r.reboundAfter(2024), std::optional<int>(2025));
        QCOMPARE(r.reboundAfter(2028), std::nullopt);
        // A 2024 target: net is −5.8 that year, but it does not hold, so the target is missed.
        QCOMPARE(r.targets[0].kind, TargetOutcome::Kind::Neutrality);
        QVERIFY(qAbs(r.targets[0].actual - -5.8) < 1e-9);
        QVERIFY(!r.targets[0].met);
        // A 2028 target is met: net ≤ 0 from 2028 to 2030.
        p.community.targets.neutralityYear = 2028;
        r = runAll(p);
        QVERIFY(r.targets[0].met);
        // Without the second purchase net rises for good: reached in 2024, never held.
        p.measures.removeLast();
        r = runAll(p);
        QCOMPARE(r.neutralityYear, std::optional<int>(2024));
        QCOMPARE(r.neutralFrom, std::nullopt);
        QVERIFY(!r.targets[0].met);
    }

    void emptyPlanIsNotNeutral()
    {
        // No activity: net is 0 ≤ 0 every year, but that is a plan without a baseline, not a
        // neutral community.
        Plan p = basePlan(2024, 2030);
        p.community.targets.neutralityYear = 2030;
        p.community.targets.interim = {{2027, 0.4}};
        const PlanResult r = ScenarioEngine(noLibrary()).run(p);
        QVERIFY(r.baselineEmpty());
        const ScenarioResult s = runAll(p);
        QVERIFY(s.baselineEmpty);
        QCOMPARE(s.neutralityYear, std::nullopt);
        QCOMPARE(s.neutralFrom, std::nullopt);
        QCOMPARE(s.targets.size(), 2);
        QVERIFY(!s.targets[0].met);
        QVERIFY(!s.targets[1].met);
        QVERIFY(!homesPlanResult().baselineEmpty());
    }

    void unknownFactorOrUnitIsLeftOutNotACrash()
    {
        Plan p = homesPlan();
        p.activities.append(line(QStringLiteral("x"), Sector::Waste, {},
                                 QStringLiteral("food_waste"), 5, QStringLiteral("t"),
                                 QStringLiteral("no-such-factor")));
        p.activities.append(line(QStringLiteral("y"), Sector::Waste, {},
                                 QStringLiteral("food_waste"), 5, QStringLiteral("furlong"),
                                 QStringLiteral("food-landfill")));
        const PlanResult r = ScenarioEngine(noLibrary()).run(p);
        QVERIFY(qFuzzyCompare(r.bauGross[0], 404.2));
    }
};

QTEST_GUILESS_MAIN(TestScenarioEngine)
#include "TestScenarioEngine.moc"
