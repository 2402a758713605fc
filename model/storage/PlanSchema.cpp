#include "PlanSchema.h"

#include "SqliteTables.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace zeroplan {

namespace {

SqliteTables::Column col(const char *name, const char *declaration)
{
    return {QLatin1String(name), QLatin1String(declaration)};
}

// The tables of schema version 11 (10 without shared_checkout, 9 also without remarks, review_marks
// and review_copy, 8 without versions, 7 without change_log and change_log_fields, 6 also without
// scenarios.based_on and scenario_overrides, 5 also without measure_tariffs, 4 also without
// measure_co_benefits and people, 3 also without residents, 2 also without monitoring, 1 also
// without meta.current_scenario). A list's table has a position column (0, 1, …) in its key, so the
// list keeps its order.
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
        // A measure's co-benefits (docs/measures.md "Co-benefits"), one row per assessed
        // dimension; the quantity columns are NULL without a figure.
        T{QStringLiteral("measure_co_benefits"),
          {col("measure_position",
               "INTEGER NOT NULL REFERENCES measures (position) ON DELETE CASCADE"),
           col("position", "INTEGER NOT NULL"), col("dimension", "TEXT NOT NULL"),
           col("rating", "TEXT NOT NULL"), col("note", "TEXT"), col("source", "TEXT"),
           col("quantity_value", "REAL"), col("quantity_unit", "TEXT"), col("quantity_per", "TEXT"),
           col("quantity_source", "TEXT")},
          QStringLiteral("PRIMARY KEY (measure_position, position)")},
        // A measure's own tariffs (docs/measures.md "A measure's own tariff"), one row per
        // carrier; cap_per_household is NULL without a cap.
        T{QStringLiteral("measure_tariffs"),
          {col("measure_position",
               "INTEGER NOT NULL REFERENCES measures (position) ON DELETE CASCADE"),
           col("position", "INTEGER NOT NULL"), col("carrier", "TEXT NOT NULL"),
           col("unit", "TEXT NOT NULL"), col("price", "REAL NOT NULL"),
           col("cap_per_household", "REAL"), col("source", "TEXT")},
          QStringLiteral("PRIMARY KEY (measure_position, position)")},
        T{QStringLiteral("scenarios"),
          {col("position", "INTEGER PRIMARY KEY"), col("name", "TEXT"), col("description", "TEXT"),
           col("based_on", "TEXT")},
          {}},
        // A scenario's own values of its measures (docs/measures.md, "Values that differ by
        // scenario").
        T{QStringLiteral("scenario_overrides"),
          {col("scenario_position",
               "INTEGER NOT NULL REFERENCES scenarios (position) ON DELETE CASCADE"),
           col("position", "INTEGER NOT NULL"), col("measure_id", "TEXT NOT NULL"),
           col("field", "TEXT NOT NULL"), col("value", "REAL NOT NULL")},
          QStringLiteral("PRIMARY KEY (scenario_position, position)")},
        T{QStringLiteral("scenario_measures"),
          {col("scenario_position",
               "INTEGER NOT NULL REFERENCES scenarios (position) ON DELETE CASCADE"),
           col("position", "INTEGER NOT NULL"), col("measure_id", "TEXT"),
           col("level", "REAL NOT NULL")},
          QStringLiteral("PRIMARY KEY (scenario_position, position)")},
        // After adoption (docs/monitoring.md): one row, only when the plan has any, holding the
        // monitoring object of the JSON format (docs/plan-format.md), read back through the
        // same checked reader. Adopted plans are whole frozen plans: as JSON text they are kept
        // exactly, without a second set of tables for every part of a plan.
        T{QStringLiteral("monitoring"),
          {col("id", "INTEGER PRIMARY KEY CHECK (id = 1)"),
           col("format_version", "INTEGER NOT NULL"), col("json", "TEXT NOT NULL")},
          {}},
        // Who pays and what households see (docs/residents.md): one row, only when the plan
        // has any, holding the residents object of the JSON format, read back through the
        // same checked reader (as monitoring).
        T{QStringLiteral("residents"),
          {col("id", "INTEGER PRIMARY KEY CHECK (id = 1)"),
           col("format_version", "INTEGER NOT NULL"), col("json", "TEXT NOT NULL")},
          {}},
        // Working groups, volunteers and the activity calendar (docs/people.md): one row, only
        // when the plan has any, holding the people object of the JSON format (as residents).
        T{QStringLiteral("people"),
          {col("id", "INTEGER PRIMARY KEY CHECK (id = 1)"),
           col("format_version", "INTEGER NOT NULL"), col("json", "TEXT NOT NULL")},
          {}},
        // The change log (docs/history.md): one row per change, oldest first, and one row per
        // value it changed, the values as JSON text of a one-item array ([500]).
        T{QStringLiteral("change_log"),
          {col("position", "INTEGER PRIMARY KEY"), col("at", "TEXT NOT NULL"),
           col("author", "TEXT"), col("organisation", "TEXT"), col("kind", "TEXT NOT NULL"),
           col("action", "TEXT"), col("reason", "TEXT")},
          {}},
        T{QStringLiteral("change_log_fields"),
          {col("entry_position",
               "INTEGER NOT NULL REFERENCES change_log (position) ON DELETE CASCADE"),
           col("position", "INTEGER NOT NULL"), col("part", "TEXT NOT NULL"), col("key", "TEXT"),
           col("field", "TEXT"), col("before", "TEXT NOT NULL"), col("after", "TEXT NOT NULL")},
          QStringLiteral("PRIMARY KEY (entry_position, position)")},
        // Versions (docs/history.md): one row per version kept, the plan as the JSON plan
        // format, compact and compressed with zlib as qCompress does (a 4-byte big-endian
        // length, then the zlib stream).
        T{QStringLiteral("versions"),
          {col("number", "INTEGER PRIMARY KEY"), col("at", "TEXT NOT NULL"), col("author", "TEXT"),
           col("organisation", "TEXT"), col("kind", "TEXT NOT NULL"), col("name", "TEXT"),
           col("comment", "TEXT"), col("change_count", "INTEGER NOT NULL"),
           col("plan", "BLOB NOT NULL")},
          {}},
        // Comments and review (docs/review.md): the remarks of comment threads and the review
        // marks of measures, each in order (by time), and the review copy's origin.
        T{QStringLiteral("remarks"),
          {col("position", "INTEGER PRIMARY KEY"), col("id", "TEXT NOT NULL"),
           col("thread", "TEXT NOT NULL"), col("part", "TEXT NOT NULL"), col("key", "TEXT"),
           col("at", "TEXT NOT NULL"), col("author", "TEXT"), col("organisation", "TEXT"),
           col("kind", "TEXT NOT NULL"), col("text", "TEXT")},
          {}},
        T{QStringLiteral("review_marks"),
          {col("position", "INTEGER PRIMARY KEY"), col("id", "TEXT NOT NULL"),
           col("measure", "TEXT NOT NULL"), col("state", "TEXT NOT NULL"),
           col("at", "TEXT NOT NULL"), col("author", "TEXT"), col("organisation", "TEXT")},
          {}},
        T{QStringLiteral("review_copy"),
          {col("id", "INTEGER PRIMARY KEY CHECK (id = 1)"), col("source", "TEXT NOT NULL"),
           col("at", "TEXT NOT NULL"), col("author", "TEXT"), col("organisation", "TEXT")},
          {}},
        // Where the file was checked out from (docs/server.md): one row, or none.
        T{QStringLiteral("shared_checkout"),
          {col("id", "INTEGER PRIMARY KEY CHECK (id = 1)"), col("server", "TEXT NOT NULL"),
           col("community", "INTEGER NOT NULL"), col("community_name", "TEXT NOT NULL"),
           col("revision", "INTEGER NOT NULL"), col("at", "TEXT NOT NULL"), col("login", "TEXT")},
          {}},
    };
}

