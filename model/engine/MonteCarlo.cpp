#include "MonteCarlo.h"

#include "EngineState.h"
#include "ParameterDraws.h"
#include "SampleRandom.h"
#include "ScenarioEngine.h"

#include <algorithm>
#include <mutex>
#include <thread>
#include <vector>

namespace zeroplan {

Eigen::ArrayXXd MonteCarlo::drawParameters(const EngineInput &input, int samples, quint64 seed)
{
    const auto rows = Eigen::Index(input.parameters.size());
    Eigen::ArrayXXd p(rows, samples);
    SampleRandom random(seed);
    for (Eigen::Index r = 0; r < rows; ++r) {
        const ParameterSlot &slot = input.parameters[size_t(r)];
        if (!slot.uncertain()) {
            p.row(r).setConstant(slot.likely);
            continue;
        }
        for (int s = 0; s < samples; ++s)
            p(r, s) = random.triangular(slot.low, slot.likely, slot.high);
    }
    return p;
}

YearSeries MonteCarlo::percentile(const YearBySample &values, double q)
{
    return percentiles(values, {q}).front();
}

std::vector<YearSeries> MonteCarlo::percentiles(const YearBySample &values,
                                                const std::vector<double> &qs)
{
    const Eigen::Index n = values.cols();
    std::vector<YearSeries> out(qs.size(), YearSeries(values.rows()));
    std::vector<double> row(static_cast<size_t>(n));
    for (Eigen::Index t = 0; t < values.rows(); ++t) {
        for (Eigen::Index s = 0; s < n; ++s)
            row[size_t(s)] = values(t, s);
        // Order statistics by selection, lowest first: each nth_element works on what is
        // left above the one before, so the whole row costs a few linear passes.
        for (size_t k = 0; k < qs.size(); ++k) {
            const double pos = qs[k] / 100.0 * double(n - 1);
            const auto lo = size_t(pos);
            const size_t hi = std::min(lo + 1, size_t(n - 1));
            std::nth_element(row.begin(), row.begin() + std::ptrdiff_t(lo), row.end());
            const double low = row[lo];
            const double high =
                hi == lo ? low : *std::min_element(row.begin() + std::ptrdiff_t(hi), row.end());
            out[k][t] = low + (pos - double(lo)) * (high - low);
        }
    }
    return out;
}

Percentiles MonteCarlo::bands(const YearBySample &values)
{
    const std::vector<YearSeries> p = percentiles(values, {5, 25, 50, 75, 95});
    return {p[0], p[1], p[2], p[3], p[4]};
}

int MonteCarlo::targetYear(const EngineInput &input)
{
    const int last = input.baseYear + input.years - 1;
    return std::clamp(input.neutralityYear.value_or(last), input.baseYear, last);
}

std::optional<UncertaintyResult> MonteCarlo::run(const EngineInput &input,
                                                 const MonteCarloOptions &options)
{
    const int n = std::max(1, options.samples);
    const int block = std::max(1, options.blockSize);
    // Parameters are drawn a block at a time, in sample order, as the blocks are handed out:
    // the same numbers as drawParameters(), without holding parameters × samples of them.
    // What is kept for all samples is net emissions: years × samples, for the bands.
    ParameterDraws draws(input, n, options.seed);
    YearBySample net(input.years, n);

    const int blocks = (n + block - 1) / block;
    std::mutex drawing; // hands out the next block and draws its parameters
    int nextBlock = 0;
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    const auto work = [&] {
        EngineState state(input, block, false);
        Eigen::ArrayXXd parameters;
        for (;;) {
            int first = 0;
            int count = 0;
            {
                const std::lock_guard<std::mutex> lock(drawing);
                if (nextBlock >= blocks || cancelled)
                    break;
                first = nextBlock++ * block;
                count = std::min(block, n - first);
                draws.next(count, parameters);
            }
            net.middleCols(first, count) = ScenarioEngine::netEmissions(state, parameters);
            const int finished = ++done;
            if (options.progress && !options.progress(double(finished) / blocks))
                cancelled = true;
        }
    };
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = std::clamp(options.threads > 0 ? options.threads : cores, 1, blocks);
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    if (cancelled)
        return std::nullopt;

    UncertaintyResult r;
    r.samples = n;
    r.seed = options.seed;
    r.net = bands(net);
    r.targetYear = targetYear(input);
    r.pNeutralByTarget = (net.row(r.targetYear - input.baseYear) <= 1e-9).cast<double>().mean();
    return r;
}

} // namespace zeroplan
