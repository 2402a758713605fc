#include "RampChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"

#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

namespace zeroplan {

RampChart::RampChart(QWidget *parent) : PlanChartView(parent)
{
    setMinimumSize(200, 140);
    QChart *c = chart();
    c->legend()->hide(); // one line: its title says what it is
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
    setEmptyMessage(tr("Set a start year and ramp to see the measure's adoption."));
}

void RampChart::setAdoption(int firstYear, const YearSeries &adoption)
{
    if (adoption.size() == 0) {
        m_line->clear();
        setEmptyMessage(tr("Set a start year and ramp to see the measure's adoption."));
        return;
    }
    ChartAxes::setupYearAxis(m_years, firstYear, firstYear + int(adoption.size()) - 1, 3);
    m_line->replace(ChartAxes::yearPoints(firstYear, adoption, 100.0));
    setEmptyMessage(QString());
    noteDataChanged();
}

} // namespace zeroplan
