#include "TimelineMarkerBlock.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace zeroplan {
namespace {

constexpr qreal kRowPaddingMm = 1.0;

} // namespace

TimelineMarkerBlock::TimelineMarkerBlock(std::shared_ptr<const TimelineScale> scale, Row row)
    : m_scale(std::move(scale)), m_row(std::move(row))
{
}

qreal TimelineMarkerBlock::height(const ReportStyle &style, qreal width) const
{
    const qreal labelWidth = width * m_scale->labelShare - style.mm(2 * kRowPaddingMm);
    return style.textHeight(ReportStyle::Role::TableCell, m_row.name, labelWidth) +
           style.textHeight(ReportStyle::Role::Small, m_row.detail, labelWidth) +
           style.mm(2 * kRowPaddingMm);
}

QList<QRectF> TimelineMarkerBlock::markers(const QRectF &rect, const ReportStyle &style) const
{
    QList<QRectF> out;
    const qreal y = rect.center().y();
    for (const auto &[year, times] : m_row.years) {
        if (year < m_scale->firstYear || year > m_scale->lastYear || times <= 0)
            continue;
        // In the middle of the year's span (the last year: at its tick).
        const qreal x0 = m_scale->xOfYear(rect, style, year);
        const qreal x1 = m_scale->xOfYear(rect, style, std::min(year + 1, m_scale->lastYear));
        const qreal x = (x0 + x1) / 2;
        // 1.2 mm for once a year, 2.4 mm for twelve times.
        const qreal size = style.mm(1.2 + 1.2 * std::sqrt((std::min(times, 12) - 1) / 11.0));
        out.append(QRectF(x - size / 2, y - size / 2, size, size));
    }
    return out;
}

void TimelineMarkerBlock::paint(QPainter &painter, const QRectF &rect,
                                const ReportStyle &style) const
{
    const qreal pad = style.mm(kRowPaddingMm);
    const qreal labelWidth = m_scale->barLeft(rect) - rect.left() - 2 * pad;
    const qreal nameHeight = style.textHeight(ReportStyle::Role::TableCell, m_row.name, labelWidth);
    style.drawText(painter, QRectF(rect.left() + pad, rect.top() + pad, labelWidth, nameHeight),
                   ReportStyle::Role::TableCell, m_row.name);
    style.drawText(painter,
                   QRectF(rect.left() + pad, rect.top() + pad + nameHeight, labelWidth,
                          std::max<qreal>(0, rect.height() - 2 * pad - nameHeight)),
                   ReportStyle::Role::Small, m_row.detail, Qt::AlignLeft, ReportStyle::muted());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_row.color);
    for (const QRectF &marker : markers(rect, style))
        painter.drawEllipse(marker);
    painter.setPen(QPen(ReportStyle::rule(), style.pt(0.3)));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    painter.restore();
}

} // namespace zeroplan
