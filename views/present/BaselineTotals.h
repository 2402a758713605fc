#pragma once

#include "SectorShare.h"
#include "inventory/Sector.h"

#include <QList>
#include <optional>

namespace zeroplan {

struct Plan;
struct PlanResult;

// The baseline's emissions in the base year by GPC sector, and per resident and household:
// sums of the engine's BAU sources in year 0, the same figures as the lines' emissions column.
struct BaselineTotals
{
    struct Row
    {
        Sector sector = Sector::StationaryEnergy;
        double tonnes = 0; // tCO2e/yr
        int lines = 0;     // activity lines of the sector in the plan
    };

    QList<Row> sectors; // those with a line or emissions, in GPC order
    double total = 0;
    std::optional<double> perResident;  // none while the population is not set
    std::optional<double> perHousehold; // none while the households are not set

    static BaselineTotals from(const Plan &plan, const PlanResult &result);
    // One share per sector with emissions (not zero), for the donut.
    QList<SectorShare> shares() const;
};

} // namespace zeroplan
