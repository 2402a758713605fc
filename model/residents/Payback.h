#pragma once

#include "EigenTypes.h"

#include <optional>

namespace zeroplan {

// Money over the years as one payer sees it (docs/residents.md, "Formulas").
class Payback
{
public:
    // Σ x(t) / (1 + r)^t with t = 0 in the base year, as the engine discounts (CostModel).
    static double presentValue(const YearSeries &x, double discountRate);
    // The index of the first year by which money was spent (Σ cost > 0 so far) and from which
    // the cumulative net (savings − costs) stays at or above 0 to the horizon end; none when
    // nothing was spent or it never pays back within the horizon.
    static std::optional<Eigen::Index> year(const YearSeries &net, const YearSeries &cost);
};

} // namespace zeroplan
