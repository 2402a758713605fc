#pragma once

#include <atomic>
#include <functional>
#include <mutex>

namespace zeroplan {

// Told how far the optimiser has come: `done` of `total` steps, a step being one combination
// of levels of an interaction group (run by the engine or ruled out by a rule) or one link of a
// large group's greedy chain (docs/optimiser.md, "Progress and cancel"). Returning false
// cancels: the run stops after the engine runs in progress and gives
// OptimiseResult::Outcome::Cancelled. Called from the optimiser's threads, one call at a time,
// `done` never going back.
using OptimiseProgress = std::function<bool(int done, int total)>;

// Counts the steps of the optimiser's threads and tells an OptimiseProgress of them.
class ProgressCounter
{
public:
    ProgressCounter(const OptimiseProgress &progress, int total);

    // `steps` more are done (0: only asks); false once the run is cancelled.
    bool advance(int steps);
    bool cancelled() const { return m_cancelled.load(); }

private:
    const OptimiseProgress &m_progress;
    const int m_total;
    int m_done = 0;
    std::mutex m_mutex;
    std::atomic<bool> m_cancelled{false};
};

} // namespace zeroplan
