// Engine speed on the generated plan: 50 measures × 40 activity lines × 2024–2060.
// Run through tools/benchmarks (a Release build, QtTest's -median); not gated in CI.
#include "PlanFixtures.h"
#include "RandomPlan.h"
#include "engine/MonteCarlo.h"
#include "engine/ScenarioEngine.h"
#include "engine/Sensitivity.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

class BenchEngine : public QObject
{
    Q_OBJECT

    const Plan m_plan = randomPlan(2024, 40, 50, 2024, 2060);

private slots:
    void deterministicRecompute()
    {
        // The full deterministic run of a compiled scenario: every result the app shows
        // (gross, sinks, credits, net, sources, wedges, costs, targets).
        const EngineInput in = EngineInput::compile(m_plan, &m_plan.scenarios.front(), noLibrary());
        QBENCHMARK
        {
            const ScenarioResult r = ScenarioEngine::evaluate(in);
            QVERIFY(r.gross.size() == 37);
        }
    }

    void netOnly()
    {
        // The same chain of measures without bookkeeping: the engine's core for one sample.
        const EngineInput in = EngineInput::compile(m_plan, &m_plan.scenarios.front(), noLibrary());
        const Eigen::ArrayXXd likely = in.likelyParameters();
        QBENCHMARK
        {
            const YearBySample net = ScenarioEngine::netEmissions(in, likely);
            QVERIFY(net.rows() == 37);
        }
    }

    void compileAndRecompute()
    {
        // What an edit of the plan costs: compile the plan's scenario, then run it.
        const Scenario &s = m_plan.scenarios.front();
        const ScenarioEngine engine(noLibrary());
        QCOMPARE(m_plan.activities.size(), 40);
        QCOMPARE(m_plan.measures.size(), 50);
        QBENCHMARK
        {
            const ScenarioResult r = ScenarioEngine::evaluate(engine.compile(m_plan, &s));
            QVERIFY(r.gross.size() == 37);
        }
    }

    void monteCarlo10000()
    {
        const EngineInput in = EngineInput::compile(m_plan, &m_plan.scenarios.front(), noLibrary());
        QBENCHMARK
        {
            const auto r = MonteCarlo::run(in, MonteCarloOptions{10000, 1, 0, 128, {}});
            QVERIFY(r && r->samples == 10000);
        }
    }

    void sensitivity()
    {
        const EngineInput in = EngineInput::compile(m_plan, &m_plan.scenarios.front(), noLibrary());
        QBENCHMARK
        {
            const SensitivityResult r = Sensitivity::run(in);
            QVERIFY(!r.bars.empty());
        }
    }
};

QTEST_GUILESS_MAIN(BenchEngine)
#include "BenchEngine.moc"
