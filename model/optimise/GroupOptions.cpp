#include "GroupOptions.h"

#include "engine/EngineInput.h"
#include "engine/ScenarioEngine.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace zeroplan {

namespace {

GroupOption evaluate(EngineInput &input, const std::vector<int> &group,
                     const std::vector<double> &levels, const YearSeries &bau)
{
    for (size_t k = 0; k < group.size(); ++k)
        input.measures[size_t(group[k])].setLevel(levels[k]);
    const ScenarioResult result = ScenarioEngine::evaluate(input);
    GroupOption option;
    option.levels = levels;
    option.reduction = bau - result.net;
    option.presentCost = result.presentCost;
    for (const MeasureResult &m : result.measures)
        option.capex += m.capex.sum();
    // BAU's net is its gross: at level 0 no measure sinks or buys credits.
    option.grossReduction = bau - result.gross;
    option.capexPerYear = YearSeries::Zero(bau.size());
    for (const int i : group) {
        const YearSeries &capex = result.measures[size_t(i)].capex;
        option.capexPerYear += capex;
        option.measureCapex.push_back(capex);
    }
    return option;
}

} // namespace

int groupSteps(const std::vector<int> &group, const std::vector<QList<double>> &levels,
               int maxCombinations)
{
    double combinations = 1;
    int chain = 1;
    for (const int m : group) {
        const qsizetype count = std::max<qsizetype>(1, levels[size_t(m)].size());
        combinations *= double(count);
        chain += int(count) - 1;
    }
    return combinations <= double(maxCombinations) ? int(combinations) : chain;
}

GroupOptions groupOptions(EngineInput input, const std::vector<int> &group,
                          const std::vector<QList<double>> &levels, const YearSeries &bau,
                          int targetRow, int maxCombinations,
                          const std::function<bool(const std::vector<double> &)> &allowed,
                          const std::function<bool(int steps)> &step)
{
    const auto stepped = [&step](int steps) { return !step || step(steps); };
    for (EngineMeasure &m : input.measures)
        m.setLevel(0);
    GroupOptions out;
    out.measures = group;
    const size_t n = group.size();
    double combinations = 1;
    for (const int m : group)
        combinations *= double(std::max<qsizetype>(1, levels[size_t(m)].size()));

    if (combinations <= double(maxCombinations)) {
        // Every combination, as an odometer: the last measure's level changes fastest.
        std::vector<int> digit(n, 0);
        const auto advance = [&] {
            for (size_t k = n; k-- > 0;) {
                if (++digit[k] < levels[size_t(group[k])].size())
                    return true;
                digit[k] = 0;
            }
            return false;
        };
        do {
            std::vector<double> choice(n);
            for (size_t k = 0; k < n; ++k)
                choice[k] = levels[size_t(group[k])].value(digit[k], 0.0);
            if (!allowed || allowed(choice))
                out.options.push_back(evaluate(input, group, choice, bau));
            if (!stepped(1))
                return out;
        } while (advance());
        return out;
    }

    // The greedy chain: each step the cheapest raise per tonne in the target year.
    out.exhaustive = false;
    std::vector<int> digit(n, 0);
    std::vector<double> choice(n);
    for (size_t k = 0; k < n; ++k)
        choice[k] = levels[size_t(group[k])].value(0, 0.0);
    GroupOption current = evaluate(input, group, choice, bau);
    out.options.push_back(current);
    int steps = 1;
    if (!stepped(1))
        return out;
    // Lazily: each raise keeps its cost per tonne from when it was last run; the raise with the
    // lowest is run again, and taken if it is still no dearer than every other's last figure
    // (else its new figure goes back in the queue). A raise never run goes first.
    constexpr double kNeverRun = -std::numeric_limits<double>::infinity();
    constexpr double kNotNow = std::numeric_limits<double>::infinity();
    std::vector<double> estimate(n, kNeverRun);
    const auto raisable = [&](size_t k) { return digit[k] + 1 < levels[size_t(group[k])].size(); };
    while (true) {
        std::vector<bool> skip(n, false); // no gain, or against a rule, at this step
        std::optional<GroupOption> next;
        size_t raised = 0;
        while (!next) {
            size_t k = n;
            for (size_t c = 0; c < n; ++c)
                if (raisable(c) && !skip[c] && (k == n || estimate[c] < estimate[k]))
                    k = c;
            if (k == n)
                break; // no raise left
            std::vector<double> trial = choice;
            trial[k] = levels[size_t(group[k])][digit[k] + 1];
            if (allowed && !allowed(trial)) {
                skip[k] = true;
                continue;
            }
            GroupOption option = evaluate(input, group, trial, bau);
            if (!stepped(0))
                return out;
            const double gain = option.reduction[targetRow] - current.reduction[targetRow];
            if (gain <= 0) {
                skip[k] = true;
                continue;
            }
            estimate[k] = (option.presentCost - current.presentCost) / gain;
            double others = kNotNow;
            for (size_t c = 0; c < n; ++c)
                if (c != k && raisable(c) && !skip[c])
                    others = std::min(others, estimate[c]);
            if (estimate[k] <= others) {
                next = std::move(option);
                raised = k;
            }
        }
        if (!next)
            break;
        ++steps;
        if (!stepped(1))
            return out;
        ++digit[raised];
        estimate[raised] = kNeverRun; // its next raise starts from a new level
        choice = next->levels;
        current = *next;
        out.options.push_back(std::move(*next));
    }
    stepped(groupSteps(group, levels, maxCombinations) - steps); // the links not needed
    return out;
}

} // namespace zeroplan
