#pragma once

#include "plan/District.h"

#include <QString>
#include <optional>

namespace zeroplan {

// One community's line of the district's league table (docs/district.md, "The roll-up").
// Per resident and per household divide by the plan's population and households (its base
// year's); shares are fractions (0.4 = 40 %); money in the community's currency.
struct LeagueRow
{
    int index = 0; // the community's index in the roll-up
    QString name;
    CommunityType type = CommunityType::Existing;
    QString scenario; // the scenario run; empty: none (BAU)
    QString currency;
    double population = 0;
    double households = 0;
    int baseYear = 0;
    int targetYear = 0; // the neutrality target, else the horizon end

    double baseGross = 0; // tCO2e, the base year's gross emissions
    double targetNet = 0; // tCO2e, the chosen scenario's net emissions in the target year
    std::optional<double> grossPerResident;  // baseGross ÷ population
    std::optional<double> grossPerHousehold; // baseGross ÷ households
    std::optional<double> netPerResident;    // targetNet ÷ population
    std::optional<double> netPerHousehold;   // targetNet ÷ households
    // (latest actual gross − baseGross) ÷ baseGross; none without an actual inventory.
    std::optional<double> changeSinceBase;
    // 1 − targetNet ÷ baseGross: the cut of net emissions the scenario plans by the target.
    std::optional<double> plannedReduction;
    std::optional<int> neutralityYear; // the year net stays ≤ 0 from (ScenarioResult::neutralFrom)
    // Present cost ÷ present abatement of the scenario's measures (credits apart).
    std::optional<double> costPerTonne;
    int latestDataYear = 0;                   // latest actual inventory, else the base year
    std::optional<double> deliveredShare;     // of the planned abatement, when monitored
    std::optional<double> probabilityNeutral; // by the target year: the district Monte Carlo's
};

// The columns a league table sorts by.
enum class LeagueColumn
{
    Name,
    Type,
    Households,
    Population,
    BaseGross,
    TargetNet,
    GrossPerResident,
    GrossPerHousehold,
    NetPerResident,
    NetPerHousehold,
    ChangeSinceBase,
    PlannedReduction,
    NeutralityYear,
    CostPerTonne,
    LatestDataYear,
    DeliveredShare,
    ProbabilityNeutral,
};

} // namespace zeroplan
