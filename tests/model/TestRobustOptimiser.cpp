// The optimiser's robustness (issue 18, docs/optimiser.md "Robustness"): the same request
// solved on Monte Carlo draws of the measures' uncertain parameters. With no spread every draw
// is the likely plan, so each measure is chosen in every draw or in none, as the deterministic
// optimum says; with the sample's ranges, each draw's choice is the optimum of the plan with
// that draw's values written in as certain figures, solved on its own in the test; a seed gives
// the same frequencies on one thread or two.
#include "engine/EngineInput.h"
#include "engine/MonteCarlo.h"
#include "measures/MeasureCatalogue.h"
#include "optimise/Optimiser.h"
#include "optimise/RobustOptimiser.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include "OptimiserBruteForce.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

OptimiseRequest request()
{
    OptimiseRequest r;
    for (const QString &id : kFiveCandidates)
        r.candidates.append({id, {0.0, 0.5, 1.0}});
    r.targetYear = 2040;
    r.target = OptimiseRequest::Target::Cut;
    r.cut = 0.25;
    return r;
}

// The candidates compiled at full level, as the optimiser compiles them.
EngineInput compiled(const Plan &plan)
{
    Scenario all;
    for (const QString &id : kFiveCandidates)
        all.measures.append({id, 1.0});
    return EngineInput::compile(plan, &all, FactorLibraryJson::builtIn());
}

// `plan` with every parameter of every measure a certain figure: its likely value.
Plan withoutSpread(Plan plan)
{
    for (Measure &m : plan.measures)
        for (const ParameterSpec &p : MeasureCatalogue::spec(m.kind).parameters) {
            const QString key = QString::fromLatin1(p.key);
            const double value = m.parameters.contains(key) ? m.parameters[key].value : p.value;
            m.parameters[key] = UncertainValue{value, std::nullopt, std::nullopt, QString()};
        }
    return plan;
}

const RobustMeasure *entry(const RobustResult &r, const QString &id)
{
    for (const RobustMeasure &m : r.measures)
        if (m.measure == id)
            return &m;
    return nullptr;
}

} // namespace

class TestRobustOptimiser : public QObject
{
    Q_OBJECT

private slots:
    // No spread: all six draws are the likely plan; each measure is chosen in 100 % of them if
    // the deterministic optimum uses it, else in none, at the optimum's level.
    void noSpreadGivesTheDeterministicChoice()
    {
        const Plan plan = withoutSpread(optimiserSample());
        for (const ParameterSlot &slot : compiled(plan).parameters)
            QVERIFY(!slot.uncertain());
        const OptimiseResult deterministic =
            Optimiser::run(plan, request(), FactorLibraryJson::builtIn());
        QCOMPARE(deterministic.outcome, OptimiseResult::Outcome::Optimal);
        QVERIFY(!deterministic.best.levels.isEmpty());
        const RobustResult robust =
            RobustOptimiser::run(plan, request(), FactorLibraryJson::builtIn(), 6, 7);
        QCOMPARE(robust.draws, 6);
        QCOMPARE(robust.feasible, 6);
        QCOMPARE(robust.failed, 0);
        QCOMPARE(robust.measures.size(), kFiveCandidates.size());
        for (const QString &id : kFiveCandidates) {
            const RobustMeasure *m = entry(robust, id);
            QVERIFY(m);
            const double level = levelIn(deterministic.best, id);
            QCOMPARE(m->chosen, level > 0 ? 6 : 0);
            QCOMPARE(robust.chosenShare(*m), level > 0 ? 1.0 : 0.0);
            QVERIFY(std::abs(m->meanLevel - level) < 1e-12);
        }
    }

