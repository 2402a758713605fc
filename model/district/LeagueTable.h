#pragma once

#include "LeagueFilter.h"
#include "LeagueRow.h"

#include <QtGlobal>
#include <optional>
#include <vector>

namespace zeroplan {

class DistrictRollup;

// The district's league table: one row per community of a roll-up, sorted and filtered.
class LeagueTable
{
public:
    static std::vector<LeagueRow> rows(const DistrictRollup &rollup); // in the roll-up's order
    static LeagueRow row(const DistrictRollup &rollup, int index);
    // Sorts by `column` (stable; a row without a value last in either order; names by their
    // Unicode order, types in CommunityType's).
    static void sort(std::vector<LeagueRow> &rows, LeagueColumn column,
                     Qt::SortOrder order = Qt::AscendingOrder);
    static std::vector<LeagueRow> filtered(const std::vector<LeagueRow> &rows,
                                           const LeagueFilter &filter);
    // The value a column sorts by; none where the row has none.
    static std::optional<double> value(const LeagueRow &row, LeagueColumn column);
};

} // namespace zeroplan
