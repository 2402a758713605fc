#pragma once

#include "DistrictFlag.h"
#include "LeagueRow.h"

#include <optional>
#include <vector>

namespace zeroplan {

class DistrictRollup;

// The thresholds of the "needs help" flags. The current year is given, never read from the
// clock, so that the same district gives the same flags in a test and next year's report.
struct DistrictFlagOptions
{
    int currentYear = 0;
    int staleYears = 2;      // stale: latest data year < currentYear − staleYears
    double costFactor = 3.0; // costly: cost per tonne > costFactor × median of its currency
};

// The communities that need help, and why: one flag per reason, the largest tonnes at stake
// first (then by community order, then by kind). Messages are translated in the context
// "DistrictFlags".
class DistrictFlags
{
public:
    // `rows` are the league table's rows of `rollup` (any order, unfiltered).
    static std::vector<DistrictFlag> of(const DistrictRollup &rollup,
                                        const std::vector<LeagueRow> &rows,
                                        const DistrictFlagOptions &options);
    // The median cost per tonne of the rows in `currency` that have one; none if no row has.
    static std::optional<double> medianCostPerTonne(const std::vector<LeagueRow> &rows,
                                                    const QString &currency);
};

} // namespace zeroplan
