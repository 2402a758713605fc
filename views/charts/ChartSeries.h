#pragma once

#include <QColor>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QString>

class QAbstractSeries;
class QAreaSeries;
class QChart;
class QLineSeries;
class QValueAxis;

namespace zeroplan {

// Creating, updating and removing series the same way in every chart (private to
// views/charts). Series are added once and then only get new points, so a slider drag does
// not rebuild the chart.
namespace ChartSeries {

QPen linePen(const QColor &colour, double width, Qt::PenStyle style = Qt::SolidLine);

QLineSeries *addLine(QChart *chart, QValueAxis *x, QValueAxis *y, const QString &name,
                     const QPen &pen);
// An area between two line series the area owns; filled with `fill`, a thin light outline.
// Hovering shows the series' name in a tool tip, for charts too crowded for a legend.
QAreaSeries *addArea(QChart *chart, QValueAxis *x, QValueAxis *y, const QString &name,
                     const QColor &fill);
void setArea(QAreaSeries *area, const QList<QPointF> &upper, const QList<QPointF> &lower);
// A rectangle [x0, x1] × [y0, y1] as an area.
void setRectangle(QAreaSeries *area, double x0, double x1, double y0, double y1);
void remove(QChart *chart, QAbstractSeries *series);
void setInLegend(QChart *chart, QAbstractSeries *series, bool shown);
// A two-point vertical line at x from y0 to y1, labelled with its series name at the top.
void setVerticalMarker(QLineSeries *line, double x, double y0, double y1);

} // namespace ChartSeries

} // namespace zeroplan
