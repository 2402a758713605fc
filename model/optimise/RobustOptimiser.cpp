#include "RobustOptimiser.h"

#include "Optimiser.h"
#include "engine/EngineInput.h"
#include "engine/MonteCarlo.h"
#include "engine/ParallelFor.h"
#include "plan/Plan.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace zeroplan {

RobustResult RobustOptimiser::run(const Plan &plan, const OptimiseRequest &request,
                                  const FactorLibrary &library, int draws, quint64 seed,
                                  int threads, const OptimiseProgress &progress)
{
    RobustResult out;
    out.seed = seed;
    QHash<QString, qsizetype> row; // candidate → its entry of out.measures
    Scenario all; // the candidates that may be used, at full level: as Optimiser compiles them
    for (const Measure &m : plan.measures) {
        for (const OptimiseCandidate &c : request.candidates) {
            if (c.measure != m.id)
                continue;
            row.insert(m.id, out.measures.size());
            out.measures.append({m.id, 0, 0.0});
            if (!c.levels.isEmpty() &&
                *std::max_element(c.levels.cbegin(), c.levels.cend()) > 1e-12)
                all.measures.append({m.id, 1.0});
        }
    }
    if (draws <= 0)
        return out;
    const EngineInput input = EngineInput::compile(plan, &all, library);
    const Eigen::ArrayXXd parameters = MonteCarlo::drawParameters(input, draws, seed);

    std::vector<OptimiseResult> solved(static_cast<size_t>(draws));
    ProgressCounter counter(progress, draws);
    parallelFor(threads > 0 ? threads : coreCount(), draws, [&](int s) {
        if (counter.cancelled())
            return;
        solved[size_t(s)] = Optimiser::runDraw(plan, request, library, parameters.col(s));
        counter.advance(1);
    });
    if (counter.cancelled()) {
        out.cancelled = true;
        return out;
    }

    out.draws = draws;
    for (const OptimiseResult &r : solved) {
        if (r.outcome == OptimiseResult::Outcome::Failed ||
            r.outcome == OptimiseResult::Outcome::Invalid) {
            ++out.failed;
            continue;
        }
        if (r.outcome != OptimiseResult::Outcome::Optimal)
            continue;
        ++out.feasible;
        for (const ScenarioMeasure &m : r.best.levels) {
            const auto it = row.constFind(m.measure);
            if (it == row.cend())
                continue;
            RobustMeasure &entry = out.measures[*it];
            ++entry.chosen;
            entry.meanLevel += m.level;
        }
    }
    for (RobustMeasure &m : out.measures)
        m.meanLevel = out.feasible > 0 ? m.meanLevel / out.feasible : 0.0;
    return out;
}

} // namespace zeroplan
