#pragma once

#include <array>
#include <cstdint>

namespace zeroplan {

// A jump of a SampleRandom over any number of draws at once. xoshiro256**'s state moves by a
// linear map over GF(2)^256, so `steps` draws are that map's `steps`-th power, worked out once
// by squaring (a few dozen 256 × 256 bit products); applying it costs 256 steps of a few
// XORs. Monte Carlo uses it to put one stream per parameter where the single seeded stream it
// has always drawn from would be, without drawing (or storing) what lies between.
class SampleJump
{
public:
    explicit SampleJump(std::uint64_t steps);
    // Moves `state` (a SampleRandom's four words) `steps` draws ahead.
    void apply(std::uint64_t state[4]) const;

    using Bits = std::array<std::uint64_t, 4>;

private:
    std::array<Bits, 256> m_columns; // where each single bit of the state goes
};

} // namespace zeroplan
