#pragma once

#include "MeasureColours.h"
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
    static constexpr int kNamedBars = 12;

    explicit MaccChart(QWidget *parent = nullptr);
    // `points`: ScenarioResult::macc(); `credits`: ScenarioResult::creditPoints().
    void setPoints(const std::vector<MaccPoint> &points, const QString &currency,
                   const std::vector<MaccPoint> &credits = {}, const MeasureColours &colours = {});

    // One rectangle per named measure, cheapest first: x from the tonnes of the bars before it.
    QList<QAreaSeries *> bars() const { return m_bars; }
    QStringList barMeasureIds() const { return m_barIds; } // the measure of each of bars()
    // The bars of the measures not named, as one stepped area (hidden when every bar is
    // named).
    QAreaSeries *otherBars() const { return m_other; }
    // One hatched rectangle per credit purchase, after the last bar, cheapest first.
    QList<QAreaSeries *> creditBars() const { return m_creditBars; }
    QValueAxis *tonnesAxis() const { return m_xAxis; }
    QValueAxis *costAxis() const { return m_yAxis; }

private:
    static QString emptyText();
    QString barTip(double x) const; // the tool tip of the bar at x tonnes
    QString barTip(const MaccPoint &point) const;
    void resizeBars(int count);
    void resizeCreditBars(int count);

    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QList<QAreaSeries *> m_bars;
    QList<QAreaSeries *> m_creditBars;
    QAreaSeries *m_other = nullptr;
    QStringList m_barIds;
    // Every bar drawn, cheapest first, and where it starts: what a tool tip looks up.
    std::vector<MaccPoint> m_curve;
    std::vector<double> m_starts;
    QString m_currency;
};

} // namespace zeroplan
