#pragma once

#include "inventory/Sector.h"

namespace zeroplan {

// One sector's part of the baseline in the base year: what the donut chart draws a slice for
// and the printed report's baseline table lists (BaselineTotals::shares).
struct SectorShare
{
    Sector sector = Sector::StationaryEnergy;
    double tonnes = 0; // tCO2e/yr in the base year
};

} // namespace zeroplan
