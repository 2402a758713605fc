#pragma once
// What TestResultJson and TestResultCsv share.
#include "engine/MonteCarlo.h"
#include "engine/ScenarioEngine.h"
#include "engine/Sensitivity.h"
#include "export/ResultsCsv.h"
#include "inventory/FactorLibrary.h"
#include "plan/Plan.h"
#include "storage/CsvWriter.h"
#include "storage/FactorLibraryJson.h"
#include "storage/ResultJson.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>

namespace zeroplan::test {

constexpr int kBaseYear = 2024;

constexpr int kYears = 7; // 2024 … 2030

inline EmissionFactor factor(const QString &id, const QString &carrier, double kgPerUnit,
                             const QString &unit)
{
    EmissionFactor f;
    f.id = id;
    f.name = id;
    f.carrier = carrier;
    f.gases = {{Gas::CO2e, kgPerUnit}};
    f.activityUnit = unit;
    f.year = kBaseYear;
    f.source = QStringLiteral("test");
    return f;
}

inline ActivityLine line(const QString &id, Sector sector, const QString &carrier, double amount,
                         const QString &unit, const QString &factorId)
{
    ActivityLine a;
    a.id = id;
    a.sector = sector;
    a.subsector = QStringLiteral("residential");
    a.scope = carrier == QStringLiteral("electricity") ? 2 : 1;
    a.carrier = carrier;
    a.amount = amount;
    a.unit = unit;
    a.factor = factorId;
    a.driver = Driver::Fixed;
    return a;
}

inline Measure measure(MeasureKind kind, const QString &id, const QString &name,
                       const QMap<QString, double> &parameters)
{
    Measure m;
    m.id = id;
    m.kind = kind;
    m.name = name;
    m.startYear = kBaseYear;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        m.parameters.insert(it.key(), UncertainValue{it.value(), {}, {}, {}});
    return m;
}

// Hand-worked figures (tCO2e per year, every year, drivers fixed):
//   electricity 1,000,000 kWh × 0.5 kg/kWh = 500; petrol 10,000 L × 2.3 kg/L = 23;
//   BAU gross = 523.
//   LED: lighting share 0.2 × savings 0.5 = 10 % of electricity = 50 → gross 473.
//   Credits: 100 a year. Trees: 2 ha × 10 t/ha at growth min(1, (age+1)/2): 10, then 20.
//   Net "Ambitious" = 473 − sinks − 100: 363 in 2024, 353 after.
//   "Offset everything": credits 600 ≥ 523 → net ≤ 0 from 2024.
inline Plan makePlan()
{
    Plan p;
    p.title = QStringLiteral("Test plan, \"quoted\"");
    p.community.name = QStringLiteral("测试社区");
    p.community.baseYear = kBaseYear;
    p.community.horizonEnd = kBaseYear + kYears - 1;
    p.community.population = 1000;
    p.community.households = 400;
    p.community.targets.neutralityYear = 2030;
    p.community.targets.interim = {{2027, 0.1}};
    p.community.targets.carbonBudget = 2000.0;
    p.factors = {
        factor(QStringLiteral("test-grid"), QStringLiteral("electricity"), 0.5,
               QStringLiteral("kWh")),
        factor(QStringLiteral("test-petrol"), QStringLiteral("petrol"), 2.3, QStringLiteral("L"))};
    p.activities = {line(QStringLiteral("elec"), Sector::StationaryEnergy,
                         QStringLiteral("electricity"), 1e6, QStringLiteral("kWh"),
                         QStringLiteral("test-grid")),
                    line(QStringLiteral("petrol"), Sector::Transport, QStringLiteral("petrol"), 1e4,
                         QStringLiteral("L"), QStringLiteral("test-petrol"))};
    Measure led =
        measure(MeasureKind::LedLighting, QStringLiteral("led"), QStringLiteral("LED, stairwells"),
                {{QStringLiteral("lighting_share"), 0.2}, {QStringLiteral("savings"), 0.5}});
    led.parameters[QStringLiteral("savings")].low = 0.4;
    led.parameters[QStringLiteral("savings")].high = 0.6;
    Measure idle = measure(MeasureKind::Custom, QStringLiteral("idle"), QStringLiteral("Idle idea"),
                           {{QStringLiteral("share"), 0.0}});
    idle.targets = {QStringLiteral("elec")};
    p.measures = {
        led, idle,
        measure(MeasureKind::CarbonCredits, QStringLiteral("credits"), QStringLiteral("Credits"),
                {{QStringLiteral("tonnes_per_year"), 100}, {QStringLiteral("price_per_t"), 80}}),
        measure(MeasureKind::TreePlanting, QStringLiteral("trees"), QStringLiteral("Trees"),
                {{QStringLiteral("canopy_ha"), 2},
                 {QStringLiteral("sequestration_t_per_ha"), 10},
                 {QStringLiteral("maturity_years"), 2}})};
    Measure bigCredits = p.measures.at(2);
    bigCredits.id = QStringLiteral("big-credits");
    bigCredits.parameters[QStringLiteral("tonnes_per_year")].value = 600;
    p.measures.append(bigCredits);
    p.scenarios = {{QStringLiteral("Ambitious"),
                    {},
                    {{QStringLiteral("led"), 1},
                     {QStringLiteral("idle"), 1},
                     {QStringLiteral("credits"), 1},
                     {QStringLiteral("trees"), 1}}},
                   {QStringLiteral("Offset everything"), {}, {{QStringLiteral("big-credits"), 1}}}};
    return p;
}

struct Fixture
{
    Plan plan = makePlan();
    PlanResult result = ScenarioEngine(FactorLibraryJson::builtIn()).run(plan);
    QJsonObject json = ResultJson::toJson(plan, result);
};

inline const Fixture &fixture()
{
    static const Fixture f;
    return f;
}

inline double at(const QJsonObject &o, const QString &key, int year)
{
    return o.value(key).toArray().at(year - kBaseYear).toDouble();
}

inline bool closeTo(double actual, double expected, double relTol = 1e-9)
{
    return std::abs(actual - expected) <= relTol * std::max(1.0, std::abs(expected));
}

inline std::vector<ScenarioUncertainty> uncertaintyFor(const Plan &plan, int samples, quint64 seed)
{
    const ScenarioEngine engine(FactorLibraryJson::builtIn());
    std::vector<ScenarioUncertainty> out;
    for (const Scenario &s : plan.scenarios) {
        const EngineInput input = engine.compile(plan, &s);
        MonteCarloOptions options;
        options.samples = samples;
        options.seed = seed;
        out.push_back({*MonteCarlo::run(input, options), Sensitivity::run(input)});
    }
    return out;
}

} // namespace zeroplan::test
