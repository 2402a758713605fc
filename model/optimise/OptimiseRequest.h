#pragma once

#include "plan/Party.h"

#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// A measure the optimiser may use, and the levels it may take (0..1 of the measure as
// specified; 0 = left out). A measure of the plan that is no candidate is left out.
struct OptimiseCandidate
{
    QString measure; // measure id
    QList<double> levels;
};

// `measure` is used (level above 0) only if `required` is at `minLevel` or more (heat pumps
// only with retrofit ≥ 50 %).
struct OptimisePrerequisite
{
    QString measure;
    QString required;
    double minLevel = 0;
};

// Never both `first` and `second` (each above 0).
struct OptimiseExclusion
{
    QString first;
    QString second;
};

// The most `payer` may invest over the plan's years (plan currency), its share of each measure's
// investment as the plan's payer splits give it (docs/residents.md).
struct OptimisePayerBudget
{
    Party payer = Party::Other;
    double amount = 0;
};

// What the committee asks the optimiser (docs/optimiser.md, "The question"): the least
// present cost of a choice of levels such that net emissions in `targetYear` are at most the
// target, within the budget and the rules.
struct OptimiseRequest
{
    enum class Target
    {
        NetZero, // net ≤ 0
        Cut      // net ≤ (1 − cut) × base-year gross
    };

    QList<OptimiseCandidate> candidates;
    int targetYear = 0;
    Target target = Target::NetZero;
    double cut = 0;               // for Target::Cut: 0.6 = net 60 % below base-year gross
    std::optional<double> budget; // Σ investment (capex) over the years, plan currency
    QList<OptimisePrerequisite> prerequisites;
    QList<OptimiseExclusion> exclusions;
    // Further limits (docs/optimiser.md, "Further limits"), each a linear row of the program:
    bool interimTargets = false; // the plan's interim cuts: gross in each year ≤ (1 − cut) × base
    std::optional<double> carbonBudget;      // Σ net over the plan's years (tCO2e) at most this
    std::optional<double> budgetPerYear;     // investment in every year at most this
    QList<OptimisePayerBudget> payerBudgets; // investment a payer bears over the years
    // A group of interacting measures with more combinations of levels than this is searched
    // by the greedy heuristic instead of every combination (docs/optimiser.md).
    int maxCombinations = 4096;
    int alternatives = 0; // near-optimal choices within +10 % cost, as different as possible
    // Credit candidates (carbon_credits) take any level between their lowest and highest
    // instead of one of their levels: any quantity of credits within the cap their highest
    // level sets (docs/optimiser.md, "Credits as any quantity").
    bool continuousCredits = false;

    // The levels every candidate gets when none are given: 0, 25, 50, 75 and 100 %.
    static QList<double> defaultLevels() { return {0.0, 0.25, 0.5, 0.75, 1.0}; }
};

} // namespace zeroplan
