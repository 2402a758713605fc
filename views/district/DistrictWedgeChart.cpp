#include "DistrictWedgeChart.h"

#include "charts/ChartAxes.h"
#include "charts/ChartPalette.h"
#include "charts/ChartSeries.h"
#include "district/DistrictRollup.h"
#include "measures/MeasureCatalogue.h"
#include "present/NumberFormat.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <numeric>
#include <vector>

namespace zeroplan {

namespace {

constexpr int kLegendLimit = 16;

struct Band
{
    QString name;
    YearSeries cut;
    QColor colour;
};

// The bands to draw: every one with a cut when there are few, else the `named` largest by
// total cut and one grey band for the rest.
QList<Band> bandsOf(const DistrictRollup &rollup, DistrictWedgeChart::Split split, int named)
{
    QList<Band> all;
    if (split == DistrictWedgeChart::Split::ByKind) {
        for (int k = 0; k < DistrictRollup::kKinds; ++k) {
            const MeasureKind kind = kAllMeasureKinds[k];
            const YearSeries cut = rollup.wedgeOfKind(kind);
            if (cut.abs().sum() > 0)
                all.append(
                    {MeasureCatalogue::spec(kind).displayName(), cut, ChartPalette::series(k)});
        }
    } else {
        for (int i = 0; i < rollup.size(); ++i) {
            const YearSeries cut = rollup.wedgeOfCommunity(i);
            if (cut.abs().sum() > 0)
                all.append({rollup.community(i).name, cut, ChartPalette::series(i)});
        }
    }
    if (all.size() <= named + 1)
        return all;
    std::vector<int> order(size_t(all.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return all[a].cut.abs().sum() > all[b].cut.abs().sum(); });
    std::vector<bool> keep(size_t(all.size()), false);
    for (int k = 0; k < named; ++k)
        keep[size_t(order[size_t(k)])] = true;
    QList<Band> bands;
    YearSeries rest = YearSeries::Zero(all.first().cut.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (keep[size_t(i)])
            bands.append(all[i]);
        else
            rest += all[i].cut;
    }
    const int others = int(all.size()) - named;
    bands.append({split == DistrictWedgeChart::Split::ByKind
                      ? DistrictWedgeChart::tr("Other kinds (%1)").arg(others)
                      : DistrictWedgeChart::tr("Other communities (%1)").arg(others),
                  rest, ChartPalette::otherMeasures()});
    return bands;
}

} // namespace

DistrictWedgeChart::DistrictWedgeChart(QWidget *parent) : PlanChartView(parent)
{
    setObjectName(QStringLiteral("districtWedgeChart"));
    QChart *c = chart();
    c->setTitle(tr("What the district's measures cut"));
    m_years = new QValueAxis;
    m_tonnes = new QValueAxis;
    c->addAxis(m_years, Qt::AlignBottom);
    c->addAxis(m_tonnes, Qt::AlignLeft);
    m_bau = ChartSeries::addLine(c, m_years, m_tonnes, tr("Business as usual"),
                                 ChartSeries::linePen(ChartPalette::bau(), 2, Qt::DashLine));
    m_net = ChartSeries::addLine(c, m_years, m_tonnes, tr("Net emissions"),
                                 ChartSeries::linePen(ChartPalette::net(), 2.5));
    for (QLineSeries *line : {m_bau, m_net})
        ChartSeries::setHoverText(line, ChartSeries::lineYearTip(line, [](double tonnes) {
                                      return NumberFormat::tonnesPerYear(tonnes);
                                  }));
    setEmptyMessage(tr("No measure of the district's communities cuts anything yet."));
}

void DistrictWedgeChart::setRollup(const DistrictRollup &rollup, Split split)
{
    const QList<Band> bands =
        rollup.size() > 0 ? bandsOf(rollup, split, kNamedWedges) : QList<Band>();
    if (bands.isEmpty()) {
        resizeWedges(0);
        setEmptyMessage(tr("No measure of the district's communities cuts anything yet."));
        return;
    }
    const int first = rollup.baseYear();
    const YearSeries bau = rollup.bau();
    const YearSeries net = rollup.net();
    resizeWedges(int(bands.size()));
    YearSeries bottom = net;
    double high = std::max(bau.maxCoeff(), net.maxCoeff());
    double low = std::min(0.0, net.minCoeff());
    for (qsizetype i = m_wedges.size() - 1; i >= 0; --i) {
        const Band &band = bands.at(i);
        const YearSeries top = bottom + band.cut;
        QAreaSeries *area = m_wedges.at(i);
        ChartSeries::setArea(area, ChartAxes::yearPoints(first, top),
                             ChartAxes::yearPoints(first, bottom));
        area->setName(band.name.toHtmlEscaped());
        if (area->brush().color() != band.colour)
            area->setBrush(band.colour);
        high = std::max(high, top.maxCoeff());
        low = std::min(low, top.minCoeff());
        bottom = top;
    }
    m_bau->replace(ChartAxes::yearPoints(first, bau));
    m_net->replace(ChartAxes::yearPoints(first, net));
    ChartAxes::setupYearAxis(m_years, first, rollup.horizonEnd(), 12, true);
    ChartAxes::setupValueAxis(m_tonnes, tr("Emissions (%1)").arg(NumberFormat::tonnesPerYearUnit()),
                              low, high);
    placeLegend(m_wedges.size() + 2, kLegendLimit);
    setEmptyMessage(QString());
    noteDataChanged();
}

void DistrictWedgeChart::resizeWedges(int count)
{
    if (count == m_wedges.size())
        return;
    while (m_wedges.size() > count)
        ChartSeries::remove(chart(), m_wedges.takeLast());
    while (m_wedges.size() < count) {
        QAreaSeries *area = ChartSeries::addArea(chart(), m_years, m_tonnes, QString(),
                                                 ChartPalette::otherMeasures());
        area->setPen(Qt::NoPen);
        ChartSeries::setHoverText(area, ChartSeries::areaYearTip(area, [](double tonnes) {
                                      return NumberFormat::tonnesPerYear(tonnes);
                                  }));
        m_wedges.append(area);
    }
    for (QLineSeries *line : {m_bau, m_net}) {
        chart()->removeSeries(line);
        chart()->addSeries(line);
        line->attachAxis(m_years);
        line->attachAxis(m_tonnes);
    }
}

} // namespace zeroplan
