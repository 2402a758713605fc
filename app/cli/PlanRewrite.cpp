#include "PlanRewrite.h"

#include "CliCommand.h"
#include "Console.h"

namespace zeroplan {

PlanRewrite::PlanRewrite(const QString &path) : m_path(path), m_lock(path) {}

std::optional<int> PlanRewrite::begin()
{
    if (!m_lock.lock(PlanLock::kCommandWaitMilliseconds) && m_lock.isHeldByOther()) {
        Console::error(m_lock.error());
        return ExitPlanBusy;
    }
    // Before reading: a change between this and the read is then a change seen by check().
    m_stamp = PlanFileStamp::take(m_path);
    return std::nullopt;
}

std::optional<int> PlanRewrite::check() const
{
    if (m_stamp.stillMatches(m_path))
        return std::nullopt;
    Console::error(m_path + QStringLiteral(": ") +
                   tr("the file was changed by another program while this command ran; "
                      "nothing was written, run the command again"));
    return ExitPlanBusy;
}

} // namespace zeroplan
