#pragma once

#include "charts/PlanChartView.h"

class QLineSeries;
class QValueAxis;

namespace zeroplan {

class DistrictRollup;

// The district's aggregate pathway: Σ of its communities' business as usual (dashed grey),
// gross and net emissions (each community's chosen scenario), over the district's whole
// years, in tCO₂e/yr.
class DistrictPathwayChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit DistrictPathwayChart(QWidget *parent = nullptr);
    void setRollup(const DistrictRollup &rollup);

    QLineSeries *bauSeries() const { return m_bau; }
    QLineSeries *grossSeries() const { return m_gross; }
    QLineSeries *netSeries() const { return m_net; }
    QValueAxis *yearAxis() const { return m_years; }

private:
    QValueAxis *m_years = nullptr;
    QValueAxis *m_tonnes = nullptr;
    QLineSeries *m_bau = nullptr;
    QLineSeries *m_gross = nullptr;
    QLineSeries *m_net = nullptr;
    QLineSeries *m_zero = nullptr;
};

} // namespace zeroplan
