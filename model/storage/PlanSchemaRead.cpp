// PlanSchema: the rows of a project file's tables back into a plan (PlanSchema.cpp has the
// tables).
#include "PlanSchema.h"

#include "JsonSource.h"
#include "MonitoringJson.h"
#include "PeopleJson.h"
#include "PlanEnums.h"
#include "PlanJsonReader.h"
#include "PlanReader.h"
#include "ResidentsJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <functional>

namespace zeroplan {

namespace {

void readHeader(PlanReader &r, Plan &plan)
{
    int rows = 0;
    r.forEach(QStringLiteral("SELECT title, prepared_by, factor_set, gwp, current_scenario "
                             "FROM meta"),
              [&](const QSqlQuery &q) {
                  ++rows;
                  plan.title = r.text(q, 0);
                  plan.preparedBy = r.text(q, 1);
                  plan.factorSet = r.text(q, 2);
                  plan.gwp = r.id<GwpSet>(q, 3, gwpSetFromId);
                  plan.currentScenario = r.text(q, 4);
              });
    r.forEach(QStringLiteral("SELECT name, region, grid_region, population, households, area_ha, "
                             "base_year, horizon_end, neutrality_year, carbon_budget, currency, "
                             "discount_rate, electricity_factor, source FROM community"),
              [&](const QSqlQuery &q) {
                  ++rows;
                  Community &c = plan.community;
                  c.name = r.text(q, 0);
                  c.region = r.text(q, 1);
                  c.gridRegion = r.text(q, 2);
                  c.population = r.number(q, 3);
                  c.households = r.number(q, 4);
                  c.areaHa = r.optionalNumber(q, 5);
                  c.baseYear = r.integer(q, 6);
                  c.horizonEnd = r.integer(q, 7);
                  c.targets.neutralityYear = r.optionalInteger(q, 8);
                  c.targets.carbonBudget = r.optionalNumber(q, 9);
                  c.currency = r.text(q, 10);
                  c.discountRate = r.number(q, 11);
                  c.electricityFactor = r.text(q, 12);
                  c.source = r.text(q, 13);
              });
    if (r.damage.isEmpty() && rows != 2)
        r.damage = QStringLiteral("meta or community has no row");
    r.forEach(QStringLiteral("SELECT year, cut FROM interim_targets ORDER BY position"),
              [&](const QSqlQuery &q) {
                  plan.community.targets.interim.append({r.integer(q, 0), r.number(q, 1)});
              });
}

void readFactors(PlanReader &r, Plan &plan)
{
    r.forEach(QStringLiteral("SELECT id, name, carrier, mass_unit, activity_unit, gwp, region, "
                             "year, source, confidence FROM factors ORDER BY position"),
              [&](const QSqlQuery &q) {
                  EmissionFactor f;
                  f.id = r.text(q, 0);
                  f.name = r.text(q, 1);
                  f.carrier = r.text(q, 2);
                  f.massUnit = r.text(q, 3);
                  f.activityUnit = r.text(q, 4);
                  f.gwp = r.id<GwpSet>(q, 5, gwpSetFromId);
                  f.region = r.text(q, 6);
                  f.year = r.integer(q, 7);
                  f.source = r.text(q, 8);
                  f.confidence = r.id<Confidence>(q, 9, confidenceFromId);
                  plan.factors.append(f);
              });
    // Children refer to their parent's position, which is its index in the list.
    const auto parent = [&](const QSqlQuery &q, qsizetype count) -> qsizetype {
        const int index = r.integer(q, 0);
        if (index < 0 || index >= count) {
            if (r.damage.isEmpty())
                r.damage =
                    QStringLiteral("a row refers to item %1, which does not exist").arg(index);
            return -1;
        }
        return index;
    };
    r.forEach(QStringLiteral("SELECT factor_position, gas, value FROM factor_gases "
                             "ORDER BY factor_position, position"),
              [&](const QSqlQuery &q) {
                  const qsizetype i = parent(q, plan.factors.size());
                  if (i >= 0)
                      plan.factors[i].gases.append({r.id<Gas>(q, 1, gasFromId), r.number(q, 2)});
              });
    r.forEach(QStringLiteral("SELECT factor_position, year, value FROM factor_trajectory "
                             "ORDER BY factor_position, position"),
              [&](const QSqlQuery &q) {
                  const qsizetype i = parent(q, plan.factors.size());
                  if (i >= 0)
                      plan.factors[i].trajectory.append({r.integer(q, 1), r.number(q, 2)});
              });
}

void readBaseline(PlanReader &r, Plan &plan)
{
    r.forEach(QStringLiteral("SELECT carrier, unit, price, source FROM prices ORDER BY position"),
              [&](const QSqlQuery &q) {
                  plan.prices.append({r.text(q, 0), r.text(q, 1), r.number(q, 2), r.text(q, 3)});
              });
    int rows = 0;
    r.forEach(QStringLiteral("SELECT population_growth, household_growth, source FROM drivers"),
              [&](const QSqlQuery &q) {
                  ++rows;
                  plan.drivers.populationGrowth = r.number(q, 0);
                  plan.drivers.householdGrowth = r.number(q, 1);
                  plan.drivers.source = r.text(q, 2);
              });
    if (r.damage.isEmpty() && rows != 1)
        r.damage = QStringLiteral("drivers has no row");
    r.forEach(
        QStringLiteral("SELECT sector, rate FROM sector_trends ORDER BY position"),
        [&](const QSqlQuery &q) {
            plan.drivers.sectorTrends.append({r.id<Sector>(q, 0, sectorFromId), r.number(q, 1)});
        });
    r.forEach(QStringLiteral("SELECT id, sector, subsector, scope, carrier, amount, unit, factor, "
                             "data_quality, notation_key, driver, source, note FROM activities "
                             "ORDER BY position"),
              [&](const QSqlQuery &q) {
                  ActivityLine a;
                  a.id = r.text(q, 0);
                  a.sector = r.id<Sector>(q, 1, sectorFromId);
                  a.subsector = r.text(q, 2);
                  a.scope = r.integer(q, 3);
                  a.carrier = r.text(q, 4);
                  a.amount = r.number(q, 5);
                  a.unit = r.text(q, 6);
                  a.factor = r.text(q, 7);
                  a.dataQuality = r.id<DataQuality>(q, 8, dataQualityFromId);
                  a.notationKey = r.id<NotationKey>(q, 9, notationKeyFromId);
                  a.driver = r.id<Driver>(q, 10, driverFromId);
                  a.source = r.text(q, 11);
                  a.note = r.text(q, 12);
                  plan.activities.append(a);
              });
}

void readMeasures(PlanReader &r, Plan &plan)
{
    r.forEach(QStringLiteral("SELECT id, kind, name, start_year, ramp_years, ramp_shape, "
                             "lifetime_years, capex, opex_per_year, owner_group, status, source, "
                             "note FROM measures ORDER BY position"),
              [&](const QSqlQuery &q) {
                  Measure m;
                  m.id = r.text(q, 0);
                  m.kind = r.id<MeasureKind>(q, 1, measureKindFromId);
                  m.name = r.text(q, 2);
                  m.startYear = r.integer(q, 3);
                  m.rampYears = r.integer(q, 4);
                  m.rampShape = r.id<RampShape>(q, 5, rampShapeFromId);
                  m.lifetimeYears = r.integer(q, 6);
                  m.costs = {r.number(q, 7), r.number(q, 8)};
                  m.ownerGroup = r.text(q, 9);
                  m.status = r.id<MeasureStatus>(q, 10, measureStatusFromId);
                  m.source = r.text(q, 11);
                  m.note = r.text(q, 12);
                  plan.measures.append(m);
              });
    const auto measureAt = [&](const QSqlQuery &q) -> Measure * {
        const int index = r.integer(q, 0);
        if (index >= 0 && index < plan.measures.size())
            return &plan.measures[index];
        if (r.damage.isEmpty())
            r.damage =
                QStringLiteral("a row refers to measure %1, which does not exist").arg(index);
        return nullptr;
    };
    r.forEach(QStringLiteral("SELECT measure_position, key, value, low, high, source "
                             "FROM measure_parameters ORDER BY measure_position, key"),
              [&](const QSqlQuery &q) {
                  if (Measure *m = measureAt(q)) {
                      m->parameters.insert(r.text(q, 1), {r.number(q, 2), r.optionalNumber(q, 3),
                                                          r.optionalNumber(q, 4), r.text(q, 5)});
                  }
              });
    r.forEach(QStringLiteral("SELECT measure_position, activity_id FROM measure_targets "
                             "ORDER BY measure_position, position"),
              [&](const QSqlQuery &q) {
                  if (Measure *m = measureAt(q))
                      m->targets.append(r.text(q, 1));
              });
    r.forEach(QStringLiteral("SELECT measure_position, dimension, rating, note, source, "
                             "quantity_value, quantity_unit, quantity_per, quantity_source "
                             "FROM measure_co_benefits ORDER BY measure_position, position"),
              [&](const QSqlQuery &q) {
                  Measure *m = measureAt(q);
                  if (!m)
                      return;
                  CoBenefit b;
                  b.dimension = r.id<CoBenefitDimension>(q, 1, coBenefitDimensionFromId);
                  b.rating = r.id<CoBenefitRating>(q, 2, coBenefitRatingFromId);
                  b.note = r.text(q, 3);
                  b.source = r.text(q, 4);
                  if (const std::optional<double> value = r.optionalNumber(q, 5)) {
                      b.quantity = CoBenefitQuantity{
                          *value, r.text(q, 6), r.id<CoBenefitBasis>(q, 7, coBenefitBasisFromId),
                          r.text(q, 8)};
                  }
                  m->coBenefits.append(b);
              });
    r.forEach(QStringLiteral("SELECT measure_position, carrier, unit, price, cap_per_household, "
                             "source FROM measure_tariffs ORDER BY measure_position, position"),
              [&](const QSqlQuery &q) {
                  if (Measure *m = measureAt(q)) {
                      m->tariffs.append({r.text(q, 1), r.text(q, 2), r.number(q, 3),
                                         r.optionalNumber(q, 4), r.text(q, 5)});
                  }
              });
}

void readScenarios(PlanReader &r, Plan &plan)
{
    r.forEach(QStringLiteral("SELECT name, description, based_on FROM scenarios ORDER BY "
                             "position"),
              [&](const QSqlQuery &q) {
                  Scenario s;
                  s.name = r.text(q, 0);
                  s.description = r.text(q, 1);
                  s.basedOn = r.text(q, 2);
                  plan.scenarios.append(std::move(s));
              });
    // The scenario a row of scenario_overrides or scenario_measures belongs to, else nullptr
    // (and the file is damaged).
    const auto scenarioAt = [&](const QSqlQuery &q) -> Scenario * {
        const int index = r.integer(q, 0);
        if (index >= 0 && index < plan.scenarios.size())
            return &plan.scenarios[index];
        if (r.damage.isEmpty())
            r.damage =
                QStringLiteral("a row refers to scenario %1, which does not exist").arg(index);
        return nullptr;
    };
    r.forEach(QStringLiteral("SELECT scenario_position, measure_id, field, value FROM "
                             "scenario_overrides ORDER BY scenario_position, position"),
              [&](const QSqlQuery &q) {
                  if (Scenario *s = scenarioAt(q))
                      s->overrides.append({r.text(q, 1), r.text(q, 2), r.number(q, 3)});
              });
    r.forEach(QStringLiteral("SELECT scenario_position, measure_id, level FROM scenario_measures "
                             "ORDER BY scenario_position, position"),
              [&](const QSqlQuery &q) {
                  if (Scenario *s = scenarioAt(q))
                      s->measures.append({r.text(q, 1), r.number(q, 2)});
              });
}

// A one-row JSON table (monitoring, residents, people) through the JSON format's own checked
// reader, `read`: the first error found in it is the damage.
void readJsonRow(PlanReader &r, const QString &table,
                 const std::function<void(JsonObjectReader &)> &read)
{
    std::optional<QString> json;
    r.forEach(QStringLiteral("SELECT json FROM %1").arg(table),
              [&](const QSqlQuery &q) { json = r.text(q, 0); });
    if (!json || !r.damage.isEmpty())
        return;
    QString error;
    const std::optional<QJsonDocument> document =
        JsonSource::parse(json->toUtf8(), PlanJson::kMaxFileBytes, &error);
    if (!document || !document->isObject()) {
        r.damage = QStringLiteral("%1.json is not a JSON object: %2").arg(table, error);
        return;
    }
    PlanProblems problems;
    JsonObjectReader reader(document->object(), QLatin1Char('/') + table, problems);
    read(reader);
    for (const PlanProblem &p : problems) {
        if (p.severity == PlanProblem::Severity::Error) {
            r.damage = QStringLiteral("%1.json: %2").arg(table, p.toString());
            return;
        }
    }
}

void readMonitoring(PlanReader &r, Plan &plan)
{
    readJsonRow(r, QStringLiteral("monitoring"), [&](JsonObjectReader &reader) {
        PlanJsonReader plans(reader.problems());
        plan.monitoring =
            MonitoringJson::read(reader, [&](const QJsonObject &frozen, const QString &at) {
                return plans.read(frozen, at);
            });
    });
}

void readResidents(PlanReader &r, Plan &plan)
{
    readJsonRow(r, QStringLiteral("residents"),
                [&](JsonObjectReader &reader) { plan.residents = ResidentsJson::read(reader); });
}

void readPeople(PlanReader &r, Plan &plan)
{
    readJsonRow(r, QStringLiteral("people"),
                [&](JsonObjectReader &reader) { plan.people = PeopleJson::read(reader); });
}

} // namespace

QString PlanSchema::readRows(const QSqlDatabase &db, Plan &plan)
{
    PlanReader reader(db);
    readHeader(reader, plan);
    readFactors(reader, plan);
    readBaseline(reader, plan);
    readMeasures(reader, plan);
    readScenarios(reader, plan);
    readMonitoring(reader, plan);
    readResidents(reader, plan);
    readPeople(reader, plan);
    return reader.damage;
}

} // namespace zeroplan
