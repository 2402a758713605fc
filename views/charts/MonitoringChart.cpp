#include "MonitoringChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "engine/Results.h"
#include "monitoring/MonitoringRun.h"
#include "plan/AdoptedPlan.h"
#include "present/MonitoringText.h"
#include "present/NumberFormat.h"

#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace zeroplan {

namespace {

QString perYear(double tonnes)
{
    return NumberFormat::tonnesPerYear(tonnes);
}

// The colour of each re-forecast variant: catch up, slip, scale.
QColor pathColour(int index)
{
    static const QColor colours[] = {QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x6c, 0x00),
                                     QColor(0x6a, 0x1b, 0x9a)};
    return colours[std::clamp(index, 0, 2)];
}

} // namespace

MonitoringChart::MonitoringChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(tr("Plan and actual emissions"));
    m_years = new QValueAxis;
    m_tonnes = new QValueAxis;
    c->addAxis(m_years, Qt::AlignBottom);
    c->addAxis(m_tonnes, Qt::AlignLeft);
    m_bau = ChartSeries::addLine(c, m_years, m_tonnes, tr("Business as usual"),
                                 ChartSeries::linePen(ChartPalette::bau(), 2, Qt::DashLine));
    m_planned = ChartSeries::addLine(c, m_years, m_tonnes, QString(),
                                     ChartSeries::linePen(ChartPalette::net(), 2.5, Qt::DashLine));
    for (int i = 0; i < 3; ++i) {
        m_paths.append(ChartSeries::addLine(c, m_years, m_tonnes, QString(),
                                            ChartSeries::linePen(pathColour(i), 2, Qt::DotLine)));
    }
    m_actual = ChartSeries::addLine(c, m_years, m_tonnes, tr("Actual gross emissions"),
                                    ChartSeries::linePen(ChartPalette::target(), 3));
    m_actual->setPointsVisible(true);
    m_actual->setMarkerSize(9);
    for (QLineSeries *line : {m_bau, m_planned, m_actual})
        ChartSeries::setHoverText(line, ChartSeries::lineYearTip(line, perYear));
    for (QLineSeries *line : m_paths)
        ChartSeries::setHoverText(line, ChartSeries::lineYearTip(line, perYear));
    // Below the plot: six short names flow onto two rows and leave the plot its width.
    legendPanel()->setPlacement(ChartLegend::Placement::Bottom);
    setEmptyMessage(tr("Adopt a scenario to compare the plan with what happens."));
}

void MonitoringChart::setData(const AdoptedPlan &adopted, const MonitoringRun &run,
                              const PlanResult &result)
{
    if (adopted.years.isEmpty()) {
        setEmptyMessage(tr("Adopt a scenario to compare the plan with what happens."));
        return;
    }
    const int first = adopted.years.front();
    const int last = adopted.years.back();
    double high = 0;
    double low = 0;
    auto note = [&](const QList<QPointF> &points) {
        for (const QPointF &p : points) {
            high = std::max(high, p.y());
            low = std::min(low, p.y());
        }
        return points;
    };

    QList<QPointF> bau;
    if (!result.years.empty() && result.bauGross.size() > 0) {
        const int bauFirst = result.years.front();
        for (const QPointF &p : ChartAxes::yearPoints(bauFirst, result.bauGross)) {
            if (p.x() >= first && p.x() <= last)
                bau.append(p);
        }
    }
    m_bau->replace(note(bau));
    ChartSeries::setInLegend(chart(), m_bau, !bau.isEmpty());

    QList<QPointF> planned;
    for (qsizetype i = 0; i < adopted.years.size() && i < adopted.gross.size(); ++i)
        planned.append(QPointF(adopted.years.at(i), adopted.gross.at(i)));
    m_planned->setName(tr("Adopted plan %1 — gross").arg(adopted.label.toHtmlEscaped()));
    m_planned->replace(note(planned));

    // The actual line starts where the plan does, in the base year.
    QList<QPointF> actual{QPointF(run.baseYear, run.baseYearGross)};
    for (const MonitoredYear &y : run.years)
        actual.append(QPointF(y.year, y.actual));
    m_actual->replace(note(actual));

    for (int i = 0; i < m_paths.size(); ++i) {
        QLineSeries *line = m_paths.at(i);
        const ReforecastPath *path = nullptr;
        if (run.reforecast && size_t(i) < run.reforecast->paths.size())
            path = &run.reforecast->paths[size_t(i)];
        QList<QPointF> points;
        if (path) {
            line->setName(tr("Re-forecast: %1").arg(reforecastVariantName(path->variant)));
            // From the latest actual year on: before it, the actual line tells.
            for (const QPointF &p : ChartAxes::yearPoints(first, path->gross)) {
                if (p.x() >= run.reforecast->fromYear)
                    points.append(p);
            }
        }
        line->replace(note(points));
        line->setVisible(path != nullptr);
        ChartSeries::setInLegend(chart(), line, path != nullptr);
    }

    ChartAxes::setupYearAxis(m_years, first, last);
    ChartAxes::setupValueAxis(
        m_tonnes, tr("Gross emissions (%1)").arg(NumberFormat::tonnesPerYearUnit()), low, high);
    setEmptyMessage(QString());
    noteDataChanged();
}

} // namespace zeroplan
