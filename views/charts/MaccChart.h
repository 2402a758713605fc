#pragma once

#include "PlanChartView.h"
#include "engine/Results.h"

#include <QList>
#include <vector>

class QAreaSeries;
class QValueAxis;

namespace zeroplan {

// Marginal abatement cost curve: one bar per measure, cheapest first, bar width = tCO₂e
// abated over the horizon, height = levelised cost per tonne (below zero: it saves money).
// Sinks (trees) are physical removals and stand on the curve. Carbon credits bought are not
// abatement: they are drawn apart after the curve, hatched and named "Credits: …" (width =
// tonnes bought, height = price per credit). Axes: tCO₂e on x, currency/tCO₂e on y. Empty
// state when there is neither abatement nor credits.
class MaccChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit MaccChart(QWidget *parent = nullptr);
    // `points`: ScenarioResult::macc(); `credits`: ScenarioResult::creditPoints().
    void setPoints(const std::vector<MaccPoint> &points, const QString &currency,
                   const std::vector<MaccPoint> &credits = {});

    // One rectangle per measure, cheapest first: x from the tonnes of the bars before it.
    QList<QAreaSeries *> bars() const { return m_bars; }
    // One hatched rectangle per credit purchase, after the last bar, cheapest first.
    QList<QAreaSeries *> creditBars() const { return m_creditBars; }
    QValueAxis *tonnesAxis() const { return m_xAxis; }
    QValueAxis *costAxis() const { return m_yAxis; }

private:
    static QString emptyText();
    void resizeBars(int count);
    void resizeCreditBars(int count);

    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QList<QAreaSeries *> m_bars;
    QList<QAreaSeries *> m_creditBars;
};

} // namespace zeroplan
