#include "DistrictMonteCarlo.h"

#include "engine/ParallelFor.h"

#include "engine/EngineInput.h"
#include "engine/EngineState.h"
#include "engine/MonteCarlo.h"
#include "engine/SampleJump.h"
#include "engine/SampleRandom.h"
#include "engine/ScenarioEngine.h"

#include <QHash>
#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace zeroplan {
namespace {

// One community as the district's Monte Carlo holds it: its compiled scenario, a place in its
// own stream for each uncertain parameter, and which of them are shared.
struct CompiledCommunity
{
    EngineInput input;
    std::vector<SampleRandom> streams; // one per uncertain slot, at its sample 0's draw
    std::vector<int> shared;           // per uncertain slot: its shared key, or -1
    int targetRow = 0;                 // its target year, counted from its base year
};

// The seeds of the communities' own streams: the district's seed itself for the first
// community (so a district of one draws what the plan's own Monte Carlo draws), then
// seeds taken one after the other from a stream of its own.
std::vector<quint64> communitySeeds(quint64 seed, size_t count)
{
    std::vector<quint64> seeds(count);
    SampleRandom master(seed ^ 0x6469737472696374ULL); // "district"
    for (size_t c = 0; c < count; ++c)
        seeds[c] = c == 0 ? seed : quint64(master.next());
    return seeds;
}

} // namespace

bool DistrictMonteCarlo::isShared(MeasureKind kind, const char *key)
{
    switch (kind) {
    case MeasureKind::CarbonAccounts:
        return true; // residents' response to the programme: behaviour, the same everywhere
    case MeasureKind::SharedTransport:
        return qstrcmp(key, "shift_share") == 0;
    case MeasureKind::WasteSorting:
        return qstrcmp(key, "recycling_after") == 0;
    case MeasureKind::SmartEnergy:
        return qstrcmp(key, "savings_share") == 0;
    case MeasureKind::GreenPower:
        return qstrcmp(key, "premium_per_kwh") == 0;
    case MeasureKind::CarbonCredits:
        return qstrcmp(key, "price_per_t") == 0;
    default:
        return false;
    }
}

