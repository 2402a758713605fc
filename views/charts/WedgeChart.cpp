#include "WedgeChart.h"

#include "ChartPalette.h"
#include "present/NumberFormat.h"

#include <QLineSeries>

namespace zeroplan {

namespace {

constexpr int kLegendLimit = 22; // legend entries (wedges + 2 lines); more: names in tool tips

} // namespace

WedgeChart::WedgeChart(QWidget *parent)
    : StackedWedgeChart(tr("What each measure cuts"), QString(), parent)
{
    setEmptyMessage(tr("Add a measure to this scenario to see its wedge."));
}

void WedgeChart::setResults(const PlanResult &result, const ScenarioResult *scenario,
                            const MeasureColours &colours)
{
    m_ids.clear();
    if (!scenario || result.years.empty()) {
        clearBands(tr("Add a scenario on the Scenarios page to see its wedges."));
        return;
    }
    if (scenario->measures.empty()) {
        clearBands(tr("Add a measure to this scenario to see its wedge."));
        return;
    }
    QList<WedgeBand> all;
    for (const MeasureResult &m : scenario->measures)
        all.append({m.measureId, m.name, m.abatement(), colours.colour(m.measureId)});
    const int others = int(all.size()) - kNamedWedges;
    const QList<WedgeBand> bands =
        largestWedgeBands(all, kNamedWedges,
                          tr("Other measures (%1)", "the wedge of the smaller measures")
                              .arg(NumberFormat::number(others)),
                          ChartPalette::otherMeasures());
    for (const WedgeBand &band : bands)
        m_ids.append(band.id);
    netSeries()->setName(tr("%1 — net emissions").arg(scenario->name.toHtmlEscaped()));
    drawBands(result.years.front(), result.years.back(), result.bauGross, scenario->net, bands,
              kLegendLimit);
}

} // namespace zeroplan
