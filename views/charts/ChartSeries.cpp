#include "ChartSeries.h"

#include "ChartLegend.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include "present/NumberFormat.h"

#include <QCoreApplication>
#include <cmath>

namespace zeroplan::ChartSeries {

namespace {

// The tool tip of one series: its text for a point, and the connection to its hover signal.
class HoverTip : public QObject
{
public:
    explicit HoverTip(QObject *series) : QObject(series) { setObjectName(name()); }
    static QString name() { return QStringLiteral("zeroplanHoverTip"); }
    HoverText text;
};

HoverTip *hoverTip(QAbstractSeries *series)
{
    // Found by name: HoverTip has no meta-object of its own for findChild to tell it apart.
    return static_cast<HoverTip *>(
        series->findChild<QObject *>(HoverTip::name(), Qt::FindDirectChildrenOnly));
}

void showTip(HoverTip *tip, const QPointF &point, bool state)
{
    const QString text = state && tip->text ? tip->text(point) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text);
}

// The index of the point of `points` nearest `x` (-1 when there is none).
qsizetype nearest(const QList<QPointF> &points, double x)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (best < 0 || std::abs(points.at(i).x() - x) < std::abs(points.at(best).x() - x))
            best = i;
    }
    return best;
}

QString yearLine(double year, const QString &value)
{
    return QCoreApplication::translate("zeroplan::ChartSeries", "%1: %2", "year: value")
        .arg(NumberFormat::year(int(std::lround(year))), value);
}

} // namespace

void setHoverText(QAbstractSeries *series, HoverText text)
{
    HoverTip *tip = hoverTip(series);
    if (!tip) {
        tip = new HoverTip(series);
        if (auto *area = qobject_cast<QAreaSeries *>(series))
            QObject::connect(area, &QAreaSeries::hovered, tip,
                             [tip](const QPointF &p, bool state) { showTip(tip, p, state); });
        else if (auto *xy = qobject_cast<QXYSeries *>(series))
            QObject::connect(xy, &QXYSeries::hovered, tip,
                             [tip](const QPointF &p, bool state) { showTip(tip, p, state); });
    }
    tip->text = std::move(text);
}

QString hoverText(QAbstractSeries *series, const QPointF &point)
{
    HoverTip *tip = hoverTip(series);
    return tip && tip->text ? tip->text(point) : QString();
}

QString tip(const QString &nameHtml, const QString &line)
{
    return QStringLiteral("<b>%1</b><br>%2").arg(nameHtml, line);
}

HoverText lineYearTip(QXYSeries *line, std::function<QString(double)> value)
{
    return [line, value](const QPointF &point) {
        const QList<QPointF> points = line->points();
        const qsizetype i = nearest(points, point.x());
        if (i < 0)
            return QString();
        return tip(line->name(), yearLine(points.at(i).x(), value(points.at(i).y())));
    };
}

HoverText areaYearTip(QAreaSeries *area, std::function<QString(double)> value)
{
    return [area, value](const QPointF &point) {
        const QList<QPointF> upper = area->upperSeries()->points();
        const QList<QPointF> lower =
            area->lowerSeries() ? area->lowerSeries()->points() : QList<QPointF>();
        const qsizetype i = nearest(upper, point.x());
        if (i < 0)
            return QString();
        const double bottom = i < lower.size() ? lower.at(i).y() : 0.0;
        return tip(area->name(), yearLine(upper.at(i).x(), value(upper.at(i).y() - bottom)));
    };
}

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
    setHoverText(area,
                 [area](const QPointF &) { return QStringLiteral("<b>%1</b>").arg(area->name()); });
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
    ChartLegend::setInLegend(series, shown); // the legend the charts draw (ChartLegend)
}

void setVerticalMarker(QLineSeries *line, double x, double y0, double y1)
{
    line->replace(QList<QPointF>{QPointF(x, y0), QPointF(x, y1)});
}

} // namespace zeroplan::ChartSeries
