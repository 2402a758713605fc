#include "Sensitivity.h"

#include "EngineState.h"
#include "MonteCarlo.h"
#include "ScenarioEngine.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace zeroplan {

namespace {

// Parameter sets run side by side: enough to keep the engine's inner loops long, few enough
// that the sets (parameters × block) and the state (columns × block) stay small.
constexpr int kBlock = 128;

} // namespace

SensitivityResult Sensitivity::run(const EngineInput &input)
{
    std::vector<int> uncertain;
    for (int i = 0; i < int(input.parameters.size()); ++i) {
        if (input.parameters[size_t(i)].uncertain())
            uncertain.push_back(i);
    }
    SensitivityResult r;
    r.targetYear = MonteCarlo::targetYear(input);
    // Only the target year's net is asked for, and the engine works year by year: run that
    // year alone.
    const EngineInput year = input.yearSlice(r.targetYear - input.baseYear);
    const Eigen::ArrayXd likely = input.likelyParameters();
    const int measures = int(year.measures.size());
    // Set 2k moves uncertain parameter k to its low value, set 2k + 1 to its high one; every
    // other parameter stays likely. Parameters come in the measures' order, so the sets do.
    const int sets = 2 * int(uncertain.size());
    const auto slotOf = [&](int set) { return uncertain[size_t(set / 2)]; };
    const auto measureOf = [&](int set) { return input.parameters[size_t(slotOf(set))].measure; };
    const int blocks = (sets + kBlock - 1) / kBlock;

    // The likely run, once. Before a set's measure every set is the likely run, so each block
    // of sets starts from the likely state at its first set's measure (kept here) and runs
    // only the measures from there on: half the work of running every set from the start.
    std::vector<EngineState::Snapshot> starts(static_cast<size_t>(blocks));
    std::vector<YearBySample> startOffsets(static_cast<size_t>(blocks));
    EngineState likelyState(year, 1, false);
    YearBySample offsets = YearBySample::Zero(year.years, 1);
    const Eigen::ArrayXXd likelyColumn = likely;
    int done = 0;
    for (int b = 0; b < blocks; ++b) {
        const int start = measureOf(b * kBlock);
        ScenarioEngine::applyMeasures(likelyState, likelyColumn, done, start, offsets);
        done = start;
        starts[size_t(b)] = likelyState.snapshot();
        startOffsets[size_t(b)] = offsets;
    }
    ScenarioEngine::applyMeasures(likelyState, likelyColumn, done, measures, offsets);
    r.baseNet = (likelyState.gross() - offsets)(0, 0);

    // The blocks are independent: the cores share them out. Each thread keeps one state and
    // one all-likely parameter matrix and moves only its block's entries, so memory does not
    // grow with parameters × sets.
    std::vector<double> net(size_t(sets), 0.0);
    std::atomic<int> next{0};
    const auto work = [&] {
        EngineState state(year, kBlock, false);
        Eigen::ArrayXXd parameters;
        for (int b = next++; b < blocks; b = next++) {
            const int first = b * kBlock;
            const int count = std::min(kBlock, sets - first);
            if (parameters.cols() != count)
                parameters = likely.replicate(1, count);
            for (int j = 0; j < count; ++j) {
                const ParameterSlot &p = input.parameters[size_t(slotOf(first + j))];
                parameters(slotOf(first + j), j) = (first + j) % 2 == 0 ? p.low : p.high;
            }
            state.restore(starts[size_t(b)], count);
            YearBySample blockOffsets = startOffsets[size_t(b)].replicate(1, count);
            ScenarioEngine::applyMeasures(state, parameters, measureOf(first), measures,
                                          blockOffsets);
            const YearBySample values = state.gross() - blockOffsets;
            for (int j = 0; j < count; ++j) {
                net[size_t(first + j)] = values(0, j);
                parameters(slotOf(first + j), j) = likely[slotOf(first + j)];
            }
        }
    };
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (int i = 1; i < std::min(cores, blocks); ++i)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();

    for (size_t k = 0; k < uncertain.size(); ++k) {
        const ParameterSlot &slot = input.parameters[size_t(uncertain[k])];
        const EngineMeasure &m = input.measures[size_t(slot.measure)];
        r.bars.push_back({m.id, m.name, QString::fromLatin1(slot.key), slot.low, slot.likely,
                          slot.high, net[2 * k], net[2 * k + 1]});
    }
    std::stable_sort(
        r.bars.begin(), r.bars.end(),
        [](const SensitivityBar &a, const SensitivityBar &b) { return a.swing() > b.swing(); });
    return r;
}

} // namespace zeroplan
