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
// Axes: tCO₂e on x, currency/tCO₂e on y. Empty state when no measure abates anything.
class MaccChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit MaccChart(QWidget *parent = nullptr);
    void setPoints(const std::vector<MaccPoint> &points, const QString &currency);

    // One rectangle per measure, cheapest first: x from the tonnes of the bars before it.
    QList<QAreaSeries *> bars() const { return m_bars; }
    QValueAxis *tonnesAxis() const { return m_xAxis; }
    QValueAxis *costAxis() const { return m_yAxis; }

private:
    static QString emptyText();
    void resizeBars(int count);

    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QList<QAreaSeries *> m_bars;
};

} // namespace zeroplan
