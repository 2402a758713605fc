#pragma once

#include "FundingSource.h"
#include "Party.h"

#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// One party's share of a cost or of the savings (0.3 = 30 %).
struct PartyShare
{
    Party party = Party::Other;
    double share = 0;
    bool operator==(const PartyShare &) const = default;
};

// A party's fixed amounts per year of a measure's investment or running cost (plan currency),
// taken before the shares split the rest: a subsidy of 24,000 a household, a sponsor's
// 50,000 in 2026.
struct PartyAmounts
{
    Party party = Party::Other;
    QList<YearAmount> amounts;
    bool operator==(const PartyAmounts &) const = default;
};

// Who pays a measure's investment and running cost, who receives its bill savings, and how
// many households it reaches (docs/residents.md). Each list of shares sums to 1; an empty
// list leaves that money unassigned.
struct PayerSplit
{
    QString measure; // measure id
    QList<PartyShare> capex;
    QList<PartyShare> opex;
    QList<PartyShare> savings;
    // Fixed amounts per year (one entry per party, in kAllParties order), taken in that order,
    // each at most what is left of the year's money; the shares above split what remains
    // (docs/residents.md, "Fixed amounts").
    QList<PartyAmounts> capexAmounts;
    QList<PartyAmounts> opexAmounts;
    // Households that take part: a number, or a share of the community's households; neither:
    // every household of the community.
    std::optional<double> households;
    std::optional<double> householdShare;
    QString source; // where the split comes from (a notice, an agreement, an assumption)
    bool operator==(const PayerSplit &) const = default;
};

} // namespace zeroplan
