// Recovery copies (docs/project-file.md, "Recovery copies"): written beside the user's file
// without touching it, or into the recovery folder for an untitled plan or an unwritable
// folder; found after a crash, but not while their writer still runs; damaged ones listed with
// the reason; deleted with their sidecar.
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

using namespace zeroplan;
using zeroplan::test::entries;
using zeroplan::test::sha256;

namespace {

QString sidecarOf(const QString &copyPath)
{
    return copyPath.chopped(QStringLiteral("zeroplan").size()) + QStringLiteral("json");
}

Plan planNamed(const QString &title, std::uint64_t seed)
{
    Plan plan = test::randomPlan(seed, 12, 8);
    plan.title = title;
    return plan;
}

// A process that has exited and been reaped: its id belongs to no running process.
qint64 deadPid()
{
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

// Rewrites the "writer" of a copy's sidecar, as if another process had written the copy.
void setWriter(const QString &copyPath, const std::function<void(QJsonObject &)> &change)
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
void orphan(const QString &copyPath)
{
    setWriter(copyPath, [](QJsonObject &w) { w.insert(QStringLiteral("pid"), deadPid()); });
}

const RecoveryCopy *findCopy(const QList<RecoveryCopy> &copies, const QString &path)
{
    for (const RecoveryCopy &c : copies) {
        if (c.recoveryPath == path)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestRecoveryFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writeBesideLeavesOriginalUntouched();
    void copyLoadsToEqualPlan();
    void copyIsNoMoreReadableThanOriginal();
    void untitledCopies();
    void fallback_data();
    void fallback();
    void readOnlyFolderFallback();
    void findListsCrashedCopy();
    void findSkipsLiveCopies();
    void killedWriterIsGoneWhileAZombie();
    void writerChecks_data();
    void writerChecks();
    void originalModifiedAfterCopy();
    void originalMissing();
    void copyWithoutSidecarListed();
    void damagedCopyListed();
    void discardRemovesEverything();
    void savedDeletesCopyAndFollowsSaveAs();
    void removeOnlyRemovesRecoveryCopies();
    void removeDeletesLeftoversOfKilledWrites();
    void resumeRecoveredCopy();
    void describe();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plans;    // the user's folder
    QString m_recovery; // the app's recovery folder, not yet created
    QString m_path;     // the user's file, saved with m_saved
    Plan m_saved;
    Plan m_edited;
};

void TestRecoveryFile::init()
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

void TestRecoveryFile::writeBesideLeavesOriginalUntouched()
{
    const QByteArray before = sha256(m_path);
    const QDateTime modified = QFileInfo(m_path).lastModified();
    RecoveryFile recovery(m_path, m_recovery);
    QVERIFY(recovery.copyPath().isEmpty());
    QString error;
    QVERIFY2(recovery.write(m_edited, &error), qPrintable(error));
    QVERIFY2(recovery.write(planNamed(QStringLiteral("third"), 3), &error), qPrintable(error));
    QCOMPARE(sha256(m_path), before);
    QCOMPARE(QFileInfo(m_path).lastModified(), modified);

    const QString copy = recovery.copyPath();
    QCOMPARE(QFileInfo(copy).absolutePath(), QFileInfo(m_path).absolutePath());
    const QString name = QFileInfo(copy).fileName();
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^\\.Xinqiao\\.zeroplan\\.[0-9a-f]{8}\\.recovery\\.zeroplan$"))
                 .match(name)
                 .hasMatch(),
             qPrintable(name));
    // The original, the copy and its sidecar: no temporary files, no second copy.
    QCOMPARE(entries(m_plans), (QStringList{name.chopped(9) + QStringLiteral(".json"), name,
                                            QStringLiteral("Xinqiao.zeroplan")}));
    QVERIFY(!QFileInfo::exists(m_recovery));
}

void TestRecoveryFile::copyLoadsToEqualPlan()
{
    RecoveryFile recovery(m_path, m_recovery);
    QVERIFY(recovery.write(m_edited, nullptr));
    const PlanStoreResult loaded = PlanStore::load(recovery.copyPath());
    QVERIFY(loaded.plan);
    QVERIFY(*loaded.plan == m_edited);
    QVERIFY(!(*loaded.plan == m_saved));
}

// A user who keeps a plan private (rw-------) doesn't get a readable copy beside it.
void TestRecoveryFile::copyIsNoMoreReadableThanOriginal()
{
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    RecoveryFile recovery(m_path, m_recovery);
    QVERIFY(recovery.write(m_edited, nullptr));
    QVERIFY(recovery.write(m_edited, nullptr));
    const QFile::Permissions p = QFile::permissions(recovery.copyPath());
    QCOMPARE(p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QCOMPARE(p & QFile::ReadOwner, QFile::ReadOwner);
}

void TestRecoveryFile::untitledCopies()
{
    RecoveryFile first(QString(), m_recovery);
    RecoveryFile second(QString(), m_recovery);
    QString error;
    QVERIFY2(first.write(m_saved, &error), qPrintable(error)); // creates the recovery folder
    QVERIFY2(second.write(m_edited, &error), qPrintable(error));
    QVERIFY(first.copyPath() != second.copyPath());
    for (const QString &copy : {first.copyPath(), second.copyPath()}) {
        QCOMPARE(QFileInfo(copy).absolutePath(), m_recovery);
        QVERIFY2(QFileInfo(copy).fileName().startsWith(QStringLiteral("untitled.")),
                 qPrintable(copy));
    }
    QVERIFY(*PlanStore::load(first.copyPath()).plan == m_saved);
    QVERIFY(*PlanStore::load(second.copyPath()).plan == m_edited);
    QCOMPARE(entries(m_recovery).size(), 4); // two copies, two sidecars
    QCOMPARE(entries(m_plans), QStringList{QStringLiteral("Xinqiao.zeroplan")});
}

// The folder beside the file can't take the copy, even for root: the copy goes to the
// recovery folder under a name that starts with the file's name; the sidecar has the path.
void TestRecoveryFile::fallback_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("namePrefix");
    // 240 bytes fit in a name; the hidden copy's name (+27) doesn't (ENAMETOOLONG).
    const QString longName = QString(231, QLatin1Char('x')) + QStringLiteral(".zeroplan");
    QTest::newRow("name too long beside the file") << longName << longName.left(120);
    QTest::newRow("folder is a regular file")
        << QStringLiteral("not-a-folder/Xinqiao.zeroplan") << QStringLiteral("Xinqiao.zeroplan");
    QTest::newRow("folder does not exist")
        << QStringLiteral("gone/Xinqiao.zeroplan") << QStringLiteral("Xinqiao.zeroplan");
}

void TestRecoveryFile::fallback()
{
    QFETCH(QString, fileName);
    QFETCH(QString, namePrefix);
    QFile regular(m_plans + QStringLiteral("/not-a-folder"));
    QVERIFY(regular.open(QIODevice::WriteOnly));
    regular.close();
    const QString path = m_plans + QLatin1Char('/') + fileName;
    if (QFileInfo(path).absoluteDir().exists())
        QVERIFY(PlanStore::save(m_saved, path, nullptr));
    const QByteArray before = sha256(path);
    const QStringList userFolder = entries(m_plans);

    RecoveryFile recovery(path, m_recovery);
    QString error;
    QVERIFY2(recovery.write(m_edited, &error), qPrintable(error));
    QVERIFY2(recovery.write(m_edited, &error), qPrintable(error));
    QCOMPARE(QFileInfo(recovery.copyPath()).absolutePath(), m_recovery);
    QVERIFY(QFileInfo(recovery.copyPath()).fileName().startsWith(namePrefix + QLatin1Char('.')));
    QVERIFY(QFile::encodeName(QFileInfo(recovery.copyPath()).fileName()).size() <= 160);
    QCOMPARE(entries(m_plans), userFolder);
    QCOMPARE(sha256(path), before);

    orphan(recovery.copyPath());
    const QList<RecoveryCopy> found = RecoveryFile::find({}, m_recovery);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().originalPath, path);
    QCOMPARE(found.first().recoveryPath, recovery.copyPath());
    QVERIFY(*RecoveryFile::load(found.first()).plan == m_edited);
}

// A read-only folder, for root too: a read-only bind mount in a private mount namespace of a
// child process (needs CAP_SYS_ADMIN; skipped where the test can't have it).
void TestRecoveryFile::readOnlyFolderFallback()
{
    const QByteArray before = sha256(m_path);
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        const QByteArray dir = QFile::encodeName(m_plans);
        if (unshare(CLONE_NEWNS) != 0 ||
            mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
            mount(dir.constData(), dir.constData(), nullptr, MS_BIND, nullptr) != 0 ||
            mount(nullptr, dir.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) !=
                0)
            _exit(77);
        if (QFile(m_plans + QStringLiteral("/probe")).open(QIODevice::WriteOnly))
            _exit(78); // not read-only after all
        RecoveryFile recovery(m_path, m_recovery);
        if (!recovery.write(m_edited, nullptr))
            _exit(1);
        _exit(QFileInfo(recovery.copyPath()).absolutePath() == m_recovery ? 0 : 2);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    if (WEXITSTATUS(status) == 77)
        QSKIP("cannot make a folder read-only for root here (a read-only bind mount in a private "
              "mount namespace needs CAP_SYS_ADMIN)");
    QCOMPARE(WEXITSTATUS(status), 0);
    QCOMPARE(entries(m_plans), QStringList{QStringLiteral("Xinqiao.zeroplan")});
    QCOMPARE(sha256(m_path), before);
    // The child has exited: its copy is offered, for the file it belongs to.
    const QList<RecoveryCopy> found = RecoveryFile::find({m_path}, m_recovery);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().originalPath, m_path);
    QCOMPARE(found.first().owner.pid, qint64(child));
    QVERIFY(*RecoveryFile::load(found.first()).plan == m_edited);
}

