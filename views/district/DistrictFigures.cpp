#include "DistrictFigures.h"

#include "district/DistrictRollup.h"

#include <algorithm>

namespace zeroplan {

DistrictFigures DistrictFigures::of(const DistrictRollup &rollup,
                                    const std::vector<LeagueRow> &rows)
{
    DistrictFigures figures;
    figures.baseYear = rollup.baseYear();
    int target = rollup.baseYear();
    for (const LeagueRow &row : rows) {
        target = std::max(target, row.targetYear);
        if (row.neutralityYear && *row.neutralityYear <= row.targetYear)
            ++figures.neutralByTarget;
    }
    figures.targetYear = rows.empty() ? rollup.horizonEnd()
                                      : std::clamp(target, rollup.baseYear(), rollup.horizonEnd());
    figures.communities = int(rows.size());
    const YearSeries net = rollup.net();
    if (net.size() > 0) {
        figures.baseNet = net[0];
        figures.targetNet = net[figures.targetYear - rollup.baseYear()];
    }
    if (figures.baseNet > 0)
        figures.reduction = 1.0 - figures.targetNet / figures.baseNet;
    return figures;
}

} // namespace zeroplan
