#pragma once

#include "EigenTypes.h"

#include <QList>
#include <functional>
#include <vector>

namespace zeroplan {

struct EngineInput;

// One choice of levels for the measures of one interaction group, as the engine ran it with
// every other measure left out (docs/optimiser.md, "Exact under interaction").
struct GroupOption
{
    std::vector<double> levels;           // one per measure of the group, in the group's order
    YearSeries reduction;                 // BAU − net, per year: what the choice takes off net
    double presentCost = 0;               // Σ the group's measures' present cost (savings count)
    double capex = 0;                     // Σ investment over the years
    YearSeries grossReduction;            // BAU − gross, per year (the interim cuts are on gross)
    YearSeries capexPerYear;              // investment per year
    std::vector<YearSeries> measureCapex; // each measure's investment per year, group order
};

// Every option of a group, or the heuristic's chain of them when it has too many.
struct GroupOptions
{
    std::vector<int> measures; // indices into EngineInput::measures
    std::vector<GroupOption> options;
    bool exhaustive = true; // false: the greedy chain (docs/optimiser.md, "Large groups")
    // The two options are the ends of a segment along which every figure is linear in the
    // level (ContinuousCredits): any mix of them, weights adding up to 1, is a choice.
    bool continuous = false;
};

// The options of `group` in `input` (compiled with every candidate in it), each candidate
// taking one of its `levels` (indexed like EngineInput::measures; a measure not in the group
// is run at level 0). `allowed` rules a combination out (a prerequisite or exclusion inside the
// group); `bau` is the business-as-usual net, per year. Evaluates every combination when there
// are at most `maxCombinations`, else builds the greedy chain: from every measure at its
// lowest level, step by step the one raise of one measure to its next level that costs least
// per tonne taken off in the target year (`targetRow`), each step run by the engine, until no
// raise takes more off. `step`, if given, is told of each step as it is made (how many steps
// it makes; groupSteps() in all) and returns false to stop: the options are then incomplete.
GroupOptions groupOptions(EngineInput input, const std::vector<int> &group,
                          const std::vector<QList<double>> &levels, const YearSeries &bau,
                          int targetRow, int maxCombinations,
                          const std::function<bool(const std::vector<double> &)> &allowed,
                          const std::function<bool(int steps)> &step = {});

// The steps groupOptions() makes for `group`: its combinations of levels when it enumerates
// them, else the longest greedy chain (every measure at its lowest level, then one raise at a
// time to every measure at its highest).
int groupSteps(const std::vector<int> &group, const std::vector<QList<double>> &levels,
               int maxCombinations);

} // namespace zeroplan
