#include "StackedWedgeChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "present/NumberFormat.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace zeroplan {

StackedWedgeChart::StackedWedgeChart(const QString &title, const QString &netName, QWidget *parent)
    : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(title);
    m_years = new QValueAxis;
    m_tonnes = new QValueAxis;
    c->addAxis(m_years, Qt::AlignBottom);
    c->addAxis(m_tonnes, Qt::AlignLeft);
    m_bau = ChartSeries::addLine(c, m_years, m_tonnes, tr("Business as usual"),
                                 ChartSeries::linePen(ChartPalette::bau(), 2, Qt::DashLine));
    m_net = ChartSeries::addLine(c, m_years, m_tonnes, netName,
                                 ChartSeries::linePen(ChartPalette::net(), 2.5));
    for (QLineSeries *line : {m_bau, m_net})
        ChartSeries::setHoverText(line, ChartSeries::lineYearTip(line, [](double tonnes) {
                                      return NumberFormat::tonnesPerYear(tonnes);
                                  }));
}

void StackedWedgeChart::drawBands(int firstYear, int lastYear, const YearSeries &bau,
                                  const YearSeries &net, const QList<WedgeBand> &bands,
                                  int legendLimit, bool labelLast)
{
    resizeWedges(int(bands.size()));
    // Stacked from the net line up: the first band sits just under BAU, the last one just
    // above net.
    YearSeries bottom = net;
    double high = std::max(bau.maxCoeff(), net.maxCoeff());
    double low = std::min(0.0, net.minCoeff());
    for (qsizetype i = m_wedges.size() - 1; i >= 0; --i) {
        const WedgeBand &band = bands.at(i);
        const YearSeries top = bottom + band.cut;
        QAreaSeries *area = m_wedges.at(i);
        ChartSeries::setArea(area, ChartAxes::yearPoints(firstYear, top),
                             ChartAxes::yearPoints(firstYear, bottom));
        area->setName(band.name.toHtmlEscaped());
        if (area->brush().color() != band.colour)
            area->setBrush(band.colour);
        high = std::max(high, top.maxCoeff());
        low = std::min(low, top.minCoeff());
        bottom = top;
    }
    m_bau->replace(ChartAxes::yearPoints(firstYear, bau));
    m_net->replace(ChartAxes::yearPoints(firstYear, net));
    ChartAxes::setupYearAxis(m_years, firstYear, lastYear, 12, labelLast);
    ChartAxes::setupValueAxis(m_tonnes, tr("Emissions (%1)").arg(NumberFormat::tonnesPerYearUnit()),
                              low, high);
    placeLegend(m_wedges.size() + 2, legendLimit);
    setEmptyMessage(QString());
    noteDataChanged();
}

void StackedWedgeChart::clearBands(const QString &message)
{
    resizeWedges(0);
    setEmptyMessage(message);
}

void StackedWedgeChart::resizeWedges(int count)
{
    if (count == m_wedges.size())
        return;
    while (m_wedges.size() > count)
        ChartSeries::remove(chart(), m_wedges.takeLast());
    while (m_wedges.size() < count) {
        QAreaSeries *area = ChartSeries::addArea(chart(), m_years, m_tonnes, QString(),
                                                 ChartPalette::otherMeasures());
        area->setPen(Qt::NoPen); // outlines of dozens of wedges cost more to draw than fills
        // Hovering a wedge: its name, the year and what it cuts then.
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
