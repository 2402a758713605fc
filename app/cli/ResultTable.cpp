#include "ResultTable.h"

#include "TextTable.h"
#include "plan/Plan.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace zeroplan {
namespace {

constexpr size_t kSensitivityLines = 5; // the tornado's longest bars
constexpr double kLargestFixed = 1e15;  // larger numbers are written as 1.23457e+15

double at(const YearSeries &series, size_t index)
{
    return Eigen::Index(index) < series.size() ? series[Eigen::Index(index)] : std::nan("");
}

} // namespace

QString ResultTable::number(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    if (value == 0) // never "-0.0"
        value = 0;
    if (std::abs(value) >= kLargestFixed) // an absurd plan: keep the table readable
        return QLocale().toString(value, 'g', 6);
    return QLocale().toString(value, 'f', decimals);
}

QString ResultTable::format(const Plan &plan, const PlanResult &result,
                            const std::vector<ScenarioUncertainty> &uncertainty)
{
    QString out = heading(plan);
    if (result.scenarios.empty())
        return out + bauTable(result) + QLatin1Char('\n') +
               tr("The plan has no scenarios: add one to compare measures with BAU.") +
               QLatin1Char('\n');
    for (size_t i = 0; i < result.scenarios.size(); ++i) {
        const ScenarioResult &s = result.scenarios[i];
        const ScenarioUncertainty *u = i < uncertainty.size() ? &uncertainty[i] : nullptr;
        out += QLatin1Char('\n') + tr("Scenario: %1").arg(s.name) + QStringLiteral("\n\n");
        out += yearTable(result, s, u) + QLatin1Char('\n');
        out += measureTable(plan, s) + QLatin1Char('\n');
        out += outcomeLines(plan, s);
        if (u)
            out += QLatin1Char('\n') + uncertaintyLines(*u);
    }
    return out;
}

QString ResultTable::heading(const Plan &plan)
{
    const QString title = plan.title.isEmpty() ? plan.community.name : plan.title;
    return tr("%1 (%2–%3)").arg(title).arg(plan.community.baseYear).arg(plan.community.horizonEnd) +
           QLatin1Char('\n') +
           tr("Emissions in tCO2e per year; money in %1, present values at %2 % discount "
              "rate to %3.")
               .arg(plan.community.currency, number(plan.community.discountRate * 100.0))
               .arg(plan.community.baseYear) +
           QLatin1Char('\n');
}

QString ResultTable::bauTable(const PlanResult &result)
{
    TextTable table;
    table.addColumn(tr("Year"));
    table.addColumn(tr("BAU"));
    for (size_t t = 0; t < result.years.size(); ++t)
        table.addRow({QString::number(result.years[t]), number(at(result.bauGross, t))});
    return QLatin1Char('\n') + table.render();
}

QString ResultTable::yearTable(const PlanResult &result, const ScenarioResult &s,
                               const ScenarioUncertainty *u)
{
    TextTable table;
    for (const QString &h :
         {tr("Year"), tr("BAU"), tr("Gross"), tr("Sinks"), tr("Credits"), tr("Net")})
        table.addColumn(h);
    if (u) {
        for (const QString &h : {tr("Net P5"), tr("Net P50"), tr("Net P95")})
            table.addColumn(h);
    }
    for (size_t t = 0; t < result.years.size(); ++t) {
        QStringList row{QString::number(result.years[t]), number(at(result.bauGross, t)),
                        number(at(s.gross, t)),           number(at(s.sinks, t)),
                        number(at(s.credits, t)),         number(at(s.net, t))};
        if (u) {
            const Percentiles &p = u->monteCarlo.net;
            row << number(at(p.p5, t)) << number(at(p.p50, t)) << number(at(p.p95, t));
        }
        table.addRow(row);
    }
    return table.render();
}

