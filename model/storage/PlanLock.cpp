#include "PlanLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace zeroplan {

PlanLock::PlanLock(const QString &planPath)
    : m_planPath(planPath), m_lockPath(lockPathFor(planPath))
{
}

PlanLock::~PlanLock()
{
    unlock();
}

QString PlanLock::lockPathFor(const QString &planPath)
{
    const QFileInfo info(planPath);
    // A symbolic link is locked where it leads, so that two names of one file share a lock.
    const QString canonical = info.canonicalFilePath();
    const QFileInfo target(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
    return QDir::cleanPath(target.absolutePath() + QLatin1Char('/') + QLatin1Char('.') +
                           target.fileName() + QStringLiteral(".lock"));
}

bool PlanLock::lock(int waitMilliseconds)
{
    if (isLocked())
        return true;
    m_heldByOther = false;
    m_holder.clear();
    m_error.clear();
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // The app holds its lock for as long as a plan is open: age says nothing, only a holder
    // that is gone (QLockFile checks its process and program on this computer) makes it stale.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(waitMilliseconds))
        return true;
    const QString plan = QDir::toNativeSeparators(m_planPath);
    if (m_lock->error() == QLockFile::LockFailedError) {
        m_heldByOther = true;
        qint64 pid = 0;
        QString host;
        QString program;
        if (m_lock->getLockInfo(&pid, &host, &program))
            m_holder = tr("%1 (pid %2 on %3)", "program (process id on computer)")
                           .arg(program.isEmpty() ? tr("another program") : program)
                           .arg(pid)
                           .arg(host.isEmpty() ? tr("an unknown computer") : host);
        m_error = m_holder.isEmpty()
                      ? tr("%1: the plan is being edited by another program (its lock file is "
                           "%2); try again when it is closed there")
                            .arg(plan, QDir::toNativeSeparators(m_lockPath))
                      : tr("%1: the plan is being edited by %2; try again when it is closed "
                           "there")
                            .arg(plan, m_holder);
    } else {
        m_error = tr("%1: the plan cannot be locked for writing: the lock file %2 cannot be "
                     "created (check that the folder is writable)")
                      .arg(plan, QDir::toNativeSeparators(m_lockPath));
    }
    m_lock.reset();
    return false;
}

void PlanLock::unlock()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

bool PlanLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

} // namespace zeroplan
