#include "MeasureColours.h"

#include "ChartPalette.h"
#include "plan/Plan.h"

namespace zeroplan {

MeasureColours::MeasureColours(const Plan &plan)
{
    m_index.reserve(plan.measures.size());
    for (qsizetype i = 0; i < plan.measures.size(); ++i)
        m_index.insert(plan.measures.at(i).id, int(i));
}

QColor MeasureColours::colour(const QString &measureId) const
{
    const auto found = m_index.constFind(measureId);
    return found != m_index.constEnd() ? ChartPalette::measure(*found)
                                       : ChartPalette::measureById(measureId);
}

} // namespace zeroplan
