#include "RecoveryOwner.h"

#include <QByteArrayList>
#include <QFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace zeroplan {

namespace {

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll(); // /proc files report size 0: readAll reads to the end
}

QString currentBootId()
{
    static const QString id = QString::fromLatin1(
        readProcFile(QStringLiteral("/proc/sys/kernel/random/boot_id")).trimmed());
    return id;
}

// The fields of /proc/PID/stat from field 3 (state) on; empty where there is no such file.
// The second field, the command in parentheses, may itself hold spaces and parentheses, so
// counting starts after its last ')'.
QByteArrayList processStat(qint64 pid)
{
    const QByteArray stat = readProcFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    return stat.mid(close + 1).simplified().split(' ');
}

// Field 22 of /proc/PID/stat (starttime); -1 where unknown.
qint64 processStartTime(const QByteArrayList &stat)
{
    constexpr int kStartTime = 22 - 3; // the fields begin with field 3 (state)
    bool ok = false;
    const qint64 start = stat.value(kStartTime).toLongLong(&ok);
    return ok ? start : -1;
}

qint64 processStartTime(qint64 pid)
{
    return processStartTime(processStat(pid));
}

// Field 3 of /proc/PID/stat: Z (zombie: it has ended, its parent has not yet collected it)
// and X (dead) are processes that no longer run. A writer killed with kill -9 stays a zombie
// until its parent reaps it, and must count as gone at once (issue 12).
bool hasEnded(const QByteArrayList &stat)
{
    const QByteArray state = stat.value(0);
    return state == "Z" || state == "X" || state == "x";
}

bool processExists(qint64 pid)
{
    if (pid <= 0 || pid != static_cast<pid_t>(pid))
        return false;
    // EPERM: it exists but belongs to someone else.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

} // namespace

RecoveryOwner RecoveryOwner::current()
{
    RecoveryOwner owner;
    owner.host = QSysInfo::machineHostName();
    owner.bootId = currentBootId();
    owner.pid = ::getpid();
    owner.startTime = processStartTime(owner.pid);
    return owner;
}

bool RecoveryOwner::isOnThisHost() const
{
    return !host.isEmpty() && host == QSysInfo::machineHostName();
}

bool RecoveryOwner::isRunningHere() const
{
    if (!isOnThisHost() || bootId != currentBootId() || !processExists(pid))
        return false;
    const QByteArrayList stat = processStat(pid);
    if (hasEnded(stat))
        return false;
    return startTime < 0 || processStartTime(stat) == startTime;
}

QJsonObject RecoveryOwner::toJson() const
{
    return {{QStringLiteral("host"), host},
            {QStringLiteral("boot_id"), bootId},
            {QStringLiteral("pid"), pid},
            {QStringLiteral("start_time"), startTime}};
}

RecoveryOwner RecoveryOwner::fromJson(const QJsonObject &json)
{
    RecoveryOwner owner;
    owner.host = json.value(QStringLiteral("host")).toString();
    owner.bootId = json.value(QStringLiteral("boot_id")).toString();
    owner.pid = json.value(QStringLiteral("pid")).toInteger(0);
    owner.startTime = json.value(QStringLiteral("start_time")).toInteger(-1);
    return owner;
}

} // namespace zeroplan
