#include "Optimiser.h"

#include "ContinuousCredits.h"
#include "GroupOptions.h"
#include "InteractionGroups.h"
#include "MipSolver.h"
#include "OptimiseLimits.h"
#include "engine/EngineInput.h"
#include "engine/ParallelFor.h"
#include "engine/ScenarioEngine.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace zeroplan {

namespace {

constexpr double kLevelTolerance = 1e-12;

// Everything the programs are built from: the compiled scenario with every candidate, the
// business-as-usual net, and each interaction group's options.
struct Prepared
{
    EngineInput input;
    YearSeries bau; // net with every measure at level 0 (= gross: no sinks, no credits)
    int targetRow = 0;
    std::vector<GroupOptions> groups;
    std::vector<int> firstVariable; // per group: its options' first variable
    int variables = 0;
    int binaryGroups = 0; // groups that choose one of their options (not a continuous mix)
    QHash<QString, std::pair<int, int>> where; // measure id → group, position in the group
    OptimiseLimits limits;                     // the further limits' terms, variable by variable

    // The variables of the options in which `measure`'s level passes `test`.
    template <typename Test> std::vector<int> optionsWhere(const QString &measure, Test test) const
    {
        std::vector<int> out;
        const auto it = where.constFind(measure);
        if (it == where.cend())
            return out;
        const auto [g, k] = *it;
        const GroupOptions &group = groups[size_t(g)];
        for (size_t o = 0; o < group.options.size(); ++o)
            if (test(group.options[o].levels[size_t(k)]))
                out.push_back(firstVariable[size_t(g)] + int(o));
        return out;
    }
    bool continuous(int variable) const
    {
        int g = 0;
        option(variable, &g);
        return groups[size_t(g)].continuous;
    }
    const GroupOption &option(int variable, int *group = nullptr) const
    {
        const auto it = std::upper_bound(firstVariable.cbegin(), firstVariable.cend(), variable);
        const int g = int(it - firstVariable.cbegin()) - 1;
        if (group)
            *group = g;
        return groups[size_t(g)].options[size_t(variable - firstVariable[size_t(g)])];
    }
};

bool used(double level)
{
    return level > kLevelTolerance;
}

// The program: one option per group (a continuous group: a mix of its two ends), the target in year
// row `row` (net ≤ limit), the budget, the prerequisites and exclusions between groups (those
// inside a group are kept out of its options already), and the further limits but those in
// `leaveOut` (OptimiseLimits::Kind). The objective is the present cost.
MipProblem program(const Prepared &p, const OptimiseRequest &request, int row, double limit,
                   std::optional<double> budget, unsigned leaveOut = 0)
{
    MipProblem mip;
    mip.objective.resize(size_t(p.variables));
    MipProblem::Row target{{}, 'G', p.bau[row] - limit};
    MipProblem::Row investment{{}, 'L', budget.value_or(0)};
    for (size_t g = 0; g < p.groups.size(); ++g) {
        MipProblem::Row one{{}, 'E', 1};
        for (size_t o = 0; o < p.groups[g].options.size(); ++o) {
            const int v = p.firstVariable[g] + int(o);
            const GroupOption &option = p.groups[g].options[o];
            mip.objective[size_t(v)] = option.presentCost;
            one.terms.emplace_back(v, 1.0);
            if (p.groups[g].continuous)
                mip.continuous.push_back(v);
            target.terms.emplace_back(v, option.reduction[row]);
            investment.terms.emplace_back(v, option.capex);
        }
        mip.rows.push_back(std::move(one));
    }
    mip.rows.push_back(std::move(target));
    if (budget)
        mip.rows.push_back(std::move(investment));
    for (const OptimisePrerequisite &rule : request.prerequisites) {
        const auto a = p.where.constFind(rule.measure);
        const auto r = p.where.constFind(rule.required);
        if (a == p.where.cend() || (r != p.where.cend() && a->first == r->first))
            continue; // never used, or inside one group (its options keep the rule)
        MipProblem::Row keep{{}, 'L', 0};
        for (const int v : p.optionsWhere(rule.measure, used))
            keep.terms.emplace_back(v, 1.0);
        for (const int v : p.optionsWhere(rule.required, [&](double level) {
                 return level >= rule.minLevel - kLevelTolerance;
             }))
            keep.terms.emplace_back(v, -1.0);
        mip.rows.push_back(std::move(keep));
    }
    for (const OptimiseExclusion &rule : request.exclusions) {
        const auto a = p.where.constFind(rule.first);
        const auto b = p.where.constFind(rule.second);
        if (a == p.where.cend() || b == p.where.cend() || a->first == b->first)
            continue;
        MipProblem::Row apart{{}, 'L', 1};
        for (const int v : p.optionsWhere(rule.first, used))
            apart.terms.emplace_back(v, 1.0);
        for (const int v : p.optionsWhere(rule.second, used))
            apart.terms.emplace_back(v, 1.0);
        mip.rows.push_back(std::move(apart));
    }
    p.limits.addRows(mip, leaveOut);
    return mip;
}

// The choice the program's `values` make: a binary group's option at 1, a continuous group's
// two ends mixed at their weights (its figures linear in the level, the mix is the engine's run
// at the mixed level).
Portfolio portfolioOf(const Prepared &p, const Plan &plan, const std::vector<double> &values)
{
    Portfolio out;
    out.net = p.bau;
    QHash<QString, double> levels;
    for (size_t v = 0; v < values.size() && v < size_t(p.variables); ++v) {
        const double weight = values[v];
        if (weight <= kLevelTolerance)
            continue;
        int g = 0;
        const GroupOption &option = p.option(int(v), &g);
        out.net -= weight * option.reduction;
        out.presentCost += weight * option.presentCost;
        out.capex += weight * option.capex;
        const std::vector<int> &members = p.groups[size_t(g)].measures;
        for (size_t k = 0; k < members.size(); ++k)
            levels[p.input.measures[size_t(members[k])].id] += weight * option.levels[k];
    }
    for (const Measure &m : plan.measures) {
        const double level = levels.value(m.id, 0.0);
        if (used(level))
            out.levels.append({m.id, level});
    }
    out.targetNet = out.net[p.targetRow];
    return out;
}

// What is wrong with the request, or nothing.
QString requestError(const Plan &plan, const OptimiseRequest &request)
{
    const int first = plan.community.baseYear;
    const int last = plan.community.horizonEnd;
    if (request.targetYear < first || request.targetYear > last)
        return Optimiser::tr("target year: %1 is outside the plan's years %2–%3")
            .arg(request.targetYear)
            .arg(first)
            .arg(last);
    if (request.target == OptimiseRequest::Target::Cut && !(request.cut > 0 && request.cut <= 1))
        return Optimiser::tr("target: a cut must be more than 0 % and at most 100 %");
    if (request.budget && !(*request.budget >= 0 && std::isfinite(*request.budget)))
        return Optimiser::tr("budget: it must be 0 or more");
    QSet<QString> seen;
    for (const OptimiseCandidate &c : request.candidates) {
        if (!plan.findMeasure(c.measure))
            return Optimiser::tr("candidates: \"%1\" is no measure of the plan").arg(c.measure);
        if (seen.contains(c.measure))
            return Optimiser::tr("candidates: \"%1\" is given twice").arg(c.measure);
        seen.insert(c.measure);
        if (c.levels.isEmpty())
            return Optimiser::tr("levels of \"%1\": none given").arg(c.measure);
        for (const double level : c.levels)
            if (!(level >= 0 && level <= 1))
                return Optimiser::tr("levels of \"%1\": %2 % is outside 0–100 %")
                    .arg(c.measure)
                    .arg(level * 100);
    }
    for (const OptimisePrerequisite &rule : request.prerequisites)
        for (const QString &id : {rule.measure, rule.required})
            if (!plan.findMeasure(id))
                return Optimiser::tr("prerequisites: \"%1\" is no measure of the plan").arg(id);
    for (const OptimiseExclusion &rule : request.exclusions)
        for (const QString &id : {rule.first, rule.second})
            if (!plan.findMeasure(id))
                return Optimiser::tr("exclusions: \"%1\" is no measure of the plan").arg(id);
    return OptimiseLimits::error(plan, request);
}

// Whether a group's combination keeps the rules between two of its own measures.
bool keepsRules(const OptimiseRequest &request, const Prepared &p, int group,
                const std::vector<double> &levels)
{
    const auto levelOf = [&](const QString &id) -> std::optional<double> {
        const auto it = p.where.constFind(id);
        if (it == p.where.cend() || it->first != group)
            return std::nullopt;
        return levels[size_t(it->second)];
    };
    for (const OptimisePrerequisite &rule : request.prerequisites) {
        const auto a = levelOf(rule.measure);
        const auto r = levelOf(rule.required);
        if (a && r && used(*a) && *r < rule.minLevel - kLevelTolerance)
            return false;
    }
    for (const OptimiseExclusion &rule : request.exclusions) {
        const auto a = levelOf(rule.first);
        const auto b = levelOf(rule.second);
        if (a && b && used(*a) && used(*b))
            return false;
    }
    return true;
}

} // namespace

