// The key figures and the Pathway verdict on small plans worked out by hand: neutrality "held
// from" against "first reached", the target always named, credits kept out of the cost per
// tonne abated, and a plan without a baseline that reads as no verdict at all.
#include "PlanFixtures.h"
#include "engine/ScenarioEngine.h"
#include "present/KeyFigures.h"
#include "present/NumberFormat.h"
#include "present/PathwayVerdict.h"

#include <QLocale>
#include <QtTest>

using namespace zeroplan;

namespace {

// Homes 404.2 t in 2024 (1,000,000 kWh × 0.4042 kg/kWh), growing 2 % a year with population,
// 2024–2030; credits of 410 t a year from 2024 and 50 t more from 2028. Net:
//   2024 −5.800, 2025 +2.284, 2026 +10.530, 2027 +18.940,
//   2028 −22.481, 2029 −13.730, 2030 −4.805
// (gross 404.2 × 1.02^t less the credits): first reached in 2024, held from 2028.
Plan dipPlan(std::optional<int> target)
{
    Plan p = test::basePlan(2024, 2030);
    p.activities = {test::line(QStringLiteral("homes"), Sector::StationaryEnergy,
                               QStringLiteral("residential"), QStringLiteral("electricity"), 1.0e6,
                               QStringLiteral("kWh"), QStringLiteral("grid"))};
    p.drivers.populationGrowth = 0.02;
    p.community.targets.neutralityYear = target;
    p.measures = {test::measure(MeasureKind::CarbonCredits, QStringLiteral("first"), 2024,
                                {{"tonnes_per_year", 410}, {"price_per_t", 60}}),
                  test::measure(MeasureKind::CarbonCredits, QStringLiteral("more"), 2028,
                                {{"tonnes_per_year", 50}, {"price_per_t", 100}})};
    p.scenarios = {test::allMeasures(p, QStringLiteral("Credits"))};
    return p;
}

} // namespace

class TestKeyFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void heldFromAgainstAnEarlyTarget()
    {
        // Target 2024: net is −5.8 that year but rises again in 2025, so the target is missed
        // and every figure says so — never "reached in 2024" beside "target missed". (The
        // plural "4 years" comes from the English translation, not loaded here: the check
        // stops at the number.)
        const Plan plan = dipPlan(2024);
        const PlanResult result = ScenarioEngine(test::noLibrary()).run(plan);
        const ScenarioResult &s = result.scenarios.at(0);
        QCOMPARE(s.neutralityYear, std::optional<int>(2024));
        QCOMPARE(s.neutralFrom, std::optional<int>(2028));
        const KeyFigures f = KeyFigures::of(plan, result, &s);
        QCOMPARE(f.neutralityCaption, QStringLiteral("Neutrality (target 2024)"));
        QCOMPARE(f.neutrality, QStringLiteral("from 2028 (first reached 2024) — missed"));
        const QString verdict = PathwayVerdict::text(plan, &s);
        QVERIFY2(verdict.startsWith(QStringLiteral(
                     "Credits: 2024 neutrality target missed: neutral only from 2028, 4 year")),
                 qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral(
                     "; net first fell to zero in 2024 but rose above it again in 2025")),
                 qPrintable(verdict));
    }

    void heldFromBeforeALaterTarget()
    {
        // Target 2030: neutral from 2028 holds to 2030, two years early.
        const Plan plan = dipPlan(2030);
        const PlanResult result = ScenarioEngine(test::noLibrary()).run(plan);
        const ScenarioResult &s = result.scenarios.at(0);
        QCOMPARE(KeyFigures::of(plan, result, &s).neutrality,
                 QStringLiteral("from 2028 (first reached 2024) — met"));
        QVERIFY(PathwayVerdict::text(plan, &s).contains(QStringLiteral("before the 2030 target")));
        QVERIFY2(PathwayVerdict::text(plan, &s).startsWith(
                     QStringLiteral("Credits: Neutral from 2028, 2 year")),
                 qPrintable(PathwayVerdict::text(plan, &s)));
        // Target 2028: met exactly.
        const Plan onTime = dipPlan(2028);
        const PlanResult onTimeResult = ScenarioEngine(test::noLibrary()).run(onTime);
        QVERIFY(PathwayVerdict::text(onTime, &onTimeResult.scenarios.at(0))
                    .contains(QStringLiteral("Neutral from 2028, meeting the 2028 target")));
    }

    void noTargetIsSaidPlainly()
    {
        const Plan plan = dipPlan(std::nullopt);
        const PlanResult result = ScenarioEngine(test::noLibrary()).run(plan);
        const ScenarioResult &s = result.scenarios.at(0);
        const KeyFigures f = KeyFigures::of(plan, result, &s);
        QCOMPARE(f.neutralityCaption, QStringLiteral("Neutrality (no target set)"));
        QCOMPARE(f.neutrality, QStringLiteral("from 2028 (first reached 2024)"));
        QVERIFY(PathwayVerdict::text(plan, &s).contains(
            QStringLiteral("Neutral from 2028 (the plan sets no neutrality "
                           "target)")));
    }

    void neverHeldSaysWhatRemains()
    {
        // Without the second purchase net rises for good after 2024: 455.195 − 410 = 45.195
        // t remain in 2030 (404.2 × 1.02^6 = 455.1950).
        Plan plan = dipPlan(2030);
        plan.measures.removeLast();
        plan.scenarios = {test::allMeasures(plan, QStringLiteral("Credits"))};
        const PlanResult result = ScenarioEngine(test::noLibrary()).run(plan);
        const ScenarioResult &s = result.scenarios.at(0);
        QVERIFY(qAbs(s.net[6] - 45.195) < 1e-3);
        QCOMPARE(KeyFigures::of(plan, result, &s).neutrality,
                 QStringLiteral("reached in 2024, not held to 2030 — missed"));
        const QString verdict = PathwayVerdict::text(plan, &s);
        QVERIFY2(verdict.contains(QStringLiteral("2030 neutrality target missed, %1 remain in 2030")
                                      .arg(NumberFormat::tonnesPerYear(s.net[6]))),
                 qPrintable(verdict));
    }

    void interimTargetSaysTheCut()
    {
        // −40 % by 2027 on base-year gross 404.2 t: at most 242.52 t. Gross in 2027 is
        // 404.2 × 1.02^3 = 428.940 t, a cut of −6.1 %: missed by 186.42 t.
        Plan plan = dipPlan(2030);
        plan.community.targets.interim = {{2027, 0.4}};
        const PlanResult result = ScenarioEngine(test::noLibrary()).run(plan);
        const ScenarioResult &s = result.scenarios.at(0);
        const TargetOutcome &t = s.targets.at(1);
        QCOMPARE(t.kind, TargetOutcome::Kind::Interim);
        QVERIFY(qAbs(t.limit - 242.52) < 1e-9);
        QVERIFY(qAbs(t.gap() - 186.420) < 1e-3);
        QVERIFY(qAbs(t.reached - -0.06121) < 1e-5);
        QVERIFY(!t.met);
        const QString verdict = PathwayVerdict::text(plan, &s);
        QVERIFY2(verdict.contains(QStringLiteral("interim target of a 40% cut by 2027 missed "
                                                 "(-6% cut, %1 too many)")
                                      .arg(NumberFormat::tonnesPerYear(t.gap()))),
                 qPrintable(verdict));
    }

    void creditsStayOutOfTheCostPerTonne()
    {
        // Trees: 10 ha × 5 t/ha/yr = 50 t a year from 2024, capex 10,000 in 2024; credits:
        // 100 t a year at 80. Annuity Σ 1.05^−t (t = 0…6) = 6.075692.
        // Cost per tonne abated: 10,000 / (50 × 6.075692) = 32.92 CNY/t, credits left out
        // (with them it would read (10,000 + 48,605.54) / 911.35 = 64.31).
        Plan plan = dipPlan(2030);
        plan.drivers.populationGrowth = 0;
        Measure trees = test::measure(MeasureKind::TreePlanting, QStringLiteral("trees"), 2024,
                                      {{"canopy_ha", 10},
                                       {"sequestration_t_per_ha", 5},
                                       {"maturity_years", 1},
                                       {"capex_per_ha", 1000}});
        trees.lifetimeYears = 30;
        plan.measures = {trees, test::measure(MeasureKind::CarbonCredits, QStringLiteral("c"), 2024,
                                              {{"tonnes_per_year", 100}, {"price_per_t", 80}})};
        plan.scenarios = {test::allMeasures(plan)};
        const PlanResult result = ScenarioEngine(test::noLibrary()).run(plan);
        const KeyFigures f = KeyFigures::of(plan, result, &result.scenarios.at(0));
        QCOMPARE(f.costPerTonne,
                 NumberFormat::moneyPerTonne(10000 / (50 * 6.0756920673), plan.community.currency));
        QCOMPARE(f.cost, NumberFormat::money(10000 + 8000 * 6.0756920673, plan.community.currency));
    }

    // An LED retrofit with no investment or running cost entered only saves money: its cost
    // per tonne would read as a gain. The figures say the cost is incomplete.
    void costNotEnteredIsSaid()
    {
        Plan plan = dipPlan(2030);
        plan.measures = {test::measure(MeasureKind::LedLighting, QStringLiteral("led"), 2024,
                                       {{"lighting_share", 0.15}, {"savings", 0.75}})};
        plan.scenarios = {test::allMeasures(plan)};
        const PlanResult result = ScenarioEngine(test::noLibrary()).run(plan);
        KeyFigures f = KeyFigures::of(plan, result, &result.scenarios.at(0));
        // ("measure(s)" without the English plural forms of the app's translation.)
        QVERIFY2(f.costPerTonne.contains(QStringLiteral("(cost not entered for 1 measure")),
                 qPrintable(f.costPerTonne));
        QVERIFY(f.cost.contains(QStringLiteral("(cost not entered for 1 measure")));
        // A quote entered: the note goes.
        plan.measures[0].costs.capex = 5000;
        const PlanResult paid = ScenarioEngine(test::noLibrary()).run(plan);
        f = KeyFigures::of(plan, paid, &paid.scenarios.at(0));
        QVERIFY(!f.costPerTonne.contains(QStringLiteral("not entered")));
    }

    void emptyPlanHasNoVerdict()
    {
        // No activity: net 0 ≤ 0 in 2024, which must not read as "reached in 2024".
        Plan plan = test::basePlan(2024, 2030);
        plan.community.targets.neutralityYear = 2030;
        plan.scenarios = {Scenario{QStringLiteral("Planned"), {}, {}}};
        const PlanResult result = ScenarioEngine(test::noLibrary()).run(plan);
        const ScenarioResult &s = result.scenarios.at(0);
        const KeyFigures f = KeyFigures::of(plan, result, &s);
        QCOMPARE(f.baseline, QStringLiteral("—"));
        QCOMPARE(f.neutrality, QStringLiteral("Add a baseline first"));
        QCOMPARE(f.costPerTonne, QStringLiteral("—"));
        QCOMPARE(f.interim, QStringLiteral("—"));
        QVERIFY(PathwayVerdict::text(plan, &s).startsWith(QStringLiteral("Add a baseline first")));
        QVERIFY(
            PathwayVerdict::text(plan, nullptr).startsWith(QStringLiteral("Add a baseline first")));
        const KeyFigures none = KeyFigures::of(plan, result, nullptr);
        QCOMPARE(none.neutrality, QStringLiteral("Add a baseline first"));
    }
};

QTEST_MAIN(TestKeyFigures)
#include "TestKeyFigures.moc"
