#include "PlanFields.h"

#include "measures/MeasureCatalogue.h"

#include <algorithm>

namespace zeroplan {

namespace {

using Part = ChangeEvent::Part;

QString pointer(const char *list, qsizetype index, const char *field)
{
    return QStringLiteral("/%1/%2/%3")
        .arg(QLatin1String(list), QString::number(index), QLatin1String(field));
}

QString community(const char *field)
{
    return QStringLiteral("/community/") + QLatin1String(field);
}

QString measureLabel(const Plan &plan, qsizetype index)
{
    const Measure &m = plan.measures.at(index);
    return m.name.isEmpty() ? m.id : m.name;
}

QString parameterLabel(const Measure &measure, const QString &key)
{
    const ParameterSpec *spec = MeasureCatalogue::spec(measure.kind).parameter(key);
    return spec ? spec->displayName() : key;
}

} // namespace

PlanField<QString> PlanFields::title()
{
    return planField<QString>(
        QStringLiteral("/title"), tr("Change plan title"), ChangeEvent::changed(Part::Header),
        [](auto &p) -> auto & { return p.title; });
}

PlanField<QString> PlanFields::communityName()
{
    return planField<QString>(
        community("name"), tr("Change community name"), ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.name; });
}

PlanField<QString> PlanFields::preparedBy()
{
    return planField<QString>(
        QStringLiteral("/prepared_by"), tr("Change who prepared the plan"),
        ChangeEvent::changed(Part::Header), [](auto &p) -> auto & { return p.preparedBy; });
}

PlanField<QString> PlanFields::region()
{
    return planField<QString>(
        community("region"), tr("Change region"), ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.region; });
}

PlanField<RegionDefaults> PlanFields::gridRegion()
{
    return {community("grid_region"), tr("Change grid region"),
            ChangeEvent::changed(Part::Community), &StartingPlan::current, &StartingPlan::apply};
}

PlanField<QList<Price>> PlanFields::prices()
{
    return planField<QList<Price>>(
        QStringLiteral("/prices"), tr("Change energy prices"), ChangeEvent::changed(Part::Prices),
        [](auto &p) -> auto & { return p.prices; });
}

PlanField<QList<EmissionFactor>> PlanFields::factors()
{
    return planField<QList<EmissionFactor>>(
        QStringLiteral("/factors"), tr("Change emission factors"),
        ChangeEvent::changed(Part::Factors), [](auto &p) -> auto & { return p.factors; });
}

PlanField<QString> PlanFields::currency()
{
    return planField<QString>(
        community("currency"), tr("Change currency"), ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.currency; });
}

PlanField<std::optional<double>> PlanFields::areaHa()
{
    return planField<std::optional<double>>(
        community("area_ha"), tr("Change area"), ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.areaHa; });
}

PlanField<QString> PlanFields::communitySource()
{
    return planField<QString>(
        community("source"), tr("Change source of community figures"),
        ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.source; });
}

PlanField<double> PlanFields::population()
{
    return planField<double>(
        community("population"), tr("Change population"), ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.population; });
}

PlanField<double> PlanFields::households()
{
    return planField<double>(
        community("households"), tr("Change households"), ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.households; });
}

PlanField<int> PlanFields::baseYear()
{
    return planField<int>(
        community("base_year"), tr("Change base year"), ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.baseYear; });
}

PlanField<int> PlanFields::horizonEnd()
{
    return planField<int>(
        community("horizon_end"), tr("Change horizon end year"),
        ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.horizonEnd; });
}

PlanField<std::optional<int>> PlanFields::neutralityYear()
{
    return planField<std::optional<int>>(
        community("targets/neutrality_year"), tr("Change neutrality year"),
        ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.targets.neutralityYear; });
}

PlanField<Targets> PlanFields::targets()
{
    return planField<Targets>(
        community("targets"), tr("Change targets"), ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.targets; });
}

PlanField<QList<InterimTarget>> PlanFields::interimTargets()
{
    return planField<QList<InterimTarget>>(
        community("targets/interim"), tr("Change interim targets"),
        ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.targets.interim; });
}

PlanField<std::optional<double>> PlanFields::carbonBudget()
{
    return planField<std::optional<double>>(
        community("targets/carbon_budget"), tr("Change carbon budget"),
        ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.targets.carbonBudget; });
}

PlanField<double> PlanFields::discountRate()
{
    return planField<double>(
        community("discount_rate"), tr("Change discount rate"),
        ChangeEvent::changed(Part::Community),
        [](auto &p) -> auto & { return p.community.discountRate; });
}

PlanField<double> PlanFields::populationGrowth()
{
    return planField<double>(
        QStringLiteral("/drivers/population_growth"), tr("Change population growth"),
        ChangeEvent::changed(Part::Drivers),
        [](auto &p) -> auto & { return p.drivers.populationGrowth; });
}

