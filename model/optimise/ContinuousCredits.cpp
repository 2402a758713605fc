#include "ContinuousCredits.h"

#include "OptimiseLimits.h"
#include "OptimiseResult.h"
#include "plan/Plan.h"

#include <algorithm>
#include <cmath>

namespace zeroplan {

namespace {

// Every figure of `option` the program uses, in a fixed order.
std::vector<double> figures(const GroupOption &option, const GroupOptions &group,
                            const OptimiseLimits &limits, const EngineInput &input,
                            const Plan &plan)
{
    std::vector<double> out{option.presentCost, option.capex};
    for (const YearSeries *series :
         {&option.reduction, &option.grossReduction, &option.capexPerYear})
        out.insert(out.end(), series->begin(), series->end());
    for (const YearSeries &capex : option.measureCapex)
        out.insert(out.end(), capex.begin(), capex.end());
    const std::vector<double> payers = limits.payerShares(option, group, input, plan);
    out.insert(out.end(), payers.begin(), payers.end());
    return out;
}

} // namespace

QList<double> linearityLevels(const QList<double> &levels)
{
    if (levels.isEmpty())
        return {};
    const double low = levels.first();
    const double high = levels.last();
    return {low, low + (high - low) / 3, low + 2 * (high - low) / 3, high};
}

std::optional<GroupOptions> continuousGroup(const GroupOptions &sampled,
                                            const OptimiseLimits &limits, const EngineInput &input,
                                            const Plan &plan)
{
    if (sampled.measures.size() != 1 || sampled.options.size() != 4)
        return std::nullopt;
    const GroupOption &low = sampled.options.front();
    const GroupOption &high = sampled.options.back();
    const double from = low.levels[0];
    const double to = high.levels[0];
    if (!(to > from))
        return std::nullopt;
    const std::vector<double> a = figures(low, sampled, limits, input, plan);
    const std::vector<double> b = figures(high, sampled, limits, input, plan);
    for (size_t o = 1; o + 1 < sampled.options.size(); ++o) {
        const GroupOption &inner = sampled.options[o];
        const double t = (inner.levels[0] - from) / (to - from);
        const std::vector<double> f = figures(inner, sampled, limits, input, plan);
        if (f.size() != a.size())
            return std::nullopt;
        for (size_t i = 0; i < f.size(); ++i) {
            const double expected = (1 - t) * a[i] + t * b[i];
            const double size = std::max({1.0, std::abs(a[i]), std::abs(b[i])});
            if (std::abs(f[i] - expected) > 1e-9 * size)
                return std::nullopt;
        }
    }
    GroupOptions out;
    out.measures = sampled.measures;
    out.options = {low, high};
    out.continuous = true;
    return out;
}

QString ContinuousCreditsText::of(const Plan &plan, const OptimiseResult &result)
{
    const auto names = [&plan](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids) {
            const Measure *m = plan.findMeasure(id);
            out.append(m && !m->name.isEmpty() ? m->name : id);
        }
        return out.join(tr(", "));
    };
    QStringList sentences;
    if (!result.continuousMeasures.isEmpty())
        sentences.append(
            tr("Any quantity up to the highest level: %1.").arg(names(result.continuousMeasures)));
    if (!result.notLinearMeasures.isEmpty())
        sentences.append(tr("Kept to their levels, because a payer's fixed amount makes their "
                            "cost not proportional to the quantity: %1.")
                             .arg(names(result.notLinearMeasures)));
    return sentences.join(QLatin1Char(' '));
}

} // namespace zeroplan
