#pragma once

#include "FundingPlan.h"
#include "HouseholdCard.h"
#include "PayerTable.h"

#include <vector>

namespace zeroplan {

struct Plan;
struct ScenarioResult;

// Who pays and what households see, for one scenario's results (docs/residents.md): each
// measure's and the scenario's money by party, the household cards and the funding plan.
struct ResidentsRun
{
    std::vector<PayerTable> measures; // in the order of the scenario's measure results
    PayerTable total;
    std::vector<HouseholdCard> cards; // one per measure, same order
    HouseholdCard household;          // the scenario's card
    FundingPlan funding;

    static ResidentsRun of(const Plan &plan, const ScenarioResult &result);
};

} // namespace zeroplan
