#pragma once

#include "EigenTypes.h"
#include "PayerTable.h"
#include "plan/FundingSource.h"

#include <QList>
#include <vector>

namespace zeroplan {

struct Residents;

// One party's spending in a scenario against the funding sources that pay it, per year.
struct FundingLine
{
    Party party = Party::Other;
    YearSeries spending; // capex + opex of the scenario's measures paid by this party
    YearSeries sources;  // Σ amounts of the funding sources that pay this party's share
    // Whether the line is held against its sources: a party whose money exists only through
    // a source (government subsidy, sponsors, crowdfunding) or that a source names.
    bool checked = false;
    YearSeries gap() const { return (spending - sources).max(0.0); }
};

// The funding plan of a scenario (docs/residents.md, "The funding plan"): the sources against
// the spending by payer, and the years in which a checked party spends more than its sources.
struct FundingPlan
{
    std::vector<FundingLine> lines; // every party that spends or is funded, kAllParties order
    YearSeries shortfall;           // Σ over checked lines of gap(), per year
    QList<int> shortfallYears;

    // `total` is the scenario's payer table (PayerTable::total).
    static FundingPlan of(const PayerTable &total, const Residents &residents, int firstYear,
                          Eigen::Index years);
    // Whether a party's spending needs a funding source for the money to exist at all.
    static bool needsSource(Party party);
    // A source's amounts as a year series (years outside the horizon are left out).
    static YearSeries amounts(const QList<YearAmount> &amounts, int firstYear, Eigen::Index years);
};

} // namespace zeroplan
