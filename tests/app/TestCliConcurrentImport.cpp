// Two writers on one plan (issue 12): zeroplan-cli commands that rewrite a plan hold its lock
// from the read to the replace, and refuse to replace a file that changed since they read it.
//
// - raceTwoImports reproduces the lost line: two `import` runs started together on the same
//   plan both said "Added 1 activity line" and the plan then had only one of the two lines
//   (20 of 20 rounds before the lock). Now each round ends with both lines in the plan, or
//   with the second run refused (exit 3) by a message that names the holder.
// - heldLockWaitsThenNamesHolder: a lock held by this test (a QLockFile, as ZeroPlan's own
//   PlanLock makes it) makes import wait PlanLock::kCommandWaitMilliseconds, then fail with
//   the holder's program, pid and computer; the plan is untouched.
// - changeBetweenReadAndWriteIsRefused: a program that ignores the lock rewrites the plan
//   while import runs (between its read of the plan and its write: import is made to wait
//   on a named pipe as its activity file); import then refuses to write over it.
//
// Inputs: tests/fixtures/import/plan-2023.json (4 activity lines, base year 2023, an
// electricity line with the plan's grid factor) and two one-row CSV files written here.
#include "CliRun.h"
#include "FileSnapshot.h"
#include "storage/PlanJson.h"
#include "storage/PlanLock.h"
#include "storage/PlanStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace zeroplan;
using zeroplan::test::CliRun;
using zeroplan::test::runCli;

namespace {

constexpr qsizetype kPlanLines = 4; // plan-2023.json's activity lines
constexpr int kRounds = 5;

QString fixturePlan()
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/plan-2023.json");
}

std::optional<Plan> readPlan(const QString &path)
{
    if (path.endsWith(QLatin1String(".zeroplan"))) {
        PlanStoreResult stored = PlanStore::load(path);
        return stored.ok() ? std::move(stored.plan) : std::nullopt;
    }
    PlanReadResult read = PlanJson::readFile(path);
    return read.ok() ? std::move(read.plan) : std::nullopt;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// A one-row activity file: `amount` kWh of electricity in 2023, scope 2.
QByteArray oneRow(int amount)
{
    return QByteArrayLiteral("carrier,amount,unit,year,scope\n") +
           QByteArrayLiteral("electricity,") + QByteArray::number(amount) +
           QByteArrayLiteral(",kWh,2023,2\n");
}

// The plan's lines with exactly this amount (each file adds one line of its own amount).
qsizetype linesOf(const Plan &plan, double amount)
{
    return std::count_if(plan.activities.cbegin(), plan.activities.cend(),
                         [amount](const ActivityLine &l) { return l.amount == amount; });
}

QProcess *startImport(const QString &plan, const QString &csv, QObject *parent)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(ZEROPLAN_CLI),
                   {QStringLiteral("import"), plan, QStringLiteral("--activities"), csv});
    return process;
}

} // namespace

class TestCliConcurrentImport : public QObject
{
    Q_OBJECT

private slots:
    void raceTwoImports_data();
    void raceTwoImports();
    void heldLockWaitsThenNamesHolder();
    void changeBetweenReadAndWriteIsRefused();
};

void TestCliConcurrentImport::raceTwoImports_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("project file") << QStringLiteral("plan.zeroplan");
    QTest::newRow("JSON plan") << QStringLiteral("plan.json");
}

void TestCliConcurrentImport::raceTwoImports()
{
    QFETCH(QString, fileName);
    const std::optional<Plan> start = readPlan(fixturePlan());
    QVERIFY(start);
    QCOMPARE(start->activities.size(), kPlanLines);
    QCOMPARE(linesOf(*start, 111), 0);
    QCOMPARE(linesOf(*start, 222), 0);
    int bothAdded = 0;
    for (int round = 0; round < kRounds; ++round) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString plan = dir.filePath(fileName);
        QString error;
        QVERIFY2(fileName.endsWith(QLatin1String(".json"))
                     ? PlanJson::writeFile(*start, plan, &error)
                     : PlanStore::save(*start, plan, &error),
                 qPrintable(error));
        const QString a = dir.filePath(QStringLiteral("a.csv"));
        const QString b = dir.filePath(QStringLiteral("b.csv"));
        QVERIFY(writeText(a, oneRow(111)));
        QVERIFY(writeText(b, oneRow(222)));

        QObject owner;
        QProcess *first = startImport(plan, a, &owner);
        QProcess *second = startImport(plan, b, &owner);
        QVERIFY(first->waitForFinished(60000));
        QVERIFY(second->waitForFinished(60000));
        int added = 0;
        for (QProcess *p : {first, second}) {
            const QString out = QString::fromUtf8(p->readAllStandardOutput());
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            if (p->exitCode() == 0) {
                QVERIFY2(out.contains(QStringLiteral("Added 1 activity line to ")),
                         qPrintable(out));
                ++added;
            } else {
                // Refused, never half done: exit 3 and one line naming the plan and its holder.
                QCOMPARE(p->exitCode(), 3);
                QVERIFY2(err.startsWith(plan + QStringLiteral(": the plan is being edited by "
                                                              "zeroplan-cli (pid ")),
                         qPrintable(err));
                QCOMPARE(err.count(QLatin1Char('\n')), 1);
            }
        }
        QVERIFY(added >= 1); // the first to take the lock always gets through
        const std::optional<Plan> after = readPlan(plan);
        QVERIFY(after);
        // Every run that said "Added" has its line in the file: none lost.
        QCOMPARE(after->activities.size(), kPlanLines + added);
        QCOMPARE(linesOf(*after, 111) + linesOf(*after, 222), qsizetype(added));
        if (added == 2) {
            QCOMPARE(linesOf(*after, 111), 1);
            QCOMPARE(linesOf(*after, 222), 1);
            ++bothAdded;
        }
        // No lock file and no temporary file left behind.
        QCOMPARE(test::entries(dir.path()),
                 QStringList({QStringLiteral("a.csv"), QStringLiteral("b.csv"), fileName}));
    }
    // The second run waits for the first, so both get in unless the machine is so slow that
    // the first takes longer than the wait.
    qInfo("%d of %d rounds added both lines", bothAdded, kRounds);
}

