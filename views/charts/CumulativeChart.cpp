#include "CumulativeChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "present/NumberFormat.h"

#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

namespace zeroplan {

namespace {

YearSeries runningSum(const YearSeries &values)
{
    YearSeries sum(values.size());
    double total = 0;
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        total += values[i];
        sum[i] = total;
    }
    return sum;
}

} // namespace

CumulativeChart::CumulativeChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(tr("Cumulative emissions against the carbon budget"));
    m_years = new QValueAxis;
    m_tonnes = new QValueAxis;
    c->addAxis(m_years, Qt::AlignBottom);
    c->addAxis(m_tonnes, Qt::AlignLeft);
    m_bau = ChartSeries::addLine(c, m_years, m_tonnes, tr("Business as usual"),
                                 ChartSeries::linePen(ChartPalette::bau(), 2, Qt::DashLine));
    m_budget =
        ChartSeries::addLine(c, m_years, m_tonnes, QString(),
                             ChartSeries::linePen(ChartPalette::target(), 2, Qt::DashDotLine));
    m_cumulative = ChartSeries::addLine(c, m_years, m_tonnes, QString(),
                                        ChartSeries::linePen(ChartPalette::net(), 3));
    // Hovering a line: its name, the year and the sum up to it.
    for (QLineSeries *line : {m_bau, m_budget, m_cumulative})
        ChartSeries::setHoverText(line, ChartSeries::lineYearTip(line, [](double tonnes) {
                                      return NumberFormat::tonnes(tonnes);
                                  }));
    setEmptyMessage(tr("Add a scenario on the Scenarios page to see its cumulative emissions."));
}

void CumulativeChart::setResults(const PlanResult &result, const ScenarioResult *scenario,
                                 std::optional<double> carbonBudget)
{
    if (!scenario || result.years.empty() || scenario->cumulativeNet.size() == 0) {
        setEmptyMessage(tr("Add a scenario on the Scenarios page to see its cumulative "
                           "emissions."));
        return;
    }
    const int first = result.years.front();
    const int last = result.years.back();
    const YearSeries bau = runningSum(result.bauGross);
    m_bau->replace(ChartAxes::yearPoints(first, bau));
    m_cumulative->replace(ChartAxes::yearPoints(first, scenario->cumulativeNet));
    m_cumulative->setName(tr("%1 — cumulative net").arg(scenario->name.toHtmlEscaped()));
    double low = std::min(0.0, scenario->cumulativeNet.minCoeff());
    double high = std::max(bau.maxCoeff(), scenario->cumulativeNet.maxCoeff());
    // Without a budget the sums still tell how much the plan emits on its way; the title
    // says where a budget is set.
    m_budget->setVisible(bool(carbonBudget));
    ChartSeries::setInLegend(chart(), m_budget, bool(carbonBudget));
    if (carbonBudget) {
        chart()->setTitle(tr("Cumulative emissions against the carbon budget"));
        const double middle = first + (last - first) / 2.0;
        m_budget->replace(QList<QPointF>{QPointF(first, *carbonBudget),
                                         QPointF(middle, *carbonBudget),
                                         QPointF(last, *carbonBudget)});
        m_budget->setName(tr("Carbon budget: %1").arg(NumberFormat::tonnes(*carbonBudget)));
        low = std::min(low, *carbonBudget);
        high = std::max(high, *carbonBudget);
    } else {
        chart()->setTitle(tr("Cumulative emissions (no carbon budget set on the Community page)"));
        m_budget->clear();
    }
    ChartAxes::setupYearAxis(m_years, first, last);
    ChartAxes::setupValueAxis(
        m_tonnes, tr("Cumulative emissions (%1)").arg(NumberFormat::tonnesUnit()), low, high);
    // The budget is also written on its line, in the middle where no axis cuts it short.
    if (carbonBudget)
        setPlotLabel(m_budget, m_budget->name(),
                     QPointF(first + (last - first) / 2.0, *carbonBudget), ChartPalette::target());
    else
        setPlotLabel(m_budget, QString(), QPointF(), QColor());
    setEmptyMessage(QString());
    noteDataChanged();
}

} // namespace zeroplan
