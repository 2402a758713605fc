// PlanSchema: a plan into the rows of a project file's tables (PlanSchema.cpp has the tables).
#include "PlanSchema.h"

#include "MonitoringJson.h"
#include "PeopleJson.h"
#include "PlanEnums.h"
#include "ResidentsJson.h"
#include "TableWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace zeroplan {

namespace {

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant optionalValue(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

void writeHeader(const QSqlDatabase &db, const Plan &plan, QString *error)
{
    TableWriter(db, QStringLiteral("meta"), error)
        .insert({1, Plan::kFormatVersion, plan.title, plan.preparedBy, plan.factorSet,
                 gwpSetId(plan.gwp),
                 plan.currentScenario.isEmpty() ? QVariant() : QVariant(plan.currentScenario)});
    const Community &c = plan.community;
    TableWriter(db, QStringLiteral("community"), error)
        .insert({1, c.name, c.region, c.gridRegion, c.population, c.households,
                 optionalValue(c.areaHa), c.baseYear, c.horizonEnd,
                 optionalValue(c.targets.neutralityYear), optionalValue(c.targets.carbonBudget),
                 c.currency, c.discountRate, c.electricityFactor, c.source});
    TableWriter interim(db, QStringLiteral("interim_targets"), error);
    for (qsizetype i = 0; i < c.targets.interim.size(); ++i)
        interim.insert({i, c.targets.interim[i].year, c.targets.interim[i].cut});
}

void writeFactors(const QSqlDatabase &db, const Plan &plan, QString *error)
{
    TableWriter factors(db, QStringLiteral("factors"), error);
    TableWriter gases(db, QStringLiteral("factor_gases"), error);
    TableWriter trajectory(db, QStringLiteral("factor_trajectory"), error);
    for (qsizetype i = 0; i < plan.factors.size(); ++i) {
        const EmissionFactor &f = plan.factors[i];
        factors.insert({i, f.id, f.name, f.carrier, f.massUnit, f.activityUnit, gwpSetId(f.gwp),
                        f.region, f.year, f.source, confidenceId(f.confidence)});
        for (qsizetype g = 0; g < f.gases.size(); ++g)
            gases.insert({i, g, gasId(f.gases[g].gas), f.gases[g].value});
        for (qsizetype p = 0; p < f.trajectory.size(); ++p)
            trajectory.insert({i, p, f.trajectory[p].year, f.trajectory[p].value});
    }
}

void writeBaseline(const QSqlDatabase &db, const Plan &plan, QString *error)
{
    TableWriter prices(db, QStringLiteral("prices"), error);
    for (qsizetype i = 0; i < plan.prices.size(); ++i) {
        const Price &p = plan.prices[i];
        prices.insert({i, p.carrier, p.unit, p.price, p.source});
    }
    const Drivers &d = plan.drivers;
    TableWriter(db, QStringLiteral("drivers"), error)
        .insert({1, d.populationGrowth, d.householdGrowth, d.source});
    TableWriter trends(db, QStringLiteral("sector_trends"), error);
    for (qsizetype i = 0; i < d.sectorTrends.size(); ++i)
        trends.insert({i, sectorId(d.sectorTrends[i].sector), d.sectorTrends[i].rate});
    TableWriter activities(db, QStringLiteral("activities"), error);
    for (qsizetype i = 0; i < plan.activities.size(); ++i) {
        const ActivityLine &a = plan.activities[i];
        activities.insert({i, a.id, sectorId(a.sector), a.subsector, a.scope, a.carrier, a.amount,
                           a.unit, a.factor, dataQualityId(a.dataQuality),
                           notationKeyId(a.notationKey), driverId(a.driver), a.source, a.note});
    }
}

// The co-benefits of measure `position`, one row each.
void writeCoBenefits(TableWriter &rows, qsizetype position, const Measure &m)
{
    for (qsizetype k = 0; k < m.coBenefits.size(); ++k) {
        const CoBenefit &b = m.coBenefits[k];
        const std::optional<CoBenefitQuantity> &q = b.quantity;
        rows.insert({position, k, coBenefitDimensionId(b.dimension), coBenefitRatingId(b.rating),
                     b.note, b.source, q ? QVariant(q->value) : QVariant(),
                     q ? QVariant(q->unit) : QVariant(),
                     q ? QVariant(coBenefitBasisId(q->basis)) : QVariant(),
                     q ? QVariant(q->source) : QVariant()});
    }
}

// The own tariffs of measure `position`, one row each.
void writeTariffs(TableWriter &rows, qsizetype position, const Measure &m)
{
    for (qsizetype k = 0; k < m.tariffs.size(); ++k) {
        const MeasureTariff &t = m.tariffs[k];
        rows.insert(
            {position, k, t.carrier, t.unit, t.price, optionalValue(t.capPerHousehold), t.source});
    }
}

void writeMeasures(const QSqlDatabase &db, const Plan &plan, QString *error)
{
    TableWriter measures(db, QStringLiteral("measures"), error);
    TableWriter parameters(db, QStringLiteral("measure_parameters"), error);
    TableWriter targets(db, QStringLiteral("measure_targets"), error);
    TableWriter coBenefits(db, QStringLiteral("measure_co_benefits"), error);
    TableWriter tariffs(db, QStringLiteral("measure_tariffs"), error);
    for (qsizetype i = 0; i < plan.measures.size(); ++i) {
        const Measure &m = plan.measures[i];
        measures.insert({i, m.id, measureKindId(m.kind), m.name, m.startYear, m.rampYears,
                         rampShapeId(m.rampShape), m.lifetimeYears, m.costs.capex,
                         m.costs.opexPerYear, m.ownerGroup, measureStatusId(m.status), m.source,
                         m.note});
        for (auto it = m.parameters.cbegin(); it != m.parameters.cend(); ++it) {
            parameters.insert({i, it.key(), it->value, optionalValue(it->low),
                               optionalValue(it->high), it->source});
        }
        for (qsizetype t = 0; t < m.targets.size(); ++t)
            targets.insert({i, t, m.targets[t]});
        writeCoBenefits(coBenefits, i, m);
        writeTariffs(tariffs, i, m);
    }
    TableWriter scenarios(db, QStringLiteral("scenarios"), error);
    TableWriter chosen(db, QStringLiteral("scenario_measures"), error);
    TableWriter overrides(db, QStringLiteral("scenario_overrides"), error);
    for (qsizetype i = 0; i < plan.scenarios.size(); ++i) {
        const Scenario &s = plan.scenarios[i];
        scenarios.insert(
            {i, s.name, s.description, s.basedOn.isEmpty() ? QVariant() : QVariant(s.basedOn)});
        for (qsizetype k = 0; k < s.measures.size(); ++k)
            chosen.insert({i, k, s.measures[k].measure, s.measures[k].level});
        for (qsizetype k = 0; k < s.overrides.size(); ++k) {
            const ScenarioOverride &o = s.overrides[k];
            overrides.insert({i, k, o.measure, o.field, o.value});
        }
    }
}

void writeMonitoring(const QSqlDatabase &db, const Plan &plan, QString *error)
{
    if (plan.monitoring.isEmpty())
        return;
    TableWriter(db, QStringLiteral("monitoring"), error)
        .insert({1, Plan::kFormatVersion,
                 QString::fromUtf8(QJsonDocument(MonitoringJson::write(plan.monitoring))
                                       .toJson(QJsonDocument::Compact))});
}

void writeResidents(const QSqlDatabase &db, const Plan &plan, QString *error)
{
    if (plan.residents.isEmpty())
        return;
    TableWriter(db, QStringLiteral("residents"), error)
        .insert({1, Plan::kFormatVersion,
                 QString::fromUtf8(QJsonDocument(ResidentsJson::write(plan.residents))
                                       .toJson(QJsonDocument::Compact))});
}

void writePeople(const QSqlDatabase &db, const Plan &plan, QString *error)
{
    if (plan.people.isEmpty())
        return;
    TableWriter(db, QStringLiteral("people"), error)
        .insert(
            {1, Plan::kFormatVersion,
             QString::fromUtf8(
                 QJsonDocument(PeopleJson::write(plan.people)).toJson(QJsonDocument::Compact))});
}

} // namespace

bool PlanSchema::writeRows(const QSqlDatabase &db, const Plan &plan, QString *error)
{
    QString failure;
    writeHeader(db, plan, &failure);
    writeFactors(db, plan, &failure);
    writeBaseline(db, plan, &failure);
    writeMeasures(db, plan, &failure);
    writeMonitoring(db, plan, &failure);
    writeResidents(db, plan, &failure);
    writePeople(db, plan, &failure);
    if (failure.isEmpty())
        return true;
    if (error)
        *error = failure;
    return false;
}

} // namespace zeroplan
