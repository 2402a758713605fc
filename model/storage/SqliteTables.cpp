#include "SqliteTables.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace zeroplan {

namespace {

QString createStatement(const SqliteTables::Table &table)
{
    QStringList parts;
    for (const SqliteTables::Column &c : table.columns)
        parts << c.name + QLatin1Char(' ') + c.declaration;
    if (!table.constraints.isEmpty())
        parts << table.constraints;
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, parts.join(QStringLiteral(", ")));
}

// A column as pragma_table_xinfo gives it: its name, and `hidden` (0 a column, 1 a virtual
// table's hidden column, 2 and 3 a generated column).
struct ColumnInfo
{
    QString name;
    int hidden = 0;
};

// Every table's columns, by the table's name in lower case (SQLite's names are not case
// sensitive), in one statement rather than one per table: opening a district reads a thousand
// files. Called only once unexpectedPart has found no virtual table, whose module the pragma
// would run.
std::optional<QHash<QString, QList<ColumnInfo>>> tableColumns(const QSqlDatabase &db,
                                                              QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT m.name, x.name, x.hidden FROM sqlite_master AS m "
                               "JOIN pragma_table_xinfo(m.name) AS x WHERE m.type = 'table'"))) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QHash<QString, QList<ColumnInfo>> out;
    while (q.next())
        out[q.value(0).toString().toLower()].append({q.value(1).toString(), q.value(2).toInt()});
    if (q.lastError().isValid()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return out;
}

} // namespace

bool SqliteTables::execConstant(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool SqliteTables::create(QSqlDatabase &db, const QList<Table> &tables, qint64 applicationId,
                          int version, QString *error)
{
    for (const Table &t : tables) {
        if (!execConstant(db, createStatement(t), error))
            return false;
    }
    return execConstant(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                        error) &&
           execConstant(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
}

QString SqliteTables::missingPart(const QSqlDatabase &db, const QList<Table> &tables,
                                  QString *error)
{
    const std::optional<QHash<QString, QList<ColumnInfo>>> columns = tableColumns(db, error);
    if (!columns)
        return {};
    for (const Table &t : tables) {
        const QList<ColumnInfo> present = columns->value(t.name.toLower());
        if (present.isEmpty())
            return t.name;
        for (const Column &c : t.columns) {
            if (std::none_of(present.cbegin(), present.cend(),
                             [&](const ColumnInfo &p) { return p.name == c.name; }))
                return t.name + QLatin1Char('.') + c.name;
        }
    }
    return {};
}

QString SqliteTables::unexpectedPart(const QSqlDatabase &db, const QList<Table> &tables,
                                     const QString &files, QString *error)
{
    const auto failed = [&](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        return QString();
    };
    QStringList ours;
    for (const Table &t : tables)
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
                            : QStringLiteral("it holds a view, %1; %2 hold only tables")
                                  .arg(name, files);
        }
        if (type == QLatin1String("trigger"))
            return QStringLiteral("it holds a trigger, %1; %2 have none").arg(name, files);
        if (type == QLatin1String("table") &&
            sql.startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
            return QStringLiteral("%1 is a virtual table, not a table").arg(name);
    }
    if (q.lastError().isValid())
        return failed(q);
    const std::optional<QHash<QString, QList<ColumnInfo>>> columns = tableColumns(db, error);
    if (!columns)
        return {};
    for (const Table &t : tables) {
        for (const ColumnInfo &c : columns->value(t.name.toLower())) {
            if (c.hidden != 0)
                return QStringLiteral("%1.%2 is a generated column").arg(t.name, c.name);
        }
    }
    return {};
}

} // namespace zeroplan
