#include "BaselineTotals.h"

#include "engine/Results.h"
#include "plan/Plan.h"

namespace zeroplan {

BaselineTotals BaselineTotals::from(const Plan &plan, const PlanResult &result)
{
    BaselineTotals totals;
    for (const Sector sector : kAllSectors) {
        Row row{sector, 0, 0};
        for (const ActivityLine &line : plan.activities)
            row.lines += line.sector == sector;
        for (const SourceResult &source : result.bauSources) {
            if (source.sector == sector && source.emissions.size() > 0)
                row.tonnes += source.emissions[0];
        }
        if (row.lines > 0 || row.tonnes != 0)
            totals.sectors.append(row);
        totals.total += row.tonnes;
    }
    if (plan.community.population > 0)
        totals.perResident = totals.total / plan.community.population;
    if (plan.community.households > 0)
        totals.perHousehold = totals.total / plan.community.households;
    return totals;
}

QList<SectorShare> BaselineTotals::shares() const
{
    QList<SectorShare> out;
    for (const Row &row : sectors) {
        if (row.tonnes != 0) // the donut draws what is above zero and counts all in its total
            out.append({row.sector, row.tonnes});
    }
    return out;
}

} // namespace zeroplan
