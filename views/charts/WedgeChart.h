#pragma once

#include "PlanChartView.h"
#include "engine/Results.h"

#include <QList>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace zeroplan {

// The stacked wedges of one scenario: from the scenario's net emissions up to BAU, one area
// per measure (its wedge + sink + credit, in the engine's order), named as the user named
// the measure. Empty state: "Add a measure to this scenario to see its wedge."
class WedgeChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit WedgeChart(QWidget *parent = nullptr);
    void setResults(const PlanResult &result, const ScenarioResult *scenario);

    // One area per measure in the engine's order; upper − lower = the measure's abatement.
    QList<QAreaSeries *> wedges() const { return m_wedges; }
    QLineSeries *bauSeries() const { return m_bau; }
    QLineSeries *netSeries() const { return m_net; }
    QValueAxis *yearAxis() const { return m_years; }
    QValueAxis *tonnesAxis() const { return m_tonnes; }

private:
    void resizeWedges(int count);

    QValueAxis *m_years = nullptr;
    QValueAxis *m_tonnes = nullptr;
    QLineSeries *m_bau = nullptr;
    QLineSeries *m_net = nullptr;
    QList<QAreaSeries *> m_wedges;
};

} // namespace zeroplan
