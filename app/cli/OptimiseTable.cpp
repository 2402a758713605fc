#include "OptimiseTable.h"

#include "TextTable.h"
#include "measures/MeasureCatalogue.h"
#include "optimise/ContinuousCredits.h"
#include "optimise/OptimiseLimits.h"
#include "plan/Plan.h"

#include <QLocale>
#include <cmath>

namespace zeroplan {

namespace {

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

// A level that is no whole percent (credits bought as any quantity, a level typed as 12.5) is
// said to a tenth of a percent.
bool wholePercent(double level)
{
    return std::abs(level * 100 - std::round(level * 100)) < 1e-9;
}

} // namespace

QString OptimiseTable::choice(const Plan &plan, const Portfolio &portfolio)
{
    TextTable table;
    table.addColumn(tr("Measure"), TextTable::Align::Left);
    table.addColumn(tr("Level"));
    for (const ScenarioMeasure &m : portfolio.levels) {
        const Measure *measure = plan.findMeasure(m.measure);
        table.addRow({measure ? MeasureCatalogue::displayName(*measure) : m.measure,
                      number(m.level * 100, wholePercent(m.level) ? 0 : 1) + QStringLiteral(" %")});
    }
    if (portfolio.levels.isEmpty())
        table.addRow({tr("(no measure)"), QString()});
    return table.render();
}

QString OptimiseTable::limits(const Plan &plan, const OptimiseRequest &request)
{
    QStringList out;
    if (request.interimTargets) {
        QStringList cuts;
        for (const InterimTarget &t : plan.community.targets.interim)
            cuts.append(tr("%1 % by %2").arg(number(t.cut * 100)).arg(t.year));
        out.append(tr("Interim targets (gross): %1.").arg(cuts.join(QStringLiteral(", "))));
    }
    if (request.carbonBudget)
        out.append(tr("Carbon budget: %1 tCO2e net over %2–%3.")
                       .arg(number(*request.carbonBudget))
                       .arg(plan.community.baseYear)
                       .arg(plan.community.horizonEnd));
    if (request.budgetPerYear)
        out.append(tr("Budget per year: %1 %2 of investment.")
                       .arg(number(*request.budgetPerYear), plan.community.currency));
    for (const OptimisePayerBudget &b : request.payerBudgets)
        out.append(tr("Budget of %1: %2 %3 of investment.")
                       .arg(partyName(b.payer), number(b.amount), plan.community.currency));
    return out.isEmpty() ? QString() : out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString OptimiseTable::feasibleWithout(const QStringList &ids)
{
    const QString text = OptimiseLimits::feasibleWithoutText(ids);
    return text.isEmpty() ? text : text + QLatin1Char('\n');
}

QString OptimiseTable::robustness(const Plan &plan, const RobustResult &robust)
{
    QString out = QLatin1Char('\n') +
                  tr("Robustness over %n Monte Carlo draw(s) (seed %1): the target is met in "
                     "%2 % of them.",
                     nullptr, robust.draws)
                      .arg(robust.seed)
                      .arg(number(robust.feasibleShare() * 100)) +
                  QLatin1Char('\n');
    if (robust.failed > 0)
        out += tr("The solver stopped without an answer in %n draw(s).", nullptr, robust.failed) +
               QLatin1Char('\n');
    TextTable table;
    table.addColumn(tr("Measure"), TextTable::Align::Left);
    table.addColumn(tr("Chosen"));
    table.addColumn(tr("Mean level"));
    for (const RobustMeasure &m : robust.measures) {
        const Measure *measure = plan.findMeasure(m.measure);
        table.addRow({measure ? MeasureCatalogue::displayName(*measure) : m.measure,
                      number(robust.chosenShare(m) * 100) + QStringLiteral(" %"),
                      number(m.meanLevel * 100) + QStringLiteral(" %")});
    }
    return out + table.render();
}

QString OptimiseTable::format(const Plan &plan, const OptimiseRequest &request,
                              const OptimiseResult &result, const RobustResult *robust)
{
    const QString currency = plan.community.currency;
    QString out = request.target == OptimiseRequest::Target::Cut
                      ? tr("Target: net emissions in %1 at most %2 tCO2e (%3 % below base-year "
                           "gross).")
                            .arg(request.targetYear)
                            .arg(number(result.limit))
                            .arg(number(request.cut * 100))
                      : tr("Target: net zero in %1.").arg(request.targetYear);
    if (request.budget)
        out += QLatin1Char(' ') +
               tr("Budget: %1 %2 of investment.").arg(number(*request.budget), currency);
    out += QLatin1Char('\n');
    if (result.outcome == OptimiseResult::Outcome::Cancelled)
        return out + tr("Cancelled before an answer was found.") + QLatin1Char('\n');
    out += limits(plan, request);
    out += result.exact()
               ? tr("Exact: every combination of levels of %n interaction group(s) run by the "
                    "engine.",
                    nullptr, result.groups)
               : tr("%1 of %n interaction group(s) searched by the greedy chain (too many "
                    "combinations); the rest exactly.",
                    nullptr, result.groups)
                     .arg(result.heuristicGroups);
    if (const QString credits = ContinuousCreditsText::of(plan, result); !credits.isEmpty())
        out += QLatin1Char('\n') + credits;
    out += QStringLiteral("\n\n");

    if (result.outcome == OptimiseResult::Outcome::Infeasible) {
        out += tr("No choice of levels meets the target.") + QLatin1Char('\n');
        out += feasibleWithout(result.feasibleWithout);
        if (result.smallestBudgetPerYear)
            out += tr("It is met with a budget per year of %1 %2 or more.")
                       .arg(number(roundedUp(*result.smallestBudgetPerYear)), currency) +
                   QLatin1Char('\n');
        for (const OptimisePayerBudget &b : result.smallestPayerBudgets)
            out += tr("It is met if %1 may invest %2 %3 or more.")
                       .arg(partyName(b.payer), number(roundedUp(b.amount)), currency) +
                   QLatin1Char('\n');
        if (result.smallestBudget)
            out += tr("It is met with an investment of %1 %2 or more.")
                       .arg(number(roundedUp(*result.smallestBudget)), currency) +
                   QLatin1Char('\n');
        else if (result.earliestYear)
            out += tr("The earliest year it can be met, at any budget, is %1.")
                       .arg(*result.earliestYear) +
                   QLatin1Char('\n');
        else if (!result.smallestBudgetPerYear && result.smallestPayerBudgets.isEmpty())
            out += (limits(plan, request).isEmpty()
                        ? tr("It cannot be met in any year of the plan with these measures.")
                        : tr("It cannot be met in any year of the plan with these measures "
                             "within these limits.")) +
                   QLatin1Char('\n');
        return robust ? out + robustness(plan, *robust) : out;
    }

    out += tr("Least-cost choice:") + QLatin1Char('\n') + choice(plan, result.best);
    out += tr("Present cost: %1 %2; investment: %3 %2; net in %4: %5 tCO2e.")
               .arg(number(result.best.presentCost), currency, number(result.best.capex))
               .arg(request.targetYear)
               .arg(number(result.best.targetNet)) +
           QLatin1Char('\n');
    if (result.costPerTonne)
        out += tr("Cost per tonne abated: %1 %2.").arg(number(*result.costPerTonne), currency) +
               QLatin1Char('\n');
    out += (result.neutralityYear ? tr("Net zero from %1.").arg(*result.neutralityYear)
                                  : tr("Not net zero within the plan's years.")) +
           QLatin1Char('\n');
    if (result.marginalCostOfTarget)
        out += tr("1 % of base-year gross more off in %1 would cost %2 %3 more.")
                   .arg(request.targetYear)
                   .arg(number(*result.marginalCostOfTarget), currency) +
               QLatin1Char('\n');
    if (result.marginalValueOfBudget && request.budget)
        out += tr("A budget 1 % larger (%1 %2) would lower the present cost by %3 %2.")
                   .arg(number(*request.budget * 1.01), currency,
                        number(*result.marginalValueOfBudget)) +
               QLatin1Char('\n');
    for (qsizetype i = 0; i < result.alternatives.size(); ++i) {
        const Portfolio &p = result.alternatives[i];
        out += QLatin1Char('\n') +
               tr("Alternative %1: present cost %2 %3; investment %4 %3; net in %5: %6 tCO2e.")
                   .arg(i + 1)
                   .arg(number(p.presentCost), currency, number(p.capex))
                   .arg(request.targetYear)
                   .arg(number(p.targetNet)) +
               QLatin1Char('\n') + choice(plan, p);
    }
    return robust ? out + robustness(plan, *robust) : out;
}

} // namespace zeroplan
