// Credits within a cap as a continuous quantity (issue 18, docs/optimiser.md "Credits as any
// quantity"). On the European eco-district sample: the five candidates at 0, 50 and 100 % (243
// choices, each run by the full engine in the test) and the sample's credits (200 t a year from
// 2040 at €85/t, no ramp) at any level up to 100 %. For each choice the brute force buys just
// the credits that close the gap to the target in 2040, 200 t per unit of level, at the present
// cost the engine gives for the credits alone at 100 % times the level; the optimiser's least
// cost must equal the least of those, and its portfolio re-run by the engine must give its
// figures. A payer's fixed amount on the credits' investment makes their payer terms not linear
// in the level: they then keep their levels, and the result says so.
#include "engine/ScenarioEngine.h"
#include "optimise/Optimiser.h"
#include "storage/FactorLibraryJson.h"

#include "OptimiserBruteForce.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr int kTargetYear = 2040;
const QString kCredits = QStringLiteral("credits");

struct Run
{
    YearSeries net;
    double presentCost = 0;
};

Run runScenario(const Plan &plan, const QList<ScenarioMeasure> &levels)
{
    Scenario s;
    s.name = QStringLiteral("choice");
    s.measures = levels;
    const ScenarioResult r = ScenarioEngine(FactorLibraryJson::builtIn()).runScenario(plan, s);
    return {r.net, r.presentCost};
}

QList<ScenarioMeasure> choiceLevels(const QList<double> &levels)
{
    QList<ScenarioMeasure> out;
    for (qsizetype i = 0; i < kFiveCandidates.size(); ++i)
        if (levels[i] > 0)
            out.append({kFiveCandidates[i], levels[i]});
    return out;
}

} // namespace

class TestOptimiserCredits : public QObject
{
    Q_OBJECT

    Plan m_plan = optimiserSample();
    std::vector<Run> m_runs; // the 243 choices of the five, without credits
    int m_row = 0;
    double m_bauNet = 0;     // net in 2040 with no measure
    double m_creditCost = 0; // present cost of the credits alone at 100 %
    double m_limit = 0;

    OptimiseRequest request(bool continuous) const
    {
        OptimiseRequest r;
        for (const QString &id : kFiveCandidates)
            r.candidates.append({id, kThreeLevels});
        r.candidates.append({kCredits, {0.0, 1.0}});
        r.targetYear = kTargetYear;
        r.target = OptimiseRequest::Target::Cut;
        r.cut = 1 - m_limit / m_runs.front().net[0];
        r.continuousCredits = continuous;
        return r;
    }

    // The figures of `result.best` re-run by the engine, in every year and in cost.
    void checkRerun(const Plan &plan, const Portfolio &best)
    {
        const Run rerun = runScenario(plan, best.levels);
        QVERIFY(nearlyEqual(rerun.presentCost, best.presentCost));
        for (Eigen::Index t = 0; t < rerun.net.size(); ++t)
            QVERIFY2(std::abs(rerun.net[t] - best.net[t]) < 1e-6 * m_bauNet,
                     qPrintable(QStringLiteral("year %1: %2 vs %3")
                                    .arg(m_plan.community.baseYear + t)
                                    .arg(rerun.net[t])
                                    .arg(best.net[t])));
    }

private slots:
    void initTestCase()
    {
        m_row = kTargetYear - m_plan.community.baseYear;
        forEveryChoice(kFiveCandidates.size(), kThreeLevels, [&](const QList<double> &choice) {
            m_runs.push_back(runScenario(m_plan, choiceLevels(choice)));
        });
        QCOMPARE(m_runs.size(), size_t(243));
        m_bauNet = m_runs.front().net[m_row];
        // The credits alone: 200 t off net in 2040 (no ramp), by hand from the sample.
        const Run credits = runScenario(m_plan, {{kCredits, 1.0}});
        QVERIFY(std::abs((m_bauNet - credits.net[m_row]) - 200.0) < 1e-9);
        m_creditCost = credits.presentCost;
        QVERIFY(m_creditCost > 0);
        // 100 t below the least net in 2040 any choice of the five reaches: every choice needs
        // credits, the one that reaches it half of them.
        double most = m_bauNet;
        for (const Run &r : m_runs)
            most = std::min(most, r.net[m_row]);
        m_limit = most - 100;
    }

