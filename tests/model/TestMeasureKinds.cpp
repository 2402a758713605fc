// One hand-worked case per measure kind. Each figure is worked out in the comment from the
// cited factor (tests/support/PlanFixtures.cpp) and the catalogue's formula (docs/measures.md).
// The plan runs 2024–2030 without growth; measures start in 2024 at full adoption.
#include "EngineChecks.h"
#include "PlanFixtures.h"
#include "engine/ScenarioEngine.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr double kGridT = 0.4042e-3;            // tCO2/kWh, MEE South China 2023
constexpr double kGasKwhPerM3 = 38.931 / 3.6;   // GB/T 32151 NCV
constexpr double kFoodLandfillT = 0.045 * 27.0; // t CH4/t × AR6 non-fossil GWP

ScenarioResult runAll(const Plan &plan)
{
    ScenarioEngine engine(noLibrary());
    return engine.runScenario(plan, allMeasures(plan));
}

Plan electricityPlan(double kwh = 1.0e6)
{
    Plan p = basePlan();
    p.activities = {line(QStringLiteral("homes"), Sector::StationaryEnergy,
                         QStringLiteral("residential"), QStringLiteral("electricity"), kwh,
                         QStringLiteral("kWh"), QStringLiteral("grid"))};
    return p;
}

} // namespace

