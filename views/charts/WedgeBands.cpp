#include "WedgeBands.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace zeroplan {

QList<WedgeBand> largestWedgeBands(const QList<WedgeBand> &all, int named, const QString &otherName,
                                   const QColor &otherColour)
{
    if (all.size() <= named + 1)
        return all;
    std::vector<double> totals(size_t(all.size()));
    for (qsizetype i = 0; i < all.size(); ++i)
        totals[size_t(i)] = all[i].cut.abs().sum();
    std::vector<qsizetype> order(size_t(all.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return totals[size_t(a)] > totals[size_t(b)];
    });
    std::vector<bool> keep(size_t(all.size()), false);
    for (int k = 0; k < named; ++k)
        keep[size_t(order[size_t(k)])] = true;
    QList<WedgeBand> bands;
    YearSeries rest = YearSeries::Zero(all.first().cut.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (keep[size_t(i)])
            bands.append(all[i]);
        else
            rest += all[i].cut;
    }
    bands.append({QString(), otherName, rest, otherColour, true});
    return bands;
}

} // namespace zeroplan
