#include "DistrictPathwayChart.h"

#include "charts/ChartAxes.h"
#include "charts/ChartPalette.h"
#include "charts/ChartSeries.h"
#include "district/DistrictRollup.h"
#include "present/NumberFormat.h"

#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace zeroplan {

DistrictPathwayChart::DistrictPathwayChart(QWidget *parent) : PlanChartView(parent)
{
    setObjectName(QStringLiteral("districtPathwayChart"));
    QChart *c = chart();
    c->setTitle(tr("The district's pathway"));
    m_years = new QValueAxis;
    m_tonnes = new QValueAxis;
    c->addAxis(m_years, Qt::AlignBottom);
    c->addAxis(m_tonnes, Qt::AlignLeft);
    m_zero = ChartSeries::addLine(c, m_years, m_tonnes, QString(),
                                  ChartSeries::linePen(QColor(0x99, 0x99, 0x99), 1));
    ChartSeries::setInLegend(c, m_zero, false);
    m_bau = ChartSeries::addLine(c, m_years, m_tonnes, tr("Business as usual"),
                                 ChartSeries::linePen(ChartPalette::bau(), 2, Qt::DashLine));
    m_gross = ChartSeries::addLine(c, m_years, m_tonnes, tr("Gross emissions"),
                                   ChartSeries::linePen(ChartPalette::net(), 1.5, Qt::DotLine));
    m_net = ChartSeries::addLine(c, m_years, m_tonnes, tr("Net emissions"),
                                 ChartSeries::linePen(ChartPalette::net(), 2.5));
    for (QLineSeries *line : {m_bau, m_gross, m_net})
        ChartSeries::setHoverText(line, ChartSeries::lineYearTip(line, [](double tonnes) {
                                      return NumberFormat::tonnesPerYear(tonnes);
                                  }));
    setEmptyMessage(tr("No community of this district could be read."));
}

void DistrictPathwayChart::setRollup(const DistrictRollup &rollup)
{
    if (rollup.size() == 0) {
        setEmptyMessage(tr("No community of this district could be read."));
        return;
    }
    const int first = rollup.baseYear();
    const int last = rollup.horizonEnd();
    const YearSeries bau = rollup.bau();
    const YearSeries gross = rollup.gross();
    const YearSeries net = rollup.net();
    m_bau->replace(ChartAxes::yearPoints(first, bau));
    m_gross->replace(ChartAxes::yearPoints(first, gross));
    m_net->replace(ChartAxes::yearPoints(first, net));
    m_zero->replace({QPointF(first, 0), QPointF(last, 0)});
    const double high = std::max({bau.maxCoeff(), gross.maxCoeff(), net.maxCoeff(), 0.0});
    const double low = std::min(0.0, net.minCoeff());
    ChartAxes::setupYearAxis(m_years, first, last, 12, true);
    ChartAxes::setupValueAxis(m_tonnes, tr("Emissions (%1)").arg(NumberFormat::tonnesPerYearUnit()),
                              low, high);
    placeLegend(3);
    setEmptyMessage(QString());
    noteDataChanged();
}

} // namespace zeroplan
