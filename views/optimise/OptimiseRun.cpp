#include "OptimiseRun.h"

#include "optimise/Optimiser.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace zeroplan {

struct OptimiseRun::Shared
{
    std::atomic<bool> cancel{false};
    int posted = -1; // the last `done` posted; the optimiser calls one at a time
};

OptimiseRun::OptimiseRun(const FactorLibrary &library, QObject *parent)
    : QObject(parent), m_library(library)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &OptimiseRun::onWorkerDone);
}

OptimiseRun::~OptimiseRun()
{
    // The worker posts progress to this object: it must be done before the object goes.
    if (m_shared)
        m_shared->cancel = true;
    m_watcher.waitForFinished();
}

void OptimiseRun::start(const Plan &plan, const OptimiseRequest &request, int robustDraws,
                        quint64 seed)
{
    if (m_running) {
        m_shared->cancel = true;
        m_watcher.waitForFinished(); // after the engine runs in progress
    }
    m_shared = std::make_shared<Shared>();
    m_running = true;
    const int generation = ++m_generation;
    // Called from the optimiser's threads, one at a time: post the figures here, and say
    // whether to go on.
    OptimiseProgress progress = [this, shared = m_shared, generation](int done, int total) {
        if (shared->cancel.load())
            return false;
        // At most about 200 posts a phase, and always the last: the bar needs no more.
        if (done == total || done - shared->posted >= std::max(1, total / 200)) {
            shared->posted = done;
            QMetaObject::invokeMethod(
                this, [this, generation, done, total] { reportProgress(generation, done, total); },
                Qt::QueuedConnection);
        }
        return true;
    };
    const FactorLibrary &library = m_library;
    m_watcher.setFuture(QtConcurrent::run([this, plan, request, &library, progress, robustDraws,
                                           seed, shared = m_shared, generation] {
        Answer answer{Optimiser::run(plan, request, library, progress), {}};
        if (robustDraws <= 0 || answer.result.outcome != OptimiseResult::Outcome::Optimal ||
            shared->cancel.load())
            return answer;
        shared->posted = -1; // the optimiser's calls are over
        QMetaObject::invokeMethod(
            this,
            [this, generation, robustDraws] {
                if (generation == m_generation && m_running && !m_shared->cancel)
                    emit robustnessStarted(robustDraws);
            },
            Qt::QueuedConnection);
        answer.robust =
            RobustOptimiser::run(plan, request, library, robustDraws, seed, 0, progress);
        return answer;
    }));
}

void OptimiseRun::cancel()
{
    if (m_running)
        m_shared->cancel = true;
}

void OptimiseRun::reportProgress(int generation, int done, int total)
{
    if (generation != m_generation || !m_running || m_shared->cancel)
        return;
    emit progress(done, total);
}

void OptimiseRun::onWorkerDone()
{
    // A late signal of a run that start() replaced finds the new one still running: ignore.
    if (!m_running || !m_watcher.isFinished())
        return;
    m_running = false;
    const Answer answer = m_watcher.future().result();
    if (m_shared->cancel || answer.result.outcome == OptimiseResult::Outcome::Cancelled ||
        answer.robust.cancelled) {
        emit cancelled();
        return;
    }
    emit finished(answer.result, answer.robust);
}

} // namespace zeroplan
