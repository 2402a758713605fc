#pragma once

#include "PlanChartView.h"
#include "WedgeBands.h"

#include <QList>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace zeroplan {

// Stacked wedges from net emissions up to business as usual, one area per band (WedgeBands),
// the first band just under BAU and the last just above net, so that the stack reads as the
// path from BAU to net; a BAU line and a net line on top. The plan's wedge chart (WedgeChart,
// one band per measure) and the district's (DistrictWedgeChart, per kind or community) draw
// through it.
class StackedWedgeChart : public PlanChartView
{
    Q_OBJECT

public:
    QList<QAreaSeries *> wedges() const { return m_wedges; }
    QLineSeries *bauSeries() const { return m_bau; }
    QLineSeries *netSeries() const { return m_net; }
    QValueAxis *yearAxis() const { return m_years; }
    QValueAxis *tonnesAxis() const { return m_tonnes; }

protected:
    // `title` above the chart; `netName` the net line's legend entry.
    StackedWedgeChart(const QString &title, const QString &netName, QWidget *parent);

    // Draws `bands` from `net` up over the years firstYear…lastYear (the last one labelled on
    // the axis when `labelLast`), the legend placed for `legendLimit` entries at most.
    void drawBands(int firstYear, int lastYear, const YearSeries &bau, const YearSeries &net,
                   const QList<WedgeBand> &bands, int legendLimit, bool labelLast = false);
    // No wedges, and `message` in their place.
    void clearBands(const QString &message);

private:
    void resizeWedges(int count);

    QValueAxis *m_years = nullptr;
    QValueAxis *m_tonnes = nullptr;
    QLineSeries *m_bau = nullptr;
    QLineSeries *m_net = nullptr;
    QList<QAreaSeries *> m_wedges;
};

} // namespace zeroplan
