#pragma once

#include "EigenTypes.h"
#include "MipSolver.h"
#include "OptimiseRequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace zeroplan {

struct EngineInput;
struct GroupOption;
struct GroupOptions;
struct Plan;

// The request's further limits (docs/optimiser.md, "Further limits") as rows of the program:
// the plan's interim cuts (gross in each interim year at most (1 − cut) × base-year gross, as
// the engine judges them), the cumulative carbon budget (Σ net over the years), investment in
// every year, and investment by payer. Groups do not interact, so each is a sum over the
// chosen options of what their engine runs gave: the rows are exact.
class OptimiseLimits
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::OptimiseLimits)

public:
    // Kinds of limit, to leave some out of a program (what would make it feasible).
    enum Kind : unsigned
    {
        Interim = 1,
        CarbonBudget = 2,
        BudgetPerYear = 4,
        PayerBudgets = 8,
    };

    OptimiseLimits() = default;
    // `bau` is the business-as-usual net (= gross) per year from the plan's base year.
    OptimiseLimits(const Plan &plan, const OptimiseRequest &request, const YearSeries &bau);

    // What is wrong with the request's limits, or nothing.
    static QString error(const Plan &plan, const OptimiseRequest &request);

    // Records the terms of `group`'s options, the next variables of the program in order;
    // investment by payer is each measure's investment per year split as `plan` splits it.
    void addOptions(const GroupOptions &group, const EngineInput &input, const Plan &plan);
    // The investment over the years each of the request's payers bears of `option` of `group`,
    // its measures' investment split as `plan` splits it (the Costs page's PayerTable).
    std::vector<double> payerShares(const GroupOption &option, const GroupOptions &group,
                                    const EngineInput &input, const Plan &plan) const;
    // Appends the rows of every limit but the kinds in `leaveOut`.
    void addRows(MipProblem &mip, unsigned leaveOut = 0) const;
    // Appends the rows of the limit `kind` with the program's variable `amount` in place of
    // the amount the request gives: for BudgetPerYear, investment in every year at most
    // `amount`; for PayerBudgets, the payer at index `payer` of the request's payerBudgets at
    // most `amount` and the other payers at most their own. Minimising `amount` gives the
    // smallest limit that still lets the target be met.
    void addRowsUpTo(MipProblem &mip, Kind kind, int amount, qsizetype payer = 0) const;
    qsizetype payerCount() const { return m_payers.size(); }
    // The kinds this request has.
    unsigned kinds() const;
    // The ids of `kinds` (docs/cli.md): "interim_targets", "carbon_budget", "budget_per_year",
    // "payer_budgets".
    static QStringList ids(unsigned kinds);
    // "It is met without any one of: the budget, the carbon budget." for the ids of
    // OptimiseResult::feasibleWithout, translated; empty for none.
    static QString feasibleWithoutText(const QStringList &ids);

private:
    // Rows of investment per year (those with any), and of payer b, each at most `rhs`.
    std::vector<MipProblem::Row> perYearRows(double rhs) const;
    MipProblem::Row payerRow(qsizetype b, double rhs) const;

    struct Terms
    {
        std::vector<std::pair<int, double>> interim; // interim row, gross taken off
        double netTakenOff = 0;                      // Σ over the years
        std::vector<std::pair<int, double>> capex;   // year row, investment (non-zero only)
        std::vector<double> payers;                  // one per m_payers
    };

    std::vector<std::pair<int, double>> m_interim; // year row, the most gross may be
    std::optional<double> m_netToTakeOff;          // Σ BAU − carbon budget
    std::optional<double> m_perYear;
    QList<OptimisePayerBudget> m_payers;
    int m_years = 0;
    int m_firstYear = 0;
    double m_discountRate = 0;
    YearSeries m_bau;
    std::vector<Terms> m_variables;
};

} // namespace zeroplan
