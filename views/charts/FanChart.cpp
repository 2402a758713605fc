#include "FanChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "present/NumberFormat.h"

#include <QAreaSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace zeroplan {

FanChart::FanChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(tr("Range of net emissions"));
    m_years = new QValueAxis;
    m_tonnes = new QValueAxis;
    c->addAxis(m_years, Qt::AlignBottom);
    c->addAxis(m_tonnes, Qt::AlignLeft);
    QColor outer = ChartPalette::series(4);
    outer.setAlpha(60);
    QColor inner = ChartPalette::series(4);
    inner.setAlpha(140);
    m_outer = ChartSeries::addArea(c, m_years, m_tonnes, tr("90 % of outcomes (p5–p95)"), outer);
    m_inner = ChartSeries::addArea(c, m_years, m_tonnes, tr("Middle half (p25–p75)"), inner);
    m_outer->setPen(Qt::NoPen);
    m_inner->setPen(Qt::NoPen);
    m_median = ChartSeries::addLine(c, m_years, m_tonnes, tr("Median"),
                                    ChartSeries::linePen(ChartPalette::net(), 2.5));
    m_zero = ChartSeries::addLine(c, m_years, m_tonnes, tr("Net zero"),
                                  ChartSeries::linePen(ChartPalette::bau(), 1));
    m_target =
        ChartSeries::addLine(c, m_years, m_tonnes, QString(),
                             ChartSeries::linePen(ChartPalette::target(), 1.5, Qt::DashLine));
    ChartSeries::setInLegend(c, m_zero, false);
    // Hovering: the band's range or the median in the year under the cursor.
    ChartSeries::setHoverText(m_median, ChartSeries::lineYearTip(m_median, [](double tonnes) {
                                  return NumberFormat::tonnesPerYear(tonnes);
                              }));
    for (QAreaSeries *band : {m_outer, m_inner}) {
        ChartSeries::setHoverText(band, [band](const QPointF &point) {
            const QList<QPointF> upper = band->upperSeries()->points();
            const QList<QPointF> lower = band->lowerSeries()->points();
            if (upper.isEmpty() || lower.size() != upper.size())
                return QString();
            const qsizetype i = std::clamp<qsizetype>(
                qsizetype(std::lround(point.x() - upper.front().x())), 0, upper.size() - 1);
            return ChartSeries::tip(band->name(),
                                    tr("%1: %2 to %3", "year: low to high")
                                        .arg(NumberFormat::year(int(std::lround(upper.at(i).x()))),
                                             NumberFormat::tonnesPerYear(lower.at(i).y()),
                                             NumberFormat::tonnesPerYear(upper.at(i).y())));
        });
    }
    clear(tr("Run the analysis to see the range of outcomes."));
}

void FanChart::setUncertainty(int firstYear, const UncertaintyResult &result)
{
    const Percentiles &p = result.net;
    const Eigen::Index n = p.p50.size();
    if (result.samples <= 0 || n == 0 || p.p5.size() != n || p.p25.size() != n ||
        p.p75.size() != n || p.p95.size() != n) {
        clear(tr("Run the analysis to see the range of outcomes."));
        return;
    }
    const int lastYear = firstYear + int(n) - 1;
    ChartSeries::setArea(m_outer, ChartAxes::yearPoints(firstYear, p.p95),
                         ChartAxes::yearPoints(firstYear, p.p5));
    ChartSeries::setArea(m_inner, ChartAxes::yearPoints(firstYear, p.p75),
                         ChartAxes::yearPoints(firstYear, p.p25));
    m_median->replace(ChartAxes::yearPoints(firstYear, p.p50));
    m_zero->replace(QList<QPointF>{QPointF(firstYear, 0), QPointF(lastYear, 0)});
    ChartAxes::setupYearAxis(m_years, firstYear, lastYear);
    const double low = std::min(0.0, p.p5.minCoeff());
    const double high = std::max(0.0, p.p95.maxCoeff());
    ChartAxes::setupValueAxis(
        m_tonnes, tr("Net emissions (%1)").arg(NumberFormat::tonnesPerYearUnit()), low, high);
    const bool targetShown = result.targetYear >= firstYear && result.targetYear <= lastYear;
    m_target->setVisible(targetShown);
    if (targetShown) {
        m_target->setName(tr("Target year %1").arg(NumberFormat::year(result.targetYear)));
        ChartSeries::setVerticalMarker(m_target, result.targetYear, m_tonnes->min(),
                                       m_tonnes->max());
    }
    // Named at its top, inside the plot even when the target year is the horizon's end.
    setPlotLabel(m_target, targetShown ? m_target->name() : QString(),
                 QPointF(result.targetYear, m_tonnes->max()), ChartPalette::target(),
                 LabelPlace::BesideTop);
    ChartSeries::setInLegend(chart(), m_target, targetShown);
    chart()->setTitle(tr("Range of net emissions — %1 chance of net zero by %2")
                          .arg(NumberFormat::percent(result.pNeutralByTarget),
                               NumberFormat::year(result.targetYear)));
    setEmptyMessage(QString());
    noteDataChanged();
}

void FanChart::clear(const QString &emptyMessage)
{
    for (QLineSeries *line :
         {m_outer->upperSeries(), m_outer->lowerSeries(), m_inner->upperSeries(),
          m_inner->lowerSeries(), m_median, m_zero, m_target})
        line->clear();
    chart()->setTitle(tr("Range of net emissions"));
    setEmptyMessage(emptyMessage.isEmpty() ? tr("Run the analysis to see the range of outcomes.")
                                           : emptyMessage);
}

} // namespace zeroplan
