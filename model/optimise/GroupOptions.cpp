#include "GroupOptions.h"

#include "engine/EngineInput.h"
#include "engine/ScenarioEngine.h"

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
    return option;
}

} // namespace

GroupOptions groupOptions(EngineInput input, const std::vector<int> &group,
                          const std::vector<QList<double>> &levels, const YearSeries &bau,
                          int targetRow, int maxCombinations,
                          const std::function<bool(const std::vector<double> &)> &allowed)
{
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
    while (true) {
        double best = std::numeric_limits<double>::infinity();
        std::optional<GroupOption> next;
        size_t raised = 0;
        for (size_t k = 0; k < n; ++k) {
            if (digit[k] + 1 >= levels[size_t(group[k])].size())
                continue;
            std::vector<double> trial = choice;
            trial[k] = levels[size_t(group[k])][digit[k] + 1];
            if (allowed && !allowed(trial))
                continue;
            GroupOption option = evaluate(input, group, trial, bau);
            const double gain = option.reduction[targetRow] - current.reduction[targetRow];
            if (gain <= 0)
                continue;
            const double perTonne = (option.presentCost - current.presentCost) / gain;
            if (perTonne < best) {
                best = perTonne;
                next = std::move(option);
                raised = k;
            }
        }
        if (!next)
            break;
        ++digit[raised];
        choice = next->levels;
        current = *next;
        out.options.push_back(std::move(*next));
    }
    return out;
}

} // namespace zeroplan
