#include "FactorResolver.h"

#include "Plan.h"
#include "inventory/FactorLibrary.h"

namespace zeroplan {

FactorResolver::FactorResolver(const Plan &plan, const FactorLibrary &library)
    : m_plan(plan), m_library(library)
{
}

const EmissionFactor *FactorResolver::find(const QString &id) const
{
    for (const EmissionFactor &f : m_plan.factors) {
        if (f.id == id)
            return &f;
    }
    return m_library.find(id);
}

const EmissionFactor *FactorResolver::electricity() const
{
    const Community &c = m_plan.community;
    if (!c.electricityFactor.isEmpty())
        return find(c.electricityFactor);
    // The library names the grid region's factor; a plan factor of the same id overrides it
    // here too, so electricity that measures add is counted as the plan's own lines are.
    if (const EmissionFactor *grid = m_library.gridFactor(c.gridRegion, c.baseYear))
        return find(grid->id);
    for (const ActivityLine &line : m_plan.activities) {
        if (line.carrier == QLatin1String("electricity"))
            return find(line.factor);
    }
    return nullptr;
}

} // namespace zeroplan
