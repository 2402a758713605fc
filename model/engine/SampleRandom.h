#pragma once

#include <cstdint>

namespace zeroplan {

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

private:
    std::uint64_t m_s[4];
};

} // namespace zeroplan
