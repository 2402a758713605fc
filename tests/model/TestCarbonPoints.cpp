// The resident carbon-accounts model (docs/measures.md, "Resident carbon accounts"), worked
// by hand. The plan (tests/support/PlanFixtures.cpp): 1,000 residents, 2024–2030 without
// growth; homes use 1,000,000 kWh at 0.4042 kg/kWh (MEE South China 2023) = 404.2 t, and
// cars run 1,000,000 km at 106.6 g/km (EEA 2023) = 106.6 t. No prices: nothing is saved, so a
// measure's present cost is its points alone.
#include "EngineChecks.h"
#include "PlanFixtures.h"
#include "engine/ScenarioEngine.h"
#include "measures/CarbonPointPresets.h"
#include "measures/MeasureCatalogue.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

Plan homesAndCars()
{
    Plan p = basePlan();
    p.activities = {
        line(QStringLiteral("homes"), Sector::StationaryEnergy, QStringLiteral("residential"),
             QStringLiteral("electricity"), 1.0e6, QStringLiteral("kWh"), QStringLiteral("grid")),
        line(QStringLiteral("cars"), Sector::Transport, QStringLiteral("private"),
             QStringLiteral("car_travel"), 1.0e6, QStringLiteral("km"), QStringLiteral("car"))};
    return p;
}

ScenarioResult runAll(const Plan &plan)
{
    ScenarioEngine engine(noLibrary());
    return engine.runScenario(plan, allMeasures(plan));
}

// Half the residents enrolled, 40 % of them active (200 people): each cuts 5 % of the homes'
// emissions per person and 0.1 t of travel; half of what is credited is additional; 1,000
// points a credited tonne and 2,000 a person per 5 % step, at 0.1 a point.
Measure accounts(std::initializer_list<std::pair<const char *, double>> more = {})
{
    std::initializer_list<std::pair<const char *, double>> base = {
        {"participation", 0.5},          {"active_share", 0.4},  {"home_energy_cut", 0.05},
        {"reduction_t_per_person", 0.1}, {"additionality", 0.5}, {"points_per_tonne", 1000},
        {"tier_points", 2000},           {"point_value", 0.1}};
    Measure m = measure(MeasureKind::CarbonAccounts, QStringLiteral("accounts"), 2024, base);
    for (const auto &[key, value] : more)
        m.parameters[QString::fromLatin1(key)].value = value;
    return m;
}

} // namespace

class TestCarbonPoints : public QObject
{
    Q_OBJECT

private slots:
    // A plan written with the four parameters of before computes as before: the new ones
    // default to neutral (all active, all additional, no home cut, no tiers, no cap, no end),
    // bit for bit, and the credited, additional and budget series say the same.
    void oldPlanComputesAsBefore()
    {
        Plan p = homesAndCars();
        Measure m = measure(MeasureKind::CarbonAccounts, QStringLiteral("accounts"), 2024,
                            {{"participation", 0.3},
                             {"reduction_t_per_person", 0.1},
                             {"points_per_tonne", 1000},
                             {"point_value", 0.1}});
        for (const char *key : {"active_share", "home_energy_cut", "additionality", "tier_points",
                                "budget_cap", "duration_years", "decay_rate"})
            m.parameters.remove(QString::fromLatin1(key)); // as an older file holds it
        p.measures = {m};
        const ScenarioResult r = runAll(p);
        const MeasureResult &a = measureNamed(r, QStringLiteral("accounts"));
        // The formula of before: a(t) × population × participation × reduction, exactly.
        const double before = (1.0 * 1000.0) * (0.3 * 0.1);
        for (int t = 0; t < 7; ++t) {
            QCOMPARE(a.wedge[t], before);
            QCOMPARE(a.opex[t], before * 1000.0 * 0.1);
            QCOMPARE(a.accountsCredited[t], a.wedge[t]);
            QCOMPARE(a.accountsAdditional[t], a.wedge[t]);
            QCOMPARE(a.pointsBudget[t], a.opex[t]);
        }
        QVERIFY(a.costPerCreditedTonne.has_value());
        QCOMPARE(*a.costPerCreditedTonne, *a.costPerTonne);
        // The catalogue's defaults of the new parameters are the neutral ones.
        const Measure fresh =
            MeasureCatalogue::makeDefault(MeasureKind::CarbonAccounts, QStringLiteral("m"), 2024);
        QCOMPARE(fresh.parameter(QStringLiteral("active_share"), -1), 1.0);
        QCOMPARE(fresh.parameter(QStringLiteral("additionality"), -1), 1.0);
        QCOMPARE(fresh.parameter(QStringLiteral("home_energy_cut"), -1), 0.0);
        QCOMPARE(fresh.parameter(QStringLiteral("tier_points"), -1), 0.0);
        QCOMPARE(fresh.parameter(QStringLiteral("budget_cap"), -1), 0.0);
        QCOMPARE(fresh.parameter(QStringLiteral("duration_years"), -1), 0.0);
        QVERIFY(!fresh.parameters.value(QStringLiteral("decay_rate")).isUncertain());
    }

