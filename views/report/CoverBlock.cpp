#include "CoverBlock.h"

#include <QPainter>

namespace zeroplan {

CoverBlock::CoverBlock(Content content) : m_content(std::move(content)) {}

qreal CoverBlock::height(const ReportStyle &style, qreal) const
{
    return style.content().height();
}

void CoverBlock::paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const
{
    using Role = ReportStyle::Role;
    // A green band across the top of the sheet, under the kicker.
    const QRectF band(style.page().left(), style.page().top(), style.page().width(), style.mm(62));
    painter.fillRect(band, ReportStyle::accent());
    const qreal width = rect.width();
    qreal y = style.mm(24);
    style.drawText(painter, QRectF(rect.left(), y, width, style.mm(10)), Role::Subtitle,
                   m_content.kicker, Qt::AlignLeft, Qt::white);
    y = band.bottom() + style.mm(14);
    const qreal titleHeight = style.textHeight(Role::Title, m_content.title, width);
    style.drawText(painter, QRectF(rect.left(), y, width, titleHeight), Role::Title,
                   m_content.title, Qt::AlignLeft, ReportStyle::ink());
    y += titleHeight + style.mm(4);
    const qreal communityHeight = style.textHeight(Role::Subtitle, m_content.community, width);
    style.drawText(painter, QRectF(rect.left(), y, width, communityHeight), Role::Subtitle,
                   m_content.community, Qt::AlignLeft, ReportStyle::accent());
    y += communityHeight + style.mm(18);

    const qreal captionWidth = width * 0.3;
    for (const auto &[caption, value] : m_content.details) {
        const qreal h = std::max(style.textHeight(Role::Body, caption, captionWidth),
                                 style.textHeight(Role::Body, value, width - captionWidth));
        style.drawText(painter, QRectF(rect.left(), y, captionWidth, h), Role::Body, caption,
                       Qt::AlignLeft, ReportStyle::muted());
        style.drawText(painter, QRectF(rect.left() + captionWidth, y, width - captionWidth, h),
                       Role::Body, value);
        y += h + style.mm(2.5);
        painter.save();
        painter.setPen(QPen(ReportStyle::rule(), style.pt(0.3)));
        painter.drawLine(QPointF(rect.left(), y - style.mm(1.2)),
                         QPointF(rect.right(), y - style.mm(1.2)));
        painter.restore();
    }
    style.drawText(painter, QRectF(rect.left(), rect.bottom() - style.mm(6), width, style.mm(6)),
                   Role::Small, m_content.colophon, Qt::AlignLeft, ReportStyle::muted());
}

} // namespace zeroplan
