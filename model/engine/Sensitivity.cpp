#include "Sensitivity.h"

#include "MonteCarlo.h"
#include "ScenarioEngine.h"

#include <algorithm>

namespace zeroplan {

SensitivityResult Sensitivity::run(const EngineInput &input)
{
    std::vector<int> uncertain;
    for (int i = 0; i < int(input.parameters.size()); ++i) {
        if (input.parameters[size_t(i)].uncertain())
            uncertain.push_back(i);
    }
    // Column 0: all likely; then a low and a high column per uncertain parameter.
    const Eigen::ArrayXd likely = input.likelyParameters();
    Eigen::ArrayXXd sets = likely.replicate(1, 1 + 2 * Eigen::Index(uncertain.size()));
    for (size_t k = 0; k < uncertain.size(); ++k) {
        const ParameterSlot &slot = input.parameters[size_t(uncertain[k])];
        sets(uncertain[k], Eigen::Index(1 + 2 * k)) = slot.low;
        sets(uncertain[k], Eigen::Index(2 + 2 * k)) = slot.high;
    }
    SensitivityResult r;
    r.targetYear = MonteCarlo::targetYear(input);
    const YearBySample net = ScenarioEngine::netEmissions(input, sets);
    const auto row = net.row(r.targetYear - input.baseYear);
    r.baseNet = row(0);
    for (size_t k = 0; k < uncertain.size(); ++k) {
        const ParameterSlot &slot = input.parameters[size_t(uncertain[k])];
        const EngineMeasure &m = input.measures[size_t(slot.measure)];
        r.bars.push_back({m.id, m.name, QString::fromLatin1(slot.key), slot.low, slot.likely,
                          slot.high, row(Eigen::Index(1 + 2 * k)), row(Eigen::Index(2 + 2 * k))});
    }
    std::stable_sort(
        r.bars.begin(), r.bars.end(),
        [](const SensitivityBar &a, const SensitivityBar &b) { return a.swing() > b.swing(); });
    return r;
}

} // namespace zeroplan
