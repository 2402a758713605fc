// The optimiser's progress and cancel (docs/optimiser.md, "Progress and cancel"): the steps
// counted are the combinations of levels of each interaction group, the progress reaches
// their total and never steps back, and a caller that says stop gets Outcome::Cancelled and
// nothing else, without another call.
#include "optimise/Optimiser.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QtTest>
#include <mutex>

using namespace zeroplan;

namespace {

Plan ecoDistrict()
{
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/european-ecodistrict.json"));
    if (!read.plan)
        qFatal("cannot read the European eco-district sample");
    return *read.plan;
}

// LED, heat pumps and solar share electricity (one group, 3³ = 27 combinations); composting
// and trees act on nothing the others touch (a group each, 3 combinations): 33 steps.
OptimiseRequest fiveCandidates()
{
    OptimiseRequest request;
    for (const char *id : {"led", "heat-pumps", "solar", "composting", "trees"})
        request.candidates.append({QLatin1String(id), {0.0, 0.5, 1.0}});
    request.targetYear = 2040;
    request.target = OptimiseRequest::Target::Cut;
    request.cut = 0.2;
    return request;
}
constexpr int kSteps = 27 + 3 + 3;

// Every call the optimiser made: (done, total); the optimiser's threads call one at a time,
// the lock only keeps the list itself safe.
struct Calls
{
    std::mutex mutex;
    QList<QPair<int, int>> seen;
    void add(int done, int total)
    {
        const std::lock_guard<std::mutex> lock(mutex);
        seen.append({done, total});
    }
};

} // namespace

class TestOptimiserProgress : public QObject
{
    Q_OBJECT

    Plan m_plan = ecoDistrict();

private slots:
    void progressReachesTheTotal_data()
    {
        QTest::addColumn<int>("maxCombinations");
        QTest::addColumn<int>("steps");
        QTest::addColumn<bool>("exact");
        QTest::newRow("every combination") << 4096 << kSteps << true;
        // Over 3 combinations a group is a greedy chain: at most 1 + 3 × 2 = 7 links for the
        // electricity group, 3 for composting and trees (exactly, 3 ≤ 3): 13 steps.
        QTest::newRow("greedy chain") << 3 << 7 + 3 + 3 << false;
    }
    void progressReachesTheTotal()
    {
        QFETCH(int, maxCombinations);
        QFETCH(int, steps);
        QFETCH(bool, exact);
        OptimiseRequest request = fiveCandidates();
        request.maxCombinations = maxCombinations;
        request.alternatives = 2;
        Calls calls;
        const OptimiseResult result = Optimiser::run(m_plan, request, FactorLibraryJson::builtIn(),
                                                     [&calls](int done, int total) {
                                                         calls.add(done, total);
                                                         return true;
                                                     });
        QCOMPARE(result.outcome, OptimiseResult::Outcome::Optimal);
        QCOMPARE(result.exact(), exact);
        if (exact)
            QCOMPARE(result.optionsEvaluated, kSteps); // every step an engine run
        QVERIFY(calls.seen.size() >= steps);
        int last = 0;
        for (const auto &[done, total] : std::as_const(calls.seen)) {
            QCOMPARE(total, steps);
            QVERIFY2(done >= last && done <= total, qPrintable(QString::number(done)));
            last = done;
        }
        QCOMPARE(calls.seen.constLast().first, steps);

        // Asking for progress changes nothing in the answer.
        const OptimiseResult plain = Optimiser::run(m_plan, request, FactorLibraryJson::builtIn());
        QCOMPARE(result.best.levels, plain.best.levels);
        QCOMPARE(result.best.presentCost, plain.best.presentCost);
        QCOMPARE(result.alternatives.size(), plain.alternatives.size());
    }

    // Stop at the first call, half way, or once every option is run (before the
    // alternatives): Cancelled, nothing else set, and no call after the one that said stop.
    void cancelGivesCancelledAndNothingElse_data()
    {
        QTest::addColumn<int>("stopAt");
        QTest::newRow("at once") << 0;
        QTest::newRow("half way") << kSteps / 2;
        QTest::newRow("before the alternatives") << kSteps;
    }
    void cancelGivesCancelledAndNothingElse()
    {
        QFETCH(int, stopAt);
        OptimiseRequest request = fiveCandidates();
        request.alternatives = 2;
        Calls calls;
        const OptimiseResult result = Optimiser::run(m_plan, request, FactorLibraryJson::builtIn(),
                                                     [&calls, stopAt](int done, int total) {
                                                         calls.add(done, total);
                                                         return done < stopAt;
                                                     });
        QCOMPARE(result.outcome, OptimiseResult::Outcome::Cancelled);
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.best.levels.isEmpty());
        QCOMPARE(result.best.net.size(), Eigen::Index(0));
        QVERIFY(result.alternatives.isEmpty());
        QVERIFY(!result.neutralityYear && !result.costPerTonne && !result.marginalCostOfTarget);
        QVERIFY(!result.smallestBudget && !result.earliestYear);
        QCOMPARE(result.groups, 0);
        QCOMPARE(result.optionsEvaluated, 0);
        QVERIFY(!calls.seen.isEmpty());
        QVERIFY(calls.seen.constLast().first >= stopAt);
        for (qsizetype i = 0; i + 1 < calls.seen.size(); ++i)
            QVERIFY(calls.seen[i].first < stopAt); // the first that said stop was the last
        if (stopAt == 0)
            QCOMPARE(calls.seen.size(), 1); // not one engine run reported
    }

    // A request that is wrong is said so without a step: no progress call.
    void invalidRequestMakesNoStep()
    {
        OptimiseRequest request = fiveCandidates();
        request.targetYear = 1990;
        int calls = 0;
        const OptimiseResult result =
            Optimiser::run(m_plan, request, FactorLibraryJson::builtIn(), [&calls](int, int) {
                ++calls;
                return true;
            });
        QCOMPARE(result.outcome, OptimiseResult::Outcome::Invalid);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestOptimiserProgress)
#include "TestOptimiserProgress.moc"