class TestMeasureKinds : public QObject
{
    Q_OBJECT

private slots:
    void ledLighting()
    {
        Plan p = electricityPlan();
        p.measures = {measure(MeasureKind::LedLighting, QStringLiteral("led"), 2024,
                              {{"lighting_share", 0.15}, {"savings", 0.75}})};
        const ScenarioResult r = runAll(p);
        // 1,000,000 kWh × 0.15 lighting × 0.75 saved = 112,500 kWh × 0.4042 kg = 45.4725 t
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("led")).wedge[0], 45.4725);
        COMPARE_CLOSE(r.gross[0], 1.0e6 * kGridT - 45.4725);
    }

    void smartEnergyActsOnPublicFacilitiesOnly()
    {
        Plan p = electricityPlan();
        p.activities.append(line(QStringLiteral("hall"), Sector::StationaryEnergy,
                                 QStringLiteral("public"), QStringLiteral("electricity"), 2.0e5,
                                 QStringLiteral("kWh"), QStringLiteral("grid")));
        p.measures = {measure(MeasureKind::SmartEnergy, QStringLiteral("ems"), 2024,
                              {{"savings_share", 0.10}})};
        const ScenarioResult r = runAll(p);
        // Only the public hall: 200,000 kWh × 10 % = 20,000 kWh × 0.4042 kg = 8.084 t
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("ems")).wedge[0], 8.084);
    }

    void buildingRetrofit()
    {
        Plan p = basePlan();
        p.activities = {line(QStringLiteral("heat"), Sector::StationaryEnergy,
                             QStringLiteral("residential"), QStringLiteral("natural_gas"), 1.0e5,
                             QStringLiteral("m³"), QStringLiteral("gas"))};
        p.measures = {
            measure(MeasureKind::BuildingRetrofit, QStringLiteral("retrofit"), 2024,
                    {{"floor_area_m2", 1000}, {"demand_before", 220}, {"demand_after", 65}})};
        const ScenarioResult r = runAll(p);
        // 1,000 m² × (220 − 65) kWh = 155,000 kWh of gas = 155,000 / 10.814 kWh/m³
        // = 14,333 m³ × 2.16 kg = 30.96 t
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("retrofit")).wedge[0],
                      155000.0 / kGasKwhPerM3 * 2.16e-3);
    }

    void carbonAccountsCutPerParticipantAndPayPoints()
    {
        Plan p = electricityPlan();
        p.measures = {measure(MeasureKind::CarbonAccounts, QStringLiteral("accounts"), 2024,
                              {{"participation", 0.3},
                               {"reduction_t_per_person", 0.1},
                               {"points_per_tonne", 1000},
                               {"point_value", 0.1}})};
        const ScenarioResult r = runAll(p);
        const MeasureResult &m = measureNamed(r, QStringLiteral("accounts"));
        // 1,000 residents × 30 % × 0.1 t = 30 t a year; 30 t × 1,000 points × 0.1 = 3,000
        COMPARE_CLOSE(m.wedge[0], 30.0);
        COMPARE_CLOSE(m.opex[0], 3000.0);
    }

    void customShareAndAmount()
    {
        Plan p = electricityPlan();
        Measure m = measure(MeasureKind::Custom, QStringLiteral("own"), 2024,
                            {{"share", 0.1}, {"amount_t", 5.0}});
        m.targets = {QStringLiteral("homes")};
        p.measures = {m};
        const ScenarioResult r = runAll(p);
        // 10 % of 404.2 t = 40.42 t, then 5 t more off what is left = 45.42 t
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("own")).wedge[0], 45.42);
    }

    void sharedTransportFromVehicleKm()
    {
        Plan p = basePlan();
        p.activities = {line(QStringLiteral("cars"), Sector::Transport, QStringLiteral("private"),
                             QStringLiteral("car_travel"), 1.0e6, QStringLiteral("km"),
                             QStringLiteral("car"))};
        p.measures = {measure(MeasureKind::SharedTransport, QStringLiteral("bikes"), 2024,
                              {{"shift_share", 0.05}, {"replacement_kwh_per_km", 0.011}})};
        const ScenarioResult r = runAll(p);
        // 50,000 car-km × 106.6 g = 5.33 t saved; 50,000 km × 0.011 kWh = 550 kWh
        // × 0.4042 kg = 0.22231 t added
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("bikes")).wedge[0], 5.33 - 550 * kGridT);
    }

    void sharedTransportFromPetrolLitres()
    {
        Plan p = basePlan();
        p.activities = {line(QStringLiteral("fuel"), Sector::Transport, QStringLiteral("private"),
                             QStringLiteral("petrol"), 1.0e5, QStringLiteral("L"),
                             QStringLiteral("petrol"))};
        p.measures = {measure(
            MeasureKind::SharedTransport, QStringLiteral("share"), 2024,
            {{"shift_share", 0.05}, {"replacement_kwh_per_km", 0.011}, {"fuel_l_per_100km", 6.0}})};
        const ScenarioResult r = runAll(p);
        // 5,000 L × 2.27 kg = 11.35 t; 5,000 L / 6 L per 100 km = 83,333 km × 0.011 kWh
        // = 916.7 kWh × 0.4042 kg = 0.3705 t added
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("share")).wedge[0],
                      11.35 - 5000.0 / 0.06 * 0.011 * kGridT);
    }

    void heatPumpReplacesGasWithElectricity()
    {
        Plan p = basePlan();
        p.activities = {line(QStringLiteral("heat"), Sector::StationaryEnergy,
                             QStringLiteral("residential"), QStringLiteral("natural_gas"), 1.0e5,
                             QStringLiteral("m³"), QStringLiteral("gas"))};
        p.measures = {measure(MeasureKind::HeatPump, QStringLiteral("hp"), 2024,
                              {{"share_replaced", 0.3}, {"cop", 3.0}, {"boiler_efficiency", 0.9}})};
        const ScenarioResult r = runAll(p);
        // 30,000 m³ × 2.16 kg = 64.8 t of gas gone; 30,000 m³ × 10.814 kWh × 0.9 / 3.0
        // = 97,327 kWh of electricity × 0.4042 kg = 39.34 t added
        const double electricity = 30000 * kGasKwhPerM3 * 0.9 / 3.0;
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("hp")).wedge[0], 64.8 - electricity * kGridT);
        // The added electricity is a source of its own, in stationary energy.
        bool found = false;
        for (const SourceResult &s : r.sources)
            found |=
                s.id == QLatin1String("hp/added") && close(s.emissions[0], electricity * kGridT);
        QVERIFY(found);
    }

    void compostingDivertsFoodWaste()
    {
        Plan p = basePlan();
        p.activities = {line(QStringLiteral("food"), Sector::Waste, QStringLiteral("residential"),
                             QStringLiteral("food_waste"), 200, QStringLiteral("t"),
                             QStringLiteral("food-landfill"))};
        p.measures = {measure(MeasureKind::Composting, QStringLiteral("compost"), 2024,
                              {{"capacity_t", 50}, {"compost_ef", 0.190}})};
        const ScenarioResult r = runAll(p);
        // 50 t × 0.045 t CH4 × 27.0 = 60.75 t avoided; 50 t × 0.190 t = 9.5 t from composting
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("compost")).wedge[0],
                      50 * kFoodLandfillT - 9.5);
    }

    void compostingNeverTakesMoreThanThereIs()
    {
        Plan p = basePlan();
        p.activities = {line(QStringLiteral("food"), Sector::Waste, QStringLiteral("residential"),
                             QStringLiteral("food_waste"), 20, QStringLiteral("t"),
                             QStringLiteral("food-landfill"))};
        p.measures = {measure(MeasureKind::Composting, QStringLiteral("compost"), 2024,
                              {{"capacity_t", 50}, {"compost_ef", 0.190}})};
        const ScenarioResult r = runAll(p);
        // Only 20 t exist: 20 × 1.215 − 20 × 0.19 = 20.5 t, and landfill falls to zero.
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("compost")).wedge[0],
                      20 * (kFoodLandfillT - 0.19));
        COMPARE_CLOSE(r.sources[0].emissions[0], 0.0);
    }

    void wasteSortingRaisesRecycling()
    {
        Plan p = basePlan();
        p.activities = {line(QStringLiteral("msw"), Sector::Waste, QStringLiteral("residential"),
                             QStringLiteral("landfill_waste"), 1000, QStringLiteral("t"),
                             QStringLiteral("msw-landfill"))};
        p.measures = {measure(MeasureKind::WasteSorting, QStringLiteral("sort"), 2024,
                              {{"recycling_before", 0.1}, {"recycling_after", 0.4}})};
        const ScenarioResult r = runAll(p);
        // Residual waste was 90 % of all waste and becomes 60 %: a third less landfill.
        // 1,000 t / 3 × 1.215 t = 405 t
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("sort")).wedge[0],
                      1000.0 / 3 * kFoodLandfillT);
    }

    void rooftopSolarLikeHemu()
    {
        Plan p = electricityPlan();
        p.measures = {measure(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2024,
                              {{"capacity_kwp", 500},
                               {"specific_yield", 1200},
                               {"degradation", 0.005},
                               {"self_consumption", 0.8},
                               {"export_credit", 0}})};
        const ScenarioResult r = runAll(p);
        const MeasureResult &m = measureNamed(r, QStringLiteral("pv"));
        // Hemu: 500 kWp × 1,200 kWh = 600,000 kWh; 80 % used on site = 480,000 kWh
        // × 0.4042 kg = 194.016 t; the next year panels give 0.5 % less.
        COMPARE_CLOSE(m.wedge[0], 194.016);
        COMPARE_CLOSE(m.wedge[1], 194.016 * 0.995);
        COMPARE_CLOSE(m.wedge[2], 194.016 * 0.995 * 0.995);
    }

    void rooftopSolarExportCreditAndClamp()
    {
        Plan p = electricityPlan(3.0e5);
        p.measures = {measure(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2024,
                              {{"capacity_kwp", 500},
                               {"specific_yield", 1200},
                               {"degradation", 0},
                               {"self_consumption", 0.8},
                               {"export_credit", 1}})};
        const ScenarioResult r = runAll(p);
        // 600,000 kWh counted against 300,000 kWh bought: grid use falls to zero, not below.
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("pv")).wedge[0], 3.0e5 * kGridT);
        COMPARE_CLOSE(r.gross[0], 0.0);
    }

    void greenPowerCostsAPremiumAndSavesNothing()
    {
        Plan p = electricityPlan();
        p.prices = {
            {QStringLiteral("electricity"), QStringLiteral("kWh"), 0.6, QStringLiteral("test")}};
        p.measures = {measure(MeasureKind::GreenPower, QStringLiteral("green"), 2024,
                              {{"share", 0.3}, {"premium_per_kwh", 0.05}})};
        const ScenarioResult r = runAll(p);
        const MeasureResult &m = measureNamed(r, QStringLiteral("green"));
        // 300,000 kWh × 0.4042 kg = 121.26 t; premium 300,000 × 0.05 = 15,000 a year;
        // the power is still bought, so nothing is saved.
        COMPARE_CLOSE(m.wedge[0], 121.26);
        COMPARE_CLOSE(m.opex[0], 15000.0);
        COMPARE_CLOSE(m.savings[0], 0.0);
    }

    void treesGrowIntoTheirUptake()
    {
        Plan p = electricityPlan();
        p.measures = {
            measure(MeasureKind::TreePlanting, QStringLiteral("trees"), 2024,
                    {{"canopy_ha", 2}, {"sequestration_t_per_ha", 10.3}, {"maturity_years", 10}})};
        const ScenarioResult r = runAll(p);
        const MeasureResult &m = measureNamed(r, QStringLiteral("trees"));
        // Nowak 2013: 10.3 t/ha; 2 ha = 20.6 t at maturity; year 1 of 10 → 2.06 t, year 5 → 10.3 t
        COMPARE_CLOSE(m.sink[0], 2.06);
        COMPARE_CLOSE(m.sink[4], 10.3);
        // A sink never hides gross emissions.
        COMPARE_CLOSE(r.gross[0], 1.0e6 * kGridT);
        COMPARE_CLOSE(r.net[0], 1.0e6 * kGridT - 2.06);
        COMPARE_CLOSE(m.wedge.abs().sum(), 0.0);
    }

    void creditsAreAnOffsetAtTheirPrice()
    {
        Plan p = electricityPlan();
        p.measures = {measure(MeasureKind::CarbonCredits, QStringLiteral("credits"), 2024,
                              {{"tonnes_per_year", 50}, {"price_per_t", 97.49}})};
        const ScenarioResult r = runAll(p);
        const MeasureResult &m = measureNamed(r, QStringLiteral("credits"));
        COMPARE_CLOSE(m.credit[0], 50.0);
        COMPARE_CLOSE(r.gross[0], 1.0e6 * kGridT);
        COMPARE_CLOSE(r.credits[0], 50.0);
        // Credits abate nothing: no tonne abated, no cost per tonne abated. The levelised
        // cost per credit is its price (MEE 2025: 97.49 CNY/t).
        QCOMPARE(m.abatedTotal, 0.0);
        QVERIFY(!m.costPerTonne.has_value());
        QVERIFY(m.costPerCredit.has_value());
        COMPARE_CLOSE(*m.costPerCredit, 97.49);
        COMPARE_CLOSE(m.creditedTotal, 50.0 * double(r.net.size()));
    }

    void traitsAreWhatTheEngineDoes()
    {
        // Every kind's catalogue traits against what the engine makes of one measure of it:
        // a column of its own exactly where the kind adds activity, booked to the sector the
        // traits name; a credit exactly where the kind is one.
        int adding = 0;
        for (MeasureKind kind : kAllMeasureKinds) {
            const MeasureTraits &traits = MeasureCatalogue::spec(kind).traits;
            Plan p = electricityPlan();
            p.measures = {MeasureCatalogue::makeDefault(kind, QStringLiteral("m"), 2024)};
            if (kind == MeasureKind::Custom)
                p.measures.front().targets = {QStringLiteral("homes")};
            const Scenario all = allMeasures(p);
            const EngineInput in = EngineInput::compile(p, &all, noLibrary());
            QCOMPARE(in.measures.size(), size_t(1));
            const int added = in.measures.front().addedColumn;
            QCOMPARE(added >= 0, traits.adds != AddedActivity::None);
            if (added >= 0) {
                ++adding;
                QCOMPARE(in.columns[size_t(added)].sector, traits.addedSector);
                QCOMPARE(in.columns[size_t(added)].carrier == QLatin1String("electricity"),
                         traits.adds == AddedActivity::Electricity);
            }
            MeasureResult r;
            r.kind = kind;
            QCOMPARE(r.isCredit(), kind == MeasureKind::CarbonCredits);
        }
        QCOMPARE(adding, 3); // heat pumps, shared transport, composting
    }
};

QTEST_GUILESS_MAIN(TestMeasureKinds)
#include "TestMeasureKinds.moc"
