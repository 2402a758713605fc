#include "ChartSeries.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

namespace zeroplan::ChartSeries {

QPen linePen(const QColor &colour, double width, Qt::PenStyle style)
{
    QPen pen(colour);
    pen.setWidthF(width);
    pen.setStyle(style);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QLineSeries *addLine(QChart *chart, QValueAxis *x, QValueAxis *y, const QString &name,
                     const QPen &pen)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->setPen(pen);
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    return line;
}

QAreaSeries *addArea(QChart *chart, QValueAxis *x, QValueAxis *y, const QString &name,
                     const QColor &fill)
{
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area); // QAreaSeries does not own its edges
    lower->setParent(area);
    area->setName(name);
    area->setBrush(fill);
    area->setPen(linePen(fill.lighter(130), 0.5));
    chart->addSeries(area);
    area->attachAxis(x);
    area->attachAxis(y);
    QObject::connect(area, &QAreaSeries::hovered, area, [area](const QPointF &, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), area->name());
        else
            QToolTip::hideText();
    });
    return area;
}

void setArea(QAreaSeries *area, const QList<QPointF> &upper, const QList<QPointF> &lower)
{
    area->upperSeries()->replace(upper);
    area->lowerSeries()->replace(lower);
}

void setRectangle(QAreaSeries *area, double x0, double x1, double y0, double y1)
{
    setArea(area, {QPointF(x0, y1), QPointF(x1, y1)}, {QPointF(x0, y0), QPointF(x1, y0)});
}

void remove(QChart *chart, QAbstractSeries *series)
{
    chart->removeSeries(series);
    delete series;
}

void setInLegend(QChart *chart, QAbstractSeries *series, bool shown)
{
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(shown);
}

void setVerticalMarker(QLineSeries *line, double x, double y0, double y1)
{
    line->replace(QList<QPointF>{QPointF(x, y0), QPointF(x, y1)});
    line->setPointLabelsFormat(line->name());
    line->setPointLabelsVisible(false);
    line->setPointLabelsClipping(false);
    line->setPointConfiguration(1, QXYSeries::PointConfiguration::LabelVisibility, true);
}

} // namespace zeroplan::ChartSeries
