#include "Sensitivity.h"

#include "EngineState.h"
#include "MonteCarlo.h"
#include "ScenarioEngine.h"

#include <algorithm>

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
    // Set 0: all likely; then a low and a high set per uncertain parameter. Only the target
    // year's net is asked for, and the engine works year by year: run that year alone. The
    // sets go through in blocks with one reused state, so memory does not grow with
    // parameters × sets (it did: one column per set, every year, all at once).
    const EngineInput year = input.yearSlice(r.targetYear - input.baseYear);
    const Eigen::ArrayXd likely = input.likelyParameters();
    const int sets = 1 + 2 * int(uncertain.size());
    std::vector<double> net(size_t(sets), 0.0);
    EngineState state(year, kBlock, false);
    Eigen::ArrayXXd parameters = likely.replicate(1, std::min(kBlock, sets));
    for (int first = 0; first < sets; first += kBlock) {
        const int count = std::min(kBlock, sets - first);
        if (parameters.cols() != count)
            parameters = likely.replicate(1, count);
        const auto changed = [&](int j) { // the slot set j moves, or -1 for set 0
            const int set = first + j;
            return set == 0 ? -1 : uncertain[size_t((set - 1) / 2)];
        };
        for (int j = 0; j < count; ++j) {
            if (const int slot = changed(j); slot >= 0) {
                const ParameterSlot &p = input.parameters[size_t(slot)];
                parameters(slot, j) = (first + j) % 2 == 1 ? p.low : p.high;
            }
        }
        const YearBySample values = ScenarioEngine::netEmissions(state, parameters);
        for (int j = 0; j < count; ++j) {
            net[size_t(first + j)] = values(0, j);
            if (const int slot = changed(j); slot >= 0)
                parameters(slot, j) = likely[slot]; // back to all likely for the next block
        }
    }
    r.baseNet = net[0];
    for (size_t k = 0; k < uncertain.size(); ++k) {
        const ParameterSlot &slot = input.parameters[size_t(uncertain[k])];
        const EngineMeasure &m = input.measures[size_t(slot.measure)];
        r.bars.push_back({m.id, m.name, QString::fromLatin1(slot.key), slot.low, slot.likely,
                          slot.high, net[1 + 2 * k], net[2 + 2 * k]});
    }
    std::stable_sort(
        r.bars.begin(), r.bars.end(),
        [](const SensitivityBar &a, const SensitivityBar &b) { return a.swing() > b.swing(); });
    return r;
}

} // namespace zeroplan
