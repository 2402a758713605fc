#include "RandomPlan.h"

#include "PlanFixtures.h"
#include "engine/SampleRandom.h"

namespace zeroplan::test {
namespace {

struct LineKind
{
    Sector sector;
    const char *subsector;
    const char *carrier;
    const char *unit;
    const char *factor;
    double typical;
};

constexpr LineKind kLineKinds[] = {
    {Sector::StationaryEnergy, "residential", "electricity", "kWh", "grid", 1.0e6},
    {Sector::StationaryEnergy, "public", "electricity", "kWh", "grid", 2.0e5},
    {Sector::StationaryEnergy, "commercial", "electricity", "MWh", "grid", 300},
    {Sector::StationaryEnergy, "residential", "natural_gas", "m³", "gas", 1.0e5},
    {Sector::StationaryEnergy, "residential", "natural_gas", "kWh", "gas-kwh", 5.0e5},
    {Sector::Transport, "private", "car_travel", "km", "car", 1.0e6},
    {Sector::Transport, "private", "petrol", "L", "petrol", 1.0e5},
    {Sector::Waste, "residential", "food_waste", "t", "food-landfill", 200},
    {Sector::Waste, "residential", "landfill_waste", "kg", "msw-landfill", 5.0e5},
};

} // namespace

Plan randomPlan(std::uint64_t seed, int lines, int measures, int baseYear, int horizonEnd)
{
    SampleRandom random(seed);
    Plan p = basePlan(baseYear, horizonEnd);
    // Gas metered in kWh needs a factor per kWh: IPCC 2006 V2 T2.2, 56,100 kg CO2/TJ
    // × 0.0000036 TJ/kWh = 0.20196 kg/kWh.
    EmissionFactor gasPerKwh = p.factors[1];
    gasPerKwh.id = QStringLiteral("gas-kwh");
    gasPerKwh.gases = {{Gas::CO2, 0.20196}};
    gasPerKwh.activityUnit = QStringLiteral("kWh");
    gasPerKwh.source = QStringLiteral("IPCC 2006 V2 Table 2.2: 56,100 kg CO2/TJ");
    p.factors.append(gasPerKwh);
    p.drivers.populationGrowth = 0.02 * random.uniform() - 0.005;
    p.drivers.householdGrowth = 0.01 * random.uniform();
    p.drivers.sectorTrends = {{Sector::Transport, 0.02 * random.uniform() - 0.01}};
    for (int i = 0; i < lines; ++i) {
        const LineKind &k = kLineKinds[random.next() % std::size(kLineKinds)];
        ActivityLine l =
            line(QStringLiteral("line%1").arg(i), k.sector, QString::fromLatin1(k.subsector),
                 QString::fromLatin1(k.carrier), k.typical * (0.2 + 2 * random.uniform()),
                 QString::fromUtf8(k.unit), QString::fromLatin1(k.factor));
        l.driver = Driver(random.next() % 3);
        p.activities.append(l);
    }
    Scenario all;
    all.name = QStringLiteral("all");
    for (int i = 0; i < measures; ++i) {
        const MeasureKind kind = kAllMeasureKinds[random.next() % std::size(kAllMeasureKinds)];
        Measure m = MeasureCatalogue::makeDefault(kind, QStringLiteral("m%1").arg(i),
                                                  baseYear + int(random.next() % 10));
        m.rampYears = int(random.next() % 6);
        m.rampShape = random.uniform() < 0.5 ? RampShape::Linear : RampShape::SCurve;
        m.lifetimeYears = 5 + int(random.next() % 25);
        m.costs.capex = 1.0e5 * random.uniform();
        m.costs.opexPerYear = 1.0e3 * random.uniform();
        for (auto it = m.parameters.begin(); it != m.parameters.end(); ++it) {
            const ParameterSpec *spec = MeasureCatalogue::spec(kind).parameter(it.key());
            // Sizes grow with the plan, so that measures interact and clamp.
            if (spec && spec->maximum > 100 && it->value > 1)
                it->value = std::min(spec->maximum, it->value * (0.5 + 2 * random.uniform()));
            if (it->low && it->high) {
                it->low = std::min(*it->low, it->value);
                it->high = std::max(*it->high, it->value);
            }
        }
        if (kind == MeasureKind::Custom)
            m.targets = {QStringLiteral("line%1").arg(random.next() % std::max(1, lines))};
        p.measures.append(m);
        all.measures.append({m.id, 0.2 + 0.8 * random.uniform()});
    }
    p.scenarios = {all};
    return p;
}

} // namespace zeroplan::test
