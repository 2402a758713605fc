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
    if (const EmissionFactor *grid = m_library.gridFactor(c.gridRegion, c.baseYear))
        return grid;
    for (const ActivityLine &line : m_plan.activities) {
        if (line.carrier == QLatin1String("electricity"))
            return find(line.factor);
    }
    return nullptr;
}

} // namespace zeroplan
