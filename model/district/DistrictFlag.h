#pragma once

#include <QString>

namespace zeroplan {

// Why a community needs help (docs/district.md, "The roll-up").
enum class DistrictFlagKind
{
    OffTrack,        // monitoring says it is behind its adopted plan
    MissesTarget,    // the chosen scenario does not reach neutrality by the target year
    StaleData,       // its latest data is older than the threshold
    MissingBaseline, // a GPC BASIC sector without any baseline line, with residents
    CostlyAbatement, // cost per tonne above k × the district's median (same currency)
    NoScenario,      // the plan has no scenario: only its BAU is counted
    PartialYears,    // its years leave some of the district's uncovered (its nearest year there)
};

// One "needs help" flag: the community, why, and the tonnes at stake (its net emissions in
// its target year, 0 when they are ≤ 0), with a translated message naming the community.
struct DistrictFlag
{
    DistrictFlagKind kind = DistrictFlagKind::OffTrack;
    int community = 0; // index in the roll-up
    QString name;
    double tonnesAtStake = 0;
    QString message;
};

QString districtFlagKindId(DistrictFlagKind kind); // "off_track", "misses_target", …

} // namespace zeroplan