// A session that dies without discarding (here: a child that writes and exits) leaves a copy
// that find() offers, with what the app shows.
void TestRecoveryFile::findListsCrashedCopy()
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
void TestRecoveryFile::findSkipsLiveCopies()
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
void TestRecoveryFile::killedWriterIsGoneWhileAZombie()
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
void TestRecoveryFile::writerChecks_data()
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

void TestRecoveryFile::writerChecks()
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
void TestRecoveryFile::originalModifiedAfterCopy()
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

void TestRecoveryFile::originalMissing()
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
void TestRecoveryFile::copyWithoutSidecarListed()
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

void TestRecoveryFile::damagedCopyListed()
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

void TestRecoveryFile::discardRemovesEverything()
{
    const QByteArray before = sha256(m_path);
    RecoveryFile beside(m_path, m_recovery);
    RecoveryFile untitled(QString(), m_recovery);
    QVERIFY(beside.write(m_edited, nullptr));
    QVERIFY(untitled.write(m_edited, nullptr));
    QString error;
    QVERIFY2(beside.discard(&error), qPrintable(error));
    QVERIFY2(untitled.discard(&error), qPrintable(error));
    QVERIFY(beside.copyPath().isEmpty());
    QCOMPARE(entries(m_plans), QStringList{QStringLiteral("Xinqiao.zeroplan")});
    QCOMPARE(entries(m_recovery), QStringList());
    QCOMPARE(sha256(m_path), before);
    QVERIFY(beside.discard(&error)); // nothing left to delete
    QCOMPARE(RecoveryFile::find({m_path}, m_recovery).size(), 0);
}

