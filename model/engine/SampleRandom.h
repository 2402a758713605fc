#pragma once

#include <cstdint>

namespace zeroplan {

class SampleJump;

// A small, portable random source: xoshiro256** seeded through splitmix64 (Blackman &
// Vigna). Unlike std:: distributions its numbers are the same with every compiler and
// library, so a seed gives the same Monte Carlo result on every machine.
class SampleRandom
{
public:
    explicit SampleRandom(std::uint64_t seed);
    std::uint64_t next();
    double uniform(); // in [0, 1), 53 random bits
    // Triangular distribution by inverse transform; returns `likely` if high ≤ low.
    double triangular(double low, double likely, double high);
    // The triangular distribution's quantile at `u` in [0, 1): what triangular() returns for
    // the uniform number u. The district's shared draws apply one u to each community's own
    // range (docs/district.md, "Uncertainty across a district").
    static double triangularAt(double u, double low, double likely, double high);
    // Skips as many draws as the jump stands for (SampleJump): the stream then goes on as if
    // they had been drawn.
    void jump(const SampleJump &jump);
    // The state's move of one draw, by itself: linear over GF(2), which is what lets
    // SampleJump raise it to a power.
    static void advance(std::uint64_t state[4]);

private:
    std::uint64_t m_s[4];
};

} // namespace zeroplan
