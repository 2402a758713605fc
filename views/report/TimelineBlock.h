#pragma once

#include "ReportBlock.h"

#include <QColor>
#include <QString>
#include <memory>

namespace zeroplan {

// The years an action timeline spans and how its rows divide the width: a label column,
// then the bar area with one tick per round year (ChartAxes' interval for the span).
struct TimelineScale
{
    int firstYear = 0;
    int lastYear = 0;
    qreal labelShare = 0.34; // of the width, for the measure's name
    qreal barLeft(const QRectF &row) const { return row.left() + row.width() * labelShare; }
    qreal xOfYear(const QRectF &row, qreal year) const; // left edge of `year`'s slot
    int tickInterval() const;
};

// The axis row of the action timeline: whole years along the top, repeated on every page.
class TimelineAxisBlock : public ReportBlock
{
public:
    explicit TimelineAxisBlock(std::shared_ptr<const TimelineScale> scale, const QString &caption);
    qreal height(const ReportStyle &style, qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const override;

private:
    std::shared_ptr<const TimelineScale> m_scale;
    QString m_caption;
};

// One measure on the action timeline, as a Gantt bar: the ramp from its start year to full
// adoption drawn solid, the years at full adoption after it drawn light, in its owner
// group's colour; its name and status beside it.
class TimelineRowBlock : public ReportBlock
{
public:
    struct Bar
    {
        QString name;
        QString detail; // status and years, e.g. "Approved · 2025–2028"
        int startYear = 0;
        int rampYears = 0;
        QColor color;
    };

    TimelineRowBlock(std::shared_ptr<const TimelineScale> scale, Bar bar);
    qreal height(const ReportStyle &style, qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const override;
    const Bar &bar() const { return m_bar; }

private:
    std::shared_ptr<const TimelineScale> m_scale;
    Bar m_bar;
};

} // namespace zeroplan
