#include "SampleRandom.h"

#include "SampleJump.h"

#include <cmath>

namespace zeroplan {
namespace {

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

SampleRandom::SampleRandom(std::uint64_t seed)
{
    for (std::uint64_t &s : m_s)
        s = splitmix64(seed);
}

std::uint64_t SampleRandom::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    advance(m_s);
    return result;
}

void SampleRandom::advance(std::uint64_t s[4])
{
    const std::uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
}

void SampleRandom::jump(const SampleJump &jump)
{
    jump.apply(m_s);
}

double SampleRandom::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double SampleRandom::triangular(double low, double likely, double high)
{
    if (!(high > low))
        return likely;
    return triangularAt(uniform(), low, likely, high);
}

double SampleRandom::triangularAt(double u, double low, double likely, double high)
{
    if (!(high > low))
        return likely;
    const double width = high - low;
    const double split = (likely - low) / width;
    if (u < split)
        return low + std::sqrt(u * width * (likely - low));
    return high - std::sqrt((1.0 - u) * width * (high - likely));
}

} // namespace zeroplan
