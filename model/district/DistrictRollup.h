#pragma once

#include "CommunityRun.h"
#include "EigenTypes.h"
#include "measures/MeasureKind.h"
#include "plan/District.h"

#include <QDate>
#include <optional>
#include <vector>

namespace zeroplan {

class FactorLibrary;

// The district's pathway: the sum of its communities' pathways, each for the scenario chosen
// for it (docs/district.md, "The roll-up"). Per year of the district's span: BAU, gross,
// sinks, credits and net apart, and what was taken off net by community and by measure kind.
// The district's own measures (District::ownPlan, setOwnPlan) are one more contribution,
// apart from the communities: in the totals and the wedges by kind, never in the league table
// nor in a community's wedge.
// Exact: Σ of the wedges by kind (wedge + sink + credit of every measure) = Σ by community +
// the own plan's wedge = BAU − net, and every series is the sum of the communities' own engine
// results and the own plan's. A community
// contributes nothing in the district's years outside its own, and its years outside the
// district's are left out (CommunityRun and DistrictFlags say so).
//
// Each community's results are cached with its inputs (the plan and the scenario asked for):
// setMembers() runs only the communities whose inputs no kept run has (compared field by
// field at the same index, found by the key of their inputs, CommunityRun::inputKey, when
// they moved); update() runs one community again if its inputs changed. The sums are kept
// with each community's contribution, so that update() re-sums by taking the old
// contribution off and adding the new one (O(years), whatever the number of communities).
class DistrictRollup
{
public:
    // The quantities each community contributes per year, in the order of its column; then
    // one wedge per measure kind (kAllMeasureKinds' order).
    enum Quantity
    {
        Bau,
        Gross,
        Sinks,
        Credits,
        Net,
        FirstKind
    };
    static constexpr int kKinds = int(std::size(kAllMeasureKinds));
    static constexpr int kQuantities = FirstKind + kKinds;

    // The library, the span and the day of assessment (for monitoring) hold for the life of
    // the roll-up: the cache's keys leave them out.
    DistrictRollup(const FactorLibrary &library, int baseYear, int horizonEnd,
                   const QDate &asOf = {});

    // Sets every community, running only those whose inputs no kept run has.
    void setMembers(const std::vector<DistrictMember> &members);
    // One community changed (or is the same, renamed or retyped): runs it again if its inputs
    // changed, and re-sums.
    void update(int index, const DistrictMember &member);
    // Sums every community's contribution afresh (what update() saves).
    void resum();
    // The district's own measures: `plan` run for `scenario` (empty: its current one, else its
    // first), added to the totals beside the communities. A plan without activity is no
    // contribution (it clears the one there was). Runs it only if its inputs changed.
    void setOwnPlan(const Plan &plan, const QString &scenario = QString());
    bool hasOwnPlan() const { return m_own.has_value(); }
    // The own plan's run; nullptr without one.
    const CommunityRun *ownRun() const { return m_own ? &*m_own : nullptr; }
    // The own plan's contribution to `quantity` in the district's years (zeros without one).
    YearSeries ownContribution(Quantity quantity) const;
    // What the district's own measures took off net emissions (its BAU − net).
    YearSeries ownWedge() const { return ownContribution(Bau) - ownContribution(Net); }

    int size() const { return int(m_runs.size()); }
    const CommunityRun &community(int index) const { return m_runs[size_t(index)]; }
    int baseYear() const { return m_baseYear; }
    int horizonEnd() const { return m_horizonEnd; }
    int yearCount() const { return m_horizonEnd - m_baseYear + 1; }
    // How many communities were run since the roll-up was made (the cache's misses).
    int runsDone() const { return m_runsDone; }

    // The district's series, base year to horizon end.
    YearSeries total(Quantity quantity) const;
    YearSeries bau() const { return total(Bau); }
    YearSeries gross() const { return total(Gross); }
    YearSeries sinks() const { return total(Sinks); }
    YearSeries credits() const { return total(Credits); }
    YearSeries net() const { return total(Net); }
    // What measures of `kind` took off net emissions in every community and in the district's
    // own plan (wedge + sink + credit).
    YearSeries wedgeOfKind(MeasureKind kind) const;
    // What `index`'s measures took off net emissions (its BAU − net) in the district's years.
    YearSeries wedgeOfCommunity(int index) const;
    // A community's contribution to quantity `quantity`, in the district's years.
    YearSeries contribution(int index, Quantity quantity) const;
    // Whether `index`'s years leave some of the district's uncovered (its nearest year counts).
    bool coversPart(int index) const;

private:
    Eigen::ArrayXd column(const CommunityRun &run) const; // T × kQuantities, stacked
    Eigen::ArrayXd segment(const Eigen::ArrayXd &stacked, int quantity) const;

    const FactorLibrary &m_library;
    int m_baseYear;
    int m_horizonEnd;
    QDate m_asOf;
    std::vector<CommunityRun> m_runs;
    Eigen::ArrayXXd m_columns;         // (T·kQuantities) × communities: each one's contribution
    Eigen::ArrayXd m_totals;           // T·kQuantities: Σ of the columns + the own plan's column
    std::optional<CommunityRun> m_own; // the district's own plan's run
    Eigen::ArrayXd m_ownColumn;        // its contribution (zeros without one)
    int m_runsDone = 0;
};

} // namespace zeroplan
