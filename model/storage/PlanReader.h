#pragma once

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>
#include <optional>

namespace zeroplan {

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
    // A date and time as the file keeps it (ISO 8601, UTC).
    QDateTime dateTime(const QSqlQuery &q, int column)
    {
        const QDateTime at = QDateTime::fromString(text(q, column), Qt::ISODateWithMs);
        if (!at.isValid())
            fail(q, column, QStringLiteral("\"%1\" is no date and time").arg(text(q, column)));
        return at;
    }

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

} // namespace zeroplan
