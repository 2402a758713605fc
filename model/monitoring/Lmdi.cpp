#include "Lmdi.h"

#include <cmath>

namespace zeroplan {
namespace {

double product(const std::vector<double> &values, int factors)
{
    double p = 1;
    for (int k = 0; k < factors; ++k)
        p *= std::max(values[size_t(k)], 0.0);
    return p;
}

} // namespace

double Lmdi::logMean(double a, double b)
{
    // Near a = b the quotient loses its digits; its series a(1 + d/2 − d²/12…) with d = b/a − 1
    // is exact to the last bit there.
    const double d = b / a - 1;
    if (std::abs(d) < 1e-6)
        return a * (1 + d / 2 - d * d / 12);
    return (a - b) / (std::log(a) - std::log(b));
}

std::vector<double> Lmdi::effects(const std::vector<Item> &items, int factors)
{
    std::vector<double> out(size_t(factors), 0.0);
    for (const Item &item : items) {
        const double first = product(item.first, factors);
        const double last = product(item.last, factors);
        if (first > 0 && last > 0) {
            const double weight = logMean(last, first);
            for (int k = 0; k < factors; ++k)
                out[size_t(k)] += weight * std::log(item.last[size_t(k)] / item.first[size_t(k)]);
            continue;
        }
        if (first <= 0 && last <= 0)
            continue; // nothing in either year
        // The limit as the zero values go to zero: the change belongs to the zero factors.
        std::vector<int> zero;
        for (int k = 0; k < factors; ++k) {
            if (item.first[size_t(k)] <= 0 || item.last[size_t(k)] <= 0)
                zero.push_back(k);
        }
        for (const int k : zero)
            out[size_t(k)] += (last - first) / double(zero.size());
    }
    return out;
}

} // namespace zeroplan
