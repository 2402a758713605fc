#pragma once

#include "optimise/OptimiseRequest.h"
#include "optimise/OptimiseResult.h"
#include "optimise/RobustOptimiser.h"
#include "plan/Plan.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace zeroplan {

class FactorLibrary;

// One run of the optimiser (Optimiser::run) off the GUI thread (QtConcurrent), on a copy of the
// plan taken when it starts, so the run never touches the document; then, if asked and the
// target can be met, the same question on Monte Carlo draws (RobustOptimiser). progress() and
// robustnessStarted() arrive queued on the thread of this object; cancel() makes the progress
// callback say stop, and the run then ends with cancelled(), even if the worker had an answer.
// Destroying a run cancels it and waits for the worker, which stops after the engine runs in
// progress.
class OptimiseRun : public QObject
{
    Q_OBJECT

public:
    explicit OptimiseRun(const FactorLibrary &library, QObject *parent = nullptr);
    ~OptimiseRun() override;

    // Starts a run, with `robustDraws` draws of robustness (0: none) from `seed`; one still
    // going is cancelled first (and says nothing more).
    void start(const Plan &plan, const OptimiseRequest &request, int robustDraws = 0,
               quint64 seed = 1);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // Of the optimiser's steps, then (after robustnessStarted) of the draws.
    void progress(int done, int total);
    void robustnessStarted(int draws);
    // `robust.draws` is 0 when robustness was not asked for or the target cannot be met.
    void finished(const zeroplan::OptimiseResult &result, const zeroplan::RobustResult &robust);
    void cancelled();

private:
    struct Shared;
    struct Answer
    {
        OptimiseResult result;
        RobustResult robust;
    };
    void reportProgress(int generation, int done, int total);
    void onWorkerDone();

    const FactorLibrary &m_library;
    std::shared_ptr<Shared> m_shared; // what the worker of the current run shares with us
    QFutureWatcher<Answer> m_watcher;
    int m_generation = 0; // tells a late progress report of a replaced run from the current
    bool m_running = false;
};

} // namespace zeroplan
