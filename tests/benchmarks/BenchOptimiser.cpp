// The optimiser's speed (issue 18, docs/optimiser.md): on a sample plan with every measure at
// the default five levels (target ≤ 200 ms), and on the generated plan of 50 measures × 40
// lines × 2024–2060 with five levels each (target ≤ 2 s). Run through tools/benchmarks (a
// Release build, QtTest's -median); not gated in CI. Each run prints how many groups there
// were, how many were searched by the greedy chain and how many engine runs were kept.
// Robustness (docs/optimiser.md "Robustness"): the same two requests solved on 200 Monte Carlo
// draws (target ≤ 30 s on the generated plan); each prints how many draws were feasible.
#include "PlanFixtures.h"
#include "RandomPlan.h"
#include "engine/EngineInput.h"
#include "optimise/InteractionGroups.h"
#include "optimise/Optimiser.h"
#include "optimise/RobustOptimiser.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

OptimiseRequest everyMeasure(const Plan &plan, int targetYear, double cut)
{
    OptimiseRequest request;
    for (const Measure &m : plan.measures)
        request.candidates.append({m.id, OptimiseRequest::defaultLevels()});
    request.targetYear = targetYear;
    request.target = OptimiseRequest::Target::Cut;
    request.cut = cut;
    return request;
}

void report(const OptimiseResult &r)
{
    qInfo("groups %d, by the greedy chain %d, options %d, outcome %d", r.groups, r.heuristicGroups,
          r.optionsEvaluated, int(r.outcome));
}

void report(const RobustResult &r)
{
    qInfo("draws %d, feasible %d, failed %d", r.draws, r.feasible, r.failed);
}

constexpr int kDraws = 200;

} // namespace

class BenchOptimiser : public QObject
{
    Q_OBJECT

private slots:
    void samplePlan()
    {
        const PlanReadResult read = PlanJson::readFile(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/european-ecodistrict.json"));
        QVERIFY(read.plan);
        const OptimiseRequest request = everyMeasure(*read.plan, 2040, 0.5);
        OptimiseResult result;
        QBENCHMARK
        {
            result = Optimiser::run(*read.plan, request, FactorLibraryJson::builtIn());
        }
        report(result);
        QVERIFY(result.outcome != OptimiseResult::Outcome::Invalid);
    }

    void generatedPlan()
    {
        const Plan plan = randomPlan(2024, 40, 50, 2024, 2060);
        const OptimiseRequest request = everyMeasure(plan, 2040, 0.3);
        OptimiseResult result;
        QBENCHMARK
        {
            result = Optimiser::run(plan, request, noLibrary());
        }
        report(result);
        QVERIFY(result.outcome != OptimiseResult::Outcome::Invalid);
    }

    // How large the generated plan's interaction groups are: a group of k measures at five
    // levels has 5^k combinations, and one above maxCombinations is searched by the greedy
    // chain.
    void generatedPlanGroups()
    {
        const Plan plan = randomPlan(2024, 40, 50, 2024, 2060);
        Scenario all;
        for (const Measure &m : plan.measures)
            all.measures.append({m.id, 1.0});
        const QList<std::vector<int>> groups =
            interactionGroups(EngineInput::compile(plan, &all, noLibrary()));
        QStringList sizes;
        for (const std::vector<int> &g : groups)
            sizes << QString::number(g.size());
        qInfo("measures per interaction group: %s", qPrintable(sizes.join(QStringLiteral(", "))));
    }

    void samplePlanRobust()
    {
        const PlanReadResult read = PlanJson::readFile(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/european-ecodistrict.json"));
        QVERIFY(read.plan);
        const OptimiseRequest request = everyMeasure(*read.plan, 2040, 0.5);
        RobustResult result;
        QBENCHMARK
        {
            result =
                RobustOptimiser::run(*read.plan, request, FactorLibraryJson::builtIn(), kDraws, 1);
        }
        report(result);
        QCOMPARE(result.draws, kDraws);
    }

    void generatedPlanRobust()
    {
        const Plan plan = randomPlan(2024, 40, 50, 2024, 2060);
        const OptimiseRequest request = everyMeasure(plan, 2040, 0.3);
        RobustResult result;
        QBENCHMARK
        {
            result = RobustOptimiser::run(plan, request, noLibrary(), kDraws, 1);
        }
        report(result);
        QCOMPARE(result.draws, kDraws);
    }
};

QTEST_GUILESS_MAIN(BenchOptimiser)
#include "BenchOptimiser.moc"
