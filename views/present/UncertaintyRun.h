#pragma once

#include "engine/EngineInput.h"
#include "engine/Results.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <optional>

namespace zeroplan {

// What one uncertainty run found for a compiled scenario.
struct UncertaintyOutcome
{
    int firstYear = 0;
    int uncertainParameters = 0; // parameters with a low–high range that were sampled
    UncertaintyResult uncertainty;
    SensitivityResult sensitivity;
};

// Monte Carlo (MonteCarlo::run) and one-at-a-time sensitivity (Sensitivity::run) of a compiled
// scenario, off the GUI thread (QtConcurrent). The input is compiled on the GUI thread and
// copied in, so the run never touches the plan. progress() arrives queued on the thread of
// this object; cancel() makes the engine's progress callback return false. Destroying a run
// cancels it and waits for the worker, which stops within one block of samples.
class UncertaintyRun : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSamples = 10000;
    // Fixed, so that the same plan gives the same figures in every run and every report.
    static constexpr quint64 kSeed = 20240601;

    explicit UncertaintyRun(QObject *parent = nullptr);
    ~UncertaintyRun() override;

    // The same figures at once, on the calling thread: for the printed plan, which needs them
    // before it can draw its uncertainty pages.
    static UncertaintyOutcome computeNow(const EngineInput &input, int samples = kSamples,
                                         quint64 seed = kSeed);
    // Starts a run; one still going is cancelled first (and says nothing more).
    void start(EngineInput input, int samples = kSamples, quint64 seed = kSeed);
    // The run ends with cancelled() instead of finished(), even if the worker was done.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int percent);
    void finished(const zeroplan::UncertaintyOutcome &outcome);
    void cancelled();

private:
    struct Shared;
    void reportProgress(int generation, int percent);
    void onWorkerDone();

    std::shared_ptr<Shared> m_shared; // what the worker of the current run shares with us
    QFutureWatcher<std::optional<UncertaintyOutcome>> m_watcher;
    int m_generation = 0; // tells a late progress report of a replaced run from the current
    bool m_running = false;
    int m_percent = -1; // last percent said with progress()
};

} // namespace zeroplan
