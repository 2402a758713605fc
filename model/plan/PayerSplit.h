#pragma once

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

// Who pays a measure's investment and running cost, who receives its bill savings, and how
// many households it reaches (docs/residents.md). Each list of shares sums to 1; an empty
// list leaves that money unassigned.
struct PayerSplit
{
    QString measure; // measure id
    QList<PartyShare> capex;
    QList<PartyShare> opex;
    QList<PartyShare> savings;
    // Households that take part: a number, or a share of the community's households; neither:
    // every household of the community.
    std::optional<double> households;
    std::optional<double> householdShare;
    QString source; // where the split comes from (a notice, an agreement, an assumption)
    bool operator==(const PayerSplit &) const = default;
};

} // namespace zeroplan
