#pragma once

#include "EngineInput.h"
#include "SampleRandom.h"

#include <QtGlobal>
#include <vector>

namespace zeroplan {

// Monte Carlo's parameter sets, drawn a block of samples at a time. The numbers are those of
// MonteCarlo::drawParameters — one seeded stream, parameter by parameter, each uncertain one
// taking `samples` draws in sample order — but instead of every draw this keeps one position
// in that stream per uncertain parameter (SampleJump puts each where its draws begin). Memory
// grows with the parameters, not with parameters × samples.
class ParameterDraws
{
public:
    ParameterDraws(const EngineInput &input, int samples, quint64 seed);
    // The next `count` samples' parameters: one row per slot of the input, one column per
    // sample. Blocks come in sample order; `out` is resized (and reused) as needed.
    void next(int count, Eigen::ArrayXXd &out);

private:
    const EngineInput &m_input;
    std::vector<SampleRandom> m_streams; // one per uncertain slot, at its next draw
};

} // namespace zeroplan
