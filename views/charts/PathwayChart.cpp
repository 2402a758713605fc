#include "PathwayChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "plan/DefaultNames.h"
#include "present/NumberFormat.h"

#include <QAreaSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace zeroplan {

namespace {

QString perYear(double tonnes)
{
    return NumberFormat::tonnesPerYear(tonnes);
}

void showSeries(QChart *chart, QAbstractSeries *series, bool shown)
{
    if (series->isVisible() == shown)
        return; // unchanged: no relayout of the legend on every slider step
    series->setVisible(shown);
    ChartSeries::setInLegend(chart, series, shown);
}

} // namespace

PathwayChart::PathwayChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(tr("Emissions pathway"));
    m_years = new QValueAxis;
    m_tonnes = new QValueAxis;
    c->addAxis(m_years, Qt::AlignBottom);
    c->addAxis(m_tonnes, Qt::AlignLeft);
    // Below zero: what sinks and credits take off the gross, stacked, so the gap between the
    // gross line and the net line is visible as its two parts.
    QColor sinks = ChartPalette::sinks();
    sinks.setAlpha(150);
    QColor credits = ChartPalette::credits();
    credits.setAlpha(150);
    m_sinks = ChartSeries::addArea(c, m_years, m_tonnes, QString(), sinks);
    m_credits = ChartSeries::addArea(c, m_years, m_tonnes, QString(), credits);
    m_zero = ChartSeries::addLine(c, m_years, m_tonnes, QString(),
                                  ChartSeries::linePen(Qt::darkGray, 0.8));
    ChartSeries::setInLegend(c, m_zero, false);
    m_bau = ChartSeries::addLine(c, m_years, m_tonnes, tr("Business as usual"),
                                 ChartSeries::linePen(ChartPalette::bau(), 2, Qt::DashLine));
    m_target =
        ChartSeries::addLine(c, m_years, m_tonnes, tr("Target path"),
                             ChartSeries::linePen(ChartPalette::target(), 2, Qt::DashDotLine));
    m_target->setPointsVisible(true);
    m_gross = ChartSeries::addLine(c, m_years, m_tonnes, QString(),
                                   ChartSeries::linePen(ChartPalette::net(), 1.2, Qt::DotLine));
    m_neutral =
        ChartSeries::addLine(c, m_years, m_tonnes, QString(),
                             ChartSeries::linePen(ChartPalette::sinks(), 1.5, Qt::DashLine));
    // Hovering a line or band: its name, the year and its value then.
    for (QLineSeries *line : {m_bau, m_target, m_gross})
        ChartSeries::setHoverText(line, ChartSeries::lineYearTip(line, perYear));
    for (QAreaSeries *area : {m_sinks, m_credits})
        ChartSeries::setHoverText(area, ChartSeries::areaYearTip(area, perYear));
    setEmptyMessage(tr("Add activity lines on the Baseline page to see the pathway."));
}

void PathwayChart::setResults(const Plan &plan, const PlanResult &result, int currentScenario)
{
    if (plan.activities.isEmpty() || result.years.empty() || result.bauGross.size() == 0) {
        setEmptyMessage(tr("Add activity lines on the Baseline page to see the pathway."));
        return;
    }
    const int first = result.years.front();
    const int last = result.years.back();
    m_bau->replace(ChartAxes::yearPoints(first, result.bauGross));
    m_zero->replace(QList<QPointF>{QPointF(first, 0), QPointF(last, 0)});
    updateNets(plan, result, currentScenario);
    const ScenarioResult *current =
        currentScenario >= 0 && size_t(currentScenario) < result.scenarios.size()
            ? &result.scenarios[size_t(currentScenario)]
            : nullptr;
    updateCurrent(first, current);
    updateTarget(plan, result);
    updateAxes(result, current);
    updateNeutrality(current);
    setEmptyMessage(QString());
    noteDataChanged();
}

void PathwayChart::updateNets(const Plan &plan, const PlanResult &result, int currentScenario)
{
    const qsizetype count = qsizetype(result.scenarios.size());
    const bool restyle = count != m_nets.size() || currentScenario != m_current;
    while (m_nets.size() > count)
        ChartSeries::remove(chart(), m_nets.takeLast());
    while (m_nets.size() < count) {
        QLineSeries *line = ChartSeries::addLine(chart(), m_years, m_tonnes, QString(), QPen());
        ChartSeries::setHoverText(line, ChartSeries::lineYearTip(line, perYear));
        m_nets.append(line);
    }
    m_current = currentScenario;
    const int first = result.years.front();
    for (qsizetype i = 0; i < count; ++i) {
        const ScenarioResult &s = result.scenarios[size_t(i)];
        QLineSeries *line = m_nets.at(i);
        // The legend names scenarios as typed on the Scenarios page.
        line->setName(
            DefaultNames::scenario(i < plan.scenarios.size() ? plan.scenarios.at(i).name : s.name)
                .toHtmlEscaped());
        line->replace(ChartAxes::yearPoints(first, s.net));
        if (restyle) {
            line->setPen(i == currentScenario
                             ? ChartSeries::linePen(ChartPalette::net(), 3.5)
                             : ChartSeries::linePen(ChartPalette::series(int(i)), 1.5));
        }
    }
}

