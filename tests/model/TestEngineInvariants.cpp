// Properties that hold for every plan, checked over many random plans (tests/support/
// RandomPlan): wedges add up to BAU minus scenario, no activity goes below zero, net is
// gross minus sinks minus credits, a scenario at level zero is BAU, same plan same numbers.
#include "PlanFixtures.h"
#include "RandomPlan.h"
#include "engine/EngineState.h"
#include "engine/MeasureEffects.h"
#include "engine/ScenarioEngine.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr int kPlans = 200;

double scaleOf(const YearSeries &s)
{
    return std::max(1.0, s.abs().maxCoeff());
}

} // namespace

class TestEngineInvariants : public QObject
{
    Q_OBJECT

private slots:
    void wedgesAddUpToBauMinusScenario()
    {
        for (int seed = 1; seed <= kPlans; ++seed) {
            const Plan p = randomPlan(seed, 1 + seed % 12, 1 + seed % 20);
            const PlanResult r = ScenarioEngine(noLibrary()).run(p);
            const ScenarioResult &s = r.scenarios.front();
            YearSeries wedges = YearSeries::Zero(s.gross.size());
            for (const MeasureResult &m : s.measures)
                wedges += m.wedge;
            const double err = ((r.bauGross - s.gross) - wedges).abs().maxCoeff();
            QVERIFY2(err <= 1e-9 * scaleOf(r.bauGross),
                     qPrintable(QStringLiteral("seed %1: off by %2 t").arg(seed).arg(err)));
        }
    }

    void activityNeverGoesBelowZero()
    {
        for (int seed = 1; seed <= kPlans; ++seed) {
            const Plan p = randomPlan(seed, 1 + seed % 12, 1 + seed % 20);
            const EngineInput in = EngineInput::compile(p, &p.scenarios.front(), noLibrary());
            const Eigen::ArrayXXd likely = in.likelyParameters();
            EngineState state(in, 1, false);
            for (int m = 0; m < int(in.measures.size()); ++m)
                applyMeasure(m, likely, state);
            for (int c = 0; c < int(in.columns.size()); ++c)
                QVERIFY2((state.activity(c) >= 0).all(),
                         qPrintable(QStringLiteral("seed %1 column %2").arg(seed).arg(c)));
        }
    }

    void netIsGrossLessSinksLessCredits()
    {
        for (int seed = 1; seed <= kPlans; ++seed) {
            const Plan p = randomPlan(seed, 8, 15);
            const ScenarioResult s = ScenarioEngine(noLibrary()).run(p).scenarios.front();
            YearSeries sinks = YearSeries::Zero(s.gross.size());
            YearSeries credits = sinks;
            for (const MeasureResult &m : s.measures) {
                sinks += m.sink;
                credits += m.credit;
                QVERIFY((m.sink >= 0).all() && (m.credit >= 0).all());
            }
            QVERIFY(((s.sinks - sinks).abs() <= 1e-9 * scaleOf(sinks)).all());
            QVERIFY(((s.credits - credits).abs() <= 1e-9 * scaleOf(credits)).all());
            QVERIFY(
                ((s.net - (s.gross - s.sinks - s.credits)).abs() <= 1e-9 * scaleOf(s.gross)).all());
        }
    }

    void sourcesAddUpToGross()
    {
        for (int seed = 1; seed <= 50; ++seed) {
            const Plan p = randomPlan(seed, 10, 10);
            const ScenarioResult s = ScenarioEngine(noLibrary()).run(p).scenarios.front();
            YearSeries sum = YearSeries::Zero(s.gross.size());
            for (Sector sector : kAllSectors)
                sum += s.sectorEmissions(sector);
            QVERIFY(((sum - s.gross).abs() <= 1e-9 * scaleOf(s.gross)).all());
        }
    }

    void levelZeroIsBau()
    {
        for (int seed = 1; seed <= 50; ++seed) {
            Plan p = randomPlan(seed, 6, 10);
            for (ScenarioMeasure &m : p.scenarios.front().measures)
                m.level = 0;
            const PlanResult r = ScenarioEngine(noLibrary()).run(p);
            QVERIFY((r.scenarios.front().gross == r.bauGross).all());
        }
    }

    void samePlanSameNumbers()
    {
        const Plan p = randomPlan(42, 20, 30);
        const PlanResult a = ScenarioEngine(noLibrary()).run(p);
        const PlanResult b = ScenarioEngine(noLibrary()).run(randomPlan(42, 20, 30));
        QVERIFY((a.scenarios.front().net == b.scenarios.front().net).all());
    }

    void vectorisedRunMatchesDetailedRun()
    {
        // The Monte Carlo core at likely values gives the detailed run's net, column by column.
        for (int seed = 1; seed <= 50; ++seed) {
            const Plan p = randomPlan(seed, 10, 15);
            const EngineInput in = EngineInput::compile(p, &p.scenarios.front(), noLibrary());
            const ScenarioResult detailed = ScenarioEngine::evaluate(in);
            const YearBySample net =
                ScenarioEngine::netEmissions(in, in.likelyParameters().replicate(1, 3));
            for (int s = 0; s < 3; ++s)
                QVERIFY(
                    ((net.col(s) - detailed.net).abs() <= 1e-9 * scaleOf(detailed.gross)).all());
        }
    }

    void pooledColumnsGiveTheDetailedNet()
    {
        // Many measures of each kind: heat pumps and shared transport add electricity columns
        // that later measures (LED, solar, green power, …) work on. The net-only run holds
        // each pool of added columns as one sum; its net must be the column-by-column run's.
        for (int seed = 1; seed <= 10; ++seed) {
            const Plan p = randomPlan(seed, 12, 150);
            const EngineInput in = EngineInput::compile(p, &p.scenarios.front(), noLibrary());
            int added = 0;
            int pools = 0;
            for (int c = 0; c < int(in.columns.size()); ++c) {
                const EngineColumn &col = in.columns[size_t(c)];
                if (col.addedBy < 0) {
                    QCOMPARE(col.pool, c); // a line is never pooled
                    continue;
                }
                ++added;
                pools += col.pool == c ? 1 : 0;
                const EngineColumn &first = in.columns[size_t(col.pool)];
                QVERIFY(first.addedBy >= 0 && col.pool <= c);
                QVERIFY((first.ef == col.ef).all());
                QCOMPARE(first.price, col.price);
            }
            QVERIFY2(added > 3 * pools, "the plan should have large pools");
            const ScenarioResult detailed = ScenarioEngine::evaluate(in);
            const YearBySample net =
                ScenarioEngine::netEmissions(in, in.likelyParameters().replicate(1, 2));
            for (int s = 0; s < 2; ++s)
                QVERIFY(
                    ((net.col(s) - detailed.net).abs() <= 1e-9 * scaleOf(detailed.gross)).all());
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineInvariants)
#include "TestEngineInvariants.moc"
