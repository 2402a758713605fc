#pragma once

#include "ReportBlock.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace zeroplan {

// The columns of a printed table: relative widths and alignments, shared by its rows.
struct TableColumns
{
    QList<qreal> weights; // relative widths
    QList<Qt::Alignment> alignments;
    qreal x(int column, qreal width) const; // left edge of `column`, from the table's left
    qreal width(int column, qreal width) const;
};

// One row of a table: the unit ReportLayout never splits. The header row is repeated at the
// top of every page the table runs onto (ReportBlock::repeatedHeader).
class TableRowBlock : public ReportBlock
{
public:
    enum class Kind
    {
        Header,
        Body,
        Total
    };

    TableRowBlock(std::shared_ptr<const TableColumns> columns, const QStringList &cells, Kind kind,
                  bool shaded);

    qreal height(const ReportStyle &style, qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const override;
    QStringList cells() const { return m_cells; }

private:
    ReportStyle::Role role() const;

    std::shared_ptr<const TableColumns> m_columns;
    QStringList m_cells;
    Kind m_kind;
    bool m_shaded;
};

} // namespace zeroplan