PlanField<double> PlanFields::householdGrowth()
{
    return planField<double>(
        QStringLiteral("/drivers/household_growth"), tr("Change household growth"),
        ChangeEvent::changed(Part::Drivers),
        [](auto &p) -> auto & { return p.drivers.householdGrowth; });
}

PlanField<ActivityLine> PlanFields::activity(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.activities.size());
    return planField<ActivityLine>(
        QStringLiteral("/activities/%1").arg(index),
        tr("Edit activity line “%1”").arg(plan.activities.at(index).id),
        ChangeEvent::changed(Part::Activities, index), [index](auto &p) -> auto & {
            return p.activities[index];
        });
}

PlanField<double> PlanFields::activityAmount(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.activities.size());
    return planField<double>(
        pointer("activities", index, "amount"),
        tr("Change amount of “%1”").arg(plan.activities.at(index).id),
        ChangeEvent::changed(Part::Activities, index), [index](auto &p) -> auto & {
            return p.activities[index].amount;
        });
}

PlanField<Measure> PlanFields::measure(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return planField<Measure>(
        QStringLiteral("/measures/%1").arg(index),
        tr("Edit measure “%1”").arg(measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [index](auto &p) -> auto & {
            return p.measures[index];
        });
}

PlanField<QString> PlanFields::measureName(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return planField<QString>(
        pointer("measures", index, "name"),
        tr("Rename measure “%1”").arg(measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [index](auto &p) -> auto & {
            return p.measures[index].name;
        });
}

PlanField<double> PlanFields::measureParameter(const Plan &plan, qsizetype index,
                                               const QString &key)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    const Measure &m = plan.measures.at(index);
    Q_ASSERT(m.parameters.contains(key));
    return planField<double>(
        pointer("measures", index, "parameters/") + key,
        tr("Change “%1” of “%2”").arg(parameterLabel(m, key), measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [ index, key ](auto &p) -> auto & {
            return p.measures[index].parameters.find(key)->value;
        });
}

PlanField<int> PlanFields::measureStartYear(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return planField<int>(
        pointer("measures", index, "start_year"),
        tr("Change start year of “%1”").arg(measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [index](auto &p) -> auto & {
            return p.measures[index].startYear;
        });
}

PlanField<MeasureStatus> PlanFields::measureStatus(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return planField<MeasureStatus>(
        pointer("measures", index, "status"),
        tr("Change status of “%1”").arg(measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [index](auto &p) -> auto & {
            return p.measures[index].status;
        });
}

PlanField<UncertainValue> PlanFields::measureParameterValue(const Plan &plan, qsizetype index,
                                                            const QString &key)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    const Measure &m = plan.measures.at(index);
    Q_ASSERT(m.parameters.contains(key));
    return planField<UncertainValue>(
        pointer("measures", index, "parameters/") + key + QStringLiteral("/range"),
        tr("Change range of “%1” of “%2”").arg(parameterLabel(m, key), measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index),
        [ index, key ](auto &p) -> auto & { return *p.measures[index].parameters.find(key); });
}

PlanField<int> PlanFields::measureRampYears(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return planField<int>(
        pointer("measures", index, "ramp_years"),
        tr("Change ramp of “%1”").arg(measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [index](auto &p) -> auto & {
            return p.measures[index].rampYears;
        });
}

PlanField<RampShape> PlanFields::measureRampShape(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return planField<RampShape>(
        pointer("measures", index, "ramp_shape"),
        tr("Change ramp shape of “%1”").arg(measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [index](auto &p) -> auto & {
            return p.measures[index].rampShape;
        });
}

PlanField<int> PlanFields::measureLifetime(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return planField<int>(
        pointer("measures", index, "lifetime_years"),
        tr("Change lifetime of “%1”").arg(measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [index](auto &p) -> auto & {
            return p.measures[index].lifetimeYears;
        });
}

PlanField<double> PlanFields::measureCapex(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return planField<double>(
        pointer("measures", index, "costs/capex"),
        tr("Change investment of “%1”").arg(measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [index](auto &p) -> auto & {
            return p.measures[index].costs.capex;
        });
}

PlanField<double> PlanFields::measureOpex(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return planField<double>(
        pointer("measures", index, "costs/opex_per_year"),
        tr("Change running cost of “%1”").arg(measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [index](auto &p) -> auto & {
            return p.measures[index].costs.opexPerYear;
        });
}

PlanField<QString> PlanFields::measureOwnerGroup(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return planField<QString>(
        pointer("measures", index, "owner_group"),
        tr("Change owner group of “%1”").arg(measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [index](auto &p) -> auto & {
            return p.measures[index].ownerGroup;
        });
}

PlanField<QStringList> PlanFields::measureTargets(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return planField<QStringList>(
        pointer("measures", index, "targets"),
        tr("Change activity lines of “%1”").arg(measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [index](auto &p) -> auto & {
            return p.measures[index].targets;
        });
}

PlanField<QList<MeasureTariff>> PlanFields::measureTariffs(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return planField<QList<MeasureTariff>>(
        pointer("measures", index, "tariffs"),
        tr("Change own tariffs of “%1”").arg(measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [index](auto &p) -> auto & {
            return p.measures[index].tariffs;
        });
}

PlanField<QString> PlanFields::measureNote(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return planField<QString>(
        pointer("measures", index, "note"),
        tr("Change note of “%1”").arg(measureLabel(plan, index)),
        ChangeEvent::changed(Part::Measures, index), [index](auto &p) -> auto & {
            return p.measures[index].note;
        });
}

PlanField<CoBenefit> PlanFields::measureCoBenefit(const Plan &plan, qsizetype index,
                                                  CoBenefitDimension dimension)
{
    Q_ASSERT(index >= 0 && index < plan.measures.size());
    return {pointer("measures", index, "co_benefits") + QLatin1Char('/') +
                coBenefitDimensionId(dimension),
            tr("Change %1 of “%2”")
                .arg(coBenefitDimensionName(dimension).toLower(), measureLabel(plan, index)),
            ChangeEvent::changed(Part::Measures, index),
            [index, dimension](const Plan &p) {
                return coBenefitFor(p.measures[index].coBenefits, dimension);
            },
            [index](Plan &p, const CoBenefit &value) {
                Measure &m = p.measures[index];
                m.coBenefits = withCoBenefit(m.coBenefits, value);
            }};
}

PlanField<QString> PlanFields::scenarioName(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.scenarios.size());
    return planField<QString>(
        pointer("scenarios", index, "name"),
        tr("Rename scenario “%1”").arg(plan.scenarios.at(index).name),
        ChangeEvent::changed(Part::Scenarios, index), [index](auto &p) -> auto & {
            return p.scenarios[index].name;
        });
}

PlanField<QString> PlanFields::scenarioDescription(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.scenarios.size());
    return planField<QString>(
        pointer("scenarios", index, "description"),
        tr("Change description of scenario “%1”").arg(plan.scenarios.at(index).name),
        ChangeEvent::changed(Part::Scenarios, index), [index](auto &p) -> auto & {
            return p.scenarios[index].description;
        });
}

PlanField<QList<ScenarioMeasure>> PlanFields::scenarioMeasures(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.scenarios.size());
    return planField<QList<ScenarioMeasure>>(
        pointer("scenarios", index, "measures"),
        tr("Choose measures of “%1”").arg(plan.scenarios.at(index).name),
        ChangeEvent::changed(Part::Scenarios, index), [index](auto &p) -> auto & {
            return p.scenarios[index].measures;
        });
}

PlanField<QString> PlanFields::scenarioBase(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.scenarios.size());
    return planField<QString>(
        pointer("scenarios", index, "based_on"),
        tr("Change what “%1” is based on").arg(plan.scenarios.at(index).name),
        ChangeEvent::changed(Part::Scenarios, index), [index](auto &p) -> auto & {
            return p.scenarios[index].basedOn;
        });
}

PlanField<QList<ScenarioOverride>> PlanFields::scenarioOverrides(const Plan &plan, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < plan.scenarios.size());
    return planField<QList<ScenarioOverride>>(
        pointer("scenarios", index, "overrides"),
        tr("Change values of scenario “%1”").arg(plan.scenarios.at(index).name),
        ChangeEvent::changed(Part::Scenarios, index), [index](auto &p) -> auto & {
            return p.scenarios[index].overrides;
        });
}

PlanField<double> PlanFields::scenarioMeasureLevel(const Plan &plan, qsizetype index,
                                                   const QString &measureId)
{
    Q_ASSERT(index >= 0 && index < plan.scenarios.size());
    const Scenario &s = plan.scenarios.at(index);
    const auto found =
        std::find_if(s.measures.cbegin(), s.measures.cend(),
                     [&](const ScenarioMeasure &m) { return m.measure == measureId; });
    Q_ASSERT(found != s.measures.cend());
    const qsizetype position = found - s.measures.cbegin();
    const Measure *measure = plan.findMeasure(measureId);
    const QString label = measure && !measure->name.isEmpty() ? measure->name : measureId;
    return planField<double>(
        pointer("scenarios", index, "measures/") + QString::number(position) +
            QStringLiteral("/level"),
        tr("Change level of “%1” in “%2”").arg(label, s.name),
        ChangeEvent::changed(Part::Scenarios, index), [ index, position ](auto &p) -> auto & {
            return p.scenarios[index].measures[position].level;
        });
}

} // namespace zeroplan
