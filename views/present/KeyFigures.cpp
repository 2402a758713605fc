#include "KeyFigures.h"

#include "engine/Results.h"
#include "measures/MeasureCostSummary.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"

namespace zeroplan {

KeyFigures KeyFigures::of(const Plan &plan, const PlanResult &result,
                          const ScenarioResult *scenario)
{
    KeyFigures figures;
    const std::optional<int> target = plan.community.targets.neutralityYear;
    figures.neutralityCaption = target
                                    ? tr("Neutrality (target %1)").arg(NumberFormat::year(*target))
                                    : tr("Neutrality (no target set)");
    if (result.baselineEmpty()) {
        // A new plan: net 0 in the base year is no neutrality, and nothing has a share.
        const QString none = tr("—");
        figures.baseline = figures.perResident = figures.perHousehold = none;
        figures.interim = interimFigure(plan, result, nullptr, &figures.interimCaption); // "—"
        figures.neutrality = tr("Add a baseline first");
        figures.cost = figures.costPerTonne = none;
        return figures;
    }
    const double baseline = result.bauGross[0];
    figures.baseline = NumberFormat::tonnesPerYear(baseline);
    const double residents = plan.community.population;
    const double households = plan.community.households;
    figures.perResident =
        residents > 0 ? NumberFormat::tonnesPerResidentYear(baseline / residents) : tr("—");
    figures.perHousehold =
        households > 0 ? NumberFormat::tonnesPerHouseholdYear(baseline / households) : tr("—");
    figures.interim = interimFigure(plan, result, scenario, &figures.interimCaption);
    if (!scenario) {
        figures.neutrality = tr("no scenario");
        figures.cost = tr("—");
        figures.costPerTonne = tr("—");
        return figures;
    }
    figures.neutrality = neutralityFigure(plan, *scenario);
    const QString &currency = plan.community.currency;
    figures.cost = NumberFormat::money(scenario->presentCost, currency);
    figures.costPerTonne = scenario->costPerTonne
                               ? NumberFormat::moneyPerTonne(*scenario->costPerTonne, currency)
                               : tr("—");
    // Measures without any cost entered make the totals incomplete: say so.
    int missing = 0;
    for (const MeasureResult &r : scenario->measures) {
        const Measure *m = plan.findMeasure(r.measureId);
        missing += m && !MeasureCostSummary::of(*m).isEntered() ? 1 : 0;
    }
    if (missing > 0) {
        const QString note = tr("cost not entered for %n measure(s)", nullptr, missing);
        figures.cost = tr("%1 (%2)", "figure (cost not entered note)").arg(figures.cost, note);
        figures.costPerTonne =
            tr("%1 (%2)", "figure (cost not entered note)").arg(figures.costPerTonne, note);
    }
    return figures;
}

QString KeyFigures::neutralityYears(const Plan &plan, const ScenarioResult &s)
{
    const QString horizon = NumberFormat::year(plan.community.horizonEnd);
    if (s.neutralFrom && s.neutralityYear && *s.neutralityYear < *s.neutralFrom) {
        return tr("from %1 (first reached %2)")
            .arg(NumberFormat::year(*s.neutralFrom), NumberFormat::year(*s.neutralityYear));
    }
    if (s.neutralFrom)
        return tr("from %1").arg(NumberFormat::year(*s.neutralFrom));
    if (s.neutralityYear) {
        return tr("reached in %1, not held to %2")
            .arg(NumberFormat::year(*s.neutralityYear), horizon);
    }
    return tr("not reached by %1").arg(horizon);
}

// The years, and whether they meet the neutrality target (met: neutral from the target year
// to the horizon end, as the engine assesses it).
QString KeyFigures::neutralityFigure(const Plan &plan, const ScenarioResult &s)
{
    const QString years = neutralityYears(plan, s);
    for (const TargetOutcome &t : s.targets) {
        if (t.kind == TargetOutcome::Kind::Neutrality)
            return t.met ? tr("%1 — met").arg(years) : tr("%1 — missed").arg(years);
    }
    return years;
}

// The cut of gross emissions from the base year reached in the first interim-target year,
// against the target's cut; without interim targets, the cut reached by the horizon's end.
QString KeyFigures::interimFigure(const Plan &plan, const PlanResult &result,
                                  const ScenarioResult *scenario, QString *caption)
{
    const QList<InterimTarget> &interim = plan.community.targets.interim;
    const int year = interim.isEmpty() ? plan.community.horizonEnd : interim.first().year;
    *caption = interim.isEmpty()
                   ? tr("Cut by %1").arg(NumberFormat::year(year))
                   : tr("Cut by %1 (target %2)")
                         .arg(NumberFormat::year(year), NumberFormat::percent(interim.first().cut));
    if (!scenario || result.bauGross.size() == 0 || result.bauGross[0] <= 0 ||
        year < result.years.front() || year > result.years.back())
        return tr("—");
    const double base = result.bauGross[0];
    const double cut = (base - scenario->gross[result.yearIndex(year)]) / base;
    if (interim.isEmpty())
        return NumberFormat::percent(cut);
    return cut + 1e-9 >= interim.first().cut ? tr("%1 — met").arg(NumberFormat::percent(cut))
                                             : tr("%1 — missed").arg(NumberFormat::percent(cut));
}

} // namespace zeroplan
