#include "FundingChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "present/NumberFormat.h"
#include "residents/FundingPlan.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace zeroplan {

namespace {

constexpr double kHalfBar = 0.35; // half a shortfall bar's width, in years

QColor shortfallColour()
{
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace

FundingChart::FundingChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(tr("Funding plan"));
    m_years = new QValueAxis;
    m_money = new QValueAxis;
    c->addAxis(m_years, Qt::AlignBottom);
    c->addAxis(m_money, Qt::AlignLeft);
    m_shortfall = ChartSeries::addArea(c, m_years, m_money, tr("Shortfall"), shortfallColour());
    m_shortfall->setPen(QPen(shortfallColour().darker(120), 1));
    m_spending = ChartSeries::addLine(c, m_years, m_money, tr("Spending that needs a source"),
                                      ChartSeries::linePen(ChartPalette::net(), 2.5));
    m_sources =
        ChartSeries::addLine(c, m_years, m_money, tr("Funding sources"),
                             ChartSeries::linePen(QColor(0x00, 0x9e, 0x73), 2, Qt::DashLine));
    legendPanel()->setPlacement(ChartLegend::Placement::Bottom);
    setEmptyMessage(tr("No party of the scenario needs a funding source, and the plan names "
                       "none."));
}

void FundingChart::setPlan(const FundingPlan &plan, int firstYear, const QString &currency)
{
    Eigen::Index years = 0;
    YearSeries spending;
    YearSeries sources;
    bool any = false;
    for (const FundingLine &line : plan.lines) {
        if (!line.checked)
            continue;
        if (!any) {
            years = line.spending.size();
            spending = sources = YearSeries::Zero(years);
            any = true;
        }
        spending += line.spending;
        sources += line.sources;
    }
    if (!any || years == 0) {
        setEmptyMessage(tr("No party of the scenario needs a funding source, and the plan names "
                           "none."));
        return;
    }
    const double scale = NumberFormat::writesYuan(currency) ? 1e-4 : 1.0;
    m_spending->replace(ChartAxes::yearPoints(firstYear, spending, scale));
    m_sources->replace(ChartAxes::yearPoints(firstYear, sources, scale));
    // The shortfall as bars: the upper line steps up and down around each shortfall year.
    QList<QPointF> upper;
    QList<QPointF> lower;
    for (Eigen::Index t = 0; t < years && t < plan.shortfall.size(); ++t) {
        const double x = firstYear + double(t);
        const double y = plan.shortfall[t] > 1e-6 ? plan.shortfall[t] * scale : 0.0;
        upper.append({QPointF(x - kHalfBar, 0), QPointF(x - kHalfBar, y), QPointF(x + kHalfBar, y),
                      QPointF(x + kHalfBar, 0)});
        lower.append({QPointF(x - kHalfBar, 0), QPointF(x + kHalfBar, 0)});
    }
    ChartSeries::setArea(m_shortfall, upper, lower);
    const auto money = [currency, scale](double v) {
        return NumberFormat::money(v / scale, currency);
    };
    ChartSeries::setHoverText(m_spending, ChartSeries::lineYearTip(m_spending, money));
    ChartSeries::setHoverText(m_sources, ChartSeries::lineYearTip(m_sources, money));
    const YearSeries gap = plan.shortfall;
    const QString name = m_shortfall->name();
    ChartSeries::setHoverText(m_shortfall, [gap, firstYear, currency, name](const QPointF &p) {
        const Eigen::Index t = Eigen::Index(std::lround(p.x())) - firstYear;
        if (t < 0 || t >= gap.size() || !(gap[t] > 1e-6))
            return QString();
        return ChartSeries::tip(name, tr("%1: %2", "year: amount")
                                          .arg(NumberFormat::year(firstYear + int(t)),
                                               NumberFormat::money(gap[t], currency)));
    });
    const double high = std::max({spending.maxCoeff(), sources.maxCoeff(), 0.0}) * scale;
    ChartAxes::setupYearAxis(m_years, firstYear, firstYear + int(years) - 1);
    ChartAxes::setupValueAxis(m_money, NumberFormat::moneyColumnUnit(currency), 0, high);
    setEmptyMessage(QString());
    noteDataChanged();
}

} // namespace zeroplan
