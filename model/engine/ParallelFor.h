#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace zeroplan {

// The threads worth using on this machine: one per core, at least one.
inline int coreCount()
{
    return int(std::max(1u, std::thread::hardware_concurrency()));
}

// Runs body(i) for every i in [0, count) on up to `threads` threads (the calling one among
// them), each taking the next index as it finishes one; returns when all are done. The bodies
// must be independent of each other (each writes only its own results).
template <typename Body> void parallelFor(int threads, int count, Body body)
{
    std::atomic<int> next{0};
    const auto work = [&] {
        for (int i = next++; i < count; i = next++)
            body(i);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::min(threads, count); ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
}

} // namespace zeroplan