    // Credited and additional side by side; only the additional tonnes leave the pathway.
    void creditedVersusAdditional()
    {
        Plan p = homesAndCars();
        p.measures = {accounts()};
        const ScenarioResult r = runAll(p);
        const MeasureResult &a = measureNamed(r, QStringLiteral("accounts"));
        // Active: 1,000 × 0.5 × 0.4 = 200 people.
        // Home: 404.2 t × 0.5 × 0.4 × 5 % = 4.042 t; travel etc.: 200 × 0.1 t = 20 t.
        // Credited 24.042 t; additional × 0.5 = 12.021 t, the wedge.
        COMPARE_CLOSE(a.accountsCredited[0], 24.042);
        COMPARE_CLOSE(a.accountsAdditional[0], 12.021);
        COMPARE_CLOSE(a.wedge[0], 12.021);
        COMPARE_CLOSE(r.gross[0], 404.2 + 106.6 - 12.021);
        // Points: 24.042 t × 1,000 + one 5 % step × 2,000 × 200 people = 424,042 points
        // × 0.1 = 42,404.2 a year.
        COMPARE_CLOSE(a.pointsBudget[0], 42404.2);
        COMPARE_CLOSE(a.opex[6], 42404.2);
        // Cost per tonne: the same points every year over the same tonnes every year, so
        // the discounting cancels: 42,404.2 / 24.042 = 1,763.76 per credited tonne and
        // 42,404.2 / 12.021 = 3,527.51 per additional tonne.
        COMPARE_CLOSE(*a.costPerCreditedTonne, 42404.2 / 24.042);
        COMPARE_CLOSE(*a.costPerTonne, 42404.2 / 12.021);
    }

    // Korea-style tiers: one step per full 5 % of the home cut, at most three.
    void tiersCountFullStepsUpToThree_data()
    {
        QTest::addColumn<double>("cut");
        QTest::addColumn<double>("steps");
        QTest::newRow("4 %: no tier") << 0.04 << 0.0;
        QTest::newRow("5 %: first tier") << 0.05 << 1.0;
        QTest::newRow("12 %: second tier") << 0.12 << 2.0;
        QTest::newRow("15 %: third tier") << 0.15 << 3.0;
        QTest::newRow("30 %: still the third") << 0.30 << 3.0;
    }
    void tiersCountFullStepsUpToThree()
    {
        QFETCH(double, cut);
        QFETCH(double, steps);
        Plan p = homesAndCars();
        p.measures = {accounts({{"home_energy_cut", cut}, {"points_per_tonne", 0}})};
        const ScenarioResult r = runAll(p);
        const MeasureResult &a = measureNamed(r, QStringLiteral("accounts"));
        // No points per tonne: steps × 2,000 points × 200 active people × 0.1.
        COMPARE_CLOSE(a.pointsBudget[0], steps * 2000.0 * 200.0 * 0.1);
    }

