#include "PlanSchema.h"

#include "PlanEnums.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <functional>

namespace zeroplan {

namespace {

PlanSchema::Column col(const char *name, const char *declaration)
{
    return {QLatin1String(name), QLatin1String(declaration)};
}

// The tables of schema version 2 (version 1 without meta.current_scenario). A list's table has
// a position column (0, 1, …) in its key, so the list keeps its order.
QList<PlanSchema::Table> buildTables()
{
    using T = PlanSchema::Table;
    return {
        T{QStringLiteral("meta"),
          {col("id", "INTEGER PRIMARY KEY CHECK (id = 1)"),
           col("format_version", "INTEGER NOT NULL"), col("title", "TEXT"),
           col("prepared_by", "TEXT"), col("factor_set", "TEXT"), col("gwp", "TEXT NOT NULL"),
           col("current_scenario", "TEXT")},
          {}},
        T{QStringLiteral("community"),
          {col("id", "INTEGER PRIMARY KEY CHECK (id = 1)"), col("name", "TEXT"),
           col("region", "TEXT"), col("grid_region", "TEXT"), col("population", "REAL NOT NULL"),
           col("households", "REAL NOT NULL"), col("area_ha", "REAL"),
           col("base_year", "INTEGER NOT NULL"), col("horizon_end", "INTEGER NOT NULL"),
           col("neutrality_year", "INTEGER"), col("carbon_budget", "REAL"), col("currency", "TEXT"),
           col("discount_rate", "REAL NOT NULL"), col("electricity_factor", "TEXT"),
           col("source", "TEXT")},
          {}},
        T{QStringLiteral("interim_targets"),
          {col("position", "INTEGER PRIMARY KEY"), col("year", "INTEGER NOT NULL"),
           col("cut", "REAL NOT NULL")},
          {}},
        T{QStringLiteral("factors"),
          {col("position", "INTEGER PRIMARY KEY"), col("id", "TEXT"), col("name", "TEXT"),
           col("carrier", "TEXT"), col("mass_unit", "TEXT"), col("activity_unit", "TEXT"),
           col("gwp", "TEXT NOT NULL"), col("region", "TEXT"), col("year", "INTEGER NOT NULL"),
           col("source", "TEXT"), col("confidence", "TEXT NOT NULL")},
          {}},
        T{QStringLiteral("factor_gases"),
          {col("factor_position",
               "INTEGER NOT NULL REFERENCES factors (position) ON DELETE CASCADE"),
           col("position", "INTEGER NOT NULL"), col("gas", "TEXT NOT NULL"),
           col("value", "REAL NOT NULL")},
          QStringLiteral("PRIMARY KEY (factor_position, position)")},
        T{QStringLiteral("factor_trajectory"),
          {col("factor_position",
               "INTEGER NOT NULL REFERENCES factors (position) ON DELETE CASCADE"),
           col("position", "INTEGER NOT NULL"), col("year", "INTEGER NOT NULL"),
           col("value", "REAL NOT NULL")},
          QStringLiteral("PRIMARY KEY (factor_position, position)")},
        T{QStringLiteral("prices"),
          {col("position", "INTEGER PRIMARY KEY"), col("carrier", "TEXT"), col("unit", "TEXT"),
           col("price", "REAL NOT NULL"), col("source", "TEXT")},
          {}},
        T{QStringLiteral("drivers"),
          {col("id", "INTEGER PRIMARY KEY CHECK (id = 1)"),
           col("population_growth", "REAL NOT NULL"), col("household_growth", "REAL NOT NULL"),
           col("source", "TEXT")},
          {}},
        T{QStringLiteral("sector_trends"),
          {col("position", "INTEGER PRIMARY KEY"), col("sector", "TEXT NOT NULL"),
           col("rate", "REAL NOT NULL")},
          {}},
        T{QStringLiteral("activities"),
          {col("position", "INTEGER PRIMARY KEY"), col("id", "TEXT"),
           col("sector", "TEXT NOT NULL"), col("subsector", "TEXT"),
           col("scope", "INTEGER NOT NULL"), col("carrier", "TEXT"), col("amount", "REAL NOT NULL"),
           col("unit", "TEXT"), col("factor", "TEXT"), col("data_quality", "TEXT NOT NULL"),
           col("notation_key", "TEXT"), col("driver", "TEXT NOT NULL"), col("source", "TEXT"),
           col("note", "TEXT")},
          {}},
        T{QStringLiteral("measures"),
          {col("position", "INTEGER PRIMARY KEY"), col("id", "TEXT"), col("kind", "TEXT NOT NULL"),
           col("name", "TEXT"), col("start_year", "INTEGER NOT NULL"),
           col("ramp_years", "INTEGER NOT NULL"), col("ramp_shape", "TEXT NOT NULL"),
           col("lifetime_years", "INTEGER NOT NULL"), col("capex", "REAL NOT NULL"),
           col("opex_per_year", "REAL NOT NULL"), col("owner_group", "TEXT"),
           col("status", "TEXT NOT NULL"), col("source", "TEXT"), col("note", "TEXT")},
          {}},
        T{QStringLiteral("measure_parameters"),
          {col("measure_position",
               "INTEGER NOT NULL REFERENCES measures (position) ON DELETE CASCADE"),
           col("key", "TEXT NOT NULL"), col("value", "REAL NOT NULL"), col("low", "REAL"),
           col("high", "REAL"), col("source", "TEXT")},
          QStringLiteral("PRIMARY KEY (measure_position, key)")},
        T{QStringLiteral("measure_targets"),
          {col("measure_position",
               "INTEGER NOT NULL REFERENCES measures (position) ON DELETE CASCADE"),
           col("position", "INTEGER NOT NULL"), col("activity_id", "TEXT")},
          QStringLiteral("PRIMARY KEY (measure_position, position)")},
        T{QStringLiteral("scenarios"),
          {col("position", "INTEGER PRIMARY KEY"), col("name", "TEXT"), col("description", "TEXT")},
          {}},
        T{QStringLiteral("scenario_measures"),
          {col("scenario_position",
               "INTEGER NOT NULL REFERENCES scenarios (position) ON DELETE CASCADE"),
           col("position", "INTEGER NOT NULL"), col("measure_id", "TEXT"),
           col("level", "REAL NOT NULL")},
          QStringLiteral("PRIMARY KEY (scenario_position, position)")},
    };
}

QString createStatement(const PlanSchema::Table &table)
{
    QStringList parts;
    for (const PlanSchema::Column &c : table.columns)
        parts << c.name + QLatin1Char(' ') + c.declaration;
    if (!table.constraints.isEmpty())
        parts << table.constraints;
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, parts.join(QStringLiteral(", ")));
}

// Runs a statement made only of constants from this file (DDL and pragmas take no bound values).
bool execConstant(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// One upgrade step: turns a database of version N into version N + 1.
using MigrationStep = std::function<bool(QSqlDatabase &, QString *)>;

// migrations()[i] upgrades version i + 1 to i + 2.
const QList<MigrationStep> &migrations()
{
    static const QList<MigrationStep> steps = {
        // 1 → 2: the scenario the app shows, remembered with the plan (NULL: the first).
        [](QSqlDatabase &db, QString *error) {
            return execConstant(
                db, QStringLiteral("ALTER TABLE meta ADD COLUMN current_scenario TEXT"), error);
        },
    };
    return steps;
}

// ---- rows: the plan into the tables ----

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant optionalValue(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

// Inserts rows into one table through one prepared statement; the first failure is kept and
// every later insert does nothing.
class TableWriter
{
public:
    TableWriter(const QSqlDatabase &db, const QString &table, QString *error)
        : m_query(db), m_error(error)
    {
        QStringList names, marks;
        for (const PlanSchema::Table &t : PlanSchema::tables()) {
            if (t.name != table)
                continue;
            for (const PlanSchema::Column &c : t.columns) {
                names << c.name;
                marks << QStringLiteral("?");
            }
        }
        m_columns = names.size();
        const QString sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        if (m_error->isEmpty() && !m_query.prepare(sql))
            *m_error = m_query.lastError().text();
    }

    void insert(const QVariantList &values)
    {
        if (!m_error->isEmpty())
            return;
        Q_ASSERT(values.size() == m_columns);
        for (const QVariant &v : values)
            m_query.addBindValue(v);
        if (!m_query.exec())
            *m_error = m_query.lastError().text();
    }

private:
    QSqlQuery m_query;
    QString *m_error;
    qsizetype m_columns = 0;
};

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

void writeMeasures(const QSqlDatabase &db, const Plan &plan, QString *error)
{
    TableWriter measures(db, QStringLiteral("measures"), error);
    TableWriter parameters(db, QStringLiteral("measure_parameters"), error);
    TableWriter targets(db, QStringLiteral("measure_targets"), error);
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
    }
    TableWriter scenarios(db, QStringLiteral("scenarios"), error);
    TableWriter chosen(db, QStringLiteral("scenario_measures"), error);
    for (qsizetype i = 0; i < plan.scenarios.size(); ++i) {
        const Scenario &s = plan.scenarios[i];
        scenarios.insert({i, s.name, s.description});
        for (qsizetype k = 0; k < s.measures.size(); ++k)
            chosen.insert({i, k, s.measures[k].measure, s.measures[k].level});
    }
}

// ---- rows: the tables into a plan ----

// Reads the tables back into a plan; the first thing that doesn't fit is kept in `damage`.
class PlanReader
{
public:
    explicit PlanReader(const QSqlDatabase &db) : m_db(db) {}

    QString damage;

    // Runs `sql` (constant, no values from outside) and calls `row` for every result row.
    template <typename Row> void forEach(const QString &sql, Row row)
    {
        if (!damage.isEmpty())
            return;
        static const QRegularExpression from(QStringLiteral("FROM (\\w+)"));
        m_table = from.match(sql).captured(1);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql) || !q.exec()) {
            damage = q.lastError().text();
            return;
        }
        while (damage.isEmpty() && q.next())
            row(q);
        if (damage.isEmpty() && q.lastError().isValid())
            damage = q.lastError().text();
    }

