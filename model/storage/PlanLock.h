#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace zeroplan {

// The advisory lock of one plan file, held by whoever may rewrite it: a zeroplan-cli command
// from the moment it reads the plan until it has replaced it, the app while the plan is open
// for saving. It is a QLockFile beside the plan, `.NAME.lock` (for a symbolic link, beside the
// file it points to), that records the holder's process id, program and computer
// (docs/project-file.md, "Two writers"). A lock whose holder is gone (crashed, killed, the
// computer restarted) is stale and taken over; a lock held on another computer is not.
class PlanLock
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PlanLock)

public:
    // How long a command waits for another writer to finish before it gives up.
    static constexpr int kCommandWaitMilliseconds = 5000;
    // How long the app waits when it opens or saves a plan (it must not hang the window).
    static constexpr int kAppWaitMilliseconds = 1000;

    explicit PlanLock(const QString &planPath);
    ~PlanLock(); // releases the lock if held
    PlanLock(const PlanLock &) = delete;
    PlanLock &operator=(const PlanLock &) = delete;

    // The lock file of `planPath`: `.NAME.lock` in the folder of the file it resolves to.
    static QString lockPathFor(const QString &planPath);

    // Takes the lock, waiting up to `waitMilliseconds` for another holder to let it go.
    // False: error() says why, holder() who has it (when the lock file says).
    bool lock(int waitMilliseconds);
    void unlock();
    bool isLocked() const;

    QString planPath() const { return m_planPath; }
    QString lockPath() const { return m_lockPath; }
    // After a failed lock(): true if another program holds the lock (else the lock file could
    // not be made at all, e.g. a folder without write permission).
    bool isHeldByOther() const { return m_heldByOther; }
    // "zeroplan (pid 1234 on li-laptop)"; empty when the lock file does not say.
    QString holder() const { return m_holder; }
    // One line naming the plan: "<plan>: the plan is being edited by zeroplan (pid 1234 on
    // li-laptop); try again when it is closed there".
    QString error() const { return m_error; }

private:
    QString m_planPath;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_heldByOther = false;
    QString m_holder;
    QString m_error;
};

} // namespace zeroplan
