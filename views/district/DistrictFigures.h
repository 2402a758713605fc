#pragma once

#include "district/LeagueRow.h"

#include <vector>

namespace zeroplan {

class DistrictRollup;

// The district's key figures (docs/desktop.md, "Districts"): its net emissions in the base
// year and in the target year, the cut between them, and how many communities reach
// neutrality by their own target. The district's target year is the latest of its
// communities' targets (each community's neutrality target, else its horizon end), within
// the district's years: by then every community means to be neutral.
struct DistrictFigures
{
    int baseYear = 0;
    int targetYear = 0;
    double baseNet = 0;              // tCO₂e/yr, Σ of the communities' net in the base year
    double targetNet = 0;            // tCO₂e/yr, in the target year
    std::optional<double> reduction; // 1 − targetNet ÷ baseNet; none when baseNet ≤ 0
    int communities = 0;
    int neutralByTarget = 0; // neutral (net ≤ 0 from then on) by their own target year

    static DistrictFigures of(const DistrictRollup &rollup, const std::vector<LeagueRow> &rows);
};

} // namespace zeroplan
