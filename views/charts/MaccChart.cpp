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

constexpr int kLegendLimit = 16; // more entries than this: names in tool tips, not the legend

} // namespace

MaccChart::MaccChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(tr("Marginal abatement cost curve"));
    m_xAxis = new QValueAxis;
    m_yAxis = new QValueAxis;
    c->addAxis(m_xAxis, Qt::AlignBottom);
    c->addAxis(m_yAxis, Qt::AlignLeft);
    m_other = ChartSeries::addArea(c, m_xAxis, m_yAxis, QString(), ChartPalette::otherMeasures());
    m_other->setVisible(false);
    // Hovering the other measures' bars names the one under the cursor.
    ChartSeries::setHoverText(m_other, [this](const QPointF &point) { return barTip(point.x()); });
    setEmptyMessage(emptyText());
}

QString MaccChart::barTip(double x) const
{
    for (size_t i = 0; i < m_curve.size(); ++i) {
        if (x >= m_starts[i] && (x <= m_starts[i] + m_curve[i].width || i + 1 == m_curve.size()))
            return barTip(m_curve[i]);
    }
    return QString();
}

QString MaccChart::barTip(const MaccPoint &p) const
{
    return ChartSeries::tip(p.name.toHtmlEscaped(),
                            tr("%1 abated over the plan<br>%2", "tonnes<br>cost per tonne")
                                .arg(NumberFormat::tonnes(p.width),
                                     NumberFormat::moneyPerTonne(p.costPerTonne, m_currency)));
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
                          const std::vector<MaccPoint> &credits, const MeasureColours &colours)
{
    const std::vector<MaccPoint> bars = barsOf(points);
    const std::vector<MaccPoint> creditBars = barsOf(credits);
    m_currency = currency;
    m_curve = bars;
    m_starts.clear();
    if (bars.empty() && creditBars.empty()) {
        resizeBars(0);
        resizeCreditBars(0);
        m_barIds.clear();
        m_other->setVisible(false);
        setEmptyMessage(emptyText());
        return;
    }
    // Named: every bar when there are few, else the widest kNamedBars.
    std::vector<bool> named(bars.size(), true);
    if (bars.size() > size_t(kNamedBars) + 1) {
        std::vector<size_t> order(bars.size());
        for (size_t i = 0; i < bars.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return bars[a].width > bars[b].width; });
        std::fill(named.begin(), named.end(), false);
        for (int k = 0; k < kNamedBars; ++k)
            named[order[size_t(k)]] = true;
    }
    const int namedCount = int(std::count(named.begin(), named.end(), true));
    resizeBars(namedCount);
    resizeCreditBars(int(creditBars.size()));
    m_barIds.clear();
    double x = 0;
    double low = 0;
    double high = 0;
    QList<QPointF> otherUpper;
    int k = 0;
    for (size_t i = 0; i < bars.size(); ++i) {
        const MaccPoint &p = bars[i];
        m_starts.push_back(x);
        if (named[i]) {
            QAreaSeries *area = m_bars.at(k++);
            ChartSeries::setRectangle(area, x, x + p.width, 0, p.costPerTonne);
            area->setName(p.name.toHtmlEscaped());
            const QColor colour = colours.colour(p.measureId);
            if (area->brush().color() != colour) {
                area->setBrush(colour);
                area->setPen(ChartSeries::linePen(colour.lighter(130), 0.5));
            }
            ChartSeries::setHoverText(area, [this, p](const QPointF &) { return barTip(p); });
            m_barIds.append(p.measureId);
        }
        // The other measures' outline: their cost over their own width, zero elsewhere.
        const double y = named[i] ? 0.0 : p.costPerTonne;
        otherUpper.append({QPointF(x, y), QPointF(x + p.width, y)});
        x += p.width;
        low = std::min(low, p.costPerTonne);
        high = std::max(high, p.costPerTonne);
    }
    const int others = int(bars.size()) - namedCount;
    m_other->setVisible(others > 0);
    ChartSeries::setInLegend(chart(), m_other, others > 0);
    if (others > 0) {
        m_other->setName(tr("Other measures (%1)", "the bars of the smaller measures")
                             .arg(NumberFormat::number(others)));
        ChartSeries::setArea(m_other, otherUpper, {QPointF(0, 0), QPointF(x, 0)});
    } else {
        m_other->upperSeries()->clear();
        m_other->lowerSeries()->clear();
    }
    // Credits after the curve, never part of it: what is left once abatement runs out.
    for (size_t i = 0; i < creditBars.size(); ++i) {
        const MaccPoint &p = creditBars[i];
        QAreaSeries *area = m_creditBars.at(qsizetype(i));
        ChartSeries::setRectangle(area, x, x + p.width, 0, p.costPerTonne);
        // "Credits" first: a legend short of room elides the end of a name, never this.
        area->setName(tr("Credits: %1", "a carbon-credit purchase in the MACC's legend")
                          .arg(p.name.toHtmlEscaped()));
        const QString name = area->name();
        ChartSeries::setHoverText(area, [this, p, name](const QPointF &) {
            return ChartSeries::tip(name,
                                    tr("%1 bought<br>%2 per credit", "tonnes<br>price per credit")
                                        .arg(NumberFormat::tonnes(p.width),
                                             NumberFormat::money(p.costPerTonne, m_currency)));
        });
        x += p.width;
        low = std::min(low, p.costPerTonne);
        high = std::max(high, p.costPerTonne);
    }
    const QString xTitle =
        creditBars.empty() ? tr("Abated over the plan (%1)").arg(NumberFormat::tonnesUnit())
                           : tr("Abated, then credits bought (%1)").arg(NumberFormat::tonnesUnit());
    ChartAxes::setupValueAxis(m_xAxis, xTitle, 0, x);
    ChartAxes::setupValueAxis(m_yAxis, tr("Cost (%1/tCO₂e)").arg(currency), low, high);
    placeLegend(m_bars.size() + m_creditBars.size() + (others > 0 ? 1 : 0), kLegendLimit);
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
        m_bars.append(ChartSeries::addArea(chart(), m_xAxis, m_yAxis, QString(),
                                           ChartPalette::otherMeasures()));
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
