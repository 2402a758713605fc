#pragma once

#include "charts/PlanChartView.h"

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace zeroplan {

class DistrictRollup;

// What the district's measures take off: stacked areas from the district's net emissions up
// to its business as usual, one per measure kind or one per community (the kNamedWedges
// largest by total cut, the rest together in one grey wedge), as the plan's wedge chart
// draws its measures. Either way the wedges add up to BAU − net (DistrictRollup).
class DistrictWedgeChart : public PlanChartView
{
    Q_OBJECT

public:
    static constexpr int kNamedWedges = 12;
    enum class Split
    {
        ByKind,
        ByCommunity
    };

    explicit DistrictWedgeChart(QWidget *parent = nullptr);
    void setRollup(const DistrictRollup &rollup, Split split);

    QList<QAreaSeries *> wedges() const { return m_wedges; }
    QLineSeries *bauSeries() const { return m_bau; }
    QLineSeries *netSeries() const { return m_net; }
    QValueAxis *yearAxis() const { return m_years; }

private:
    void resizeWedges(int count);

    QValueAxis *m_years = nullptr;
    QValueAxis *m_tonnes = nullptr;
    QLineSeries *m_bau = nullptr;
    QLineSeries *m_net = nullptr;
    QList<QAreaSeries *> m_wedges;
};

} // namespace zeroplan
