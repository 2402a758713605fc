#pragma once

#include "PlanChartView.h"

class QLineSeries;
class QValueAxis;

namespace zeroplan {

struct Indicator;

// One indicator of the committee's own (docs/monitoring.md, "Indicators") year by year: the
// plan (dashed) and the actual figures (solid, each year a marker). Whole years on the year
// axis, the indicator's unit on the value axis; a year without a figure is left out of that
// line. Hovering a line names it, the year and its value.
class IndicatorChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit IndicatorChart(QWidget *parent = nullptr);
    // The indicator to draw (nullptr: none, the chart says so).
    void setIndicator(const Indicator *indicator);

    QLineSeries *planSeries() const { return m_plan; }
    QLineSeries *actualSeries() const { return m_actual; }
    QValueAxis *yearAxis() const { return m_years; }
    QValueAxis *valueAxis() const { return m_values; }

private:
    QValueAxis *m_years = nullptr;
    QValueAxis *m_values = nullptr;
    QLineSeries *m_plan = nullptr;
    QLineSeries *m_actual = nullptr;
};

} // namespace zeroplan
