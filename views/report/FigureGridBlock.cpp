#include "FigureGridBlock.h"

#include <QPainter>

namespace zeroplan {

namespace {

constexpr qreal kGapMm = 2.5;
constexpr qreal kPaddingMm = 2.2;

} // namespace

FigureGridBlock::FigureGridBlock(QList<Figure> figures, int columns)
    : m_figures(std::move(figures)), m_columns(std::max(columns, 1))
{
}

qreal FigureGridBlock::cellWidth(qreal width) const
{
    return width / m_columns;
}

qreal FigureGridBlock::rowHeight(const ReportStyle &style, qreal width, int row) const
{
    const qreal inner = cellWidth(width) - style.mm(kGapMm) - 2 * style.mm(kPaddingMm);
    qreal tallest = 0;
    for (int i = row * m_columns; i < std::min<int>((row + 1) * m_columns, m_figures.size()); ++i) {
        const Figure &f = m_figures.at(i);
        tallest =
            std::max(tallest, style.textHeight(ReportStyle::Role::Small, f.first, inner) +
                                  style.textHeight(ReportStyle::Role::Figure, f.second, inner));
    }
    return tallest + 2 * style.mm(kPaddingMm);
}

qreal FigureGridBlock::height(const ReportStyle &style, qreal width) const
{
    const int rows = (int(m_figures.size()) + m_columns - 1) / m_columns;
    qreal total = 0;
    for (int r = 0; r < rows; ++r)
        total += rowHeight(style, width, r) + (r > 0 ? style.mm(kGapMm) : 0);
    return total;
}

void FigureGridBlock::paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const
{
    const qreal gap = style.mm(kGapMm);
    const qreal pad = style.mm(kPaddingMm);
    const qreal cell = cellWidth(rect.width());
    qreal y = rect.top();
    for (int r = 0; r * m_columns < m_figures.size(); ++r) {
        const qreal h = rowHeight(style, rect.width(), r);
        for (int c = 0; c < m_columns && r * m_columns + c < m_figures.size(); ++c) {
            const Figure &f = m_figures.at(r * m_columns + c);
            const QRectF box(rect.left() + c * cell, y, cell - gap, h);
            painter.fillRect(box, ReportStyle::accentLight());
            painter.fillRect(QRectF(box.left(), box.top(), style.mm(0.9), box.height()),
                             ReportStyle::accent());
            const QRectF inner = box.adjusted(pad, pad, -pad, -pad);
            const qreal captionHeight =
                style.textHeight(ReportStyle::Role::Small, f.first, inner.width());
            style.drawText(painter, inner, ReportStyle::Role::Small, f.first, Qt::AlignLeft,
                           ReportStyle::muted());
            style.drawText(painter, inner.adjusted(0, captionHeight, 0, 0),
                           ReportStyle::Role::Figure, f.second);
        }
        y += h + gap;
    }
}

} // namespace zeroplan
