// PlanLock: the advisory lock a writer of a plan holds (issue 12, "Two writers on one plan").
// Checks where the lock file is (beside the plan, hidden; for a symbolic link beside its
// target), that a held lock makes a second writer wait and then fail with a message naming
// the holder's program, process id and computer, that a lock whose holder is gone is taken
// over, and that nothing is left behind.
#include "storage/PlanLock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

class TestPlanLock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void lockFileIsHiddenBesideThePlan();
    void symbolicLinkLocksItsTarget();
    void secondWriterWaitsThenNamesTheHolder();
    void lockIsFreedWhenReleased();
    void staleLockOfAGoneProcessIsTakenOver();
    void folderThatDoesNotExistIsNoHolder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plan;
};

void TestPlanLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_plan = m_dir->filePath(QStringLiteral("hemu.zeroplan"));
    QFile file(m_plan);
    QVERIFY(file.open(QIODevice::WriteOnly));
}

void TestPlanLock::lockFileIsHiddenBesideThePlan()
{
    QCOMPARE(PlanLock::lockPathFor(m_plan), m_dir->filePath(QStringLiteral(".hemu.zeroplan.lock")));
    // A relative name and a name not yet made lock the same way.
    QCOMPARE(PlanLock::lockPathFor(m_dir->filePath(QStringLiteral("new.json"))),
             m_dir->filePath(QStringLiteral(".new.json.lock")));
    PlanLock lock(m_plan);
    QVERIFY(lock.lock(0));
    QVERIFY(lock.isLocked());
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral(".hemu.zeroplan.lock"))));
}

void TestPlanLock::symbolicLinkLocksItsTarget()
{
    QDir(m_dir->path()).mkdir(QStringLiteral("links"));
    const QString link = m_dir->filePath(QStringLiteral("links/plan.zeroplan"));
    QVERIFY(QFile::link(m_plan, link));
    QCOMPARE(PlanLock::lockPathFor(link), PlanLock::lockPathFor(m_plan));
    PlanLock viaTarget(m_plan);
    QVERIFY(viaTarget.lock(0));
    PlanLock viaLink(link);
    QVERIFY(!viaLink.lock(0));
    QVERIFY(viaLink.isHeldByOther());
}

void TestPlanLock::secondWriterWaitsThenNamesTheHolder()
{
    PlanLock first(m_plan);
    QVERIFY(first.lock(0));
    PlanLock second(m_plan);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!second.lock(400));
    // It waited for the holder (QLockFile sleeps 100, 200, … ms in between, cut to the time
    // left), and not much longer.
    QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(second.isHeldByOther());
    QVERIFY(!second.isLocked());
    // The holder is this process: the test's program name, its pid, this computer.
    const QString holder = QStringLiteral("unit_testplanlock (pid %1 on %2)")
                               .arg(QCoreApplication::applicationPid())
                               .arg(QSysInfo::machineHostName());
    QCOMPARE(second.holder(), holder);
    QCOMPARE(second.error(), m_plan + QStringLiteral(": the plan is being edited by ") + holder +
                                 QStringLiteral("; try again when it is closed there"));
    QVERIFY(first.isLocked()); // the failed attempt did not disturb the holder
}

void TestPlanLock::lockIsFreedWhenReleased()
{
    {
        PlanLock first(m_plan);
        QVERIFY(first.lock(0));
        first.unlock();
        QVERIFY(!first.isLocked());
        QVERIFY(!QFile::exists(PlanLock::lockPathFor(m_plan)));
        QVERIFY(first.lock(0));
    } // released by the destructor
    QVERIFY(!QFile::exists(PlanLock::lockPathFor(m_plan)));
    PlanLock second(m_plan);
    QVERIFY(second.lock(0));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral(".hemu.zeroplan.lock"), QStringLiteral("hemu.zeroplan")}));
}

void TestPlanLock::staleLockOfAGoneProcessIsTakenOver()
{
    // A lock file left by a zeroplan-cli that was killed: a process of this computer that has
    // ended (a child of ours, waited for, so its pid is free).
    QProcess child;
    child.start(QStringLiteral("true"), {});
    QVERIFY(child.waitForStarted());
    const qint64 pid = child.processId();
    QVERIFY(child.waitForFinished());
    QFile stale(PlanLock::lockPathFor(m_plan));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray::number(pid) + "\nzeroplan-cli\n" +
                QSysInfo::machineHostName().toUtf8() + "\n");
    stale.close();
    PlanLock lock(m_plan);
    QVERIFY2(lock.lock(0), qPrintable(lock.error()));
    qint64 holderPid = 0;
    QString host;
    QString program;
    QLockFile check(PlanLock::lockPathFor(m_plan));
    QVERIFY(check.getLockInfo(&holderPid, &host, &program));
    QCOMPARE(holderPid, QCoreApplication::applicationPid()); // ours now
}

void TestPlanLock::folderThatDoesNotExistIsNoHolder()
{
    PlanLock lock(m_dir->filePath(QStringLiteral("gone/plan.zeroplan")));
    QVERIFY(!lock.lock(0));
    QVERIFY(!lock.isHeldByOther());
    QVERIFY(lock.holder().isEmpty());
    QVERIFY2(lock.error().contains(QStringLiteral("cannot be locked for writing")),
             qPrintable(lock.error()));
}

QTEST_GUILESS_MAIN(TestPlanLock)
#include "TestPlanLock.moc"
