#pragma once

#include "EngineInput.h"
#include "Results.h"

#include <atomic>
#include <functional>

namespace zeroplan {

struct MonteCarloOptions
{
    int samples = 10000;
    quint64 seed = 1;
    int threads = 0;     // 0 = one per core
    int blockSize = 128; // samples computed side by side (fits the cache on this machine)
    // Called from worker threads with the share done (0..1); return false to cancel.
    std::function<bool(double)> progress;
};

// Monte Carlo over the measures' low/likely/high ranges (triangular), vectorised over blocks
// of samples and spread over the cores. All draws come from one seeded stream before any
// work starts, so the result does not depend on the number of threads.
class MonteCarlo
{
public:
    // Nothing if cancelled through the progress callback.
    static std::optional<UncertaintyResult> run(const EngineInput &input,
                                                const MonteCarloOptions &options);
    // The parameter sets: one row per slot of the input, one column per sample.
    static Eigen::ArrayXXd drawParameters(const EngineInput &input, int samples, quint64 seed);
    // Percentile q (0..100) of each row, interpolating linearly between order statistics.
    static YearSeries percentile(const YearBySample &values, double q);
    static std::vector<YearSeries> percentiles(const YearBySample &values,
                                               const std::vector<double> &qs);
    // The bands an UncertaintyResult shows: p5, p25, p50, p75 and p95 of each row.
    static Percentiles bands(const YearBySample &values);
    // The year the probability of neutrality is asked for: the target, else the horizon end.
    static int targetYear(const EngineInput &input);
};

} // namespace zeroplan
