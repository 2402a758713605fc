#include "CoverBlock.h"

#include <QPainter>
#include <algorithm>

namespace zeroplan {

CoverBlock::CoverBlock(Content content) : m_content(std::move(content)) {}

qreal CoverBlock::height(const ReportStyle &style, qreal) const
{
    return style.content().height();
}

CoverBlock::Parts CoverBlock::parts(const ReportStyle &style, const QRectF &rect) const
{
    using Role = ReportStyle::Role;
    Parts parts;
    parts.band =
        QRectF(style.page().left(), style.page().top(), style.page().width(), style.mm(62));
    const qreal width = rect.width();
    parts.kicker = QRectF(rect.left(), style.mm(24), width,
                          style.textHeight(Role::Subtitle, m_content.kicker, width, kKickerLines));
    qreal y = parts.band.bottom() + style.mm(14);
    parts.title = QRectF(rect.left(), y, width,
                         style.textHeight(Role::Title, m_content.title, width, kTitleLines));
    y = parts.title.bottom() + style.mm(4);
    parts.community =
        QRectF(rect.left(), y, width,
               style.textHeight(Role::Subtitle, m_content.community, width, kCommunityLines));
    y = parts.community.bottom() + style.mm(18);
    const qreal captionWidth = width * 0.3;
    for (const auto &[caption, value] : m_content.details) {
        const qreal h =
            std::max(style.textHeight(Role::Body, caption, captionWidth, kDetailLines),
                     style.textHeight(Role::Body, value, width - captionWidth, kDetailLines));
        parts.details.append(QRectF(rect.left(), y, width, h));
        y += h + style.mm(2.5);
    }
    parts.colophon = QRectF(rect.left(), rect.bottom() - style.mm(6), width, style.mm(6));
    return parts;
}

void CoverBlock::paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const
{
    using Role = ReportStyle::Role;
    const Parts p = parts(style, rect);
    // A green band across the top of the sheet, under the kicker.
    painter.fillRect(p.band, ReportStyle::accent());
    style.drawText(painter, p.kicker, Role::Subtitle, m_content.kicker, Qt::AlignLeft, Qt::white,
                   kKickerLines);
    style.drawText(painter, p.title, Role::Title, m_content.title, Qt::AlignLeft,
                   ReportStyle::ink(), kTitleLines);
    style.drawText(painter, p.community, Role::Subtitle, m_content.community, Qt::AlignLeft,
                   ReportStyle::accent(), kCommunityLines);

    const qreal captionWidth = rect.width() * 0.3;
    for (qsizetype i = 0; i < p.details.size(); ++i) {
        const auto &[caption, value] = m_content.details[i];
        const QRectF row = p.details[i];
        style.drawText(painter, QRectF(row.left(), row.top(), captionWidth, row.height()),
                       Role::Body, caption, Qt::AlignLeft, ReportStyle::muted(), kDetailLines);
        style.drawText(
            painter,
            QRectF(row.left() + captionWidth, row.top(), row.width() - captionWidth, row.height()),
            Role::Body, value, Qt::AlignLeft, ReportStyle::ink(), kDetailLines);
        const qreal ruleY = row.bottom() + style.mm(2.5) - style.mm(1.2);
        painter.save();
        painter.setPen(QPen(ReportStyle::rule(), style.pt(0.3)));
        painter.drawLine(QPointF(rect.left(), ruleY), QPointF(rect.right(), ruleY));
        painter.restore();
    }
    style.drawText(painter, p.colophon, Role::Small, m_content.colophon, Qt::AlignLeft,
                   ReportStyle::muted(), 1);
}

} // namespace zeroplan
