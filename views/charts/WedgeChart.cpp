#include "WedgeChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "present/NumberFormat.h"

#include <QAreaSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

namespace zeroplan {

namespace {

constexpr int kLegendLimit = 22; // legend entries (wedges + 2 lines); more: names in tool tips

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
    setEmptyMessage(tr("Add a measure to this scenario to see its wedge."));
}

void WedgeChart::setResults(const PlanResult &result, const ScenarioResult *scenario)
{
    if (!scenario || result.years.empty()) {
        resizeWedges(0);
        setEmptyMessage(tr("Add a scenario on the Scenarios page to see its wedges."));
        return;
    }
    if (scenario->measures.empty()) {
        resizeWedges(0);
        setEmptyMessage(tr("Add a measure to this scenario to see its wedge."));
        return;
    }
    const int first = result.years.front();
    resizeWedges(int(scenario->measures.size()));
    // Stacked from the net line up: the first measure the engine applied sits just under
    // BAU, the last one just above net, so the stack reads as the path from BAU to net.
    YearSeries bottom = scenario->net;
    double high = std::max(result.bauGross.maxCoeff(), scenario->net.maxCoeff());
    double low = std::min(0.0, scenario->net.minCoeff());
    for (qsizetype i = m_wedges.size() - 1; i >= 0; --i) {
        const MeasureResult &m = scenario->measures[size_t(i)];
        const YearSeries top = bottom + m.abatement();
        ChartSeries::setArea(m_wedges.at(i), ChartAxes::yearPoints(first, top),
                             ChartAxes::yearPoints(first, bottom));
        m_wedges.at(i)->setName(m.name.toHtmlEscaped());
        high = std::max(high, top.maxCoeff());
        low = std::min(low, top.minCoeff());
        bottom = top;
    }
    m_bau->replace(ChartAxes::yearPoints(first, result.bauGross));
    m_net->replace(ChartAxes::yearPoints(first, scenario->net));
    m_net->setName(tr("%1 — net emissions").arg(scenario->name.toHtmlEscaped()));
    ChartAxes::setupYearAxis(m_years, first, result.years.back());
    ChartAxes::setupValueAxis(m_tonnes, tr("Emissions (%1)").arg(NumberFormat::tonnesPerYearUnit()),
                              low, high);
    ChartAxes::placeLegend(chart(), m_wedges.size() + 2, kLegendLimit);
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
        const QColor colour = ChartPalette::series(int(m_wedges.size()));
        QAreaSeries *area = ChartSeries::addArea(chart(), m_years, m_tonnes, QString(), colour);
        area->setPen(Qt::NoPen); // outlines of dozens of wedges cost more to draw than fills
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