void TestCliConcurrentImport::heldLockWaitsThenNamesHolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plan = dir.filePath(QStringLiteral("plan.zeroplan"));
    const std::optional<Plan> start = readPlan(fixturePlan());
    QVERIFY(start);
    QString error;
    QVERIFY2(PlanStore::save(*start, plan, &error), qPrintable(error));
    const QString csv = dir.filePath(QStringLiteral("a.csv"));
    QVERIFY(writeText(csv, oneRow(111)));
    const QByteArray before = test::sha256(plan);

    // Held as the app holds it while the plan is open: beside the plan, hidden.
    QCOMPARE(PlanLock::lockPathFor(plan), dir.filePath(QStringLiteral(".plan.zeroplan.lock")));
    QLockFile held(PlanLock::lockPathFor(plan));
    held.setStaleLockTime(0);
    QVERIFY(held.tryLock(0));

    QElapsedTimer timer;
    timer.start();
    const CliRun run =
        runCli({QStringLiteral("import"), plan, QStringLiteral("--activities"), csv});
    const qint64 waited = timer.elapsed();
    QCOMPARE(run.exitCode, 3);
    // It waited (kCommandWaitMilliseconds, 5 s; QLockFile's last sleep may end it a little
    // early or late) before giving up.
    QVERIFY2(waited >= PlanLock::kCommandWaitMilliseconds - 500,
             qPrintable(QString::number(waited)));
    const QString holder = QStringLiteral("%1 (pid %2 on %3)")
                               .arg(QStringLiteral("e2e_testcliconcurrentimport"))
                               .arg(QCoreApplication::applicationPid())
                               .arg(QSysInfo::machineHostName());
    QCOMPARE(run.errLines(),
             QStringList(plan + QStringLiteral(": the plan is being edited by ") + holder +
                         QStringLiteral("; try again when it is closed there")));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(test::sha256(plan), before);

    // Let go: the same command now gets through.
    held.unlock();
    const CliRun again =
        runCli({QStringLiteral("import"), plan, QStringLiteral("--activities"), csv});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(readPlan(plan)->activities.size(), kPlanLines + 1);
}

void TestCliConcurrentImport::changeBetweenReadAndWriteIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plan = dir.filePath(QStringLiteral("plan.json"));
    const std::optional<Plan> start = readPlan(fixturePlan());
    QVERIFY(start);
    QString error;
    QVERIFY2(PlanJson::writeFile(*start, plan, &error), qPrintable(error));
    // The activity file is a named pipe: import reads the plan, then opens the pipe and waits
    // there until this test has written the rows.
    const QString pipe = dir.filePath(QStringLiteral("rows.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);

    QObject owner;
    QProcess *import = startImport(plan, pipe, &owner);
    QVERIFY(import->waitForStarted(10000));
    // Opening the pipe for writing succeeds once import has opened it for reading, i.e.
    // after it has read the plan.
    int fd = -1;
    QElapsedTimer timer;
    timer.start();
    while (fd < 0 && timer.elapsed() < 30000 && import->state() == QProcess::Running) {
        fd = ::open(QFile::encodeName(pipe).constData(), O_WRONLY | O_NONBLOCK);
        if (fd < 0)
            QThread::msleep(20);
    }
    QVERIFY2(fd >= 0, qPrintable(QString::fromUtf8(import->readAllStandardError())));

    // Another program, which ignores the lock, rewrites the plan now.
    Plan theirs = *start;
    theirs.title = QStringLiteral("Changed by another program");
    QVERIFY2(PlanJson::writeFile(theirs, plan, &error), qPrintable(error));
    const QByteArray theirBytes = test::sha256(plan);

    const QByteArray rows = oneRow(111);
    QCOMPARE(::write(fd, rows.constData(), size_t(rows.size())), ssize_t(rows.size()));
    ::close(fd);
    QVERIFY(import->waitForFinished(60000));
    const QString err = QString::fromUtf8(import->readAllStandardError());
    QCOMPARE(import->exitCode(), 3);
    QCOMPARE(err, plan + QStringLiteral(": the file was changed by another program while this "
                                        "command ran; nothing was written, run the command "
                                        "again\n"));
    // Their version is the file, byte for byte: nothing was written over it.
    QCOMPARE(test::sha256(plan), theirBytes);
    QCOMPARE(readPlan(plan)->activities.size(), kPlanLines);
    QVERIFY(!QFile::exists(PlanLock::lockPathFor(plan)));
}

QTEST_GUILESS_MAIN(TestCliConcurrentImport)
#include "TestCliConcurrentImport.moc"
