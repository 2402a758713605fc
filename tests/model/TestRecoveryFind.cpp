// Finding recovery copies after a crash (docs/project-file.md, "Recovery copies"): a crashed
// session's copy is listed, a live writer's is not (a killed writer's is, even while a
// zombie), the writer's checks, an original changed or gone since the copy, a copy without
// its sidecar and a damaged copy are listed with the reason.
#include "RecoveryFileTest.h"

using namespace zeroplan;
using namespace zeroplan::test;

class TestRecoveryFind : public RecoveryFileTest
{
    Q_OBJECT

private slots:
    void init() { initPlans(); }
    void findListsCrashedCopy();
    void findSkipsLiveCopies();
    void killedWriterIsGoneWhileAZombie();
    void writerChecks_data();
    void writerChecks();
    void originalModifiedAfterCopy();
    void originalMissing();
    void copyWithoutSidecarListed();
    void damagedCopyListed();
};

// A session that dies without discarding (here: a child that writes and exits) leaves a copy
// that find() offers, with what the app shows.
void TestRecoveryFind::findListsCrashedCopy()
{
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        RecoveryFile recovery(m_path, m_recovery);
        _exit(recovery.write(m_edited, nullptr) ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);

    const QList<RecoveryCopy> found = RecoveryFile::find({m_path}, m_recovery);
    QCOMPARE(found.size(), 1);
    const RecoveryCopy &copy = found.first();
    QCOMPARE(QFileInfo(copy.recoveryPath).absolutePath(), m_plans);
    QCOMPARE(copy.originalPath, m_path);
    QCOMPARE(copy.planName, m_edited.title);
    QCOMPARE(copy.writtenAt, QFileInfo(copy.recoveryPath).lastModified());
    QVERIFY(copy.writtenAt >= QFileInfo(m_path).lastModified());
    QVERIFY(!copy.originalModified);
    QVERIFY(!copy.originalMissing);
    QVERIFY(!copy.isDamaged());
    QVERIFY(!copy.isUntitled());
    QVERIFY(!copy.isFromOtherHost());
    QCOMPARE(copy.owner.pid, qint64(child));
    QCOMPARE(copy.owner.host, QSysInfo::machineHostName());
    const PlanStoreResult loaded = RecoveryFile::load(copy);
    QVERIFY(loaded.plan);
    QVERIFY(*loaded.plan == m_edited);
    QVERIFY(!loaded.readOnly);
}

// This process's own copies (another window, or this one) are never offered.
void TestRecoveryFind::findSkipsLiveCopies()
{
    RecoveryFile beside(m_path, m_recovery);
    RecoveryFile untitled(QString(), m_recovery);
    QVERIFY(beside.write(m_edited, nullptr));
    QVERIFY(untitled.write(m_edited, nullptr));
    QVERIFY(RecoveryOwner::current().isRunningHere());
    QCOMPARE(RecoveryFile::find({m_path}, m_recovery).size(), 0);
    orphan(beside.copyPath());
    const QList<RecoveryCopy> found = RecoveryFile::find({m_path}, m_recovery);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().recoveryPath, beside.copyPath());
}

// Issue 12: after kill -9 the copy was offered only on the second restart: the killed writer,
// not yet collected by its parent, is a zombie whose /proc entry still exists, and counted as
// running. A real child writes its copy, waits, is killed with SIGKILL and is left unreaped
// (a zombie, state Z) while find() runs: its copy is offered at once.
void TestRecoveryFind::killedWriterIsGoneWhileAZombie()
{
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(ready[0]);
        RecoveryFile recovery(m_path, m_recovery);
        const char ok = recovery.write(m_edited, nullptr) ? '1' : '0';
        if (::write(ready[1], &ok, 1) != 1)
            _exit(1);
        for (;;)
            ::pause(); // running, until killed
    }
    ::close(ready[1]);
    char ok = 0;
    const bool told = ::read(ready[0], &ok, 1) == 1;
    ::close(ready[0]);
    const auto reap = qScopeGuard([child] {
        ::kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
    });
    QVERIFY(told);
    QCOMPARE(ok, '1');

    // While the writer runs, its copy is not offered.
    QCOMPARE(RecoveryFile::find({m_path}, m_recovery).size(), 0);

    QCOMPARE(::kill(child, SIGKILL), 0);
    // Wait until it has ended, without collecting it (WNOWAIT): it stays a zombie.
    siginfo_t info{};
    QCOMPARE(waitid(P_PID, id_t(child), &info, WEXITED | WNOWAIT), 0);
    QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
    QVERIFY(stat.open(QIODevice::ReadOnly));
    const QByteArray line = stat.readAll();
    QVERIFY2(line.mid(line.lastIndexOf(')') + 2, 1) == "Z", line.constData());

    const QList<RecoveryCopy> found = RecoveryFile::find({m_path}, m_recovery);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().owner.pid, qint64(child));
    QVERIFY(!found.first().owner.isRunningHere());
    QVERIFY(*RecoveryFile::load(found.first()).plan == m_edited);
}

// The sidecar's writer is this process only if everything matches; a pid reused by another
// program (other start time) or from before a restart (other boot) is not this process.
void TestRecoveryFind::writerChecks_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<bool>("otherHost");
    QTest::newRow("this process") << QString() << QJsonValue() << false << false;
    QTest::newRow("process not running")
        << QStringLiteral("pid") << QJsonValue(deadPid()) << true << false;
    QTest::newRow("pid reused (other start time)")
        << QStringLiteral("start_time") << QJsonValue(1) << true << false;
    QTest::newRow("before a restart (other boot)")
        << QStringLiteral("boot_id") << QJsonValue(QStringLiteral("0000-earlier-boot")) << true
        << false;
    QTest::newRow("another computer")
        << QStringLiteral("host") << QJsonValue(QStringLiteral("elsewhere.example")) << true
        << true;
    QTest::newRow("pid unreadable")
        << QStringLiteral("pid") << QJsonValue(QStringLiteral("?")) << true << false;
}