    // The yearly cap holds the budget down and leaves the tonnes alone (the link between
    // payments and cuts is unclear: Kim & Kim 2021).
    void budgetCapLimitsThePointsOnly()
    {
        Plan p = homesAndCars();
        p.measures = {accounts({{"budget_cap", 30000}})};
        const ScenarioResult r = runAll(p);
        const MeasureResult &a = measureNamed(r, QStringLiteral("accounts"));
        // 42,404.2 uncapped (creditedVersusAdditional) → 30,000.
        COMPARE_CLOSE(a.pointsBudget[0], 30000.0);
        COMPARE_CLOSE(a.opex[0], 30000.0);
        COMPARE_CLOSE(a.wedge[0], 12.021);
        // A cap above the budget changes nothing.
        p.measures = {accounts({{"budget_cap", 1e6}})};
        COMPARE_CLOSE(measureNamed(runAll(p), QStringLiteral("accounts")).pointsBudget[0], 42404.2);
    }

    // After the programme stops the cut decays by decay_rate a year (Allcott & Rogers 2014);
    // nothing is credited and no points are paid any more.
    void effectDecaysAfterTheProgrammeStops()
    {
        Plan p = homesAndCars();
        p.measures = {measure(MeasureKind::CarbonAccounts, QStringLiteral("accounts"), 2024,
                              {{"participation", 0.3},
                               {"reduction_t_per_person", 0.1},
                               {"duration_years", 3},
                               {"decay_rate", 0.15}})};
        const ScenarioResult r = runAll(p);
        const MeasureResult &a = measureNamed(r, QStringLiteral("accounts"));
        // 2024–2026: 1,000 × 0.3 × 0.1 = 30 t; then 30 × 0.85 = 25.5 (2027), 21.675 (2028),
        // 18.42375 (2029), 15.6601875 (2030).
        const double expected[] = {30, 30, 30, 25.5, 21.675, 18.42375, 15.6601875};
        for (int t = 0; t < 7; ++t)
            COMPARE_CLOSE(a.wedge[t], expected[t]);
        COMPARE_CLOSE(a.accountsCredited[2], 30.0);
        COMPARE_CLOSE(a.pointsBudget[2], 30.0 * 1000 * 0.1);
        for (int t = 3; t < 7; ++t) {
            QCOMPARE(a.accountsCredited[t], 0.0);
            QCOMPARE(a.pointsBudget[t], 0.0);
        }
    }

    // Nothing additional: credited as asked, nothing off the pathway.
    void noAdditionalityCutsNothing()
    {
        Plan p = homesAndCars();
        p.measures = {accounts({{"additionality", 0}})};
        const ScenarioResult r = runAll(p);
        const MeasureResult &a = measureNamed(r, QStringLiteral("accounts"));
        COMPARE_CLOSE(a.accountsCredited[0], 24.042);
        QCOMPARE(a.wedge[0], 0.0);
        COMPARE_CLOSE(r.gross[0], 404.2 + 106.6);
        QVERIFY(!a.costPerTonne.has_value());
    }

    // The home cut is a share of what the homes still emit when the scheme's turn comes:
    // after an LED measure listed before it.
    void homeCutActsOnWhatIsLeft()
    {
        Plan p = homesAndCars();
        p.measures = {measure(MeasureKind::LedLighting, QStringLiteral("led"), 2024,
                              {{"lighting_share", 0.2}, {"savings", 0.5}}),
                      accounts({{"reduction_t_per_person", 0}, {"additionality", 1}})};
        const ScenarioResult r = runAll(p);
        const MeasureResult &a = measureNamed(r, QStringLiteral("accounts"));
        // LED: 404.2 × (1 − 0.1) = 363.78 t left; × 0.5 × 0.4 × 5 % = 3.6378 t.
        COMPARE_CLOSE(a.accountsCredited[0], 3.6378);
        COMPARE_CLOSE(a.wedge[0], 3.6378);
    }

