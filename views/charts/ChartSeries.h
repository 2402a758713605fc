#pragma once

#include <QColor>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QString>
#include <functional>

class QAbstractSeries;
class QAreaSeries;
class QChart;
class QLineSeries;
class QValueAxis;
class QXYSeries;

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
// What hovering a series shows: the rich text of a tool tip for the point under the
// cursor (in the series' values). Empty: no tool tip.
using HoverText = std::function<QString(const QPointF &)>;
// Hovering `series` (a line or an area) shows `text` of the point in a tool tip; leaving it
// hides the tip. Replaces the series' tool tip so far (an area's name, from addArea).
void setHoverText(QAbstractSeries *series, HoverText text);
// The tool tip hovering `series` shows for `point` now ("" when none).
QString hoverText(QAbstractSeries *series, const QPointF &point);
// "<b>name</b><br>line": a series' name (rich text, as the legend's) over what it says there.
QString tip(const QString &nameHtml, const QString &line);
// "year: value" of a line at the point nearest `point` along x; `value` formats its y.
HoverText lineYearTip(QXYSeries *line, std::function<QString(double)> value);
// "year: value" of an area, value = upper − lower at the year nearest `point` (a wedge's cut).
HoverText areaYearTip(QAreaSeries *area, std::function<QString(double)> value);

// A two-point vertical line at x from y0 to y1 (PlanChartView::setPlotLabel names it).
void setVerticalMarker(QLineSeries *line, double x, double y0, double y1);

} // namespace ChartSeries

} // namespace zeroplan
