#include "OptimiseProgress.h"

#include <algorithm>

namespace zeroplan {

ProgressCounter::ProgressCounter(const OptimiseProgress &progress, int total)
    : m_progress(progress), m_total(total)
{
}

bool ProgressCounter::advance(int steps)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_cancelled)
        return false;
    m_done = std::min(m_total, m_done + steps);
    if (m_progress && !m_progress(m_done, m_total))
        m_cancelled = true;
    return !m_cancelled;
}

} // namespace zeroplan
