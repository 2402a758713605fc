#pragma once

#include "SqliteTables.h"
#include "history/PlanHistory.h"
#include "plan/Plan.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace zeroplan {

// The tables of a .zeroplan project file (docs/project-file.md "Schema"), how a plan maps onto
// their rows, and the steps that upgrade an older file's schema to the current one. The tables
// and the steps are in PlanSchema.cpp, the plan into rows in PlanSchemaWrite.cpp, the rows
// back into a plan in PlanSchemaRead.cpp.
class PlanSchema
{
public:
    static constexpr qint64 kApplicationId = 0x5A504C4E; // 'ZPLN'
    static constexpr int kVersion = 11;                  // PRAGMA user_version

    using Column = SqliteTables::Column;
    using Table = SqliteTables::Table;

    // Every table of the current version, parents before children.
    static const QList<Table> &tables();
    // Creates every table and sets application_id and user_version, in `db`'s transaction.
    static bool create(QSqlDatabase &db, QString *error);
    // The first table or column of the current schema that `db` lacks, as "table" or
    // "table.column"; empty when everything is there.
    static QString missingPart(const QSqlDatabase &db, QString *error);
    // The first thing in `db` that a project file never holds and that could run code or
    // stand in for a table when it is read: a view or a trigger (anywhere), a virtual table,
    // or a generated column in one of the schema's tables; "" when there is none. The
    // description names it ("measures is a view, not a table").
    static QString unexpectedPart(const QSqlDatabase &db, QString *error);
    // Inserts every row of `plan` into the (empty) tables, in `db`'s transaction.
    static bool writeRows(const QSqlDatabase &db, const Plan &plan, QString *error);
    // Reads the rows back into `plan` (a default Plan); returns why they don't make a plan
    // (a value of the wrong type, an unknown id, a missing row, an SQL error), or "".
    static QString readRows(const QSqlDatabase &db, Plan &plan);
    // The plan's history (docs/history.md: change log and versions; docs/review.md: comments
    // and review) into its (empty) tables,
    // and back (`history` empty to start with; the same kinds of damage as readRows).
    static bool writeHistory(const QSqlDatabase &db, const PlanHistory &history, QString *error);
    static QString readHistory(const QSqlDatabase &db, PlanHistory &history);
    // Upgrades `db` from schema `fromVersion` (1 ≤ fromVersion ≤ kVersion) to kVersion, one
    // step at a time (version N to N + 1), and sets user_version. See docs/project-file.md
    // "Migrations" for how to add a step.
    static bool migrate(QSqlDatabase &db, int fromVersion, QString *error);
};

} // namespace zeroplan