std::optional<DistrictUncertainty>
DistrictMonteCarlo::run(const std::vector<DistrictMember> &members, const FactorLibrary &library,
                        const DistrictMonteCarloOptions &options)
{
    const int n = std::max(1, options.samples);
    const int block = std::max(1, options.blockSize);
    const int baseYear = options.baseYear;
    const int years = std::max(1, options.horizonEnd - baseYear + 1);
    const int threads = std::max(1, options.threads > 0 ? options.threads : coreCount());
    const bool sharing = options.sharing == DrawSharing::Shared;

    // Compile every community and put each uncertain parameter's stream where its draws
    // begin: the layout of ParameterDraws, `n` draws per uncertain parameter, in each
    // community's own stream.
    std::vector<CompiledCommunity> communities(members.size());
    const std::vector<quint64> seeds = communitySeeds(options.seed, members.size());
    const SampleJump row{std::uint64_t(n)};
    parallelFor(threads, int(members.size()), [&](int c) {
        CompiledCommunity &m = communities[size_t(c)];
        m.input = EngineInput::compile(members[size_t(c)].plan, members[size_t(c)].scenarioToRun(),
                                       library);
        if (m.input.years > 0)
            m.targetRow = MonteCarlo::targetYear(m.input) - m.input.baseYear;
        SampleRandom stream(seeds[size_t(c)]);
        for (const ParameterSlot &slot : m.input.parameters) {
            if (!slot.uncertain())
                continue;
            m.streams.push_back(stream);
            stream.jump(row);
        }
    });

    // The shared keys, each with the uniform numbers of every sample, taken from the stream
    // of the first uncertain parameter of that key in the district (members' order): in a
    // district of one community its draws are those of the plan's own Monte Carlo.
    QHash<QString, int> keys;
    std::vector<std::vector<double>> uniforms; // per shared key, per sample
    for (CompiledCommunity &m : communities) {
        size_t uncertain = 0;
        for (const ParameterSlot &slot : m.input.parameters) {
            if (!slot.uncertain())
                continue;
            const EngineMeasure &measure = m.input.measures[size_t(slot.measure)];
            int key = -1;
            if (sharing && isShared(measure.kind(), slot.key)) {
                const QString id = measureKindId(measure.kind()) + u'/' + QLatin1String(slot.key);
                const auto it = keys.constFind(id);
                if (it != keys.cend()) {
                    key = *it;
                } else {
                    key = int(uniforms.size());
                    keys.insert(id, key);
                    std::vector<double> u(static_cast<size_t>(n));
                    SampleRandom random = m.streams[uncertain];
                    for (double &x : u)
                        x = random.uniform();
                    uniforms.push_back(std::move(u));
                }
            }
            m.shared.push_back(key);
            ++uncertain;
        }
    }

    // Blocks of samples go to the cores as they come free. A block's draws are taken where
    // they lie in each stream: a copy of the stream at sample 0, moved on by a jump over the
    // samples before the block (one jump per block, applied to each parameter's stream), so
    // no stream is shared between threads and no community's parameters are held beyond the
    // one being run. Each community's net is added to the block's district sum in the
    // members' order, so the sum does not depend on the threads.
    YearBySample net(years, n);
    std::vector<int> neutral(communities.size(), 0);
    const int blocks = (n + block - 1) / block;
    std::mutex merging;
    std::atomic<int> nextBlock{0};
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    const auto work = [&] {
        Eigen::ArrayXXd p;
        std::vector<int> counted(communities.size(), 0);
        YearBySample sum;
        for (int b = nextBlock++; b < blocks && !cancelled; b = nextBlock++) {
            const int first = b * block;
            const int count = std::min(block, n - first);
            const SampleJump skip{std::uint64_t(first)};
            sum.setZero(years, count);
            for (size_t c = 0; c < communities.size(); ++c) {
                const CompiledCommunity &m = communities[c];
                if (m.input.years <= 0)
                    continue;
                p.resize(Eigen::Index(m.input.parameters.size()), count);
                size_t uncertain = 0;
                for (Eigen::Index r = 0; r < p.rows(); ++r) {
                    const ParameterSlot &slot = m.input.parameters[size_t(r)];
                    if (!slot.uncertain()) {
                        p.row(r).setConstant(slot.likely);
                        continue;
                    }
                    const int key = m.shared[uncertain];
                    if (key >= 0) {
                        const std::vector<double> &u = uniforms[size_t(key)];
                        for (int s = 0; s < count; ++s)
                            p(r, s) = SampleRandom::triangularAt(u[size_t(first + s)], slot.low,
                                                                 slot.likely, slot.high);
                    } else {
                        SampleRandom random = m.streams[uncertain];
                        if (first > 0)
                            random.jump(skip);
                        for (int s = 0; s < count; ++s)
                            p(r, s) = random.triangular(slot.low, slot.likely, slot.high);
                    }
                    ++uncertain;
                }
                EngineState state(m.input, count, false);
                const YearBySample own = ScenarioEngine::netEmissions(state, p);
                counted[c] += int((own.row(m.targetRow) <= 1e-9).count());
                for (int t = 0; t < years; ++t) {
                    const int year =
                        std::clamp(baseYear + t - m.input.baseYear, 0, m.input.years - 1);
                    sum.row(t) += own.row(year);
                }
            }
            net.middleCols(first, count) = sum;
            const int finished = ++done;
            if (options.progress && !options.progress(double(finished) / blocks))
                cancelled = true;
        }
        const std::lock_guard<std::mutex> lock(merging);
        for (size_t c = 0; c < communities.size(); ++c)
            neutral[c] += counted[c];
    };
    std::vector<std::thread> pool;
    for (int i = 1; i < std::min(threads, blocks); ++i)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    if (cancelled)
        return std::nullopt;

    DistrictUncertainty result;
    result.sharing = options.sharing;
    UncertaintyResult &d = result.district;
    d.samples = n;
    d.seed = options.seed;
    d.net = MonteCarlo::bands(net);
    d.targetYear = std::clamp(options.targetYear.value_or(baseYear + years - 1), baseYear,
                              baseYear + years - 1);
    d.pNeutralByTarget = (net.row(d.targetYear - baseYear) <= 1e-9).cast<double>().mean();
    for (size_t c = 0; c < communities.size(); ++c) {
        const CompiledCommunity &m = communities[c];
        result.communities.push_back(
            {members[c].name, m.input.baseYear + m.targetRow, double(neutral[c]) / double(n)});
    }
    return result;
}

} // namespace zeroplan
