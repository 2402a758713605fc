#pragma once

#include "PlanChartView.h"
#include "engine/Results.h"
#include "plan/Plan.h"

#include <QList>
#include <QPointF>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace zeroplan {

// Emissions over the years: BAU (dashed grey), the net emissions of every scenario (the
// current one bold, with gross, sinks and credits drawn apart), the target path from the
// base year to the interim targets and neutrality, and the neutrality year marked.
// Axes: whole years; tCO₂e/yr. Legend names scenarios as the user named them.
class PathwayChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit PathwayChart(QWidget *parent = nullptr);
    void setResults(const Plan &plan, const PlanResult &result, int currentScenario);

    // The target path: base-year gross, then each interim target, then 0 in the neutrality
    // year (empty when the plan sets no target in its horizon).
    static QList<QPointF> targetPath(const Plan &plan, const PlanResult &result);

    QList<QLineSeries *> netSeries() const { return m_nets; } // one per scenario, plan order
    QLineSeries *bauSeries() const { return m_bau; }
    QLineSeries *targetSeries() const { return m_target; }
    QLineSeries *grossSeries() const { return m_gross; }   // current scenario
    QAreaSeries *sinksArea() const { return m_sinks; }     // current scenario, below zero
    QAreaSeries *creditsArea() const { return m_credits; } // current scenario, below sinks
    QLineSeries *neutralityMarker() const { return m_neutral; }
    QValueAxis *yearAxis() const { return m_years; }
    QValueAxis *tonnesAxis() const { return m_tonnes; }

private:
    void updateNets(const Plan &plan, const PlanResult &result, int currentScenario);
    void updateCurrent(int first, const ScenarioResult *current);
    void updateTarget(const Plan &plan, const PlanResult &result);
    void updateAxes(const PlanResult &result, const ScenarioResult *current);
    void updateNeutrality(const ScenarioResult *current);
    QString currentName(const ScenarioResult *current) const;

    QValueAxis *m_years = nullptr;
    QValueAxis *m_tonnes = nullptr;
    QLineSeries *m_bau = nullptr;
    QLineSeries *m_target = nullptr;
    QLineSeries *m_gross = nullptr;
    QLineSeries *m_zero = nullptr;
    QLineSeries *m_neutral = nullptr;
    QAreaSeries *m_sinks = nullptr;
    QAreaSeries *m_credits = nullptr;
    QList<QLineSeries *> m_nets;
    int m_current = -2; // the scenario drawn bold (-2: none drawn yet)
};

} // namespace zeroplan