void TestRecoveryFind::writerChecks()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, listed);
    QFETCH(bool, otherHost);
    RecoveryFile recovery(m_path, m_recovery);
    QVERIFY(recovery.write(m_edited, nullptr));
    if (!field.isEmpty())
        setWriter(recovery.copyPath(), [&](QJsonObject &w) { w.insert(field, value); });
    const QList<RecoveryCopy> found = RecoveryFile::find({m_path}, m_recovery);
    QCOMPARE(found.size(), listed ? 1 : 0);
    if (listed)
        QCOMPARE(found.first().isFromOtherHost(), otherHost);
}

// The user's file saved after the copy was written (by another instance, or before the crash
// through another path): the copy is older than the file, and the app says so.
void TestRecoveryFind::originalModifiedAfterCopy()
{
    RecoveryFile recovery(m_path, m_recovery);
    QVERIFY(recovery.write(m_edited, nullptr));
    orphan(recovery.copyPath());
    const QDateTime written = QFileInfo(recovery.copyPath()).lastModified();
    QFile original(m_path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY(original.setFileTime(written.addSecs(-60), QFileDevice::FileModificationTime));
    const QList<RecoveryCopy> older = RecoveryFile::find({m_path}, m_recovery);
    QCOMPARE(older.size(), 1);
    QCOMPARE(older.first().originalModified, false);
    QVERIFY(original.setFileTime(written.addSecs(60), QFileDevice::FileModificationTime));
    const QList<RecoveryCopy> found = RecoveryFile::find({m_path}, m_recovery);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().originalModified, true);
    QCOMPARE(found.first().writtenAt, written);
}

void TestRecoveryFind::originalMissing()
{
    RecoveryFile recovery(m_path, m_recovery);
    QVERIFY(recovery.write(m_edited, nullptr));
    orphan(recovery.copyPath());
    QVERIFY(QFile::remove(m_path));
    const QList<RecoveryCopy> found = RecoveryFile::find({m_path}, m_recovery);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().originalMissing);
    QVERIFY(!found.first().originalModified);
    QVERIFY(*RecoveryFile::load(found.first()).plan == m_edited);
}

// A copy whose sidecar is gone is still offered (its writer unknown), for the file its name
// is beside.
void TestRecoveryFind::copyWithoutSidecarListed()
{
    RecoveryFile recovery(m_path, m_recovery);
    QVERIFY(recovery.write(m_edited, nullptr));
    QVERIFY(QFile::remove(sidecarOf(recovery.copyPath())));
    const QList<RecoveryCopy> found = RecoveryFile::find({m_path}, m_recovery);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().originalPath, m_path);
    QCOMPARE(found.first().owner.pid, qint64(0));
    QVERIFY(!found.first().isDamaged());
}

void TestRecoveryFind::damagedCopyListed()
{
    RecoveryFile beside(m_path, m_recovery);
    RecoveryFile untitled(QString(), m_recovery);
    QVERIFY(beside.write(m_edited, nullptr));
    QVERIFY(untitled.write(m_edited, nullptr));
    orphan(beside.copyPath());
    orphan(untitled.copyPath());
    QFile truncated(beside.copyPath());
    QVERIFY(truncated.resize(4096 + 100));
    QFile garbage(untitled.copyPath());
    QVERIFY(garbage.open(QIODevice::WriteOnly | QIODevice::Truncate));
    garbage.write("not a database");
    garbage.close();
    const QByteArray truncatedBefore = sha256(beside.copyPath());
    const QByteArray garbageBefore = sha256(untitled.copyPath());

    const QList<RecoveryCopy> found = RecoveryFile::find({m_path}, m_recovery);
    QCOMPARE(found.size(), 2);
    const RecoveryCopy *damaged = findCopy(found, beside.copyPath());
    QVERIFY(damaged && damaged->isDamaged());
    QVERIFY2(damaged->damage.contains(QStringLiteral("the project file is truncated")),
             qPrintable(damaged->damage));
    QCOMPARE(damaged->originalPath, m_path);
    QVERIFY(damaged->planName.isEmpty());
    const RecoveryCopy *notSqlite = findCopy(found, untitled.copyPath());
    QVERIFY(notSqlite && notSqlite->isDamaged());
    QVERIFY2(notSqlite->damage.contains(QStringLiteral("not an SQLite database")),
             qPrintable(notSqlite->damage));
    QVERIFY(!RecoveryFile::describe(*notSqlite).isEmpty());
    // Listing opens them read-only: byte for byte as they were, no journal.
    QCOMPARE(sha256(beside.copyPath()), truncatedBefore);
    QCOMPARE(sha256(untitled.copyPath()), garbageBefore);
    QVERIFY(!QFileInfo::exists(beside.copyPath() + QStringLiteral("-journal")));

    for (const RecoveryCopy &c : found)
        QVERIFY(RecoveryFile::remove(c));
    QCOMPARE(entries(m_plans), QStringList{QStringLiteral("Xinqiao.zeroplan")});
    QCOMPARE(entries(m_recovery), QStringList());
}

QTEST_GUILESS_MAIN(TestRecoveryFind)
#include "TestRecoveryFind.moc"
