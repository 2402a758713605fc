#include "SqliteTables.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

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
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"))) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    for (const Table &t : tables) {
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
    // hidden: 0 a column, 1 a virtual table's hidden column, 2 and 3 a generated column.
    QSqlQuery columns(db);
    if (!columns.prepare(QStringLiteral("SELECT name, hidden FROM pragma_table_xinfo(?)")))
        return failed(columns);
    for (const Table &t : tables) {
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

} // namespace zeroplan
