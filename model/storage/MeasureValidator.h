#pragma once

#include "PlanProblem.h"
#include "plan/Plan.h"

#include <QHash>
#include <QList>
#include <QString>

namespace zeroplan {

// Checks the measures of a plan against the catalogue and the plan: years in the horizon,
// parameters in their allowed ranges, targets that exist and that the kind can act on.
// Ids that must be unique across measures are PlanValidator's to check. The look-ups are
// built once, so that checking every measure stays linear in the size of the plan.
class MeasureValidator
{
public:
    explicit MeasureValidator(const Plan &plan);
    // Appends the problems of measure `index` of the plan.
    void validate(qsizetype index, PlanProblems &problems) const;

private:
    const Plan &m_plan;
    QHash<QString, const ActivityLine *> m_activities; // by id, the first line of each id
    QList<MeasureKind> m_kindsWithDefaultTargets;      // kinds some line is a default target of
};

} // namespace zeroplan