QString ResultTable::measureTable(const Plan &plan, const ScenarioResult &s)
{
    if (s.measures.empty())
        return tr("No measures in this scenario.") + QLatin1Char('\n');
    const QString currency = plan.community.currency;
    TextTable table;
    table.addColumn(tr("Measure"), TextTable::Align::Left);
    table.addColumn(tr("Abated (tCO2e)"));
    table.addColumn(tr("NPV (%1)").arg(currency));
    table.addColumn(tr("Cost per tonne (%1/tCO2e)").arg(currency));
    for (const MeasureResult &m : s.measures) {
        table.addRow({m.name.isEmpty() ? m.measureId : m.name, number(m.abatedTotal),
                      number(m.npv, 0), m.costPerTonne ? number(*m.costPerTonne) : tr("—")});
    }
    table.addRow({tr("All measures"), QString(), number(-s.presentCost, 0),
                  s.costPerTonne ? number(*s.costPerTonne) : tr("—")});
    return table.render();
}

QString ResultTable::outcomeLines(const Plan &plan, const ScenarioResult &s)
{
    QString out =
        s.neutralityYear
            ? tr("Neutrality (net ≤ 0): reached in %1.").arg(*s.neutralityYear)
            : tr("Neutrality (net ≤ 0): not reached by %1.").arg(plan.community.horizonEnd);
    out += QLatin1Char('\n');
    for (const TargetOutcome &t : s.targets)
        out += QStringLiteral("  ") + targetLine(t) + QLatin1Char('\n');
    return out;
}

QString ResultTable::targetLine(const TargetOutcome &t)
{
    const QString verdict = t.met ? tr("met") : tr("missed");
    switch (t.kind) {
    case TargetOutcome::Kind::Neutrality:
        return tr("Target: neutrality by %1: %2 (net %3 tCO2e)")
            .arg(t.year)
            .arg(verdict, number(t.actual));
    case TargetOutcome::Kind::Interim:
        return tr("Target: gross at most %1 tCO2e in %2: %3 (gross %4 tCO2e)")
            .arg(number(t.limit))
            .arg(t.year)
            .arg(verdict, number(t.actual));
    case TargetOutcome::Kind::CarbonBudget:
        return tr("Target: carbon budget of %1 tCO2e to %2: %3 (cumulative net %4 tCO2e)")
            .arg(number(t.limit))
            .arg(t.year)
            .arg(verdict, number(t.actual));
    }
    return {};
}

QString ResultTable::uncertaintyLines(const ScenarioUncertainty &u)
{
    const UncertaintyResult &mc = u.monteCarlo;
    QString out = tr("Uncertainty (%L1 samples, seed %2): probability of neutrality by %3: %4 %")
                      .arg(mc.samples)
                      .arg(mc.seed)
                      .arg(mc.targetYear)
                      .arg(number(mc.pNeutralByTarget * 100.0)) +
                  QLatin1Char('\n');
    if (u.sensitivity.bars.empty())
        return out + tr("No measure in this scenario has an uncertain parameter.") +
               QLatin1Char('\n');
    out +=
        tr("Most influential parameters, on net emissions in %1:").arg(u.sensitivity.targetYear) +
        QLatin1Char('\n');
    TextTable table;
    table.addColumn(tr("Measure"), TextTable::Align::Left);
    table.addColumn(tr("Parameter"), TextTable::Align::Left);
    table.addColumn(tr("Low"));
    table.addColumn(tr("High"));
    table.addColumn(tr("Net at low"));
    table.addColumn(tr("Net at high"));
    const size_t shown = std::min(kSensitivityLines, u.sensitivity.bars.size());
    for (size_t i = 0; i < shown; ++i) {
        const SensitivityBar &b = u.sensitivity.bars[i];
        table.addRow({b.measureName, b.parameter, QLocale().toString(b.low),
                      QLocale().toString(b.high), number(b.netAtLow), number(b.netAtHigh)});
    }
    out += table.render();
    return out;
}

} // namespace zeroplan
