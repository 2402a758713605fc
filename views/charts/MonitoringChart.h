#pragma once

#include "PlanChartView.h"

#include <QList>

class QLineSeries;
class QValueAxis;

namespace zeroplan {

struct AdoptedPlan;
struct MonitoringRun;
struct PlanResult;

// The plan against what happened: business as usual (grey, dashed), the adopted plan's gross
// emissions (dashed), the actual gross emissions of each year with an inventory (points on a
// solid line, from the base year), and the re-forecast paths from the latest actual year
// (dotted: catch up, slip, scale). Whole-year axis; tCO₂e/yr; hovering a line names it, the
// year and its value.
class MonitoringChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit MonitoringChart(QWidget *parent = nullptr);
    // `result`: the live results, for business as usual (may differ from the adopted plan's
    // when the plan was edited since).
    void setData(const AdoptedPlan &adopted, const MonitoringRun &run, const PlanResult &result);

    QLineSeries *bauSeries() const { return m_bau; }
    QLineSeries *plannedSeries() const { return m_planned; }
    QLineSeries *actualSeries() const { return m_actual; }
    QList<QLineSeries *> reforecastSeries() const { return m_paths; } // catch up, slip, scale
    QValueAxis *yearAxis() const { return m_years; }
    QValueAxis *tonnesAxis() const { return m_tonnes; }

private:
    QValueAxis *m_years = nullptr;
    QValueAxis *m_tonnes = nullptr;
    QLineSeries *m_bau = nullptr;
    QLineSeries *m_planned = nullptr;
    QLineSeries *m_actual = nullptr;
    QList<QLineSeries *> m_paths;
};

} // namespace zeroplan
