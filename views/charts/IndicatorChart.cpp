#include "IndicatorChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "plan/Indicator.h"
#include "present/IndicatorText.h"

#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace zeroplan {

IndicatorChart::IndicatorChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    m_years = new QValueAxis;
    m_values = new QValueAxis;
    c->addAxis(m_years, Qt::AlignBottom);
    c->addAxis(m_values, Qt::AlignLeft);
    m_plan = ChartSeries::addLine(c, m_years, m_values, tr("Plan"),
                                  ChartSeries::linePen(ChartPalette::net(), 2.5, Qt::DashLine));
    m_plan->setPointsVisible(true);
    m_plan->setMarkerSize(6);
    m_actual = ChartSeries::addLine(c, m_years, m_values, tr("Actual"),
                                    ChartSeries::linePen(ChartPalette::target(), 3));
    m_actual->setPointsVisible(true);
    m_actual->setMarkerSize(9);
    legendPanel()->setPlacement(ChartLegend::Placement::Bottom);
    setEmptyMessage(tr("Choose an indicator to see its years."));
}

void IndicatorChart::setIndicator(const Indicator *indicator)
{
    if (!indicator) {
        m_plan->clear();
        m_actual->clear();
        setEmptyMessage(tr("Choose an indicator to see its years."));
        return;
    }
    QList<QPointF> plan;
    QList<QPointF> actual;
    int first = 0;
    int last = 0;
    double low = 0;
    double high = 0;
    for (const IndicatorValue &v : indicator->values) {
        if (!v.plan && !v.actual)
            continue;
        first = first == 0 ? v.year : std::min(first, v.year);
        last = std::max(last, v.year);
        for (const std::optional<double> &value : {v.plan, v.actual}) {
            if (value) {
                low = std::min(low, *value);
                high = std::max(high, *value);
            }
        }
        if (v.plan)
            plan.append(QPointF(v.year, *v.plan));
        if (v.actual)
            actual.append(QPointF(v.year, *v.actual));
    }
    chart()->setTitle(indicator->name.toHtmlEscaped());
    if (plan.isEmpty() && actual.isEmpty()) {
        m_plan->clear();
        m_actual->clear();
        setEmptyMessage(
            tr("Enter a year's plan or actual figure to see “%1” here.").arg(indicator->name));
        return;
    }
    std::sort(plan.begin(), plan.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    std::sort(actual.begin(), actual.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    m_plan->replace(plan);
    m_actual->replace(actual);
    const QString unit = indicator->unit;
    const auto withUnit = [unit](double value) {
        return IndicatorText::withUnit(value, unit.toHtmlEscaped());
    };
    ChartSeries::setHoverText(m_plan, ChartSeries::lineYearTip(m_plan, withUnit));
    ChartSeries::setHoverText(m_actual, ChartSeries::lineYearTip(m_actual, withUnit));
    ChartSeries::setInLegend(chart(), m_plan, !plan.isEmpty());
    ChartSeries::setInLegend(chart(), m_actual, !actual.isEmpty());
    // Whole years; half a year of room either side so the first and last markers are whole.
    ChartAxes::setupYearAxis(m_years, first, std::max(last, first + 1));
    m_years->setRange(first - 0.5, std::max(last, first + 1) + 0.5);
    // Room above the highest figure (and below a negative one) so its marker is whole.
    const double margin = 0.06 * std::max(high - low, 1e-9);
    ChartAxes::setupValueAxis(m_values, unit.isEmpty() ? tr("Value") : unit,
                              low < 0 ? low - margin : low, high + margin);
    setEmptyMessage(QString());
    noteDataChanged();
}

} // namespace zeroplan
