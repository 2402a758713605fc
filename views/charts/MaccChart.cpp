#include "MaccChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "present/NumberFormat.h"

#include <QAreaSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace zeroplan {

namespace {

constexpr int kLegendLimit = 12; // more bars than this: names in tool tips, not the legend

} // namespace

MaccChart::MaccChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(tr("Marginal abatement cost curve"));
    m_xAxis = new QValueAxis;
    m_yAxis = new QValueAxis;
    c->addAxis(m_xAxis, Qt::AlignBottom);
    c->addAxis(m_yAxis, Qt::AlignLeft);
    setEmptyMessage(emptyText());
}

QString MaccChart::emptyText()
{
    return tr("Add a measure that cuts emissions to this scenario to see what each tonne costs.");
}

namespace {

// The points worth a bar, cheapest first (sorted again so any caller's order draws a curve).
std::vector<MaccPoint> barsOf(const std::vector<MaccPoint> &points)
{
    std::vector<MaccPoint> bars;
    for (const MaccPoint &p : points) {
        if (p.width > 0)
            bars.push_back(p);
    }
    std::stable_sort(bars.begin(), bars.end(), [](const MaccPoint &a, const MaccPoint &b) {
        return a.costPerTonne < b.costPerTonne;
    });
    return bars;
}

} // namespace

void MaccChart::setPoints(const std::vector<MaccPoint> &points, const QString &currency,
                          const std::vector<MaccPoint> &credits)
{
    const std::vector<MaccPoint> bars = barsOf(points);
    const std::vector<MaccPoint> creditBars = barsOf(credits);
    if (bars.empty() && creditBars.empty()) {
        resizeBars(0);
        resizeCreditBars(0);
        setEmptyMessage(emptyText());
        return;
    }
    resizeBars(int(bars.size()));
    resizeCreditBars(int(creditBars.size()));
    double x = 0;
    double low = 0;
    double high = 0;
    for (size_t i = 0; i < bars.size(); ++i) {
        const MaccPoint &p = bars[i];
        QAreaSeries *area = m_bars.at(qsizetype(i));
        ChartSeries::setRectangle(area, x, x + p.width, 0, p.costPerTonne);
        area->setName(p.name.toHtmlEscaped());
        x += p.width;
        low = std::min(low, p.costPerTonne);
        high = std::max(high, p.costPerTonne);
    }
    // Credits after the curve, never part of it: what is left once abatement runs out.
    for (size_t i = 0; i < creditBars.size(); ++i) {
        const MaccPoint &p = creditBars[i];
        QAreaSeries *area = m_creditBars.at(qsizetype(i));
        ChartSeries::setRectangle(area, x, x + p.width, 0, p.costPerTonne);
        // "Credits" first: a legend short of room elides the end of a name, never this.
        area->setName(tr("Credits: %1", "a carbon-credit purchase in the MACC's legend")
                          .arg(p.name.toHtmlEscaped()));
        x += p.width;
        low = std::min(low, p.costPerTonne);
        high = std::max(high, p.costPerTonne);
    }
    const QString xTitle =
        creditBars.empty() ? tr("Abated over the plan (%1)").arg(NumberFormat::tonnesUnit())
                           : tr("Abated, then credits bought (%1)").arg(NumberFormat::tonnesUnit());
    ChartAxes::setupValueAxis(m_xAxis, xTitle, 0, x);
    ChartAxes::setupValueAxis(m_yAxis, tr("Cost (%1/tCO₂e)").arg(currency), low, high);
    ChartAxes::placeLegend(chart(), m_bars.size() + m_creditBars.size(), kLegendLimit);
    setEmptyMessage(QString());
    noteDataChanged();
}

void MaccChart::resizeBars(int count)
{
    // Credit bars stay after the measures' bars in the legend: take them off and back on.
    const int credits = int(m_creditBars.size());
    resizeCreditBars(0);
    while (m_bars.size() > count)
        ChartSeries::remove(chart(), m_bars.takeLast());
    while (m_bars.size() < count) {
        const QColor colour = ChartPalette::series(int(m_bars.size()));
        m_bars.append(ChartSeries::addArea(chart(), m_xAxis, m_yAxis, QString(), colour));
    }
    resizeCreditBars(credits);
}

void MaccChart::resizeCreditBars(int count)
{
    while (m_creditBars.size() > count)
        ChartSeries::remove(chart(), m_creditBars.takeLast());
    while (m_creditBars.size() < count) {
        const QColor colour = ChartPalette::credits();
        QAreaSeries *area = ChartSeries::addArea(chart(), m_xAxis, m_yAxis, QString(), colour);
        area->setBrush(QBrush(colour, Qt::BDiagPattern)); // hatched: not abatement
        area->setPen(QPen(colour.darker(130), 1.0));
        m_creditBars.append(area);
    }
}

} // namespace zeroplan
