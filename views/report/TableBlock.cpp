#include "TableBlock.h"

#include <QPainter>

#include <numeric>

namespace zeroplan {

namespace {

constexpr qreal kPaddingMm = 1.2;

} // namespace

qreal TableColumns::x(int column, qreal width) const
{
    const qreal total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    const qreal before = std::accumulate(weights.cbegin(), weights.cbegin() + column, 0.0);
    return total > 0 ? width * before / total : 0;
}

qreal TableColumns::width(int column, qreal width) const
{
    const qreal total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    return total > 0 ? width * weights.at(column) / total : 0;
}

TableRowBlock::TableRowBlock(std::shared_ptr<const TableColumns> columns, const QStringList &cells,
                             Kind kind, bool shaded)
    : m_columns(std::move(columns)), m_cells(cells), m_kind(kind), m_shaded(shaded)
{
}

ReportStyle::Role TableRowBlock::role() const
{
    return m_kind == Kind::Body ? ReportStyle::Role::TableCell : ReportStyle::Role::TableHeader;
}

qreal TableRowBlock::height(const ReportStyle &style, qreal width) const
{
    qreal tallest = 0;
    const qreal padding = style.mm(kPaddingMm);
    for (int c = 0; c < m_cells.size() && c < m_columns->weights.size(); ++c) {
        const qreal inner = m_columns->width(c, width) - 2 * padding;
        tallest = std::max(tallest, style.textHeight(role(), m_cells.at(c), inner));
    }
    return tallest + 2 * padding;
}

void TableRowBlock::paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const
{
    painter.save();
    painter.setPen(Qt::NoPen);
    if (m_kind == Kind::Header)
        painter.fillRect(rect, ReportStyle::accentLight());
    else if (m_shaded)
        painter.fillRect(rect, ReportStyle::shade());
    const qreal padding = style.mm(kPaddingMm);
    for (int c = 0; c < m_cells.size() && c < m_columns->weights.size(); ++c) {
        const QRectF cell(rect.left() + m_columns->x(c, rect.width()) + padding,
                          rect.top() + padding, m_columns->width(c, rect.width()) - 2 * padding,
                          rect.height() - 2 * padding);
        const Qt::Alignment alignment = c < m_columns->alignments.size()
                                            ? m_columns->alignments.at(c)
                                            : Qt::Alignment(Qt::AlignLeft);
        style.drawText(painter, cell, role(), m_cells.at(c), alignment);
    }
    const qreal lineWidth = m_kind == Kind::Body ? style.pt(0.3) : style.pt(0.8);
    painter.setPen(
        QPen(m_kind == Kind::Body ? ReportStyle::rule() : ReportStyle::accent(), lineWidth));
    if (m_kind == Kind::Total)
        painter.drawLine(rect.topLeft(), rect.topRight());
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    painter.restore();
}

} // namespace zeroplan
