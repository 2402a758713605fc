#include "ParameterDraws.h"

#include "SampleJump.h"

namespace zeroplan {

ParameterDraws::ParameterDraws(const EngineInput &input, int samples, quint64 seed) : m_input(input)
{
    SampleRandom stream(seed);
    const SampleJump row(std::uint64_t(std::max(0, samples))); // one uncertain row's draws
    for (const ParameterSlot &slot : input.parameters) {
        if (!slot.uncertain())
            continue;
        m_streams.push_back(stream);
        stream.jump(row);
    }
}

void ParameterDraws::next(int count, Eigen::ArrayXXd &out)
{
    const auto rows = Eigen::Index(m_input.parameters.size());
    out.resize(rows, count);
    size_t uncertain = 0;
    for (Eigen::Index r = 0; r < rows; ++r) {
        const ParameterSlot &slot = m_input.parameters[size_t(r)];
        if (!slot.uncertain()) {
            out.row(r).setConstant(slot.likely);
            continue;
        }
        SampleRandom &random = m_streams[uncertain++];
        for (int s = 0; s < count; ++s)
            out(r, s) = random.triangular(slot.low, slot.likely, slot.high);
    }
}

} // namespace zeroplan
