// kill -9 during a save (docs/project-file.md, "Saving, and why it is safe"): a child process
// saves two large plans in turn to the same file, over and over, and is killed at moments
// spread over the length of a save. After every kill the file opens, is valid and is exactly
// one of the two plans, and nothing is left in the folder but the file and PlanStore's own
// temporary files of the killed saves. No assertion depends on timing: the delays only spread
// the kills over the phases of a save.
#include "ProblemList.h"
#include "RandomPlan.h"
#include "inventory/FactorLibrary.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"
#include "storage/PlanValidator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr int kRounds = 20;
constexpr int kLines = 400;
constexpr int kMeasures = 200;

// Saves `first` and `second` in turn to `path` until killed; after the first save it writes a
// byte to `readyFd`, so that the parent's kill lands in the second save or a later one.
[[noreturn]] void saveForever(const Plan &first, const Plan &second, const QString &path,
                              int readyFd, pid_t parent)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive a test that died
    if (getppid() != parent)
        _exit(3);
    for (int i = 0; i < 100000; ++i) {
        QString why;
        if (!PlanStore::save(i % 2 == 0 ? second : first, path, &why)) {
            fprintf(stderr, "CHILD SAVE FAILED: %s\n", qPrintable(why));
            _exit(2);
        }
        const char ready = 1;
        if (i == 0 && ::write(readyFd, &ready, 1) != 1)
            _exit(4);
    }
    _exit(1);
}

// PlanStore's temporary name for `fileName` (QTemporaryFile's ".NAME.XXXXXX.tmp").
bool isPlanStoreTemporary(const QString &name, const QString &fileName)
{
    const QRegularExpression re(
        QStringLiteral("^\\.%1\\.[A-Za-z0-9]{6}\\.tmp$").arg(QRegularExpression::escape(fileName)));
    return re.match(name).hasMatch();
}

Plan largePlan(std::uint64_t seed, const QString &title)
{
    Plan plan = test::randomPlan(seed, kLines, kMeasures);
    plan.title = title;
    return plan;
}

} // namespace

class TestPlanStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringSave();

private:
    QString killRound(std::chrono::microseconds delay);
    int strayFiles(const QString &what);

    QTemporaryDir m_dir;
    QString m_path;
    Plan m_first;
    Plan m_second;
    // What PlanValidator says about each plan: a generated plan has a few warnings and errors
    // (parameters beyond their range, kWh of gas with a factor per m³), which loading reports.
    QByteArray m_firstProblems;
    QByteArray m_secondProblems;
    std::chrono::microseconds m_saveTime{0};
};

void TestPlanStoreCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("plan.zeroplan"));
    m_first = largePlan(11, QStringLiteral("first"));
    m_second = largePlan(12, QStringLiteral("second"));
    QVERIFY(!(m_first == m_second));
    m_firstProblems = listed(PlanValidator::validate(m_first, FactorLibraryJson::builtIn()));
    m_secondProblems = listed(PlanValidator::validate(m_second, FactorLibraryJson::builtIn()));
    // How long one save takes here: the kills are spread over two of them.
    QList<qint64> times;
    for (const Plan *plan : {&m_second, &m_first, &m_second, &m_first, &m_first}) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(PlanStore::save(*plan, m_path, &error), qPrintable(error));
        times << timer.nsecsElapsed() / 1000;
    }
    std::sort(times.begin(), times.end());
    m_saveTime = std::chrono::microseconds(times.at(times.size() / 2));
    qInfo("one save of the large plan (%d lines, %d measures, %lld KiB): %lld ms (median of 5)",
          kLines, kMeasures, QFileInfo(m_path).size() / 1024,
          static_cast<long long>(m_saveTime.count() / 1000));
    const PlanStoreResult loaded = PlanStore::load(m_path);
    QVERIFY2(loaded.plan, listed(loaded.problems).constData());
    QVERIFY(*loaded.plan == m_first);
    QCOMPARE(listed(loaded.problems), m_firstProblems);
}

// One child, killed `delay` after its first save finished. Returns what went wrong, or an
// empty string.
QString TestPlanStoreCrash::killRound(std::chrono::microseconds delay)
{
    int ready[2];
    if (pipe(ready) != 0)
        return QStringLiteral("pipe() failed");
    const pid_t parent = getpid();
    const pid_t child = fork();
    if (child == 0) {
        close(ready[0]);
        saveForever(m_first, m_second, m_path, ready[1], parent);
    }
    close(ready[1]);
    char byte = 0;
    // Blocks until the first save is done, or the child died (then read() gives 0).
    const bool started = child > 0 && ::read(ready[0], &byte, 1) == 1;
    close(ready[0]);
    if (child < 0)
        return QStringLiteral("fork() failed");
    if (started)
        std::this_thread::sleep_for(delay);
    kill(child, SIGKILL);
    int status = 0;
    if (waitpid(child, &status, 0) != child)
        return QStringLiteral("waitpid() failed");
    if (!started || !WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL)
        return QStringLiteral("the child did not save (exit status %1)").arg(WEXITSTATUS(status));
    return {};
}

// What is in the folder besides the plan: only PlanStore's temporary files of killed saves
// may be (no SQLite journal, no other file). Returns how many, or -1 after a failed check.
int TestPlanStoreCrash::strayFiles(const QString &what)
{
    const QString fileName = QFileInfo(m_path).fileName();
    const QStringList names =
        QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    int temporaries = 0;
    for (const QString &name : names) {
        if (name == fileName)
            continue;
        if (!isPlanStoreTemporary(name, fileName)) {
            qWarning("%s: unexpected file %s", qPrintable(what), qPrintable(name));
            return -1;
        }
        ++temporaries;
    }
    return temporaries;
}

void TestPlanStoreCrash::killDuringSave()
{
    int firstSeen = 0;
    int temporaries = 0;
    for (int round = 0; round < kRounds; ++round) {
        // 0, 0.1, …, 1.9 saves after a save finished: every phase of the next save.
        const auto delay = m_saveTime * round / 10;
        const QString what = QStringLiteral("round %1 (killed %2 µs after a save)")
                                 .arg(round)
                                 .arg(static_cast<long long>(delay.count()));
        const QString failure = killRound(delay);
        QVERIFY2(failure.isEmpty(), qPrintable(what + QStringLiteral(": ") + failure));
        // It opens as a project file (not damaged) and holds exactly one of the two plans, with
        // exactly what the validator says about that plan.
        const PlanStoreResult loaded = PlanStore::load(m_path);
        QVERIFY2(loaded.plan, qPrintable(what + QStringLiteral(": ") +
                                         QString::fromUtf8(listed(loaded.problems))));
        const bool first = *loaded.plan == m_first;
        QVERIFY2(first || *loaded.plan == m_second, qPrintable(what));
        QCOMPARE(listed(loaded.problems), first ? m_firstProblems : m_secondProblems);
        firstSeen += first ? 1 : 0;
        temporaries = strayFiles(what);
        QVERIFY(temporaries >= 0 && temporaries <= round + 1); // at most one per killed save
    }
    QVERIFY(PlanStore::save(m_first, m_path, nullptr));
    qInfo("after %d kills the file held the first plan %d times, the second %d times; %d "
          "temporary files of killed saves were left, and %d after a further clean save",
          kRounds, firstSeen, kRounds - firstSeen, temporaries, strayFiles(QStringLiteral("end")));
}

QTEST_GUILESS_MAIN(TestPlanStoreCrash)
#include "TestPlanStoreCrash.moc"