bool execConstant(QSqlDatabase &db, const QString &sql, QString *error)
{
    return SqliteTables::execConstant(db, sql, error);
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
        // 2 → 3: monitoring after adoption (none in an older file).
        [](QSqlDatabase &db, QString *error) {
            return execConstant(db,
                                QStringLiteral("CREATE TABLE monitoring (id INTEGER PRIMARY KEY "
                                               "CHECK (id = 1), format_version INTEGER NOT NULL, "
                                               "json TEXT NOT NULL)"),
                                error);
        },
        // 3 → 4: who pays and what households see (none in an older file).
        [](QSqlDatabase &db, QString *error) {
            return execConstant(db,
                                QStringLiteral("CREATE TABLE residents (id INTEGER PRIMARY KEY "
                                               "CHECK (id = 1), format_version INTEGER NOT NULL, "
                                               "json TEXT NOT NULL)"),
                                error);
        },
        // 4 → 5: measures' co-benefits (none in an older file: not assessed), and working
        // groups, volunteers and the activity calendar (none in an older file).
        [](QSqlDatabase &db, QString *error) {
            return execConstant(
                       db,
                       QStringLiteral(
                           "CREATE TABLE measure_co_benefits (measure_position INTEGER NOT NULL "
                           "REFERENCES measures (position) ON DELETE CASCADE, position INTEGER "
                           "NOT NULL, dimension TEXT NOT NULL, rating TEXT NOT NULL, note TEXT, "
                           "source TEXT, quantity_value REAL, quantity_unit TEXT, quantity_per "
                           "TEXT, quantity_source TEXT, PRIMARY KEY (measure_position, position))"),
                       error) &&
                   execConstant(db,
                                QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY "
                                               "CHECK (id = 1), format_version INTEGER NOT NULL, "
                                               "json TEXT NOT NULL)"),
                                error);
        },
        // 5 → 6: measures' own tariffs (none in an older file: the plan's prices).
        [](QSqlDatabase &db, QString *error) {
            return execConstant(
                db,
                QStringLiteral(
                    "CREATE TABLE measure_tariffs (measure_position INTEGER NOT NULL REFERENCES "
                    "measures (position) ON DELETE CASCADE, position INTEGER NOT NULL, carrier "
                    "TEXT NOT NULL, unit TEXT NOT NULL, price REAL NOT NULL, cap_per_household "
                    "REAL, source TEXT, PRIMARY KEY (measure_position, position))"),
                error);
        },
        // 6 → 7: scenarios based on another and their own values of measures (none in an
        // older file).
        [](QSqlDatabase &db, QString *error) {
            return execConstant(db,
                                QStringLiteral("ALTER TABLE scenarios ADD COLUMN based_on TEXT"),
                                error) &&
                   execConstant(
                       db,
                       QStringLiteral(
                           "CREATE TABLE scenario_overrides (scenario_position INTEGER NOT NULL "
                           "REFERENCES scenarios (position) ON DELETE CASCADE, position INTEGER "
                           "NOT NULL, measure_id TEXT NOT NULL, field TEXT NOT NULL, value REAL "
                           "NOT NULL, PRIMARY KEY (scenario_position, position))"),
                       error);
        },
        // 7 → 8: the change log (empty in an older file: its history starts when it is
        // opened here).
        [](QSqlDatabase &db, QString *error) {
            return execConstant(db,
                                QStringLiteral("CREATE TABLE change_log (position INTEGER PRIMARY "
                                               "KEY, at TEXT NOT NULL, author TEXT, organisation "
                                               "TEXT, kind TEXT NOT NULL, action TEXT, reason "
                                               "TEXT)"),
                                error) &&
                   execConstant(
                       db,
                       QStringLiteral(
                           "CREATE TABLE change_log_fields (entry_position INTEGER NOT NULL "
                           "REFERENCES change_log (position) ON DELETE CASCADE, position INTEGER "
                           "NOT NULL, part TEXT NOT NULL, key TEXT, field TEXT, before TEXT NOT "
                           "NULL, after TEXT NOT NULL, PRIMARY KEY (entry_position, position))"),
                       error);
        },
        // 8 → 9: versions (none in an older file: its first save here makes the first).
        [](QSqlDatabase &db, QString *error) {
            return execConstant(
                db,
                QStringLiteral("CREATE TABLE versions (number INTEGER PRIMARY KEY, at TEXT NOT "
                               "NULL, author TEXT, organisation TEXT, kind TEXT NOT NULL, name "
                               "TEXT, comment TEXT, change_count INTEGER NOT NULL, plan BLOB NOT "
                               "NULL)"),
                error);
        },
        // 9 → 10: comments and review (none in an older file).
        [](QSqlDatabase &db, QString *error) {
            return execConstant(
                       db,
                       QStringLiteral("CREATE TABLE remarks (position INTEGER PRIMARY KEY, id "
                                      "TEXT NOT NULL, thread TEXT NOT NULL, part TEXT NOT NULL, "
                                      "key TEXT, at TEXT NOT NULL, author TEXT, organisation "
                                      "TEXT, kind TEXT NOT NULL, text TEXT)"),
                       error) &&
                   execConstant(
                       db,
                       QStringLiteral("CREATE TABLE review_marks (position INTEGER PRIMARY KEY, "
                                      "id TEXT NOT NULL, measure TEXT NOT NULL, state TEXT NOT "
                                      "NULL, at TEXT NOT NULL, author TEXT, organisation TEXT)"),
                       error) &&
                   execConstant(db,
                                QStringLiteral("CREATE TABLE review_copy (id INTEGER PRIMARY KEY "
                                               "CHECK (id = 1), source TEXT NOT NULL, at TEXT NOT "
                                               "NULL, author TEXT, organisation TEXT)"),
                                error);
        },
        // 10 → 11: where the file was checked out from (never, in an older file).
        [](QSqlDatabase &db, QString *error) {
            return execConstant(
                db,
                QStringLiteral("CREATE TABLE shared_checkout (id INTEGER PRIMARY KEY CHECK (id = "
                               "1), server TEXT NOT NULL, community INTEGER NOT NULL, "
                               "community_name TEXT NOT NULL, revision INTEGER NOT NULL, at TEXT "
                               "NOT NULL, login TEXT)"),
                error);
        },
    };
    return steps;
}

} // namespace

const QList<PlanSchema::Table> &PlanSchema::tables()
{
    static const QList<Table> all = buildTables();
    return all;
}

bool PlanSchema::create(QSqlDatabase &db, QString *error)
{
    return SqliteTables::create(db, tables(), kApplicationId, kVersion, error);
}

QString PlanSchema::missingPart(const QSqlDatabase &db, QString *error)
{
    return SqliteTables::missingPart(db, tables(), error);
}

QString PlanSchema::unexpectedPart(const QSqlDatabase &db, QString *error)
{
    return SqliteTables::unexpectedPart(db, tables(), QStringLiteral("project files"), error);
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

} // namespace zeroplan
