#include "TimelineBlock.h"

#include "charts/ChartAxes.h"

#include <QPainter>

namespace zeroplan {

namespace {

constexpr qreal kRowPaddingMm = 1.0;

void drawYearGrid(QPainter &painter, const QRectF &rect, const TimelineScale &scale,
                  const ReportStyle &style)
{
    painter.save();
    painter.setPen(QPen(ReportStyle::rule(), style.pt(0.3), Qt::DotLine));
    const int step = scale.tickInterval();
    for (int year = scale.firstYear; year <= scale.lastYear + 1; ++year) {
        if (year % step != 0)
            continue;
        const qreal x = scale.xOfYear(rect, year);
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    }
    painter.restore();
}

} // namespace

qreal TimelineScale::xOfYear(const QRectF &row, qreal year) const
{
    const qreal left = barLeft(row);
    const qreal span = qreal(lastYear - firstYear + 1);
    return left + (row.right() - left) * (year - firstYear) / span;
}

int TimelineScale::tickInterval() const
{
    return ChartAxes::yearTickInterval(lastYear - firstYear);
}

TimelineAxisBlock::TimelineAxisBlock(std::shared_ptr<const TimelineScale> scale,
                                     const QString &caption)
    : m_scale(std::move(scale)), m_caption(caption)
{
}

qreal TimelineAxisBlock::height(const ReportStyle &style, qreal width) const
{
    return style.textHeight(ReportStyle::Role::TableHeader, m_caption,
                            width * m_scale->labelShare) +
           style.mm(2 * kRowPaddingMm);
}

void TimelineAxisBlock::paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const
{
    painter.fillRect(rect, ReportStyle::accentLight());
    const qreal pad = style.mm(kRowPaddingMm);
    style.drawText(painter,
                   QRectF(rect.left() + pad, rect.top() + pad,
                          m_scale->barLeft(rect) - rect.left() - 2 * pad, rect.height()),
                   ReportStyle::Role::TableHeader, m_caption);
    const int step = m_scale->tickInterval();
    const qreal labelWidth = style.mm(12);
    for (int year = m_scale->firstYear; year <= m_scale->lastYear; ++year) {
        if (year % step != 0)
            continue;
        const qreal x = m_scale->xOfYear(rect, year);
        if (x + labelWidth / 2 > rect.right() + style.mm(1))
            continue;
        style.drawText(painter,
                       QRectF(x - labelWidth / 2, rect.top() + pad, labelWidth, rect.height()),
                       ReportStyle::Role::TableHeader, QString::number(year), Qt::AlignHCenter);
    }
    painter.save();
    painter.setPen(QPen(ReportStyle::accent(), style.pt(0.8)));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    painter.restore();
}

TimelineRowBlock::TimelineRowBlock(std::shared_ptr<const TimelineScale> scale, Bar bar)
    : m_scale(std::move(scale)), m_bar(std::move(bar))
{
}

qreal TimelineRowBlock::height(const ReportStyle &style, qreal width) const
{
    const qreal labelWidth = width * m_scale->labelShare - style.mm(2 * kRowPaddingMm);
    return style.textHeight(ReportStyle::Role::TableCell, m_bar.name, labelWidth) +
           style.textHeight(ReportStyle::Role::Small, m_bar.detail, labelWidth) +
           style.mm(2 * kRowPaddingMm);
}

void TimelineRowBlock::paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const
{
    const qreal pad = style.mm(kRowPaddingMm);
    const qreal labelWidth = m_scale->barLeft(rect) - rect.left() - 2 * pad;
    const qreal nameHeight = style.textHeight(ReportStyle::Role::TableCell, m_bar.name, labelWidth);
    style.drawText(painter, QRectF(rect.left() + pad, rect.top() + pad, labelWidth, nameHeight),
                   ReportStyle::Role::TableCell, m_bar.name);
    style.drawText(
        painter,
        QRectF(rect.left() + pad, rect.top() + pad + nameHeight, labelWidth, rect.height()),
        ReportStyle::Role::Small, m_bar.detail, Qt::AlignLeft, ReportStyle::muted());
    drawYearGrid(painter, rect, *m_scale, style);

    const int start = std::clamp(m_bar.startYear, m_scale->firstYear, m_scale->lastYear + 1);
    const int full = std::clamp(m_bar.startYear + std::max(m_bar.rampYears, 0), m_scale->firstYear,
                                m_scale->lastYear + 1);
    const qreal barHeight = style.mm(3.2);
    const qreal top = rect.center().y() - barHeight / 2;
    const qreal xStart = m_scale->xOfYear(rect, start);
    const qreal xFull = m_scale->xOfYear(rect, full);
    const qreal xEnd = m_scale->xOfYear(rect, m_scale->lastYear + 1);
    painter.save();
    painter.setPen(Qt::NoPen);
    QColor light = m_bar.color;
    light.setAlphaF(0.28f);
    painter.setBrush(light);
    painter.drawRect(QRectF(xFull, top, std::max<qreal>(0, xEnd - xFull), barHeight));
    painter.setBrush(m_bar.color);
    // A measure at full adoption at once gets a short solid mark for its start year.
    const qreal rampRight = std::max(xFull, xStart + style.mm(0.9));
    painter.drawRect(QRectF(xStart, top, rampRight - xStart, barHeight));
    painter.setPen(QPen(ReportStyle::rule(), style.pt(0.3)));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    painter.restore();
}

} // namespace zeroplan
