// A plan factor with the id of a library factor replaces it everywhere the plan counts that
// factor: on the plan's own lines and on the electricity, gas and fuel that measures add or
// take away. The plan uses the shipped library, its grid region is South China and it sets
// no electricity factor of its own, so the added electricity comes from the grid region's
// library factor (grid-cn-south-2023, 0.4042 kg/kWh) unless the plan overrides that id.
// Every figure is worked out in the comments; the catalogue's formulas are in
// docs/measures.md.
#include "EngineChecks.h"
#include "PlanFixtures.h"
#include "engine/ScenarioEngine.h"
#include "inventory/FactorLibrary.h"
#include "plan/FactorResolver.h"
#include "storage/FactorLibraryJson.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr double kOwnGridT = 0.3e-3;          // the plan's grid factor, t/kWh
constexpr double kOwnGasT = 2.0e-3;           // the plan's gas factor, t/m³
constexpr double kOwnPetrolT = 2.5e-3;        // the plan's petrol factor, t/L
constexpr double kGasKwhPerM3 = 38.931 / 3.6; // GB/T 32151 NCV

EmissionFactor own(const QString &id, const QString &carrier, double kg, const QString &unit)
{
    EmissionFactor f;
    f.id = id;
    f.name = QStringLiteral("Own ") + id;
    f.carrier = carrier;
    f.gases = {{Gas::CO2, kg}};
    f.massUnit = QStringLiteral("kg");
    f.activityUnit = unit;
    f.source = QStringLiteral("the community's own figure");
    return f;
}

// South China, no electricity factor of its own: lines use the library's ids.
Plan southChinaPlan()
{
    Plan p = basePlan(2024, 2030);
    p.factors.clear();
    p.community.electricityFactor.clear();
    p.community.gridRegion = QStringLiteral("CN-South");
    p.activities = {
        line(QStringLiteral("homes"), Sector::StationaryEnergy, QStringLiteral("residential"),
             QStringLiteral("electricity"), 1.0e6, QStringLiteral("kWh"),
             QStringLiteral("grid-cn-south-2023")),
        line(QStringLiteral("heat"), Sector::StationaryEnergy, QStringLiteral("residential"),
             QStringLiteral("natural_gas"), 1.0e5, QStringLiteral("m³"),
             QStringLiteral("natural-gas-cn-m3")),
        line(QStringLiteral("fuel"), Sector::Transport, QStringLiteral("private"),
             QStringLiteral("petrol"), 1.0e5, QStringLiteral("L"), QStringLiteral("petrol-ipcc-l")),
    };
    return p;
}

Plan overridden(Plan p)
{
    p.factors = {
        own(QStringLiteral("grid-cn-south-2023"), QStringLiteral("electricity"), 0.3,
            QStringLiteral("kWh")),
        own(QStringLiteral("natural-gas-cn-m3"), QStringLiteral("natural_gas"), 2.0,
            QStringLiteral("m³")),
        own(QStringLiteral("petrol-ipcc-l"), QStringLiteral("petrol"), 2.5, QStringLiteral("L"))};
    return p;
}

ScenarioResult runAll(const Plan &plan)
{
    return ScenarioEngine(FactorLibraryJson::builtIn()).runScenario(plan, allMeasures(plan));
}

} // namespace

class TestPlanFactorOverride : public QObject
{
    Q_OBJECT

private slots:
    void resolverPrefersThePlansFactorForTheGridRegion()
    {
        const Plan library = southChinaPlan();
        const EmissionFactor *shipped =
            FactorResolver(library, FactorLibraryJson::builtIn()).electricity();
        QVERIFY(shipped);
        QCOMPARE(shipped->gases.first().value, 0.4042);
        const Plan own = overridden(southChinaPlan());
        const EmissionFactor *f = FactorResolver(own, FactorLibraryJson::builtIn()).electricity();
        QVERIFY(f);
        QCOMPARE(f, &own.factors.first());
        QCOMPARE(f->gases.first().value, 0.3);
    }

