#include "TextBlock.h"

#include <QPainter>

namespace zeroplan {

TextBlock::TextBlock(ReportStyle::Role role, const QString &text, QColor color,
                     Qt::Alignment alignment)
    : m_role(role), m_text(text), m_color(color), m_alignment(alignment)
{
}

qreal TextBlock::height(const ReportStyle &style, qreal width) const
{
    const bool ruled = m_role == ReportStyle::Role::Heading;
    return style.textHeight(m_role, m_text, width) + (ruled ? style.mm(2) : 0);
}

void TextBlock::paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const
{
    style.drawText(painter, rect, m_role, m_text, m_alignment, m_color);
    if (m_role == ReportStyle::Role::Heading) {
        painter.save();
        painter.setPen(QPen(ReportStyle::accent(), style.pt(0.8)));
        const qreal y = rect.bottom() - style.mm(0.8);
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        painter.restore();
    }
}

} // namespace zeroplan
