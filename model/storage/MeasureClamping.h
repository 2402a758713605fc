#pragma once

#include "PlanProblem.h"
#include "engine/EngineInput.h"

namespace zeroplan {

struct Plan;
class FactorLibrary;

// Warns where the engine would use less of a measure than the plan gives it, which it does
// without a word (model/engine/MeasureEffects.cpp): a composting capacity above the waste its
// target lines hold, a custom measure's amount_t above what its lines still emit after its
// share cut, and a custom measure whose share is left at the catalogue default while
// amount_t is given (so both cut). Each check runs over the horizon at level 1 (the measure
// as specified), with the lines as they are before any other measure acts, and names the
// first year the figure is cut down and the figure the engine uses then.
class MeasureClamping
{
public:
    MeasureClamping(const Plan &plan, const FactorLibrary &library);
    // Appends the warnings of measure `index` of the plan.
    void check(qsizetype index, PlanProblems &problems) const;

private:
    // BAU of the plan's lines (columns of the engine); compiled only if a measure needs it.
    const EngineInput &bau() const;
    std::vector<int> targets(const Measure &measure) const;
    YearSeries adoption(const Measure &measure) const;
    void checkComposting(qsizetype index, PlanProblems &problems) const;
    void checkCustom(qsizetype index, PlanProblems &problems) const;

    const Plan &m_plan;
    const FactorLibrary &m_library;
    mutable std::optional<EngineInput> m_bau;
};

} // namespace zeroplan
