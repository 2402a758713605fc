#include "StartingPlan.h"

#include "PriceLibrary.h"
#include "inventory/FactorLibrary.h"

#include <QCoreApplication>
#include <algorithm>

namespace zeroplan {
namespace {

constexpr int kDefaultHorizonEnd = 2060;

} // namespace

Plan StartingPlan::make(const QString &communityName, const QString &gridRegion, int baseYear,
                        const FactorLibrary &factors, const PriceLibrary &prices)
{
    Plan plan;
    plan.factorSet = factors.version();
    plan.community.name =
        communityName.isEmpty()
            ? QCoreApplication::translate("zeroplan::StartingPlan", "New community")
            : communityName;
    plan.community.baseYear = baseYear;
    plan.community.horizonEnd = std::max(kDefaultHorizonEnd, baseYear + 1);
    plan.community.targets.neutralityYear = plan.community.horizonEnd;
    plan.scenarios.append(Scenario{
        QCoreApplication::translate("zeroplan::StartingPlan", "Planned measures"), QString(), {}});
    plan.people.groups = People::defaultGroups();
    if (!gridRegion.isEmpty())
        apply(plan, forRegion(plan, gridRegion, factors, prices));
    return plan;
}

RegionDefaults StartingPlan::current(const Plan &plan)
{
    const Community &c = plan.community;
    return {c.gridRegion, c.electricityFactor, c.currency, plan.prices};
}

RegionDefaults StartingPlan::forRegion(const Plan &plan, const QString &gridRegion,
                                       const FactorLibrary &factors, const PriceLibrary &prices)
{
    const Community &c = plan.community;
    RegionDefaults next = current(plan);
    next.gridRegion = gridRegion;
    if (const EmissionFactor *grid = factors.gridFactor(gridRegion, c.baseYear))
        next.electricityFactor = grid->id;
    // A plan without a region has the currency it was made with (CNY unless chosen): the
    // first region chosen sets it. After that it follows only while it is the region's own.
    const bool currencyFollows =
        c.gridRegion.isEmpty() || c.currency == prices.currencyFor(c.gridRegion);
    const QString currency = prices.currencyFor(gridRegion);
    if (currencyFollows && !currency.isEmpty())
        next.currency = currency;
    if (prices.areDefaults(plan.prices, c.gridRegion, c.currency))
        next.prices = prices.defaultsFor(gridRegion, next.currency);
    return next;
}

void StartingPlan::apply(Plan &plan, const RegionDefaults &defaults)
{
    plan.community.gridRegion = defaults.gridRegion;
    plan.community.electricityFactor = defaults.electricityFactor;
    plan.community.currency = defaults.currency;
    plan.prices = defaults.prices;
}

} // namespace zeroplan