    // The least cost over every choice of the five with the credits that close its gap.
    void equalsBruteForceWithCreditsAsNeeded()
    {
        double least = std::numeric_limits<double>::infinity();
        double leastLevel = 0;
        for (const Run &r : m_runs) {
            const double level = std::max(0.0, (r.net[m_row] - m_limit) / 200.0);
            if (level > 1)
                continue;
            const double cost = r.presentCost + level * m_creditCost;
            if (cost < least) {
                least = cost;
                leastLevel = level;
            }
        }
        QVERIFY(std::isfinite(least));
        QVERIFY2(leastLevel > 0.01 && leastLevel < 0.99, qPrintable(QString::number(leastLevel)));

        const OptimiseResult result =
            Optimiser::run(m_plan, request(true), FactorLibraryJson::builtIn());
        QCOMPARE(result.outcome, OptimiseResult::Outcome::Optimal);
        QCOMPARE(result.continuousMeasures, QStringList{kCredits});
        QVERIFY(result.notLinearMeasures.isEmpty());
        QVERIFY2(nearlyEqual(result.best.presentCost, least),
                 qPrintable(QStringLiteral("%1 vs %2").arg(result.best.presentCost).arg(least)));
        QVERIFY(std::abs(levelIn(result.best, kCredits) - leastLevel) < 1e-6);
        // Just enough credits: net in 2040 is the target, to the solver's tolerance.
        QVERIFY(std::abs(result.best.targetNet - m_limit) < 1e-6 * m_bauNet);
        checkRerun(m_plan, result.best);

        // Credits at 0 or 100 % only cost more.
        const OptimiseResult levels =
            Optimiser::run(m_plan, request(false), FactorLibraryJson::builtIn());
        QCOMPARE(levels.outcome, OptimiseResult::Outcome::Optimal);
        QVERIFY(levels.continuousMeasures.isEmpty());
        QVERIFY(levels.best.presentCost > result.best.presentCost + 1);
    }

    // Alternatives differ in the five and buy the credits each needs; each re-runs exactly.
    void alternativesBuyTheirOwnCredits()
    {
        OptimiseRequest r = request(true);
        r.alternatives = 3;
        const OptimiseResult result = Optimiser::run(m_plan, r, FactorLibraryJson::builtIn());
        QCOMPARE(result.outcome, OptimiseResult::Outcome::Optimal);
        QVERIFY(!result.alternatives.isEmpty());
        for (const Portfolio &alternative : result.alternatives) {
            QVERIFY(alternative.presentCost <= 1.1 * result.best.presentCost + 1e-6);
            QVERIFY(alternative.targetNet <= m_limit + 1e-6 * m_bauNet);
            checkRerun(m_plan, alternative);
        }
    }

    // €10,000 of investment in the credits, the Government paying a fixed €4,000 of it in 2040
    // (taken first) and the residents the rest: the residents' share is 0 up to 40 % and
    // linear after, so with a residents' budget the credits keep their levels (0 or 100 %) and
    // the optimum is the one with levels. Without a payer's budget the split plays no part.
    void fixedPayerAmountKeepsTheLevels()
    {
        Plan plan = m_plan;
        for (Measure &m : plan.measures)
            if (m.id == kCredits)
                m.costs.capex = 10000;
        PayerSplit split;
        split.measure = kCredits;
        split.capex = {{Party::Residents, 1.0}};
        split.capexAmounts = {{Party::Government, {{2040, 4000}}}};
        plan.residents.splits = {split};

        OptimiseRequest r = request(true);
        r.payerBudgets = {{Party::Residents, 1e12}};
        const OptimiseResult kept = Optimiser::run(plan, r, FactorLibraryJson::builtIn());
        QCOMPARE(kept.outcome, OptimiseResult::Outcome::Optimal);
        QVERIFY(kept.continuousMeasures.isEmpty());
        QCOMPARE(kept.notLinearMeasures, QStringList{kCredits});
        const double level = levelIn(kept.best, kCredits);
        QVERIFY(level == 0.0 || level == 1.0);
        r.continuousCredits = false;
        const OptimiseResult levels = Optimiser::run(plan, r, FactorLibraryJson::builtIn());
        QVERIFY(nearlyEqual(kept.best.presentCost, levels.best.presentCost));

        OptimiseRequest free = request(true);
        const OptimiseResult mixed = Optimiser::run(plan, free, FactorLibraryJson::builtIn());
        QCOMPARE(mixed.continuousMeasures, QStringList{kCredits});
        checkRerun(plan, mixed.best);
    }
};

QTEST_GUILESS_MAIN(TestOptimiserCredits)
#include "TestOptimiserCredits.moc"
