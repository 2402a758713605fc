#pragma once

#include "plan/Plan.h"

namespace zeroplan {

// Where a measure is in the plan's list now. Forms keep a measure's id, not its position,
// because adding, removing or undoing other measures moves it.
class MeasureIndex
{
public:
    static qsizetype of(const Plan &plan, const QString &measureId)
    {
        const Measure *measure = plan.findMeasure(measureId);
        return measure ? measure - plan.measures.constData() : -1;
    }
};

} // namespace zeroplan
