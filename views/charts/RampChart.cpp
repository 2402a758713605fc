#include "RampChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "present/NumberFormat.h"

#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

namespace zeroplan {

RampChart::RampChart(QWidget *parent) : PlanChartView(parent)
{
    setMinimumSize(200, 140);
    QChart *c = chart();
    legendPanel()->setPlacement(ChartLegend::Placement::Hidden); // one line: the title says it
    c->setTitle(tr("Adoption over the years"));
    m_line = new QLineSeries;
    m_line->setName(tr("Adoption"));
    QPen pen(ChartPalette::series(4));
    pen.setWidthF(2);
    m_line->setPen(pen);
    c->addSeries(m_line);
    m_years = new QValueAxis;
    m_share = new QValueAxis;
    c->addAxis(m_years, Qt::AlignBottom);
    c->addAxis(m_share, Qt::AlignLeft);
    m_line->attachAxis(m_years);
    m_line->attachAxis(m_share);
    // Adoption is a share: always 0–100 %, so ramps of different measures compare at a glance.
    m_share->setRange(0, 100);
    m_share->setTickCount(5);
    m_share->setMinorTickCount(0);
    m_share->setLabelFormat(QStringLiteral("%d"));
    m_share->setTitleText(tr("Adoption (%)"));
    ChartSeries::setHoverText(m_line, ChartSeries::lineYearTip(m_line, [](double percent) {
                                  return NumberFormat::percent(percent / 100.0);
                              }));
    setEmptyMessage(tr("Set a start year and ramp to see the measure's adoption."));
}

void RampChart::setColour(const QColor &colour)
{
    QPen pen = m_line->pen();
    pen.setColor(colour);
    m_line->setPen(pen);
}

void RampChart::setAdoption(int firstYear, const YearSeries &adoption)
{
    if (adoption.size() == 0) {
        m_line->clear();
        setEmptyMessage(tr("Set a start year and ramp to see the measure's adoption."));
        return;
    }
    // The last year is the horizon's end: always labelled, whatever else fits.
    ChartAxes::setupYearAxis(m_years, firstYear, firstYear + int(adoption.size()) - 1, 3, true);
    m_line->replace(ChartAxes::yearPoints(firstYear, adoption, 100.0));
    setEmptyMessage(QString());
    noteDataChanged();
}

} // namespace zeroplan
