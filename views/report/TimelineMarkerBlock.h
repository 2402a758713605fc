#pragma once

#include "TimelineBlock.h"

#include <QColor>
#include <QList>
#include <QString>
#include <memory>

namespace zeroplan {

// One community activity on the action timeline (docs/people.md): its name and how often
// beside it, and a marker in each year it takes place — a dot whose size grows with the times
// it takes place that year (once, four times, twelve), so a monthly market reads apart from a
// yearly show. Not a bar: an activity is not a measure and reduces nothing.
class TimelineMarkerBlock : public ReportBlock
{
public:
    struct Row
    {
        QString name;
        QString detail;               // how often and the years, e.g. "Monthly · 2024–2030"
        QList<QPair<int, int>> years; // year, times it takes place that year (> 0)
        QColor color;
    };

    TimelineMarkerBlock(std::shared_ptr<const TimelineScale> scale, Row row);
    qreal height(const ReportStyle &style, qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const override;
    const Row &row() const { return m_row; }
    // The marker of each year as paint() draws it in `rect`.
    QList<QRectF> markers(const QRectF &rect, const ReportStyle &style) const;

private:
    std::shared_ptr<const TimelineScale> m_scale;
    Row m_row;
};

} // namespace zeroplan
