#pragma once

#include "EigenTypes.h"
#include "OptimiseRequest.h"
#include "plan/Plan.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cmath>
#include <optional>

namespace zeroplan {

// A choice of levels and what it gives, summed over the interaction groups.
struct Portfolio
{
    QList<ScenarioMeasure> levels; // the measures chosen (level above 0), in the plan's order
    YearSeries net;                // BAU − Σ of the groups' reductions, per year
    double presentCost = 0;
    double capex = 0;
    double targetNet = 0; // net in the target year

    // The portfolio as a scenario named `name` (the measures at their levels).
    Scenario scenario(const QString &name, const QString &description = {}) const;
};

// What the optimiser found (docs/optimiser.md, "Answers").
struct OptimiseResult
{
    enum class Outcome
    {
        Optimal,    // `best` is the least-cost choice that meets the target within the rules
        Infeasible, // no choice does: see smallestBudget and earliestYear
        Invalid,    // the request is wrong: `error` names the field
        Failed,     // the solver stopped without an answer
        Cancelled   // the caller's OptimiseProgress said stop: nothing else is set
    };
    Outcome outcome = Outcome::Failed;
    QString error;

    double limit = 0; // what net emissions may be in the target year
    Portfolio best;
    std::optional<int> neutralityYear;  // of `best`, as the engine finds it
    std::optional<double> costPerTonne; // of `best`: present cost per present tonne abated
    // When infeasible within the budget: the least investment that makes it feasible.
    std::optional<double> smallestBudget;
    // When infeasible and feasible with a larger budget per year (the other limits kept): the
    // smallest budget per year that makes it feasible; likewise for each payer's budget, in
    // the request's order, the others kept.
    std::optional<double> smallestBudgetPerYear;
    QList<OptimisePayerBudget> smallestPayerBudgets;
    // When infeasible by the target year at any budget: the first later year that is not.
    std::optional<int> earliestYear;
    // When infeasible: the limits each of which, left out alone, makes it feasible ("budget",
    // and OptimiseLimits::ids: "interim_targets", "carbon_budget", "budget_per_year",
    // "payer_budgets").
    QStringList feasibleWithout;
    // The extra present cost of taking 1 % of base-year gross more off in the target year.
    std::optional<double> marginalCostOfTarget;
    // With a budget (total investment): how much less the least present cost would be with a
    // budget 1 % larger, the other limits kept (0 when the budget does not bind).
    std::optional<double> marginalValueOfBudget;
    // Near-optimal choices within +10 % of the least cost, each as different as possible from
    // the best and from those before it.
    QList<Portfolio> alternatives;

    // With continuousCredits: the credit candidates that took any level between their lowest
    // and highest, and those kept to their levels because a figure of theirs is not linear in
    // the level (a payer's fixed amount, taken first), measure ids in the request's order.
    QStringList continuousMeasures;
    QStringList notLinearMeasures;

    int groups = 0;           // interaction groups
    int heuristicGroups = 0;  // searched by the greedy chain, not every combination
    int optionsEvaluated = 0; // engine runs
    bool exact() const { return heuristicGroups == 0; }
};

// A smallest amount that would do, up to a whole unit of the currency, for saying "it is met
// with X or more": 933,333.33 → 933,334 (rounding to the nearest would name an amount that
// does not do). An amount a hair above a whole one (the solver's tolerance) stays at it.
inline double roundedUp(double amount)
{
    return std::ceil(amount - 1e-9 * std::abs(amount));
}

} // namespace zeroplan
