#include "WedgeChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "present/NumberFormat.h"

#include <QAreaSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <vector>

namespace zeroplan {

namespace {

constexpr int kLegendLimit = 22; // legend entries (wedges + 2 lines); more: names in tool tips

// What a wedge stands for: one measure, or the measures too small to name.
struct Band
{
    QString id;
    QString name;
    YearSeries abatement;
    bool other = false; // the measures too small to name, together
};

// The bands to draw, in the engine's order: every measure when there are few, else the
// `named` largest by total abatement and one band for the rest, last (just above net).
QList<Band> bandsOf(const ScenarioResult &scenario, int named)
{
    const std::vector<MeasureResult> &measures = scenario.measures;
    QList<Band> bands;
    if (measures.size() <= size_t(named) + 1) {
        for (const MeasureResult &m : measures)
            bands.append({m.measureId, m.name, m.abatement()});
        return bands;
    }
    std::vector<size_t> order(measures.size());
    std::vector<double> totals(measures.size());
    for (size_t i = 0; i < measures.size(); ++i) {
        order[i] = i;
        totals[i] = measures[i].abatement().abs().sum();
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return totals[a] > totals[b]; });
    std::vector<bool> keep(measures.size(), false);
    for (int k = 0; k < named; ++k)
        keep[order[size_t(k)]] = true;
    YearSeries rest = YearSeries::Zero(scenario.net.size());
    for (size_t i = 0; i < measures.size(); ++i) {
        if (keep[i])
            bands.append({measures[i].measureId, measures[i].name, measures[i].abatement()});
        else
            rest += measures[i].abatement();
    }
    const int others = int(measures.size()) - named;
    bands.append({QString(),
                  WedgeChart::tr("Other measures (%1)", "the wedge of the smaller measures")
                      .arg(NumberFormat::number(others)),
                  rest, true});
    return bands;
}

} // namespace

WedgeChart::WedgeChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(tr("What each measure cuts"));
    m_years = new QValueAxis;
    m_tonnes = new QValueAxis;
    c->addAxis(m_years, Qt::AlignBottom);
    c->addAxis(m_tonnes, Qt::AlignLeft);
    m_bau = ChartSeries::addLine(c, m_years, m_tonnes, tr("Business as usual"),
                                 ChartSeries::linePen(ChartPalette::bau(), 2, Qt::DashLine));
    m_net = ChartSeries::addLine(c, m_years, m_tonnes, QString(),
                                 ChartSeries::linePen(ChartPalette::net(), 2.5));
    for (QLineSeries *line : {m_bau, m_net})
        ChartSeries::setHoverText(line, ChartSeries::lineYearTip(line, [](double tonnes) {
                                      return NumberFormat::tonnesPerYear(tonnes);
                                  }));
    setEmptyMessage(tr("Add a measure to this scenario to see its wedge."));
}

void WedgeChart::setResults(const PlanResult &result, const ScenarioResult *scenario,
                            const MeasureColours &colours)
{
    if (!scenario || result.years.empty()) {
        resizeWedges(0);
        m_ids.clear();
        setEmptyMessage(tr("Add a scenario on the Scenarios page to see its wedges."));
        return;
    }
    if (scenario->measures.empty()) {
        resizeWedges(0);
        m_ids.clear();
        setEmptyMessage(tr("Add a measure to this scenario to see its wedge."));
        return;
    }
    const int first = result.years.front();
    const QList<Band> bands = bandsOf(*scenario, kNamedWedges);
    resizeWedges(int(bands.size()));
    m_ids.clear();
    // Stacked from the net line up: the first measure the engine applied sits just under
    // BAU, the last one just above net, so the stack reads as the path from BAU to net.
    YearSeries bottom = scenario->net;
    double high = std::max(result.bauGross.maxCoeff(), scenario->net.maxCoeff());
    double low = std::min(0.0, scenario->net.minCoeff());
    for (qsizetype i = m_wedges.size() - 1; i >= 0; --i) {
        const Band &band = bands.at(i);
        const YearSeries top = bottom + band.abatement;
        QAreaSeries *area = m_wedges.at(i);
        ChartSeries::setArea(area, ChartAxes::yearPoints(first, top),
                             ChartAxes::yearPoints(first, bottom));
        area->setName(band.other ? band.name : band.name.toHtmlEscaped());
        const QColor colour = band.other ? ChartPalette::otherMeasures() : colours.colour(band.id);
        if (area->brush().color() != colour)
            area->setBrush(colour);
        high = std::max(high, top.maxCoeff());
        low = std::min(low, top.minCoeff());
        bottom = top;
    }
    for (const Band &band : bands)
        m_ids.append(band.id);
    m_bau->replace(ChartAxes::yearPoints(first, result.bauGross));
    m_net->replace(ChartAxes::yearPoints(first, scenario->net));
    m_net->setName(tr("%1 — net emissions").arg(scenario->name.toHtmlEscaped()));
    ChartAxes::setupYearAxis(m_years, first, result.years.back());
    ChartAxes::setupValueAxis(m_tonnes, tr("Emissions (%1)").arg(NumberFormat::tonnesPerYearUnit()),
                              low, high);
    placeLegend(m_wedges.size() + 2, kLegendLimit);
    setEmptyMessage(QString());
    noteDataChanged();
}

void WedgeChart::resizeWedges(int count)
{
    if (count == m_wedges.size())
        return;
    while (m_wedges.size() > count)
        ChartSeries::remove(chart(), m_wedges.takeLast());
    while (m_wedges.size() < count) {
        QAreaSeries *area = ChartSeries::addArea(chart(), m_years, m_tonnes, QString(),
                                                 ChartPalette::otherMeasures());
        area->setPen(Qt::NoPen); // outlines of dozens of wedges cost more to draw than fills
        // Hovering a wedge: the measure, the year and what it cuts then.
        ChartSeries::setHoverText(area, ChartSeries::areaYearTip(area, [](double tonnes) {
                                      return NumberFormat::tonnesPerYear(tonnes);
                                  }));
        m_wedges.append(area);
    }
    // The lines stay above the wedges: re-adding puts them last in the drawing order.
    for (QLineSeries *line : {m_bau, m_net}) {
        chart()->removeSeries(line);
        chart()->addSeries(line);
        line->attachAxis(m_years);
        line->attachAxis(m_tonnes);
    }
}

} // namespace zeroplan
