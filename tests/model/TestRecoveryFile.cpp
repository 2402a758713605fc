// Recovery copies (docs/project-file.md, "Recovery copies"): written beside the user's file
// without touching it, or into the recovery folder for an untitled plan or an unwritable
// folder; found after a crash, but not while their writer still runs; damaged ones listed with
// the reason; deleted with their sidecar.
// Finding copies after a crash is in TestRecoveryFind.
#include "RecoveryFileTest.h"

using namespace zeroplan;
using namespace zeroplan::test;

class TestRecoveryFile : public RecoveryFileTest
{
    Q_OBJECT

private slots:
    void init() { initPlans(); }
    void writeBesideLeavesOriginalUntouched();
    void copyLoadsToEqualPlan();
    void copyIsNoMoreReadableThanOriginal();
    void untitledCopies();
    void fallback_data();
    void fallback();
    void readOnlyFolderFallback();
    void discardRemovesEverything();
    void savedDeletesCopyAndFollowsSaveAs();
    void removeOnlyRemovesRecoveryCopies();
    void removeDeletesLeftoversOfKilledWrites();
    void resumeRecoveredCopy();
    void describe();
};

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
