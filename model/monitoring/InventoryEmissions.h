#pragma once

#include "ChangeDecomposition.h"
#include "inventory/Sector.h"

#include <array>

namespace zeroplan {

struct Plan;
struct ActualInventory;
class FactorLibrary;

// The gross emissions of one year's inventory, by sector and as the lines the decomposition
// reads, computed with the engine's own factor handling (units converted to the factor's unit,
// the plan's factors before the library's, GWP of the plan's set).
struct InventoryEmissions
{
    static constexpr int kSectors = 5; // Sector::StationaryEnergy … Sector::AFOLU

    int year = 0;
    double gross = 0;                        // tCO2e
    std::array<double, kSectors> bySector{}; // tCO2e, indexed by Sector
    DecompositionYear lines;                 // with the year's drivers

    double sector(Sector s) const { return bySector[size_t(s)]; }

    // The plan's baseline, in its base year.
    static InventoryEmissions baseline(const Plan &plan, const FactorLibrary &library,
                                       std::optional<double> heatingDegreeDays = std::nullopt);
    // An actual inventory of a later year, resolved against the plan's factors. Population and
    // households the inventory does not give are the plan's, grown by its drivers.
    static InventoryEmissions actual(const Plan &plan, const ActualInventory &inventory,
                                     const FactorLibrary &library);
    // Whether a line's use follows the winter: fuels and heat for buildings (natural gas, district
    // heat, coal, LPG in stationary energy). Electricity is not counted as weather-sensitive.
    static bool weatherSensitive(Sector sector, const QString &carrier);
};

} // namespace zeroplan
