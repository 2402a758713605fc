#include "TimelineBlock.h"

#include "charts/ChartAxes.h"

#include <QPainter>

#include <algorithm>

namespace zeroplan {

namespace {

constexpr qreal kRowPaddingMm = 1.0;
constexpr qreal kStartMarkMm = 0.9; // the solid mark of a measure at full adoption at once

void drawYearGrid(QPainter &painter, const QRectF &rect, const TimelineScale &scale,
                  const ReportStyle &style)
{
    painter.save();
    painter.setPen(QPen(ReportStyle::rule(), style.pt(0.3), Qt::DotLine));
    for (const int year : scale.tickYears(rect, style)) {
        const qreal x = scale.xOfYear(rect, style, year);
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    }
    painter.restore();
}

} // namespace

qreal TimelineScale::yearLabelWidth(const ReportStyle &style)
{
    return style.textWidth(style.font(ReportStyle::Role::TableHeader), QStringLiteral("0000")) +
           style.mm(2);
}

qreal TimelineScale::barRight(const QRectF &row, const ReportStyle &style) const
{
    return std::max(barLeft(row), row.right() - yearLabelWidth(style) / 2);
}

qreal TimelineScale::xOfYear(const QRectF &row, const ReportStyle &style, int year) const
{
    const qreal left = barLeft(row);
    const int span = std::max(1, lastYear - firstYear);
    const int clamped = std::clamp(year, firstYear, firstYear + span);
    return left + (barRight(row, style) - left) * (clamped - firstYear) / span;
}

QList<int> TimelineScale::tickYears(const QRectF &row, const ReportStyle &style) const
{
    const int span = std::max(1, lastYear - firstYear);
    const int end = firstYear + span;
    const qreal labelWidth = yearLabelWidth(style);
    const qreal room = barRight(row, style) - barLeft(row) + labelWidth;
    const int fitting = std::max(2, int(room / labelWidth));
    int step = ChartAxes::yearTickInterval(span);
    for (const int wider : {2, 5, 10, 20, 50, 100}) {
        if (span / step + 2 <= fitting)
            break;
        step = std::max(step, wider);
    }
    QList<int> years;
    const qreal xEnd = xOfYear(row, style, end);
    for (int year = firstYear; year < end; ++year) {
        if (year % step == 0 && xEnd - xOfYear(row, style, year) >= labelWidth)
            years.append(year);
    }
    years.append(end);
    return years;
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

QList<TimelineAxisBlock::Tick> TimelineAxisBlock::ticks(const QRectF &rect,
                                                        const ReportStyle &style) const
{
    const qreal pad = style.mm(kRowPaddingMm);
    const qreal labelWidth = TimelineScale::yearLabelWidth(style);
    QList<Tick> ticks;
    for (const int year : m_scale->tickYears(rect, style)) {
        const qreal x = m_scale->xOfYear(rect, style, year);
        ticks.append(
            {year, x,
             QRectF(x - labelWidth / 2, rect.top() + pad, labelWidth, rect.height() - pad)});
    }
    return ticks;
}

void TimelineAxisBlock::paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const
{
    painter.fillRect(rect, ReportStyle::accentLight());
    const qreal pad = style.mm(kRowPaddingMm);
    style.drawText(painter,
                   QRectF(rect.left() + pad, rect.top() + pad,
                          m_scale->barLeft(rect) - rect.left() - 2 * pad, rect.height()),
                   ReportStyle::Role::TableHeader, m_caption);
    for (const Tick &tick : ticks(rect, style))
        style.drawText(painter, tick.label, ReportStyle::Role::TableHeader,
                       QString::number(tick.year), Qt::AlignHCenter);
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

TimelineRowBlock::Geometry TimelineRowBlock::geometry(const QRectF &rect,
                                                      const ReportStyle &style) const
{
    Geometry g;
    const qreal pad = style.mm(kRowPaddingMm);
    const qreal labelWidth = m_scale->barLeft(rect) - rect.left() - 2 * pad;
    const qreal nameHeight = style.textHeight(ReportStyle::Role::TableCell, m_bar.name, labelWidth);
    g.name = QRectF(rect.left() + pad, rect.top() + pad, labelWidth, nameHeight);
    g.detail = QRectF(rect.left() + pad, rect.top() + pad + nameHeight, labelWidth,
                      std::max<qreal>(0, rect.height() - 2 * pad - nameHeight));

    // Years before the base year or after the horizon are drawn at its ends.
    const int start = m_bar.startYear;
    const int full = m_bar.startYear + std::max(m_bar.rampYears, 0);
    const qreal barHeight = style.mm(3.2);
    const qreal top = rect.center().y() - barHeight / 2;
    const qreal xEnd = m_scale->barRight(rect, style);
    const qreal xFull = m_scale->xOfYear(rect, style, full);
    // A measure at full adoption at once gets a short solid mark for its start year, kept
    // inside the bar area at the horizon's end.
    const qreal mark = style.mm(kStartMarkMm);
    const qreal xStart = std::min(m_scale->xOfYear(rect, style, start), xEnd - mark);
    g.ramp = QRectF(xStart, top, std::max(xFull, xStart + mark) - xStart, barHeight);
    if (xFull < xEnd)
        g.full = QRectF(xFull, top, xEnd - xFull, barHeight);
    return g;
}

void TimelineRowBlock::paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const
{
    const Geometry g = geometry(rect, style);
    style.drawText(painter, g.name, ReportStyle::Role::TableCell, m_bar.name);
    style.drawText(painter, g.detail, ReportStyle::Role::Small, m_bar.detail, Qt::AlignLeft,
                   ReportStyle::muted());
    drawYearGrid(painter, rect, *m_scale, style);

    painter.save();
    painter.setPen(Qt::NoPen);
    QColor light = m_bar.color;
    light.setAlphaF(0.28f);
    painter.setBrush(light);
    if (!g.full.isEmpty())
        painter.drawRect(g.full);
    painter.setBrush(m_bar.color);
    painter.drawRect(g.ramp);
    painter.setPen(QPen(ReportStyle::rule(), style.pt(0.3)));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    painter.restore();
}

} // namespace zeroplan
