#pragma once

#include "PlanField.h"

#include <QCoreApplication>
#include <optional>

namespace zeroplan {

// The fields of a plan that the views edit with ChangeValue, each with its undo text.
// Indexes are positions in the plan's lists as they are when the field is made; the field
// must exist (a measure's parameter must be set, a scenario must include the measure).
class PlanFields
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PlanFields)

public:
    static PlanField<QString> title();
    static PlanField<QString> communityName();
    static PlanField<double> population();
    static PlanField<double> households();
    static PlanField<int> baseYear();
    static PlanField<int> horizonEnd();
    static PlanField<std::optional<int>> neutralityYear();
    static PlanField<Targets> targets();
    static PlanField<double> discountRate();
    static PlanField<double> populationGrowth();
    static PlanField<double> householdGrowth();

    static PlanField<ActivityLine> activity(const Plan &plan, qsizetype index);
    static PlanField<double> activityAmount(const Plan &plan, qsizetype index);

    static PlanField<Measure> measure(const Plan &plan, qsizetype index);
    static PlanField<QString> measureName(const Plan &plan, qsizetype index);
    static PlanField<double> measureParameter(const Plan &plan, qsizetype index,
                                              const QString &key);
    static PlanField<int> measureStartYear(const Plan &plan, qsizetype index);
    static PlanField<MeasureStatus> measureStatus(const Plan &plan, qsizetype index);

    static PlanField<QString> scenarioName(const Plan &plan, qsizetype index);
    static PlanField<QString> scenarioDescription(const Plan &plan, qsizetype index);
    // The level of `measureId` in the scenario, which must include it.
    static PlanField<double> scenarioMeasureLevel(const Plan &plan, qsizetype index,
                                                  const QString &measureId);
};

} // namespace zeroplan
