#include "DistrictWedgeChart.h"

#include "charts/ChartPalette.h"
#include "district/DistrictRollup.h"
#include "measures/MeasureCatalogue.h"

namespace zeroplan {

namespace {

constexpr int kLegendLimit = 16;

// Every kind or community with a cut, in its order.
QList<WedgeBand> allBands(const DistrictRollup &rollup, DistrictWedgeChart::Split split)
{
    QList<WedgeBand> all;
    if (split == DistrictWedgeChart::Split::ByKind) {
        for (int k = 0; k < DistrictRollup::kKinds; ++k) {
            const MeasureKind kind = kAllMeasureKinds[k];
            const YearSeries cut = rollup.wedgeOfKind(kind);
            if (cut.abs().sum() > 0)
                all.append({QString(), MeasureCatalogue::spec(kind).displayName(), cut,
                            ChartPalette::series(k)});
        }
    } else {
        for (int i = 0; i < rollup.size(); ++i) {
            const YearSeries cut = rollup.wedgeOfCommunity(i);
            if (cut.abs().sum() > 0)
                all.append({QString(), rollup.community(i).name, cut, ChartPalette::series(i)});
        }
    }
    return all;
}

} // namespace

DistrictWedgeChart::DistrictWedgeChart(QWidget *parent)
    : StackedWedgeChart(tr("What the district's measures cut"), tr("Net emissions"), parent)
{
    setObjectName(QStringLiteral("districtWedgeChart"));
    setEmptyMessage(tr("No measure of the district's communities cuts anything yet."));
}

void DistrictWedgeChart::setRollup(const DistrictRollup &rollup, Split split)
{
    const QList<WedgeBand> all = rollup.size() > 0 ? allBands(rollup, split) : QList<WedgeBand>();
    if (all.isEmpty()) {
        clearBands(tr("No measure of the district's communities cuts anything yet."));
        return;
    }
    const int others = int(all.size()) - kNamedWedges;
    const QString otherName = split == Split::ByKind ? tr("Other kinds (%1)").arg(others)
                                                     : tr("Other communities (%1)").arg(others);
    drawBands(rollup.baseYear(), rollup.horizonEnd(), rollup.bau(), rollup.net(),
              largestWedgeBands(all, kNamedWedges, otherName, ChartPalette::otherMeasures()),
              kLegendLimit, true);
}

} // namespace zeroplan
