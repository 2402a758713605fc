#pragma once

#include "LeagueRow.h"

#include <limits>
#include <optional>

namespace zeroplan {

// Which rows a league table shows: a type, and a size range in households (both ends kept).
struct LeagueFilter
{
    std::optional<CommunityType> type; // none: every type
    double minHouseholds = 0;
    double maxHouseholds = std::numeric_limits<double>::infinity();
    bool accepts(const LeagueRow &row) const
    {
        return (!type || row.type == *type) && row.households >= minHouseholds &&
               row.households <= maxHouseholds;
    }
};

} // namespace zeroplan
