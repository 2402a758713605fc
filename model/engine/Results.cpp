#include "Results.h"

#include "measures/MeasureCatalogue.h"

#include <algorithm>

namespace zeroplan {

bool MeasureResult::isCredit() const
{
    return MeasureCatalogue::spec(kind).traits.credit;
}

YearSeries ScenarioResult::sectorEmissions(Sector sector) const
{
    YearSeries sum = YearSeries::Zero(gross.size());
    for (const SourceResult &s : sources) {
        if (s.sector == sector)
            sum += s.emissions;
    }
    return sum;
}

namespace {

void cheapestFirst(std::vector<MaccPoint> &points)
{
    std::stable_sort(points.begin(), points.end(), [](const MaccPoint &a, const MaccPoint &b) {
        return a.costPerTonne < b.costPerTonne;
    });
}

} // namespace

std::vector<MaccPoint> ScenarioResult::macc() const
{
    std::vector<MaccPoint> points;
    for (const MeasureResult &m : measures) {
        if (!m.isCredit() && m.costPerTonne && m.abatedTotal > 0)
            points.push_back({m.measureId, m.name, m.abatedTotal, *m.costPerTonne});
    }
    cheapestFirst(points);
    return points;
}

std::vector<MaccPoint> ScenarioResult::creditPoints() const
{
    std::vector<MaccPoint> points;
    for (const MeasureResult &m : measures) {
        if (m.isCredit() && m.costPerCredit && m.creditedTotal > 0)
            points.push_back({m.measureId, m.name, m.creditedTotal, *m.costPerCredit});
    }
    cheapestFirst(points);
    return points;
}

std::optional<int> ScenarioResult::reboundAfter(int from) const
{
    constexpr double tolerance = 1e-9; // as the engine's neutrality test
    for (Eigen::Index t = std::max(0, from - firstYear + 1); t < net.size(); ++t) {
        if (net[t] > tolerance)
            return firstYear + int(t);
    }
    return std::nullopt;
}

} // namespace zeroplan
