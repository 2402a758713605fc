#include "ListTableReader.h"

namespace zeroplan {

ListTableReader::ListTableReader(QList<QStringList> rows, QString place)
    : m_rows(std::move(rows)), m_place(std::move(place))
{
}

bool ListTableReader::next(TableRow &row)
{
    if (m_next >= m_rows.size())
        return false;
    row.clear(m_next + 1);
    for (const QString &cell : m_rows[m_next])
        row.append(cell.toUtf8());
    ++m_next;
    return true;
}

QString ListTableReader::cellName(qint64 row, int column) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    return m_place;
}

QString ListTableReader::rowName(qint64 row) const
{
    Q_UNUSED(row);
    return m_place;
}

} // namespace zeroplan
