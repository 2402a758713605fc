#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace zeroplan {

// The tables of one of ZeroPlan's SQLite files (the plan's project file, the district file):
// declared once, from which the CREATE TABLE statements are made and against which a file
// being loaded is checked, so the two cannot drift apart (docs/project-file.md "Schema").
class SqliteTables
{
public:
    struct Column
    {
        QString name;
        QString declaration; // type and column constraints
    };
    struct Table
    {
        QString name;
        QList<Column> columns;
        QString constraints; // table constraints (keys), may be empty
    };

    // Creates every table of `tables` and sets application_id and user_version, in `db`'s
    // transaction.
    static bool create(QSqlDatabase &db, const QList<Table> &tables, qint64 applicationId,
                       int version, QString *error);
    // The first table or column of `tables` that `db` lacks, as "table" or "table.column";
    // empty when everything is there.
    static QString missingPart(const QSqlDatabase &db, const QList<Table> &tables, QString *error);
    // The first thing in `db` that a ZeroPlan file never holds and that could run code or
    // stand in for a table when it is read: a view or a trigger (anywhere), a virtual table,
    // or a generated column in one of `tables`; "" when there is none. `files` names the kind
    // of file in the description ("project files": "it holds a view, v; project files hold
    // only tables").
    static QString unexpectedPart(const QSqlDatabase &db, const QList<Table> &tables,
                                  const QString &files, QString *error);
    // Runs a statement made only of constants from the code (DDL and pragmas take no bound
    // values).
    static bool execConstant(QSqlDatabase &db, const QString &sql, QString *error);
};

} // namespace zeroplan