void PathwayChart::updateCurrent(int first, const ScenarioResult *current)
{
    QChart *c = chart();
    if (!current) {
        showSeries(c, m_gross, false);
        showSeries(c, m_sinks, false);
        showSeries(c, m_credits, false);
        return;
    }
    m_gross->setName(tr("%1 — gross emissions").arg(currentName(current)));
    m_sinks->setName(tr("%1 — taken up by sinks").arg(currentName(current)));
    m_credits->setName(tr("%1 — credits bought").arg(currentName(current)));
    m_gross->replace(ChartAxes::yearPoints(first, current->gross));
    const YearSeries zero = YearSeries::Zero(current->sinks.size());
    const YearSeries belowSinks = -current->sinks;
    ChartSeries::setArea(m_sinks, ChartAxes::yearPoints(first, zero),
                         ChartAxes::yearPoints(first, belowSinks));
    ChartSeries::setArea(m_credits, ChartAxes::yearPoints(first, belowSinks),
                         ChartAxes::yearPoints(first, belowSinks - current->credits));
    // Gross is only worth a line of its own when sinks or credits set net apart from it.
    const bool hasSinks = current->sinks.size() > 0 && current->sinks.abs().maxCoeff() > 0;
    const bool hasCredits = current->credits.size() > 0 && current->credits.abs().maxCoeff() > 0;
    showSeries(c, m_gross, hasSinks || hasCredits);
    showSeries(c, m_sinks, hasSinks);
    showSeries(c, m_credits, hasCredits);
}

QString PathwayChart::currentName(const ScenarioResult *current) const
{
    if (m_current >= 0 && m_current < m_nets.size())
        return m_nets.at(m_current)->name();
    return current->name.toHtmlEscaped();
}

QList<QPointF> PathwayChart::targetPath(const Plan &plan, const PlanResult &result)
{
    const int first = result.years.front();
    const int last = result.years.back();
    const double baseGross = result.bauGross[0];
    QList<QPointF> points;
    for (const InterimTarget &t : plan.community.targets.interim) {
        if (t.year > first && t.year <= last)
            points.append(QPointF(t.year, baseGross * (1 - t.cut)));
    }
    const std::optional<int> neutral = plan.community.targets.neutralityYear;
    if (neutral && *neutral > first && *neutral <= last)
        points.append(QPointF(*neutral, 0));
    std::stable_sort(points.begin(), points.end(),
                     [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    if (!points.isEmpty())
        points.prepend(QPointF(first, baseGross)); // from where the community stands today
    return points;
}

void PathwayChart::updateTarget(const Plan &plan, const PlanResult &result)
{
    const QList<QPointF> path = targetPath(plan, result);
    m_target->replace(path);
    showSeries(chart(), m_target, !path.isEmpty());
    // Labelled on the chart too, at its last point, not only in the legend; kept inside the
    // plot when that point is at its edge (setPlotLabel).
    setPlotLabel(m_target, path.isEmpty() ? QString() : tr("Target path"),
                 path.isEmpty() ? QPointF() : path.constLast(), ChartPalette::target());
}

void PathwayChart::updateAxes(const PlanResult &result, const ScenarioResult *current)
{
    double high = result.bauGross.maxCoeff();
    double low = 0;
    for (const ScenarioResult &s : result.scenarios) {
        if (s.net.size() == 0)
            continue;
        high = std::max({high, s.net.maxCoeff(), s.gross.maxCoeff()});
        low = std::min(low, s.net.minCoeff());
    }
    if (current && current->sinks.size() > 0)
        low = std::min(low, (-current->sinks - current->credits).minCoeff());
    for (const QPointF &p : m_target->points())
        high = std::max(high, p.y());
    ChartAxes::setupYearAxis(m_years, result.years.front(), result.years.back());
    ChartAxes::setupValueAxis(m_tonnes, tr("Emissions (%1)").arg(NumberFormat::tonnesPerYearUnit()),
                              low, high);
}

void PathwayChart::updateNeutrality(const ScenarioResult *current)
{
    // The year neutrality holds from, as the verdict and key figures say; a dip below zero
    // that does not last gets no marker.
    const bool reached = current && current->neutralFrom;
    showSeries(chart(), m_neutral, reached);
    if (!reached) {
        m_neutral->clear();
        return;
    }
    m_neutral->setName(tr("Neutral from %1").arg(NumberFormat::year(*current->neutralFrom)));
    ChartSeries::setVerticalMarker(m_neutral, *current->neutralFrom, m_tonnes->min(),
                                   m_tonnes->max());
    setPlotLabel(m_neutral, m_neutral->name(), QPointF(*current->neutralFrom, m_tonnes->max()),
                 ChartPalette::sinks(), LabelPlace::BesideTop);
}

} // namespace zeroplan