Scenario Portfolio::scenario(const QString &name, const QString &description) const
{
    Scenario s;
    s.name = name;
    s.description = description;
    s.measures = levels;
    return s;
}

OptimiseResult Optimiser::run(const Plan &plan, const OptimiseRequest &request,
                              const FactorLibrary &library, const OptimiseProgress &progress)
{
    return solve(plan, request, library, nullptr, progress);
}

OptimiseResult Optimiser::runDraw(const Plan &plan, const OptimiseRequest &request,
                                  const FactorLibrary &library, const Eigen::ArrayXd &parameters)
{
    return solve(plan, request, library, &parameters, {});
}

OptimiseResult Optimiser::solve(const Plan &plan, const OptimiseRequest &request,
                                const FactorLibrary &library, const Eigen::ArrayXd *draw,
                                const OptimiseProgress &progress)
{
    OptimiseResult cancelled;
    cancelled.outcome = OptimiseResult::Outcome::Cancelled;
    OptimiseResult result;
    result.error = requestError(plan, request);
    if (!result.error.isEmpty()) {
        result.outcome = OptimiseResult::Outcome::Invalid;
        return result;
    }

    // Every candidate that may be used, at full level, compiled once: its columns, pools and
    // added activities are those of any choice of levels.
    Prepared p;
    QHash<QString, QList<double>> levels;
    QSet<QString> continuous; // credit candidates asked as any level between their ends
    Scenario all;
    for (const OptimiseCandidate &c : request.candidates) {
        QList<double> sorted = c.levels;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        if (!used(sorted.last()))
            continue;
        levels.insert(c.measure, sorted);
        all.measures.append({c.measure, 1.0});
        const Measure *measure = plan.findMeasure(c.measure);
        if (request.continuousCredits && sorted.size() > 1 && measure &&
            MeasureCatalogue::spec(measure->kind).traits.credit)
            continuous.insert(c.measure);
    }
    p.input = EngineInput::compile(plan, &all, library);
    if (draw) {
        if (draw->size() != Eigen::Index(p.input.parameters.size()))
            return result; // not a draw of this compiled input: Failed
        for (size_t i = 0; i < p.input.parameters.size(); ++i)
            p.input.parameters[i].likely = (*draw)[Eigen::Index(i)];
    }
    std::vector<QList<double>> levelsOf(p.input.measures.size());
    for (size_t i = 0; i < p.input.measures.size(); ++i) {
        p.input.measures[i].setLevel(0);
        const QString &id = p.input.measures[i].id;
        levelsOf[i] =
            continuous.contains(id) ? linearityLevels(levels.value(id)) : levels.value(id);
    }
    p.bau = ScenarioEngine::evaluate(p.input).net;
    p.targetRow = request.targetYear - plan.community.baseYear;
    const double baseGross = p.bau.size() > 0 ? p.bau[0] : 0.0;
    result.limit =
        request.target == OptimiseRequest::Target::Cut ? (1 - request.cut) * baseGross : 0.0;

    const QList<std::vector<int>> groups = interactionGroups(p.input);
    for (int g = 0; g < int(groups.size()); ++g)
        for (size_t k = 0; k < groups[g].size(); ++k)
            p.where.insert(p.input.measures[size_t(groups[g][k])].id, {g, int(k)});
    p.groups.resize(size_t(groups.size()));
    int steps = 0;
    for (const std::vector<int> &group : groups)
        steps += groupSteps(group, levelsOf, request.maxCombinations);
    ProgressCounter counter(progress, steps);
    const auto step = [&counter](int done) { return counter.advance(done); };
    // A draw runs on one thread: RobustOptimiser runs the draws side by side.
    parallelFor(draw ? 1 : coreCount(), int(groups.size()), [&](int g) {
        if (!counter.advance(0))
            return;
        p.groups[size_t(g)] = groupOptions(
            p.input, groups[g], levelsOf, p.bau, p.targetRow, request.maxCombinations,
            [&](const std::vector<double> &choice) { return keepsRules(request, p, g, choice); },
            step);
    });
    if (counter.cancelled())
        return cancelled;
    p.limits = OptimiseLimits(plan, request, p.bau);
    for (size_t g = 0; g < p.groups.size(); ++g) {
        const std::vector<int> &members = p.groups[g].measures;
        if (members.size() != 1 || !continuous.contains(p.input.measures[size_t(members[0])].id))
            continue;
        if (std::optional<GroupOptions> mix =
                continuousGroup(p.groups[g], p.limits, p.input, plan)) {
            p.groups[g] = std::move(*mix);
            continue;
        }
        // Not linear: the candidate's own levels, as without continuousCredits.
        const int i = members[0];
        levelsOf[size_t(i)] = levels.value(p.input.measures[size_t(i)].id);
        p.groups[g] = groupOptions(p.input, members, levelsOf, p.bau, p.targetRow,
                                   request.maxCombinations, {});
    }
    for (const OptimiseCandidate &c : request.candidates) {
        if (!continuous.contains(c.measure))
            continue;
        const auto [g, k] = p.where.value(c.measure);
        Q_UNUSED(k)
        (p.groups[size_t(g)].continuous ? result.continuousMeasures : result.notLinearMeasures)
            .append(c.measure);
    }
    for (const GroupOptions &group : p.groups) {
        p.limits.addOptions(group, p.input, plan);
        p.firstVariable.push_back(p.variables);
        p.variables += int(group.options.size());
        result.optionsEvaluated += int(group.options.size());
        if (!group.continuous)
            ++p.binaryGroups;
        if (!group.exhaustive)
            ++result.heuristicGroups;
    }
    result.groups = int(p.groups.size());

    const MipSolution best =
        solveBinaryProgram(program(p, request, p.targetRow, result.limit, request.budget));
    if (best.status == MipSolution::Status::Failed)
        return result;
    if (best.status == MipSolution::Status::Infeasible) {
        result.outcome = OptimiseResult::Outcome::Infeasible;
        if (draw)
            return result;
        // Which limit alone stands in the way: feasible once it is left out.
        if (request.budget &&
            solveBinaryProgram(program(p, request, p.targetRow, result.limit, std::nullopt))
                    .status == MipSolution::Status::Optimal)
            result.feasibleWithout.append(QStringLiteral("budget"));
        for (const unsigned kind : {OptimiseLimits::Interim, OptimiseLimits::CarbonBudget,
                                    OptimiseLimits::BudgetPerYear, OptimiseLimits::PayerBudgets})
            if ((p.limits.kinds() & kind) &&
                solveBinaryProgram(
                    program(p, request, p.targetRow, result.limit, request.budget, kind))
                        .status == MipSolution::Status::Optimal)
                result.feasibleWithout.append(OptimiseLimits::ids(kind));
        // The smallest budget per year, and each payer's smallest, that would do.
        const auto smallest = [&](OptimiseLimits::Kind kind, qsizetype payer) {
            MipProblem least = program(p, request, p.targetRow, result.limit, request.budget, kind);
            std::fill(least.objective.begin(), least.objective.end(), 0.0);
            p.limits.addRowsUpTo(least, kind, least.addContinuous(1.0), payer);
            const MipSolution s = solveBinaryProgram(least);
            return s.status == MipSolution::Status::Optimal ? std::optional<double>(s.objective)
                                                            : std::nullopt;
        };
        // Only a limit that stands in the way: one whose smallest is above what was asked.
        if (request.budgetPerYear)
            if (const std::optional<double> amount = smallest(OptimiseLimits::BudgetPerYear, 0);
                amount && *amount > *request.budgetPerYear)
                result.smallestBudgetPerYear = amount;
        for (qsizetype b = 0; b < request.payerBudgets.size(); ++b)
            if (const std::optional<double> amount = smallest(OptimiseLimits::PayerBudgets, b);
                amount && *amount > request.payerBudgets[b].amount)
                result.smallestPayerBudgets.append({request.payerBudgets[b].payer, *amount});
        // Feasible at some budget? The least investment that meets the target.
        MipProblem cheapest = program(p, request, p.targetRow, result.limit, std::nullopt);
        for (size_t v = 0; v < size_t(p.variables); ++v)
            cheapest.objective[v] = p.option(int(v)).capex;
        const MipSolution least = solveBinaryProgram(cheapest);
        if (least.status == MipSolution::Status::Optimal && request.budget) {
            result.smallestBudget = least.objective;
        } else if (least.status == MipSolution::Status::Infeasible) {
            for (int year = request.targetYear + 1; year <= plan.community.horizonEnd; ++year) {
                const int row = year - plan.community.baseYear;
                if (solveBinaryProgram(program(p, request, row, result.limit, std::nullopt))
                        .status == MipSolution::Status::Optimal) {
                    result.earliestYear = year;
                    break;
                }
            }
        }
        return result;
    }

    result.outcome = OptimiseResult::Outcome::Optimal;
    result.best = portfolioOf(p, plan, best.values);
    if (draw)
        return result;
    const ScenarioResult rerun =
        ScenarioEngine(library).runScenario(plan, result.best.scenario(QString()));
    result.neutralityYear = rerun.neutralityYear;
    result.costPerTonne = rerun.costPerTonne;

    // 1 % of base-year gross more off in the target year: what it costs.
    const MipSolution tighter = solveBinaryProgram(
        program(p, request, p.targetRow, result.limit - 0.01 * baseGross, request.budget));
    if (tighter.status == MipSolution::Status::Optimal)
        result.marginalCostOfTarget = tighter.objective - best.objective;
    // 1 % more budget: what it saves (never less than 0: the same choice stays allowed).
    if (request.budget) {
        const MipSolution looser = solveBinaryProgram(
            program(p, request, p.targetRow, result.limit, *request.budget * 1.01));
        if (looser.status == MipSolution::Status::Optimal)
            result.marginalValueOfBudget = std::max(0.0, best.objective - looser.objective);
    }

    // Alternatives: within +10 % of the least cost, each choosing as many other options as it
    // can from the best and the alternatives before it, never one of them again. Continuous
    // groups take whatever mix is needed: the alternatives differ in the binary groups.
    std::vector<std::vector<int>> found{best.x};
    const double ceiling = best.objective + 0.1 * std::abs(best.objective);
    for (int k = 0; k < request.alternatives && p.binaryGroups > 0; ++k) {
        if (!counter.advance(0))
            return cancelled;
        MipProblem near = program(p, request, p.targetRow, result.limit, request.budget);
        MipProblem::Row cost{{}, 'L', ceiling + 1e-9 * std::max(1.0, std::abs(ceiling))};
        for (int v = 0; v < p.variables; ++v)
            cost.terms.emplace_back(v, near.objective[size_t(v)]);
        near.rows.push_back(std::move(cost));
        for (const std::vector<int> &x : found) {
            MipProblem::Row other{{}, 'L', double(p.binaryGroups) - 1};
            for (int v = 0; v < p.variables; ++v)
                if (x[size_t(v)] == 1 && !p.continuous(v))
                    other.terms.emplace_back(v, 1.0);
            near.rows.push_back(std::move(other));
        }
        for (int v = 0; v < p.variables; ++v) {
            double differs = 0;
            for (const std::vector<int> &x : found)
                differs += x[size_t(v)] == 1 ? 0.0 : 1.0;
            near.objective[size_t(v)] = p.continuous(v) ? 0.0 : differs;
        }
        near.maximise = true;
        const MipSolution alternative = solveBinaryProgram(near);
        if (alternative.status != MipSolution::Status::Optimal)
            break;
        found.push_back(alternative.x);
        result.alternatives.append(portfolioOf(p, plan, alternative.values));
    }
    return result;
}

} // namespace zeroplan