    double number(const QSqlQuery &q, int column)
    {
        const QVariant v = q.value(column);
        const int type = v.metaType().id();
        if (type != QMetaType::Double && type != QMetaType::LongLong && type != QMetaType::Int)
            fail(q, column, QStringLiteral("is not a number"));
        return v.toDouble();
    }
    int integer(const QSqlQuery &q, int column)
    {
        const QVariant v = q.value(column);
        if (v.metaType().id() != QMetaType::LongLong && v.metaType().id() != QMetaType::Int)
            fail(q, column, QStringLiteral("is not an integer"));
        return v.toInt();
    }
    std::optional<double> optionalNumber(const QSqlQuery &q, int column)
    {
        if (q.isNull(column))
            return std::nullopt;
        return number(q, column);
    }
    std::optional<int> optionalInteger(const QSqlQuery &q, int column)
    {
        if (q.isNull(column))
            return std::nullopt;
        return integer(q, column);
    }
    QString text(const QSqlQuery &q, int column) { return q.value(column).toString(); }

    template <typename E, typename FromId> E id(const QSqlQuery &q, int column, FromId fromId)
    {
        const std::optional<E> e = fromId(q.value(column).toString());
        if (!e) {
            fail(q, column,
                 QStringLiteral("has an unknown value \"%1\"").arg(q.value(column).toString()));
            return E{};
        }
        return *e;
    }

private:
    void fail(const QSqlQuery &q, int column, const QString &why)
    {
        if (damage.isEmpty())
            damage = QStringLiteral("%1.%2 %3").arg(m_table, q.record().fieldName(column), why);
    }
    QSqlDatabase m_db;
    QString m_table;
};

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
}