// Save (the copy goes) and Save As of an untitled plan (its copy goes; the next one is beside
// the new file).
void TestRecoveryFile::savedDeletesCopyAndFollowsSaveAs()
{
    RecoveryFile recovery(QString(), m_recovery);
    QVERIFY(recovery.write(m_edited, nullptr));
    const QString newPath = m_plans + QStringLiteral("/Hemu.zeroplan");
    QVERIFY(PlanStore::save(m_edited, newPath, nullptr));
    QVERIFY(recovery.saved(newPath));
    QCOMPARE(recovery.planPath(), newPath);
    QCOMPARE(entries(m_recovery), QStringList());
    QVERIFY(recovery.write(m_saved, nullptr));
    QCOMPARE(QFileInfo(recovery.copyPath()).absolutePath(), m_plans);
    QVERIFY(
        QFileInfo(recovery.copyPath()).fileName().startsWith(QStringLiteral(".Hemu.zeroplan.")));
    QVERIFY(recovery.saved(newPath));
    QCOMPARE(entries(m_plans),
             (QStringList{QStringLiteral("Hemu.zeroplan"), QStringLiteral("Xinqiao.zeroplan")}));
}

void TestRecoveryFile::removeOnlyRemovesRecoveryCopies()
{
    RecoveryCopy notACopy;
    notACopy.recoveryPath = m_path;
    notACopy.originalPath = m_path;
    QString error;
    QVERIFY(!RecoveryFile::remove(notACopy, &error));
    QVERIFY(error.contains(QStringLiteral("is not a recovery copy")));
    QVERIFY(QFileInfo::exists(m_path));
}

