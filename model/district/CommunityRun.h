#pragma once

#include "engine/Results.h"
#include "inventory/Sector.h"
#include "plan/District.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

class FactorLibrary;

// What the district roll-up keeps of one community (docs/district.md, "The roll-up"): the
// engine's results for the scenario chosen for it, what monitoring says, and the facts the
// league table and the flags read; with the inputs it was computed from (the plan, shared
// with the caller's copy until either changes, and the scenario asked for), so that an
// unchanged community is never run again.
struct CommunityRun
{
    Plan plan;             // the inputs of the run
    QString scenarioAsked; // DistrictMember::scenario
    QByteArray key;        // inputKey() of the inputs once computed (empty until then)
    QString name;
    CommunityType type = CommunityType::Existing;
    QString currency;
    double population = 0; // the plan's, base year
    double households = 0;
    int baseYear = 0; // the plan's own years
    int horizonEnd = 0;
    std::optional<int> neutralityTarget; // the plan's neutrality year, if it has one

    QString scenario;              // the scenario run; empty: the plan has none (BAU only)
    bool noScenario = false;       // the plan has no scenario: its BAU counts as its pathway
    bool scenarioNotFound = false; // asked for a name the plan lacks: its default was run
    YearSeries bauGross;           // BAU gross, base year to horizon end of the plan
    ScenarioResult result;         // the scenario's results (PlanRun); BAU as a scenario when none

    // GPC BASIC sectors (stationary energy, transport, waste) without any baseline line
    // although the community has residents; a line with a notation key (NO, IE, …) counts.
    QList<Sector> missingSectors;
    int latestDataYear = 0;                  // latest actual inventory, else the base year
    std::optional<double> latestActualGross; // of that actual inventory, tCO2e
    bool monitored = false;                  // the plan has been adopted
    // Σ realised ÷ Σ planned abatement of the adopted scenario's measures in the latest year
    // monitoring tracked (a measure without a report delivered nothing); none when nothing was
    // reported or nothing was planned.
    std::optional<double> deliveredShare;
    // Monitoring says it is behind: the latest actual inventory is above the adopted pathway,
    // or less of the planned abatement was delivered than planned (beyond rounding).
    bool offTrack = false;

    // The neutrality target, else the horizon end.
    int targetYear() const { return neutralityTarget.value_or(horizonEnd); }
    // Net emissions in `year`: outside the plan's years, those of the nearest year it has.
    double netIn(int year) const;
    double baseGross() const { return bauGross.size() > 0 ? bauGross[0] : 0.0; }

    // Runs `member` (its chosen scenario; empty name: the plan's current, else its first).
    // `asOf` is the day monitoring is assessed on.
    static CommunityRun of(const DistrictMember &member, const FactorLibrary &library,
                           const QDate &asOf);
    // Whether `member` has the inputs this was run from: the same plan, field by field (a
    // deep comparison, hundreds of times cheaper than hashing the plan's JSON), and the
    // same scenario asked for. A community's name and type are not inputs of the run.
    bool sameInputs(const DistrictMember &member) const
    {
        return scenarioAsked == member.scenario && plan == member.plan;
    }
    // inputKey() of this run's inputs, computed once.
    const QByteArray &inputsKey();
    // BLAKE2b-256 of the plan's JSON and the scenario name: the key that finds a kept run of
    // the same inputs at another index (a community moved in the list). Enough as a key because the
    // run is a pure function of the plan, the scenario name and the factor library; the JSON plan
    // format writes every field of a plan (writing then reading gives the same plan), so equal
    // JSON means equal inputs; the library, the district's years and the day of assessment are
    // fixed for the life of a DistrictRollup; a community's name and type are not inputs of
    // the run and are taken from the member without running it again.
    static QByteArray inputKey(const Plan &plan, const QString &scenario);
};

} // namespace zeroplan
