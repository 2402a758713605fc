#include "InventoryEmissions.h"

#include "engine/EngineInput.h"
#include "plan/ActualInventory.h"
#include "plan/Plan.h"

#include <QHash>
#include <cmath>

namespace zeroplan {
namespace {

// The plan's lines as the engine sees them in one year: a copy of the plan with no measures and
// a horizon of that year alone, compiled as BAU.
InventoryEmissions emissionsOf(Plan plan, QList<ActivityLine> activities, int year,
                               const FactorLibrary &library)
{
    const QHash<QString, Driver> drivers = [&] {
        QHash<QString, Driver> d;
        for (const ActivityLine &l : activities)
            d.insert(l.id, l.driver);
        return d;
    }();
    plan.activities = std::move(activities);
    plan.measures.clear();
    plan.scenarios.clear();
    plan.community.baseYear = year;
    plan.community.horizonEnd = year;
    const EngineInput in = EngineInput::compile(plan, nullptr, library);

    InventoryEmissions out;
    out.year = year;
    out.lines.year = year;
    // Lines of one sector, subsector and carrier are one line of the decomposition: their
    // activity in the dimension's base unit summed, their factor the emissions over it.
    QHash<QString, size_t> byKey;
    for (int c = 0; c < in.lineCount; ++c) {
        const EngineColumn &column = in.columns[size_t(c)];
        const double quantity = column.bau[0] * column.basePerUnit;
        const double tonnes = column.bau[0] * column.ef[0];
        out.gross += tonnes;
        out.bySector[size_t(column.sector)] += tonnes;
        const QString key =
            sectorId(column.sector) + u'|' + column.subsector + u'|' + column.carrier;
        const auto found = byKey.constFind(key);
        if (found == byKey.cend()) {
            byKey.insert(key, out.lines.lines.size());
            out.lines.lines.push_back(
                {key, quantity, tonnes, drivers.value(column.id, Driver::Population),
                 InventoryEmissions::weatherSensitive(column.sector, column.carrier)});
        } else {
            DecompositionLine &line = out.lines.lines[*found];
            line.quantity += quantity;
            line.factor += tonnes; // emissions for now, divided below
        }
    }
    for (DecompositionLine &line : out.lines.lines)
        line.factor = line.quantity > 0 ? line.factor / line.quantity : 0.0;
    return out;
}

double grown(double base, double rate, int years)
{
    return base * std::pow(1.0 + rate, years);
}

} // namespace

bool InventoryEmissions::weatherSensitive(Sector sector, const QString &carrier)
{
    if (sector != Sector::StationaryEnergy)
        return false;
    for (const char *heating : {"natural_gas", "district_heat", "coal", "lpg"}) {
        if (carrier == QLatin1String(heating))
            return true;
    }
    return false;
}

InventoryEmissions InventoryEmissions::baseline(const Plan &plan, const FactorLibrary &library,
                                                std::optional<double> heatingDegreeDays)
{
    InventoryEmissions e = emissionsOf(plan, plan.activities, plan.community.baseYear, library);
    e.lines.population = plan.community.population;
    e.lines.households = plan.community.households;
    e.lines.heatingDegreeDays = heatingDegreeDays;
    return e;
}

InventoryEmissions InventoryEmissions::actual(const Plan &plan, const ActualInventory &inventory,
                                              const FactorLibrary &library)
{
    InventoryEmissions e = emissionsOf(plan, inventory.activities, inventory.year, library);
    // Sector totals without activity: emissions, and a line of the decomposition whose activity
    // is its tonnes (any change of it is intensity).
    for (const SectorTotal &total : inventory.sectorTotals) {
        e.gross += total.tonnes;
        e.bySector[size_t(total.sector)] += total.tonnes;
        e.lines.lines.push_back({QStringLiteral("total|") + sectorId(total.sector), total.tonnes,
                                 1.0, Driver::Population, false});
    }
    const int years = inventory.year - plan.community.baseYear;
    e.lines.population = inventory.population.value_or(
        grown(plan.community.population, plan.drivers.populationGrowth, years));
    e.lines.households = inventory.households.value_or(
        grown(plan.community.households, plan.drivers.householdGrowth, years));
    e.lines.heatingDegreeDays = inventory.heatingDegreeDays;
    return e;
}

} // namespace zeroplan
