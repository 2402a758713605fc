#include "Results.h"

#include <algorithm>

namespace zeroplan {

YearSeries ScenarioResult::sectorEmissions(Sector sector) const
{
    YearSeries sum = YearSeries::Zero(gross.size());
    for (const SourceResult &s : sources) {
        if (s.sector == sector)
            sum += s.emissions;
    }
    return sum;
}

std::vector<MaccPoint> ScenarioResult::macc() const
{
    std::vector<MaccPoint> points;
    for (const MeasureResult &m : measures) {
        if (m.costPerTonne && m.abatedTotal > 0)
            points.push_back({m.measureId, m.name, m.abatedTotal, *m.costPerTonne});
    }
    std::stable_sort(points.begin(), points.end(), [](const MaccPoint &a, const MaccPoint &b) {
        return a.costPerTonne < b.costPerTonne;
    });
    return points;
}

} // namespace zeroplan
