#include "PlanFixtures.h"

namespace zeroplan::test {
namespace {

EmissionFactor factor(const QString &id, const QString &carrier, QList<GasAmount> gases,
                      const QString &unit, const QString &source)
{
    EmissionFactor f;
    f.id = id;
    f.name = id;
    f.carrier = carrier;
    f.gases = std::move(gases);
    const auto slash = unit.indexOf(QLatin1Char('/'));
    f.massUnit = unit.left(slash);
    f.activityUnit = unit.mid(slash + 1);
    f.source = source;
    return f;
}

} // namespace

Plan basePlan(int baseYear, int horizonEnd)
{
    Plan p;
    p.title = QStringLiteral("Test plan");
    p.community.name = QStringLiteral("Test community");
    p.community.population = 1000;
    p.community.households = 400;
    p.community.baseYear = baseYear;
    p.community.horizonEnd = horizonEnd;
    p.community.discountRate = 0.05;
    p.community.electricityFactor = QStringLiteral("grid");
    p.factors = {
        factor(QStringLiteral("grid"), QStringLiteral("electricity"), {{Gas::CO2, 0.4042}},
               QStringLiteral("kg/kWh"), QStringLiteral("MEE: South China grid 2023")),
        factor(QStringLiteral("gas"), QStringLiteral("natural_gas"), {{Gas::CO2, 2.16}},
               QStringLiteral("kg/m³"), QStringLiteral("GB/T 32151: China default")),
        factor(QStringLiteral("petrol"), QStringLiteral("petrol"), {{Gas::CO2, 2.27}},
               QStringLiteral("kg/L"), QStringLiteral("IPCC 2006: 69,300 kg/TJ x 44.3 x 0.74")),
        factor(QStringLiteral("car"), QStringLiteral("car_travel"), {{Gas::CO2, 106.6}},
               QStringLiteral("g/km"), QStringLiteral("EEA: EU new cars 2023 WLTP")),
        factor(QStringLiteral("food-landfill"), QStringLiteral("food_waste"),
               {{Gas::CH4Biogenic, 45}}, QStringLiteral("kg/t"),
               QStringLiteral("IPCC 2006 V5 mass balance: 0.045 t CH4/t")),
        factor(QStringLiteral("msw-landfill"), QStringLiteral("landfill_waste"),
               {{Gas::CH4Biogenic, 45}}, QStringLiteral("kg/t"),
               QStringLiteral("IPCC 2006 V5 mass balance with DOC 0.15")),
    };
    return p;
}

ActivityLine line(const QString &id, Sector sector, const QString &subsector,
                  const QString &carrier, double amount, const QString &unit,
                  const QString &factorId)
{
    ActivityLine l;
    l.id = id;
    l.sector = sector;
    l.subsector = subsector;
    l.scope = carrier == QLatin1String("electricity") ? 2 : 1;
    l.carrier = carrier;
    l.amount = amount;
    l.unit = unit;
    l.factor = factorId;
    l.source = QStringLiteral("test");
    return l;
}

Measure measure(MeasureKind kind, const QString &id, int startYear,
                std::initializer_list<std::pair<const char *, double>> parameters)
{
    Measure m = MeasureCatalogue::makeDefault(kind, id, startYear);
    for (auto &p : m.parameters) {
        p.low.reset();
        p.high.reset();
    }
    for (const auto &[key, value] : parameters)
        m.parameters[QString::fromLatin1(key)].value = value;
    return m;
}

Plan gasHeatPumpPlan(int rampYears)
{
    Plan plan = basePlan(2024, 2026);
    plan.community.currency = QStringLiteral("CNY");
    plan.activities = {line(QStringLiteral("gas-heat"), Sector::StationaryEnergy,
                            QStringLiteral("residential"), QStringLiteral("natural_gas"), 400000,
                            QStringLiteral("m³"), QStringLiteral("gas"))};
    plan.prices = {
        Price{QStringLiteral("natural_gas"), QStringLiteral("m³"), 3.0, QStringLiteral("test")},
        Price{QStringLiteral("electricity"), QStringLiteral("kWh"), 0.5, QStringLiteral("test")}};
    Measure pumps = measure(MeasureKind::HeatPump, QStringLiteral("pumps"), 2024,
                            {{"share_replaced", 0.5}, {"cop", 2.5}, {"boiler_efficiency", 0.9}});
    pumps.rampYears = rampYears;
    pumps.costs = {};
    plan.measures = {pumps};
    plan.scenarios = {allMeasures(plan)};
    return plan;
}

Scenario allMeasures(const Plan &plan, const QString &name)
{
    Scenario s;
    s.name = name;
    for (const Measure &m : plan.measures)
        s.measures.append({m.id, 1.0});
    return s;
}

const FactorLibrary &noLibrary()
{
    static const FactorLibrary library;
    return library;
}

const Price *priceOf(const Plan &plan, const char *carrier)
{
    for (const Price &p : plan.prices) {
        if (p.carrier == QLatin1String(carrier))
            return &p;
    }
    return nullptr;
}

} // namespace zeroplan::test