// A write killed half-way leaves a temporary file beside the copy: PlanStore::save's (named
// here as docs/project-file.md gives it; TestPlanStoreCrash shows kills leave them) or, for the
// sidecar, QSaveFile's (a real one, from a child that exits before committing; on Linux it is
// unnamed and vanishes). Deleting the copy deletes them, and nothing of the user's file.
void TestRecoveryFile::removeDeletesLeftoversOfKilledWrites()
{
    RecoveryFile recovery(m_path, m_recovery);
    QVERIFY(recovery.write(m_edited, nullptr));
    const QString copy = recovery.copyPath();
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        QSaveFile sidecar(sidecarOf(copy));
        _exit(sidecar.open(QIODevice::WriteOnly) && sidecar.write("{") == 1 ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    const QString usersTemporary = QStringLiteral(".Xinqiao.zeroplan.Ab12Cd.tmp");
    for (const QString &name :
         {QLatin1Char('.') + QFileInfo(copy).fileName() + QStringLiteral(".Ab12Cd.tmp"),
          usersTemporary}) {
        QFile file(m_plans + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    // The PlanStore leftover, the user's file's temporary file and (where QSaveFile can't use
    // an unnamed O_TMPFILE, as it does on Linux) the sidecar's.
    QVERIFY(entries(m_plans).size() >= 5);
    orphan(copy);
    const QList<RecoveryCopy> found = RecoveryFile::find({m_path}, m_recovery);
    QCOMPARE(found.size(), 1);
    QVERIFY(RecoveryFile::remove(found.first()));
    QCOMPARE(entries(m_plans), (QStringList{usersTemporary, QStringLiteral("Xinqiao.zeroplan")}));
}

// The user recovers a crashed copy: the session carries on with it (its next write replaces
// it, it is no longer offered) and deletes it when the plan is saved.
void TestRecoveryFile::resumeRecoveredCopy()
{
    RecoveryFile crashed(m_path, m_recovery);
    QVERIFY(crashed.write(m_edited, nullptr));
    orphan(crashed.copyPath());
    const QList<RecoveryCopy> found = RecoveryFile::find({m_path}, m_recovery);
    QCOMPARE(found.size(), 1);

    RecoveryFile resumed = RecoveryFile::resume(found.first(), m_recovery);
    QCOMPARE(resumed.planPath(), m_path);
    QCOMPARE(resumed.copyPath(), found.first().recoveryPath);
    const Plan third = planNamed(QStringLiteral("third"), 3);
    QVERIFY(resumed.write(third, nullptr));
    QCOMPARE(resumed.copyPath(), found.first().recoveryPath);
    QVERIFY(*PlanStore::load(resumed.copyPath()).plan == third);
    QCOMPARE(RecoveryFile::find({m_path}, m_recovery).size(), 0); // it is ours now
    QVERIFY(PlanStore::save(third, m_path, nullptr));
    QVERIFY(resumed.saved(m_path));
    QCOMPARE(entries(m_plans), QStringList{QStringLiteral("Xinqiao.zeroplan")});
}

void TestRecoveryFile::describe()
{
    RecoveryCopy copy;
    copy.recoveryPath = m_plans + QStringLiteral("/.Xinqiao.zeroplan.0123abcd.recovery.zeroplan");
    copy.originalPath = m_path;
    copy.planName = QStringLiteral("新桥 Xinqiao");
    copy.writtenAt = QDateTime(QDate::currentDate(), QTime(14, 32));
    const QString time = QLocale().toString(QTime(14, 32), QLocale::ShortFormat);
    QCOMPARE(RecoveryFile::describe(copy),
             QStringLiteral("Recovered changes to Xinqiao.zeroplan from ") + time);
    copy.originalPath.clear();
    QCOMPARE(RecoveryFile::describe(copy),
             QStringLiteral("Recovered changes to the untitled plan “新桥 Xinqiao” from ") + time);
    copy.writtenAt = copy.writtenAt.addDays(-3);
    QVERIFY(RecoveryFile::describe(copy).contains(
        QLocale().toString(copy.writtenAt, QLocale::ShortFormat)));
}

QTEST_GUILESS_MAIN(TestRecoveryFile)
#include "TestRecoveryFile.moc"