    // The presets: every one sets the model's parameters within the catalogue's bounds, each
    // with a source, and applying one keeps the plan's own duration and budget cap.
    void presetsAreSourcedAndInRange()
    {
        const auto &all = CarbonPointPresets::all();
        QCOMPARE(all.size(), 4);
        const MeasureKindSpec &spec = MeasureCatalogue::spec(MeasureKind::CarbonAccounts);
        for (const CarbonPointPreset &preset : all) {
            QVERIFY(CarbonPointPresets::find(QString::fromLatin1(preset.id)) == &preset);
            for (const CarbonPointPresetValue &v : preset.values) {
                const ParameterSpec *p = spec.parameter(QString::fromLatin1(v.key));
                QVERIFY2(p, v.key);
                QVERIFY2(p->minimum <= v.low && v.low <= v.value && v.value <= v.high &&
                             v.high <= p->maximum,
                         v.key);
                QVERIFY2(std::strlen(v.source) > 0, v.key);
            }
        }
        Measure m = accounts({{"duration_years", 5}, {"budget_cap", 1234}});
        const Measure korea = CarbonPointPresets::applied(
            m, *CarbonPointPresets::find(QStringLiteral("korea_tiers")), QStringLiteral("CNY"));
        QCOMPARE(korea.parameter(QStringLiteral("participation"), -1), 0.11);
        QCOMPARE(korea.parameter(QStringLiteral("active_share"), -1), 0.367);
        QCOMPARE(korea.parameter(QStringLiteral("tier_points"), -1), 4000.0);
        QCOMPARE(korea.parameter(QStringLiteral("duration_years"), -1), 5.0);
        QCOMPARE(korea.parameter(QStringLiteral("budget_cap"), -1), 1234.0);
        QVERIFY(korea.parameters.value(QStringLiteral("participation"))
                    .source.contains(QStringLiteral("37.8 %")));
        // The green-travel point value is in CNY: another currency keeps its own.
        const CarbonPointPreset &travel = *CarbonPointPresets::find(QStringLiteral("green_travel"));
        m.parameters[QStringLiteral("point_value")].value = 0.5;
        QCOMPARE(CarbonPointPresets::applied(m, travel, QStringLiteral("EUR"))
                     .parameter(QStringLiteral("point_value"), -1),
                 0.5);
        QCOMPARE(CarbonPointPresets::applied(m, travel, QStringLiteral("CNY"))
                     .parameter(QStringLiteral("point_value"), -1),
                 0.1);
    }

    // Korea-style tiers on the plan, by hand: 1,000 × 0.11 × 0.367 = 40.37 active people cut
    // 10 % of 404.2 t × 0.11 × 0.367 = 1.631755… t credited, half of it additional; two
    // tiers × 4,000 points × 40.37 people = 322,960 points.
    void koreaPresetByHand()
    {
        Plan p = homesAndCars();
        p.measures = {CarbonPointPresets::applied(
            accounts(), *CarbonPointPresets::find(QStringLiteral("korea_tiers")),
            QStringLiteral("CNY"))};
        const ScenarioResult r = runAll(p);
        const MeasureResult &a = measureNamed(r, QStringLiteral("accounts"));
        const double active = 1000 * 0.11 * 0.367;
        COMPARE_CLOSE(a.accountsCredited[0], 404.2 * 0.11 * 0.367 * 0.10);
        COMPARE_CLOSE(a.wedge[0], 404.2 * 0.11 * 0.367 * 0.10 * 0.5);
        COMPARE_CLOSE(a.pointsBudget[0], 2 * 4000 * active * 0.1);
    }
};

QTEST_GUILESS_MAIN(TestCarbonPoints)
#include "TestCarbonPoints.moc"
