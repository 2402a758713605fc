#include "PathwayVerdict.h"

#include "engine/Results.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"

#include <QStringList>

namespace zeroplan {

namespace {

// Whether the scenario meets the plan's neutrality target, always naming the target year;
// neutrality counts from the year net stays at or below zero to the horizon's end.
QString neutralityText(const Plan &plan, const ScenarioResult &s)
{
    const std::optional<int> target = plan.community.targets.neutralityYear;
    const QString horizon = NumberFormat::year(plan.community.horizonEnd);
    const double remaining = s.net.size() > 0 ? s.net[s.net.size() - 1] : 0.0;
    if (!target) {
        if (s.neutralFrom) {
            return PathwayVerdict::tr("Neutral from %1 (the plan sets no neutrality target)")
                .arg(NumberFormat::year(*s.neutralFrom));
        }
        return PathwayVerdict::tr("Not neutral by %1 — %2 remain (the plan sets no neutrality "
                                  "target)")
            .arg(horizon, NumberFormat::tonnesPerYear(remaining));
    }
    const QString targetYear = NumberFormat::year(*target);
    if (!s.neutralFrom) {
        return PathwayVerdict::tr("%1 neutrality target missed, %2 remain in %3")
            .arg(targetYear, NumberFormat::tonnesPerYear(remaining), horizon);
    }
    const int from = *s.neutralFrom;
    if (from < *target) {
        return PathwayVerdict::tr("Neutral from %1, %n year(s) before the %2 target", nullptr,
                                  *target - from)
            .arg(NumberFormat::year(from), targetYear);
    }
    if (from == *target) {
        return PathwayVerdict::tr("Neutral from %1, meeting the %2 target")
            .arg(NumberFormat::year(from), targetYear);
    }
    return PathwayVerdict::tr("%1 neutrality target missed: neutral only from %2, %n year(s) late",
                              nullptr, from - *target)
        .arg(targetYear, NumberFormat::year(from));
}

// When net dipped to zero and rose again: the year it first got there and the year it rose.
QString reboundText(const ScenarioResult &s)
{
    if (!s.neutralityLost())
        return {};
    const std::optional<int> rebound = s.reboundAfter(*s.neutralityYear);
    if (!rebound)
        return {};
    return PathwayVerdict::tr("net first fell to zero in %1 but rose above it again in %2")
        .arg(NumberFormat::year(*s.neutralityYear), NumberFormat::year(*rebound));
}

// Each interim cut, met or missed, with the cut asked for and the cut reached.
QString interimText(const ScenarioResult &s)
{
    QStringList outcomes;
    for (const TargetOutcome &t : s.targets) {
        if (t.kind != TargetOutcome::Kind::Interim)
            continue;
        const QString asked = NumberFormat::percent(t.cut);
        const QString reached = NumberFormat::percent(t.reached);
        outcomes.append(
            t.met ? PathwayVerdict::tr("interim target of a %1 cut by %2 met (%3 cut)")
                        .arg(asked, NumberFormat::year(t.year), reached)
                  : PathwayVerdict::tr("interim target of a %1 cut by %2 missed (%3 cut, %4 too "
                                       "many)")
                        .arg(asked, NumberFormat::year(t.year), reached,
                             NumberFormat::tonnesPerYear(t.gap())));
    }
    return outcomes.join(PathwayVerdict::tr("; ", "separator between verdict parts"));
}

QString budgetText(const ScenarioResult &s)
{
    for (const TargetOutcome &t : s.targets) {
        if (t.kind != TargetOutcome::Kind::CarbonBudget)
            continue;
        return t.met ? PathwayVerdict::tr("carbon budget kept")
                     : PathwayVerdict::tr("carbon budget overshot by %1")
                           .arg(NumberFormat::tonnes(t.gap()));
    }
    return {};
}

} // namespace

QString PathwayVerdict::text(const Plan &plan, const ScenarioResult *scenario)
{
    if (scenario ? scenario->baselineEmpty : plan.activities.isEmpty())
        return tr("Add a baseline first: with no emissions recorded there is no pathway to "
                  "judge.");
    if (!scenario)
        return tr("Add a scenario on the Scenarios page to see where it leads.");
    QStringList parts{neutralityText(plan, *scenario)};
    for (const QString &part :
         {reboundText(*scenario), interimText(*scenario), budgetText(*scenario)}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return tr("%1: %2.", "scenario name, what it reaches")
        .arg(scenario->name, parts.join(tr("; ", "separator between verdict parts")));
}

} // namespace zeroplan
