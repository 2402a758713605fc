#pragma once

#include "ReportBlock.h"

#include <QColor>
#include <QList>
#include <QString>
#include <memory>

namespace zeroplan {

// The years an action timeline spans and how its rows divide the width: a label column,
// then the bar area from the base year to the horizon's end year, both whole years on the
// axis. The bar area stops short of the row's right edge by half a year label, so that the
// end year's label, centred on its tick, stays inside the text margins.
struct TimelineScale
{
    int firstYear = 0;
    int lastYear = 0;
    qreal labelShare = 0.34; // of the width, for the measure's name
    qreal barLeft(const QRectF &row) const { return row.left() + row.width() * labelShare; }
    qreal barRight(const QRectF &row, const ReportStyle &style) const;
    // The x of the start of `year` (`lastYear` is the right end of the bar area); years
    // outside the span are clamped to it.
    qreal xOfYear(const QRectF &row, const ReportStyle &style, int year) const;
    // The width a year's label takes on the axis, with room either side.
    static qreal yearLabelWidth(const ReportStyle &style);
    // The labelled years: multiples of a round interval (ChartAxes' for the span, wider
    // where the labels would not fit), and always the horizon's end year; a round year too
    // close to the end year to be read beside it is left out.
    QList<int> tickYears(const QRectF &row, const ReportStyle &style) const;
};

// The axis row of the action timeline: whole years along the top, repeated on every page.
class TimelineAxisBlock : public ReportBlock
{
public:
    // A labelled year on the axis: where its grid line is and the rect its label takes.
    struct Tick
    {
        int year = 0;
        qreal x = 0;
        QRectF label;
    };

    explicit TimelineAxisBlock(std::shared_ptr<const TimelineScale> scale, const QString &caption);
    qreal height(const ReportStyle &style, qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const override;
    // The ticks as paint() draws them in `rect`.
    QList<Tick> ticks(const QRectF &rect, const ReportStyle &style) const;

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
    // Where paint() draws the row's parts: the name and detail in the label column, the
    // solid ramp and the light years at full adoption (empty where there are none).
    struct Geometry
    {
        QRectF name;
        QRectF detail;
        QRectF ramp;
        QRectF full;
    };

    TimelineRowBlock(std::shared_ptr<const TimelineScale> scale, Bar bar);
    qreal height(const ReportStyle &style, qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const override;
    const Bar &bar() const { return m_bar; }
    Geometry geometry(const QRectF &rect, const ReportStyle &style) const;

private:
    std::shared_ptr<const TimelineScale> m_scale;
    Bar m_bar;
};

} // namespace zeroplan
