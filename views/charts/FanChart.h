#pragma once

#include "PlanChartView.h"
#include "engine/Results.h"

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace zeroplan {

// Monte Carlo net emissions as a fan: p5–p95 light band, p25–p75 darker band, median line,
// the zero line and the target year marked. Empty state until a run has finished.
class FanChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit FanChart(QWidget *parent = nullptr);
    void setUncertainty(int firstYear, const UncertaintyResult &result);
    void clear(const QString &emptyMessage);

    QAreaSeries *outerBand() const { return m_outer; } // p5–p95
    QAreaSeries *innerBand() const { return m_inner; } // p25–p75
    QLineSeries *medianSeries() const { return m_median; }
    QLineSeries *targetMarker() const { return m_target; }
    QValueAxis *yearAxis() const { return m_years; }
    QValueAxis *tonnesAxis() const { return m_tonnes; }

private:
    QValueAxis *m_years = nullptr;
    QValueAxis *m_tonnes = nullptr;
    QAreaSeries *m_outer = nullptr;
    QAreaSeries *m_inner = nullptr;
    QLineSeries *m_median = nullptr;
    QLineSeries *m_zero = nullptr;
    QLineSeries *m_target = nullptr;
};

} // namespace zeroplan
