#pragma once

#include "storage/PlanFileStamp.h"
#include "storage/PlanLock.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zeroplan {

// The guard of a command that rewrites a plan file (import; convert onto an existing file):
// the plan's lock, taken before the plan is read and held until it has been replaced, and the
// stamp of the file as read, checked just before it is replaced (docs/cli.md, "Two writers").
class PlanRewrite
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PlanRewrite)

public:
    explicit PlanRewrite(const QString &path);

    // Takes the lock, waiting up to PlanLock::kCommandWaitMilliseconds, and stamps the file.
    // Nothing: go on. Else the exit status (ExitPlanBusy), with the message naming the holder
    // already on stderr. A lock file that cannot be made at all (a folder without write
    // permission, or none) is no reason to stop: the write reports its own error.
    std::optional<int> begin();
    // Just before replacing the file: nothing if it is still the one that was read; else
    // ExitPlanBusy, with a message on stderr that says the file changed and nothing was written.
    std::optional<int> check() const;

private:
    QString m_path;
    PlanLock m_lock;
    PlanFileStamp m_stamp;
};

} // namespace zeroplan
