#pragma once

#include "charts/StackedWedgeChart.h"

namespace zeroplan {

class DistrictRollup;

// What the district's measures take off: stacked areas from the district's net emissions up
// to its business as usual, one per measure kind or one per community (the kNamedWedges
// largest by total cut, the rest together in one grey wedge), as the plan's wedge chart
// draws its measures. Either way the wedges add up to BAU − net (DistrictRollup).
class DistrictWedgeChart : public StackedWedgeChart
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
};

} // namespace zeroplan