void readScenarios(PlanReader &r, Plan &plan)
{
    r.forEach(QStringLiteral("SELECT name, description FROM scenarios ORDER BY position"),
              [&](const QSqlQuery &q) {
                  plan.scenarios.append({r.text(q, 0), r.text(q, 1), {}});
              });
    r.forEach(QStringLiteral("SELECT scenario_position, measure_id, level FROM scenario_measures "
                             "ORDER BY scenario_position, position"),
              [&](const QSqlQuery &q) {
                  const int index = r.integer(q, 0);
                  if (index < 0 || index >= plan.scenarios.size()) {
                      if (r.damage.isEmpty())
                          r.damage = QStringLiteral("a row refers to scenario %1, which does not "
                                                    "exist")
                                         .arg(index);
                      return;
                  }
                  plan.scenarios[index].measures.append({r.text(q, 1), r.number(q, 2)});
              });
}

} // namespace

const QList<PlanSchema::Table> &PlanSchema::tables()
{
    static const QList<Table> all = buildTables();
    return all;
}

bool PlanSchema::create(QSqlDatabase &db, QString *error)
{
    for (const Table &t : tables()) {
        if (!execConstant(db, createStatement(t), error))
            return false;
    }
    return execConstant(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                        error) &&
           execConstant(db, QStringLiteral("PRAGMA user_version = %1").arg(kVersion), error);
}

