#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zeroplan {

// A plain-text table with fixed-width columns for a terminal: a header, a rule under it and
// the rows, columns two spaces apart. Widths count East Asian wide characters (汉字) as two
// columns, as a terminal shows them.
class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };

    void addColumn(const QString &header, Align align = Align::Right);
    void addRow(const QStringList &cells); // missing cells are empty, extra cells dropped
    QString render() const;

    static int displayWidth(const QString &text);

private:
    struct Column
    {
        QString header;
        Align align = Align::Right;
    };
    QString renderRow(const QStringList &cells, const QList<int> &widths) const;

    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace zeroplan
