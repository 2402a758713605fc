#pragma once
// What the recovery copies' tests share (TestRecoveryFile, TestRecoveryFind): a user's folder
// with a saved plan and an edited one, and ways of making a copy look like one a crashed
// session left.
#include "FileSnapshot.h"
#include "RandomPlan.h"
#include "storage/PlanStore.h"
#include "storage/RecoveryFile.h"
#include "storage/RecoveryOwner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

#include <csignal>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

namespace zeroplan::test {

inline QString sidecarOf(const QString &copyPath)
{
    return copyPath.chopped(QStringLiteral("zeroplan").size()) + QStringLiteral("json");
}

inline Plan planNamed(const QString &title, std::uint64_t seed)
{
    Plan plan = test::randomPlan(seed, 12, 8);
    plan.title = title;
    return plan;
}

// A process that has exited and been reaped: its id belongs to no running process.
inline qint64 deadPid()
{
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

// Rewrites the "writer" of a copy's sidecar, as if another process had written the copy.
inline void setWriter(const QString &copyPath, const std::function<void(QJsonObject &)> &change)
{
    QFile file(sidecarOf(copyPath));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject writer = json.value(QStringLiteral("writer")).toObject();
    QVERIFY(!writer.isEmpty());
    change(writer);
    json.insert(QStringLiteral("writer"), writer);
    QVERIFY(file.resize(0));
    QVERIFY(file.write(QJsonDocument(json).toJson()) > 0);
}

// The copy now looks like one left by a crashed session.
inline void orphan(const QString &copyPath)
{
    setWriter(copyPath, [](QJsonObject &w) { w.insert(QStringLiteral("pid"), deadPid()); });
}

inline const RecoveryCopy *findCopy(const QList<RecoveryCopy> &copies, const QString &path)
{
    for (const RecoveryCopy &c : copies) {
        if (c.recoveryPath == path)
            return &c;
    }
    return nullptr;
}

// The base of the recovery tests: initPlans() in init() makes a fresh folder with the user's
// file saved.
class RecoveryFileTest : public QObject
{
protected:
    void initPlans()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_plans = m_dir->filePath(QStringLiteral("plans"));
        m_recovery = m_dir->filePath(QStringLiteral("data/recovery"));
        QVERIFY(QDir().mkpath(m_plans));
        m_path = m_plans + QStringLiteral("/Xinqiao.zeroplan");
        m_saved = planNamed(QStringLiteral("新桥 Xinqiao"), 1);
        m_edited = planNamed(QStringLiteral("新桥 Xinqiao (edited)"), 2);
        QString error;
        QVERIFY2(PlanStore::save(m_saved, m_path, &error), qPrintable(error));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plans;    // the user's folder
    QString m_recovery; // the app's recovery folder, not yet created
    QString m_path;     // the user's file, saved with m_saved
    Plan m_saved;
    Plan m_edited;
};

} // namespace zeroplan::test