    // Five draws are five solves: each draw's values written into the plan as certain figures
    // and optimised on their own give the same counts of choices, the same mean levels and the
    // same number of feasible draws.
    void eachDrawIsTheOptimumOfItsPlan()
    {
        const Plan plan = optimiserSample();
        const EngineInput input = compiled(plan);
        int uncertain = 0;
        for (const ParameterSlot &slot : input.parameters)
            uncertain += slot.uncertain();
        QVERIFY(uncertain > 0);
        constexpr int kDraws = 5;
        constexpr quint64 kSeed = 11;
        const Eigen::ArrayXXd draws = MonteCarlo::drawParameters(input, kDraws, kSeed);

        int feasible = 0;
        QHash<QString, int> chosen;
        QHash<QString, double> levels;
        for (int s = 0; s < kDraws; ++s) {
            Plan drawn = plan;
            for (size_t i = 0; i < input.parameters.size(); ++i) {
                const ParameterSlot &slot = input.parameters[i];
                Measure &m = drawn.measures[input.measures[size_t(slot.measure)].planIndex];
                m.parameters[QString::fromLatin1(slot.key)] =
                    UncertainValue{draws(Eigen::Index(i), s), std::nullopt, std::nullopt, {}};
            }
            const OptimiseResult r = Optimiser::run(drawn, request(), FactorLibraryJson::builtIn());
            if (r.outcome != OptimiseResult::Outcome::Optimal)
                continue;
            ++feasible;
            for (const ScenarioMeasure &m : r.best.levels) {
                ++chosen[m.measure];
                levels[m.measure] += m.level;
            }
        }
        QVERIFY(feasible > 0);

        const RobustResult robust =
            RobustOptimiser::run(plan, request(), FactorLibraryJson::builtIn(), kDraws, kSeed);
        QCOMPARE(robust.draws, kDraws);
        QCOMPARE(robust.seed, kSeed);
        QCOMPARE(robust.feasible, feasible);
        for (const QString &id : kFiveCandidates) {
            const RobustMeasure *m = entry(robust, id);
            QVERIFY(m);
            QCOMPARE(m->chosen, chosen.value(id));
            QVERIFY2(std::abs(m->meanLevel - levels.value(id) / feasible) < 1e-12, qPrintable(id));
        }
    }

    // The same seed gives the same frequencies, whatever the number of threads.
    void aSeedIsReproducible()
    {
        const Plan plan = optimiserSample();
        const RobustResult one =
            RobustOptimiser::run(plan, request(), FactorLibraryJson::builtIn(), 6, 3, 1);
        const RobustResult two =
            RobustOptimiser::run(plan, request(), FactorLibraryJson::builtIn(), 6, 3, 2);
        QCOMPARE(one.draws, 6);
        QCOMPARE(two.feasible, one.feasible);
        QCOMPARE(two.measures.size(), one.measures.size());
        for (qsizetype i = 0; i < one.measures.size(); ++i) {
            QCOMPARE(two.measures[i].measure, one.measures[i].measure);
            QCOMPARE(two.measures[i].chosen, one.measures[i].chosen);
            QCOMPARE(two.measures[i].meanLevel, one.measures[i].meanLevel);
        }
    }

    // Progress counts the draws solved, one at a time, up to all of them; saying stop after
    // the third leaves the rest unsolved and the result cancelled, with no counts to misread.
    void progressCountsDrawsAndCancels()
    {
        const Plan plan = optimiserSample();
        QList<int> seen;
        const RobustResult all = RobustOptimiser::run(plan, request(), FactorLibraryJson::builtIn(),
                                                      5, 3, 1, [&](int done, int total) {
                                                          seen.append(done);
                                                          return total == 5;
                                                      });
        QVERIFY(!all.cancelled);
        QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5}));

        int calls = 0;
        const RobustResult stopped = RobustOptimiser::run(
            plan, request(), FactorLibraryJson::builtIn(), 5, 3, 1, [&](int done, int) {
                ++calls;
                return done < 3;
            });
        QVERIFY(stopped.cancelled);
        QCOMPARE(calls, 3);
        QCOMPARE(stopped.feasible, 0);
    }
};

QTEST_GUILESS_MAIN(TestRobustOptimiser)
#include "TestRobustOptimiser.moc"
