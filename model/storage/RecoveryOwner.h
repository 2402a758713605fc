#pragma once

#include <QJsonObject>
#include <QString>

namespace zeroplan {

// The running program that writes a recovery copy: which process, on which computer, since
// which start of that computer. Recorded beside every recovery copy (docs/project-file.md,
// "Recovery copies") so that a later session can tell a copy whose writer is still running
// (a second window or instance: leave it alone) from one whose writer crashed (offer it).
struct RecoveryOwner
{
    QString host;   // QSysInfo::machineHostName()
    QString bootId; // Linux: /proc/sys/kernel/random/boot_id; empty where unknown
    qint64 pid = 0;
    qint64 startTime = -1; // Linux: the process's start, in clock ticks since boot; -1 unknown

    // This process.
    static RecoveryOwner current();

    // True only when the writer is certainly still running: same computer, not restarted
    // since, a process with that id exists and is not a zombie (it ended, killed or crashed,
    // and its parent has not yet collected it) and (where the system says) it started when the
    // writer did, so a process id reused by another program does not count. A writer on
    // another computer can't be checked and is not running *here*.
    bool isRunningHere() const;
    bool isOnThisHost() const;

    QJsonObject toJson() const;
    // Unset fields keep their defaults; an owner read from nothing has pid 0 and is not running.
    static RecoveryOwner fromJson(const QJsonObject &json);

    bool operator==(const RecoveryOwner &) const = default;
};

} // namespace zeroplan
