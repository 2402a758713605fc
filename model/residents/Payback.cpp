#include "Payback.h"

#include <cmath>

namespace zeroplan {
namespace {

// Cumulative sums below this (plan currency) count as 0: rounding of shares and sums.
constexpr double kCentTolerance = 1e-6;

} // namespace

double Payback::presentValue(const YearSeries &x, double discountRate)
{
    const YearSeries t = YearSeries::LinSpaced(x.size(), 0.0, double(x.size() - 1));
    return (x * (-t * std::log1p(discountRate)).exp()).sum();
}

std::optional<Eigen::Index> Payback::year(const YearSeries &net, const YearSeries &cost)
{
    const Eigen::Index n = net.size();
    std::optional<Eigen::Index> from; // the first year of the run of years ≥ 0 that lasts
    double cumulative = 0;
    double spent = 0;
    for (Eigen::Index t = 0; t < n; ++t) {
        cumulative += net[t];
        spent += cost[t];
        if (cumulative < -kCentTolerance)
            from.reset();
        else if (!from && spent > kCentTolerance)
            from = t;
    }
    return from;
}

} // namespace zeroplan
