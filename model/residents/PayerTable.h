#pragma once

#include "EigenTypes.h"
#include "plan/PayerSplit.h"

#include <QString>
#include <optional>
#include <vector>

namespace zeroplan {

struct MeasureResult;

// One party's money for a measure or a scenario, per year (plan currency), its net present
// value at the plan's discount rate and its payback year.
struct PartyMoney
{
    Party party = Party::Unassigned;
    YearSeries capex;
    YearSeries opex;
    YearSeries savings;             // the bill savings it receives
    double npv = 0;                 // Σ (savings − capex − opex) discounted to the base year
    std::optional<int> paybackYear; // Payback::year; none when it spends nothing

    YearSeries net() const { return savings - capex - opex; }
};

// A measure's (or a scenario's) money split by party: every party that pays or receives
// anything, in kAllParties order. Σ over parties of capex, opex and savings equals the
// measure's series as the engine reports them.
struct PayerTable
{
    QString measureId; // empty for a scenario's total
    std::vector<PartyMoney> parties;

    const PartyMoney *find(Party party) const;
    // The measure's result split by `split` (none: everything is Unassigned).
    static PayerTable of(const MeasureResult &result, const PayerSplit *split, int firstYear,
                         double discountRate);
    // The sum of `tables` party by party (a scenario's total).
    static PayerTable total(const std::vector<PayerTable> &tables, Eigen::Index years,
                            int firstYear, double discountRate);
    // Shares normalised to sum 1 and listed by party; an empty list: all to Unassigned.
    static std::vector<PartyShare> normalised(const QList<PartyShare> &shares);
};

} // namespace zeroplan
