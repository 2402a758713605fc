#pragma once

#include "PlanChartView.h"

#include <QList>
#include <QString>

class QAreaSeries;
class QCategoryAxis;
class QValueAxis;

namespace zeroplan {

// One bar of a waterfall: a total (from zero to `value`) or a change (from the running total
// by `value`).
struct WaterfallStep
{
    QString label;
    double value = 0;
    bool total = false;
};

// Why a figure changed, as a waterfall laid on its side, read top to bottom like the table
// beside it (the monitoring decomposition: the base year's emissions, each effect a bar to the
// right in red where it raised emissions or to the left in green where it lowered them, from
// the running total, then the latest year's emissions). Each bar is named on the left axis;
// hovering a bar gives its name and value in tCO₂e.
class WaterfallChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit WaterfallChart(QWidget *parent = nullptr);
    void setSteps(const QList<WaterfallStep> &steps);

    QList<QAreaSeries *> bars() const { return m_bars; } // one per step, in order
    QCategoryAxis *stepAxis() const { return m_steps; }
    QValueAxis *tonnesAxis() const { return m_tonnes; }

private:
    QCategoryAxis *m_steps = nullptr;
    QValueAxis *m_tonnes = nullptr;
    QList<QAreaSeries *> m_bars;
};

} // namespace zeroplan
