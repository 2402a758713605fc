#pragma once

#include "PlanChartView.h"
#include "engine/Results.h"

#include <optional>

class QLineSeries;
class QValueAxis;

namespace zeroplan {

// Cumulative net emissions of a scenario from the base year, and BAU's, against the carbon
// budget (a labelled horizontal line) when the plan sets one; without a budget the sums are
// drawn alone. Empty state when there is no scenario.
class CumulativeChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit CumulativeChart(QWidget *parent = nullptr);
    void setResults(const PlanResult &result, const ScenarioResult *scenario,
                    std::optional<double> carbonBudget);

    QLineSeries *cumulativeSeries() const { return m_cumulative; } // the scenario's net, summed
    QLineSeries *budgetSeries() const { return m_budget; }
    QLineSeries *bauSeries() const { return m_bau; } // BAU gross, summed
    QValueAxis *yearAxis() const { return m_years; }
    QValueAxis *tonnesAxis() const { return m_tonnes; }

private:
    QValueAxis *m_years = nullptr;
    QValueAxis *m_tonnes = nullptr;
    QLineSeries *m_bau = nullptr;
    QLineSeries *m_budget = nullptr;
    QLineSeries *m_cumulative = nullptr;
};

} // namespace zeroplan
