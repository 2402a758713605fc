#pragma once

#include "Plan.h"

#include <QString>

namespace zeroplan {

class FactorLibrary;
class PriceLibrary;

// What a plan takes from its grid region: the electricity factor measures add, the currency
// of its money figures and the energy prices that value what measures save. Undo restores
// all four at once (PlanFields::gridRegion).
struct RegionDefaults
{
    QString gridRegion;
    QString electricityFactor;
    QString currency;
    QList<Price> prices;
    bool operator==(const RegionDefaults &) const = default;
};

// The plan a committee starts from, the same in the app (File → New) and the CLI
// (`zeroplan-cli new`): the community's name, its grid region with that region's electricity
// factor, currency and sourced prices, the base year, a horizon to 2060 with neutrality as the
// target, one empty scenario and the four working groups of the guide (energy, transport, waste,
// food).
class StartingPlan
{
public:
    static Plan make(const QString &communityName, const QString &gridRegion, int baseYear,
                     const FactorLibrary &factors, const PriceLibrary &prices);

    // The plan's region defaults as they are now.
    static RegionDefaults current(const Plan &plan);
    // The defaults when the plan moves to `gridRegion`: its electricity factor; the currency
    // and prices follow the region only while they are still the old region's defaults (an
    // untouched new plan), so a price or currency the user typed is never replaced.
    static RegionDefaults forRegion(const Plan &plan, const QString &gridRegion,
                                    const FactorLibrary &factors, const PriceLibrary &prices);
    static void apply(Plan &plan, const RegionDefaults &defaults);
};

} // namespace zeroplan