QString PlanSchema::missingPart(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"))) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    for (const Table &t : tables()) {
        q.addBindValue(t.name);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
        QStringList present;
        while (q.next())
            present << q.value(0).toString();
        if (present.isEmpty())
            return t.name;
        for (const Column &c : t.columns) {
            if (!present.contains(c.name))
                return t.name + QLatin1Char('.') + c.name;
        }
    }
    return {};
}

QString PlanSchema::unexpectedPart(const QSqlDatabase &db, QString *error)
{
    const auto failed = [&](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        return QString();
    };
    QStringList ours;
    for (const Table &t : tables())
        ours << t.name;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // sqlite_master is a plain table: reading it runs nothing the file holds.
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master")))
        return failed(q);
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString name = q.value(1).toString();
        const QString sql = q.value(2).toString().simplified();
        const bool expected = ours.contains(name, Qt::CaseInsensitive);
        if (type == QLatin1String("view")) {
            return expected ? QStringLiteral("%1 is a view, not a table").arg(name)
                            : QStringLiteral("it holds a view, %1; project files hold only tables")
                                  .arg(name);
        }
        if (type == QLatin1String("trigger"))
            return QStringLiteral("it holds a trigger, %1; project files have none").arg(name);
        if (type == QLatin1String("table") &&
            sql.startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
            return QStringLiteral("%1 is a virtual table, not a table").arg(name);
    }
    if (q.lastError().isValid())
        return failed(q);
    // hidden: 0 a column, 1 a virtual table's hidden column, 2 and 3 a generated column.
    QSqlQuery columns(db);
    if (!columns.prepare(QStringLiteral("SELECT name, hidden FROM pragma_table_xinfo(?)")))
        return failed(columns);
    for (const Table &t : tables()) {
        columns.addBindValue(t.name);
        if (!columns.exec())
            return failed(columns);
        while (columns.next()) {
            if (columns.value(1).toInt() != 0)
                return QStringLiteral("%1.%2 is a generated column")
                    .arg(t.name, columns.value(0).toString());
        }
    }
    return {};
}

bool PlanSchema::migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    for (int version = fromVersion; version < kVersion; ++version) {
        const qsizetype step = version - 1;
        if (step < 0 || step >= migrations().size()) {
            if (error)
                *error = QStringLiteral("no migration from schema version %1").arg(version);
            return false;
        }
        if (!migrations().at(step)(db, error))
            return false;
        if (!execConstant(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1), error))
            return false;
    }
    return true;
}

bool PlanSchema::writeRows(const QSqlDatabase &db, const Plan &plan, QString *error)
{
    QString failure;
    writeHeader(db, plan, &failure);
    writeFactors(db, plan, &failure);
    writeBaseline(db, plan, &failure);
    writeMeasures(db, plan, &failure);
    if (failure.isEmpty())
        return true;
    if (error)
        *error = failure;
    return false;
}

QString PlanSchema::readRows(const QSqlDatabase &db, Plan &plan)
{
    PlanReader reader(db);
    readHeader(reader, plan);
    readFactors(reader, plan);
    readBaseline(reader, plan);
    readMeasures(reader, plan);
    readScenarios(reader, plan);
    return reader.damage;
}

} // namespace zeroplan
