#pragma once

#include "PlanField.h"
#include "plan/StartingPlan.h"

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
    static PlanField<QString> preparedBy();
    static PlanField<QString> region();
    // The grid region together with what follows from it (the electricity factor, and the
    // currency and prices while they are the region's defaults), so that undo restores all.
    static PlanField<RegionDefaults> gridRegion();
    static PlanField<QList<Price>> prices();
    // The plan's own emission factors (a factor with a library id overrides it everywhere).
    static PlanField<QList<EmissionFactor>> factors();
    static PlanField<QString> currency();
    static PlanField<std::optional<double>> areaHa();
    static PlanField<QString> communitySource();
    static PlanField<double> population();
    static PlanField<double> households();
    static PlanField<int> baseYear();
    static PlanField<int> horizonEnd();
    static PlanField<std::optional<int>> neutralityYear();
    static PlanField<Targets> targets();
    static PlanField<QList<InterimTarget>> interimTargets();
    static PlanField<std::optional<double>> carbonBudget();
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
    // The whole uncertain value (likely, low, high, source) of a parameter the measure sets.
    static PlanField<UncertainValue> measureParameterValue(const Plan &plan, qsizetype index,
                                                           const QString &key);
    static PlanField<int> measureRampYears(const Plan &plan, qsizetype index);
    static PlanField<RampShape> measureRampShape(const Plan &plan, qsizetype index);
    static PlanField<int> measureLifetime(const Plan &plan, qsizetype index);
    static PlanField<double> measureCapex(const Plan &plan, qsizetype index);
    static PlanField<double> measureOpex(const Plan &plan, qsizetype index);
    static PlanField<QString> measureOwnerGroup(const Plan &plan, qsizetype index);
    static PlanField<QStringList> measureTargets(const Plan &plan, qsizetype index);
    // The measure's own tariffs, as one list (docs/measures.md, "A measure's own tariff").
    static PlanField<QList<MeasureTariff>> measureTariffs(const Plan &plan, qsizetype index);
    static PlanField<QString> measureNote(const Plan &plan, qsizetype index);
    // One dimension of the measure's co-benefits list (rating, note, source, figure); setting
    // a not-assessed entry with nothing said removes it from the list. Edits of different
    // dimensions have different keys, so they never merge into one undo step.
    static PlanField<CoBenefit> measureCoBenefit(const Plan &plan, qsizetype index,
                                                 CoBenefitDimension dimension);

    static PlanField<QString> scenarioName(const Plan &plan, qsizetype index);
    static PlanField<QString> scenarioDescription(const Plan &plan, qsizetype index);
    // Which measures the scenario includes, and at what level (a measure ticked on or off).
    static PlanField<QList<ScenarioMeasure>> scenarioMeasures(const Plan &plan, qsizetype index);
    // The scenario it is based on (docs/measures.md, "Values that differ by scenario").
    static PlanField<QString> scenarioBase(const Plan &plan, qsizetype index);
    // The scenario's own values of measures (ScenarioValues; "this scenario's value").
    static PlanField<QList<ScenarioOverride>> scenarioOverrides(const Plan &plan, qsizetype index);
    // The level of `measureId` in the scenario, which must include it.
    static PlanField<double> scenarioMeasureLevel(const Plan &plan, qsizetype index,
                                                  const QString &measureId);
};

} // namespace zeroplan
