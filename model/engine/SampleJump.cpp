#include "SampleJump.h"

#include "SampleRandom.h"

#include <cstddef>

namespace zeroplan {
namespace {

using Bits = SampleJump::Bits;
using Map = std::array<Bits, 256>;

// The image of `x` under the map whose columns are `columns`.
Bits image(const Map &columns, const Bits &x)
{
    Bits y{};
    for (int j = 0; j < 256; ++j) {
        if ((x[std::size_t(j >> 6)] >> (j & 63)) & 1u) {
            for (std::size_t w = 0; w < 4; ++w)
                y[w] ^= columns[std::size_t(j)][w];
        }
    }
    return y;
}

// a ∘ b: first b, then a.
Map compose(const Map &a, const Map &b)
{
    Map c;
    for (std::size_t j = 0; j < 256; ++j)
        c[j] = image(a, b[j]);
    return c;
}

} // namespace

SampleJump::SampleJump(std::uint64_t steps)
{
    Map power; // one draw, then squared: 2, 4, 8, … draws
    for (std::size_t j = 0; j < 256; ++j) {
        Bits bit{};
        bit[j >> 6] = std::uint64_t(1) << (j & 63);
        SampleRandom::advance(bit.data());
        power[j] = bit;
        m_columns[j] = Bits{};
        m_columns[j][j >> 6] = std::uint64_t(1) << (j & 63); // the identity: no draw yet
    }
    while (steps > 0) {
        if (steps & 1u)
            m_columns = compose(power, m_columns);
        steps >>= 1;
        if (steps > 0)
            power = compose(power, power);
    }
}

void SampleJump::apply(std::uint64_t state[4]) const
{
    const Bits x{state[0], state[1], state[2], state[3]};
    const Bits y = image(m_columns, x);
    for (std::size_t w = 0; w < 4; ++w)
        state[w] = y[w];
}

} // namespace zeroplan
