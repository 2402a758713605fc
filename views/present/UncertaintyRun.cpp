#include "UncertaintyRun.h"

#include "engine/MonteCarlo.h"
#include "engine/Sensitivity.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace zeroplan {

struct UncertaintyRun::Shared
{
    std::atomic<bool> cancel{false};
    std::atomic<int> percent{-1}; // last percent reported, so each is posted once
};

namespace {

int uncertainCount(const EngineInput &input)
{
    return int(std::count_if(input.parameters.cbegin(), input.parameters.cend(),
                             [](const ParameterSlot &slot) { return slot.uncertain(); }));
}

// Runs on a pool thread; Monte Carlo spreads over the cores from there.
std::optional<UncertaintyOutcome> compute(const EngineInput &input, int samples, quint64 seed,
                                          const std::function<bool(double)> &progress,
                                          const std::atomic<bool> &cancel)
{
    MonteCarloOptions options;
    options.samples = samples;
    options.seed = seed;
    options.progress = progress;
    std::optional<UncertaintyResult> monteCarlo = MonteCarlo::run(input, options);
    if (!monteCarlo || cancel)
        return std::nullopt;
    UncertaintyOutcome outcome;
    outcome.firstYear = input.baseYear;
    outcome.uncertainParameters = uncertainCount(input);
    outcome.uncertainty = std::move(*monteCarlo);
    outcome.sensitivity = Sensitivity::run(input); // 1 + 2 × parameters runs: quick
    if (cancel)
        return std::nullopt;
    return outcome;
}

} // namespace

UncertaintyOutcome UncertaintyRun::computeNow(const EngineInput &input, int samples, quint64 seed)
{
    const std::atomic<bool> never{false};
    return *compute(input, samples, seed, {}, never);
}

UncertaintyRun::UncertaintyRun(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &UncertaintyRun::onWorkerDone);
}

UncertaintyRun::~UncertaintyRun()
{
    // The worker posts progress to this object: it must be done before the object goes.
    if (m_shared)
        m_shared->cancel = true;
    m_watcher.waitForFinished();
}

void UncertaintyRun::start(EngineInput input, int samples, quint64 seed)
{
    if (m_running) {
        m_shared->cancel = true;
        m_watcher.waitForFinished(); // within one block of samples
    }
    m_shared = std::make_shared<Shared>();
    m_running = true;
    m_percent = -1;
    const int generation = ++m_generation;
    // Called from Monte Carlo's threads: post the percent here, and say whether to go on.
    auto progress = [this, shared = m_shared, generation](double share) {
        const int percent = std::clamp(int(share * 100.0), 0, 99); // 100 once all is done
        int last = shared->percent.load();
        while (percent > last && !shared->percent.compare_exchange_weak(last, percent)) {
        }
        if (percent > last) {
            QMetaObject::invokeMethod(
                this, [this, generation, percent] { reportProgress(generation, percent); },
                Qt::QueuedConnection);
        }
        return !shared->cancel.load();
    };
    m_watcher.setFuture(
        QtConcurrent::run([input = std::move(input), samples, seed, progress, shared = m_shared] {
            return compute(input, samples, seed, progress, shared->cancel);
        }));
}

void UncertaintyRun::cancel()
{
    if (m_running)
        m_shared->cancel = true;
}

void UncertaintyRun::reportProgress(int generation, int percent)
{
    // Two workers' reports can be posted in the opposite order of their claims: keep the
    // highest, so the bar never steps back.
    if (generation != m_generation || !m_running || m_shared->cancel || percent <= m_percent)
        return;
    m_percent = percent;
    emit progress(percent);
}

void UncertaintyRun::onWorkerDone()
{
    // A late signal of a run that start() replaced finds the new one still running: ignore.
    if (!m_running || !m_watcher.isFinished())
        return;
    m_running = false;
    const std::optional<UncertaintyOutcome> outcome = m_watcher.future().result();
    if (!outcome || m_shared->cancel) {
        emit cancelled();
        return;
    }
    emit progress(100);
    emit finished(*outcome);
}

} // namespace zeroplan
