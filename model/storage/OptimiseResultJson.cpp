#include "OptimiseResultJson.h"

#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"

#include <QJsonArray>

namespace zeroplan {

namespace {

// [{"payer": "residents", "amount": 1000000}, …]
QJsonArray payerBudgets(const QList<OptimisePayerBudget> &budgets)
{
    QJsonArray out;
    for (const OptimisePayerBudget &b : budgets)
        out.append(QJsonObject{{QStringLiteral("payer"), partyId(b.payer)},
                               {QStringLiteral("amount"), b.amount}});
    return out;
}

QJsonValue optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optional(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject portfolio(const Plan &plan, const Portfolio &p)
{
    QJsonArray measures;
    for (const ScenarioMeasure &m : p.levels) {
        const Measure *measure = plan.findMeasure(m.measure);
        measures.append(QJsonObject{
            {QStringLiteral("id"), m.measure},
            {QStringLiteral("name"), measure ? MeasureCatalogue::displayName(*measure) : m.measure},
            {QStringLiteral("level"), m.level},
        });
    }
    QJsonArray net;
    for (Eigen::Index t = 0; t < p.net.size(); ++t)
        net.append(QJsonObject{{QStringLiteral("year"), plan.community.baseYear + int(t)},
                               {QStringLiteral("net_t"), p.net[t]}});
    return QJsonObject{
        {QStringLiteral("measures"), measures},
        {QStringLiteral("present_cost"), p.presentCost},
        {QStringLiteral("investment"), p.capex},
        {QStringLiteral("target_year_net_t"), p.targetNet},
        {QStringLiteral("net"), net},
    };
}

// The further limits the request set (docs/cli.md, "optimise"): null where not set.
QJsonObject limits(const Plan &plan, const OptimiseRequest &request)
{
    QJsonArray interim;
    if (request.interimTargets) {
        for (const InterimTarget &t : plan.community.targets.interim)
            interim.append(
                QJsonObject{{QStringLiteral("year"), t.year}, {QStringLiteral("cut"), t.cut}});
    }
    return QJsonObject{
        {QStringLiteral("interim_targets"),
         request.interimTargets ? QJsonValue(interim) : QJsonValue()},
        {QStringLiteral("carbon_budget_t"), optional(request.carbonBudget)},
        {QStringLiteral("budget_per_year"), optional(request.budgetPerYear)},
        {QStringLiteral("payer_budgets"), payerBudgets(request.payerBudgets)},
    };
}

QJsonObject robustness(const RobustResult &robust)
{
    QJsonArray measures;
    for (const RobustMeasure &m : robust.measures)
        measures.append(QJsonObject{
            {QStringLiteral("id"), m.measure},
            {QStringLiteral("chosen"), m.chosen},
            {QStringLiteral("chosen_share"), robust.chosenShare(m)},
            {QStringLiteral("mean_level"), m.meanLevel},
        });
    return QJsonObject{
        {QStringLiteral("draws"), robust.draws},
        // As simulate writes it: a number, or a string past 2^53.
        {QStringLiteral("seed"), robust.seed <= (quint64(1) << 53)
                                     ? QJsonValue(qint64(robust.seed))
                                     : QJsonValue(QString::number(robust.seed))},
        {QStringLiteral("feasible"), robust.feasible},
        {QStringLiteral("feasible_share"), robust.feasibleShare()},
        {QStringLiteral("failed"), robust.failed},
        {QStringLiteral("measures"), measures},
    };
}

} // namespace

QString OptimiseResultJson::outcomeId(OptimiseResult::Outcome outcome)
{
    switch (outcome) {
    case OptimiseResult::Outcome::Optimal:
        return QStringLiteral("optimal");
    case OptimiseResult::Outcome::Infeasible:
        return QStringLiteral("infeasible");
    case OptimiseResult::Outcome::Invalid:
        return QStringLiteral("invalid");
    case OptimiseResult::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case OptimiseResult::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject OptimiseResultJson::toJson(const Plan &plan, const OptimiseRequest &request,
                                       const OptimiseResult &result, const RobustResult *robust)
{
    const bool cut = request.target == OptimiseRequest::Target::Cut;
    QJsonObject out{
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("outcome"), outcomeId(result.outcome)},
        {QStringLiteral("currency"), plan.community.currency},
        {QStringLiteral("target_year"), request.targetYear},
        {QStringLiteral("target"), cut ? QStringLiteral("cut") : QStringLiteral("net_zero")},
        {QStringLiteral("cut"), cut ? QJsonValue(request.cut) : QJsonValue()},
        {QStringLiteral("limit_t"), result.limit},
        {QStringLiteral("budget"), optional(request.budget)},
        {QStringLiteral("limits"), limits(plan, request)},
        {QStringLiteral("method"),
         result.exact() ? QStringLiteral("exact") : QStringLiteral("greedy_in_large_groups")},
        {QStringLiteral("groups"), result.groups},
        {QStringLiteral("heuristic_groups"), result.heuristicGroups},
        {QStringLiteral("options_evaluated"), result.optionsEvaluated},
        {QStringLiteral("continuous_credits"), request.continuousCredits},
        {QStringLiteral("continuous_measures"),
         QJsonArray::fromStringList(result.continuousMeasures)},
        {QStringLiteral("not_linear_measures"),
         QJsonArray::fromStringList(result.notLinearMeasures)},
    };
    if (result.outcome == OptimiseResult::Outcome::Optimal) {
        QJsonObject best = portfolio(plan, result.best);
        best.insert(QStringLiteral("neutrality_year"), optional(result.neutralityYear));
        best.insert(QStringLiteral("cost_per_tonne"), optional(result.costPerTonne));
        out.insert(QStringLiteral("best"), best);
        out.insert(QStringLiteral("marginal_cost_of_target"),
                   optional(result.marginalCostOfTarget));
        out.insert(QStringLiteral("marginal_value_of_budget"),
                   optional(result.marginalValueOfBudget));
        QJsonArray alternatives;
        for (const Portfolio &p : result.alternatives)
            alternatives.append(portfolio(plan, p));
        out.insert(QStringLiteral("alternatives"), alternatives);
    } else if (result.outcome == OptimiseResult::Outcome::Infeasible) {
        out.insert(QStringLiteral("smallest_budget"), optional(result.smallestBudget));
        out.insert(QStringLiteral("smallest_budget_per_year"),
                   optional(result.smallestBudgetPerYear));
        out.insert(QStringLiteral("smallest_payer_budgets"),
                   payerBudgets(result.smallestPayerBudgets));
        out.insert(QStringLiteral("earliest_year"), optional(result.earliestYear));
        out.insert(QStringLiteral("feasible_without"),
                   QJsonArray::fromStringList(result.feasibleWithout));
    }
    if (robust)
        out.insert(QStringLiteral("robustness"), robustness(*robust));
    return out;
}

} // namespace zeroplan
