#include "KeyFigures.h"

#include "common/NumberFormat.h"
#include "engine/Results.h"
#include "plan/Plan.h"

namespace zeroplan {

KeyFigures KeyFigures::of(const Plan &plan, const PlanResult &result,
                          const ScenarioResult *scenario)
{
    KeyFigures figures;
    const double baseline = result.bauGross.size() > 0 ? result.bauGross[0] : 0.0;
    const auto perUnit = [&](double count) {
        return count > 0 ? NumberFormat::tonnes(baseline / count) : tr("—");
    };
    figures.baseline = NumberFormat::tonnesPerYear(baseline);
    figures.perResident = perUnit(plan.community.population);
    figures.perHousehold = perUnit(plan.community.households);
    figures.interim = interimFigure(plan, result, scenario, &figures.interimCaption);
    if (!scenario) {
        figures.neutrality = tr("no scenario");
        figures.cost = tr("—");
        figures.costPerTonne = tr("—");
        return figures;
    }
    figures.neutrality =
        scenario->neutralityYear
            ? tr("reached in %1").arg(NumberFormat::year(*scenario->neutralityYear))
            : tr("not reached by %1").arg(NumberFormat::year(plan.community.horizonEnd));
    const QString &currency = plan.community.currency;
    figures.cost = NumberFormat::money(scenario->presentCost, currency);
    figures.costPerTonne = scenario->costPerTonne
                               ? NumberFormat::moneyPerTonne(*scenario->costPerTonne, currency)
                               : tr("—");
    return figures;
}

// The cut of gross emissions from the base year reached in the first interim-target year,
// against the target's cut; without interim targets, the cut reached by the horizon's end.
QString KeyFigures::interimFigure(const Plan &plan, const PlanResult &result,
                                  const ScenarioResult *scenario, QString *caption)
{
    const QList<InterimTarget> &interim = plan.community.targets.interim;
    const int year = interim.isEmpty() ? plan.community.horizonEnd : interim.first().year;
    *caption = interim.isEmpty() ? tr("Cut by %1").arg(NumberFormat::year(year))
                                 : tr("Cut by %1 (target %2)")
                                       .arg(NumberFormat::year(year),
                                            NumberFormat::percent(interim.first().cut));
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
