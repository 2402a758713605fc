#pragma once

#include "ReportBlock.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QPaintDevice;

namespace zeroplan {

// The columns of a printed table, shared by its rows: relative widths, alignments, and every
// row's text, which the widths are fitted to. A figure (a cell of a right-aligned column that
// starts with a number: "-4,333,632", "45.3%", "601 元/tCO₂e") never wraps, and no word is ever
// broken: a column too narrow for its figures takes the width from columns of text that can
// wrap, and where the table cannot fit at all its type is set smaller, down to 70 %.
struct TableColumns
{
    // One row of the table as fitted: bold for the header and total rows. A header's words
    // may wrap; a body row's short texts in right-aligned columns are kept on one line where
    // the text columns can spare the width.
    struct Row
    {
        QStringList cells;
        bool bold = false;
        bool header = false;
    };
    // How the table is set at a width: each column's width and the scale of its type.
    struct Fit
    {
        QList<qreal> widths;
        qreal scale = 1;
    };

    QList<qreal> weights; // relative widths, where the text allows them
    QList<Qt::Alignment> alignments;
    QList<Row> rows; // the header and every row

    const Fit &fit(const ReportStyle &style, qreal width) const;      // remembered per width
    qreal x(int column, const ReportStyle &style, qreal width) const; // from the table's left
    qreal width(int column, const ReportStyle &style, qreal width) const;
    Qt::Alignment alignment(int column) const;
    // Whether `text` in `column` is a figure that must stay on one line.
    bool isFigure(int column, const QString &text) const;
    static qreal paddingMm() { return 1.2; }

private:
    Fit compute(const ReportStyle &style, qreal width) const;

    mutable Fit m_fit;
    mutable qreal m_fitWidth = -1;
    mutable const QPaintDevice *m_fitDevice = nullptr;
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
    const TableColumns &columns() const { return *m_columns; }
    // The font the row is set in at the table's `width`, and each cell's room inside its
    // padding: what a figure's width is measured against.
    QFont font(const ReportStyle &style, qreal width) const;
    qreal cellWidth(int column, const ReportStyle &style, qreal width) const;

private:
    ReportStyle::Role role() const;

    std::shared_ptr<const TableColumns> m_columns;
    QStringList m_cells;
    Kind m_kind;
    bool m_shaded;
};

} // namespace zeroplan
