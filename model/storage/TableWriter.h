#pragma once

#include "PlanSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace zeroplan {

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

} // namespace zeroplan