    void baselineLinesUseThePlansFactors()
    {
        // 1,000,000 kWh × 0.3 + 100,000 m³ × 2.0 + 100,000 L × 2.5 kg = 300 + 200 + 250 t.
        const PlanResult r =
            ScenarioEngine(FactorLibraryJson::builtIn()).run(overridden(southChinaPlan()));
        COMPARE_CLOSE(r.bauGross[0], 750.0);
    }

    void heatPumpsAddElectricityAtThePlansGridFactor()
    {
        Plan p = overridden(southChinaPlan());
        p.measures = {measure(MeasureKind::HeatPump, QStringLiteral("hp"), 2024,
                              {{"share_replaced", 0.3}, {"cop", 3.0}, {"boiler_efficiency", 0.9}})};
        const ScenarioResult r = runAll(p);
        // 30,000 m³ of gas gone × 2.0 kg = 60 t; 30,000 m³ × 10.814 kWh × 0.9 / 3.0
        // = 97,327.5 kWh added × 0.3 kg = 29.198 t (at the library's 0.4042: 39.34 t).
        const double kwh = 30000 * kGasKwhPerM3 * 0.9 / 3.0;
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("hp")).wedge[0],
                      30000 * kOwnGasT - kwh * kOwnGridT);
        const SourceResult *added = sourceNamed(r, QStringLiteral("hp/added"));
        QVERIFY(added);
        COMPARE_CLOSE(added->emissions[0], kwh * kOwnGridT);
    }

    void sharedTransportSavesThePlansPetrolAndAddsThePlansElectricity()
    {
        Plan p = overridden(southChinaPlan());
        p.measures = {measure(
            MeasureKind::SharedTransport, QStringLiteral("share"), 2024,
            {{"shift_share", 0.05}, {"replacement_kwh_per_km", 0.011}, {"fuel_l_per_100km", 6.0}})};
        const ScenarioResult r = runAll(p);
        // 5,000 L × 2.5 kg = 12.5 t saved; 5,000 L / 6 L per 100 km = 83,333 km × 0.011 kWh
        // = 916.7 kWh × 0.3 kg = 0.275 t added.
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("share")).wedge[0],
                      5000 * kOwnPetrolT - 5000.0 / 0.06 * 0.011 * kOwnGridT);
    }

    void solarAndLedSaveElectricityAtThePlansGridFactor()
    {
        Plan p = overridden(southChinaPlan());
        p.measures = {measure(MeasureKind::LedLighting, QStringLiteral("led"), 2024,
                              {{"lighting_share", 0.15}, {"savings", 0.5}}),
                      measure(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2024,
                              {{"capacity_kwp", 100},
                               {"specific_yield", 1200},
                               {"degradation", 0.0},
                               {"self_consumption", 1.0},
                               {"export_credit", 0}})};
        const ScenarioResult r = runAll(p);
        // LED: 1,000,000 kWh × 0.15 × 0.5 = 75,000 kWh × 0.3 kg = 22.5 t.
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("led")).wedge[0], 75000 * kOwnGridT);
        // Solar: 100 kWp × 1,200 kWh = 120,000 kWh × 0.3 kg = 36 t.
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("pv")).wedge[0], 120000 * kOwnGridT);
    }

    void withoutOverrideTheLibraryFactorStillCounts()
    {
        Plan p = southChinaPlan();
        p.measures = {measure(MeasureKind::HeatPump, QStringLiteral("hp"), 2024,
                              {{"share_replaced", 0.3}, {"cop", 3.0}, {"boiler_efficiency", 0.9}})};
        const ScenarioResult r = runAll(p);
        // 30,000 m³ × 2.16 kg = 64.8 t; 97,327.5 kWh × 0.4042 kg = 39.34 t.
        const double kwh = 30000 * kGasKwhPerM3 * 0.9 / 3.0;
        COMPARE_CLOSE(measureNamed(r, QStringLiteral("hp")).wedge[0], 64.8 - kwh * 0.4042e-3);
    }
};

QTEST_APPLESS_MAIN(TestPlanFactorOverride)
#include "TestPlanFactorOverride.moc"
