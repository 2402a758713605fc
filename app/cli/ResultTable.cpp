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
    // Measures that abate first, with their total; credits bought abate nothing, so they
    // follow apart, tonnes bought in brackets and a price per credit, with a total of their own.
    bool credits = false;
    for (const MeasureResult &m : s.measures) {
        credits = credits || m.isCredit();
        if (!m.isCredit())
            table.addRow({m.name.isEmpty() ? m.measureId : m.name, number(m.abatedTotal),
                          number(m.npv, 0), m.costPerTonne ? number(*m.costPerTonne) : tr("—")});
    }
    table.addRow({tr("All measures that abate"), number(abated(s)),
                  number(-s.presentAbatementCost, 0),
                  s.costPerTonne ? number(*s.costPerTonne) : tr("—")});
    if (!credits)
        return table.render();
    for (const MeasureResult &m : s.measures) {
        if (m.isCredit())
            table.addRow(
                {tr("%1 (credits, not abatement)").arg(m.name.isEmpty() ? m.measureId : m.name),
                 tr("(%1 bought)").arg(number(m.creditedTotal)), number(m.npv, 0),
                 m.costPerCredit ? tr("%1 per credit").arg(number(*m.costPerCredit)) : tr("—")});
    }
    table.addRow({tr("All credits bought"), tr("(%1 bought)").arg(number(s.creditedTotal)),
                  number(-s.presentCreditCost, 0),
                  s.costPerCredit ? tr("%1 per credit").arg(number(*s.costPerCredit)) : tr("—")});
    return table.render();
}

double ResultTable::abated(const ScenarioResult &s)
{
    double sum = 0;
    for (const MeasureResult &m : s.measures)
        sum += m.abatedTotal; // 0 for credits
    return sum;
}

QString ResultTable::neutralityLine(const Plan &plan, const ScenarioResult &s)
{
    const int end = plan.community.horizonEnd;
    if (s.baselineEmpty)
        return tr("Neutrality: no baseline yet (nothing is emitted in the base year); add "
                  "activity lines first.");
    if (s.neutralFrom && s.neutralityYear && *s.neutralityYear < *s.neutralFrom)
        return tr("Neutrality (net ≤ 0 to %1): from %2 (first reached in %3).")
            .arg(end)
            .arg(*s.neutralFrom)
            .arg(*s.neutralityYear);
    if (s.neutralFrom)
        return tr("Neutrality (net ≤ 0 to %1): from %2.").arg(end).arg(*s.neutralFrom);
    if (s.neutralityYear)
        return tr("Neutrality (net ≤ 0 to %1): reached in %2, not held; not reached by %1.")
            .arg(end)
            .arg(*s.neutralityYear);
    return tr("Neutrality (net ≤ 0 to %1): not reached by %1.").arg(end);
}

QString ResultTable::outcomeLines(const Plan &plan, const ScenarioResult &s)
{
    QString out = neutralityLine(plan, s);
    if (!plan.community.targets.neutralityYear)
        out += QLatin1Char(' ') + tr("The plan sets no neutrality target.");
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
        return tr("Target: neutrality by %1, held to the horizon end: %2 (net %3 tCO2e in %1)")
            .arg(t.year)
            .arg(verdict, number(t.actual));
    case TargetOutcome::Kind::Interim:
        return tr("Target: %1 % cut by %2, gross at most %3 tCO2e: %4 (gross %5 tCO2e, %6 % cut)")
            .arg(number(t.cut * 100.0, 0))
            .arg(t.year)
            .arg(number(t.limit), verdict, number(t.actual), number(t.reached * 100.0, 0));
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
