#include "PlanFixtures.h"
#include "RandomPlan.h"
#include "engine/MonteCarlo.h"
#include "engine/SampleRandom.h"
#include "engine/ScenarioEngine.h"
#include "engine/Sensitivity.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

class TestMonteCarlo : public QObject
{
    Q_OBJECT

    static EngineInput input(std::uint64_t seed)
    {
        const Plan p = randomPlan(seed, 12, 20);
        return EngineInput::compile(p, &p.scenarios.front(), noLibrary());
    }

private slots:
    void triangularMomentsMatchTheory()
    {
        // Mean (a + b + c) / 3 and variance (a² + b² + c² − ab − ac − bc) / 18.
        SampleRandom random(7);
        const double a = 2, c = 3, b = 7; // low, likely, high
        const int n = 200000;
        double sum = 0, sq = 0;
        for (int i = 0; i < n; ++i) {
            const double x = random.triangular(a, c, b);
            QVERIFY(x >= a && x <= b);
            sum += x;
            sq += x * x;
        }
        const double mean = sum / n;
        const double var = sq / n - mean * mean;
        QVERIFY(qAbs(mean - 4.0) < 0.01);
        QVERIFY(qAbs(var - (4 + 49 + 9 - 14 - 6 - 21) / 18.0) < 0.02);
    }

    void sameSeedSameNumbersWhateverTheThreads()
    {
        const EngineInput in = input(3);
        MonteCarloOptions one{2000, 99, 1, 256, {}};
        MonteCarloOptions two{2000, 99, 2, 100, {}};
        const auto a = MonteCarlo::run(in, one);
        const auto b = MonteCarlo::run(in, two);
        QVERIFY(a && b);
        QVERIFY((a->net.p50 == b->net.p50).all());
        QVERIFY((a->net.p5 == b->net.p5).all());
        QCOMPARE(a->pNeutralByTarget, b->pNeutralByTarget);
        MonteCarloOptions other{2000, 100, 2, 256, {}};
        QVERIFY(!(MonteCarlo::run(in, other)->net.p50 == a->net.p50).all());
    }

    void percentilesAreOrdered()
    {
        const auto r = MonteCarlo::run(input(5), MonteCarloOptions{3000, 1, 0, 256, {}});
        QVERIFY(r);
        QVERIFY((r->net.p5 <= r->net.p25).all());
        QVERIFY((r->net.p25 <= r->net.p50).all());
        QVERIFY((r->net.p50 <= r->net.p75).all());
        QVERIFY((r->net.p75 <= r->net.p95).all());
        QVERIFY(r->pNeutralByTarget >= 0 && r->pNeutralByTarget <= 1);
    }

    void withoutRangesEveryPercentileIsTheDeterministicNet()
    {
        Plan p = randomPlan(11, 10, 15);
        for (Measure &m : p.measures) {
            for (auto &v : m.parameters) {
                v.low.reset();
                v.high.reset();
            }
        }
        const EngineInput in = EngineInput::compile(p, &p.scenarios.front(), noLibrary());
        const ScenarioResult det = ScenarioEngine::evaluate(in);
        const auto r = MonteCarlo::run(in, MonteCarloOptions{500, 1, 0, 64, {}});
        QVERIFY(((r->net.p5 - det.net).abs() < 1e-9 * std::max(1.0, det.gross.maxCoeff())).all());
        QVERIFY(((r->net.p95 - det.net).abs() < 1e-9 * std::max(1.0, det.gross.maxCoeff())).all());
    }

    void percentileInterpolates()
    {
        YearBySample v(1, 5);
        v << 5, 1, 4, 2, 3;
        QCOMPARE(MonteCarlo::percentile(v, 50)[0], 3.0);
        QCOMPARE(MonteCarlo::percentile(v, 25)[0], 2.0);
        QCOMPARE(MonteCarlo::percentile(v, 10)[0], 1.4);
        QCOMPARE(MonteCarlo::percentile(v, 100)[0], 5.0);
    }

    void probabilityOfNeutralityCountsSamples()
    {
        // Credits between 300 and 500 t against 404.2 t gross: P(credits ≥ 404.2) for a
        // triangular(300, 400, 500) is (500 − 404.2)² / (200 × 100) = 0.4589.
        Plan p = basePlan(2024, 2030);
        p.community.targets.neutralityYear = 2030;
        p.activities = {line(QStringLiteral("homes"), Sector::StationaryEnergy,
                             QStringLiteral("residential"), QStringLiteral("electricity"), 1.0e6,
                             QStringLiteral("kWh"), QStringLiteral("grid"))};
        Measure c = measure(MeasureKind::CarbonCredits, QStringLiteral("credits"), 2024);
        c.parameters[QStringLiteral("tonnes_per_year")] = UncertainValue{400, 300, 500, {}};
        p.measures = {c};
        const Scenario s = allMeasures(p);
        const EngineInput in = EngineInput::compile(p, &s, noLibrary());
        const auto r = MonteCarlo::run(in, MonteCarloOptions{100000, 5, 0, 1024, {}});
        QCOMPARE(r->targetYear, 2030);
        QVERIFY2(qAbs(r->pNeutralByTarget - 0.4589) < 0.01,
                 qPrintable(QString::number(r->pNeutralByTarget)));
    }

    void cancelStopsTheRun()
    {
        MonteCarloOptions o{5000, 1, 2, 100, [](double done) { return done < 0.2; }};
        QVERIFY(!MonteCarlo::run(input(2), o).has_value());
    }

    void sensitivityRanksTheWidestSwingFirst()
    {
        Plan p = basePlan(2024, 2030);
        p.activities = {line(QStringLiteral("homes"), Sector::StationaryEnergy,
                             QStringLiteral("residential"), QStringLiteral("electricity"), 1.0e6,
                             QStringLiteral("kWh"), QStringLiteral("grid"))};
        Measure narrow = measure(MeasureKind::CarbonCredits, QStringLiteral("narrow"), 2024);
        narrow.parameters[QStringLiteral("tonnes_per_year")] = UncertainValue{50, 40, 60, {}};
        Measure wide = measure(MeasureKind::CarbonCredits, QStringLiteral("wide"), 2024);
        wide.parameters[QStringLiteral("tonnes_per_year")] = UncertainValue{50, 0, 150, {}};
        p.measures = {narrow, wide};
        const Scenario s = allMeasures(p);
        const SensitivityResult r = Sensitivity::run(EngineInput::compile(p, &s, noLibrary()));
        QCOMPARE(r.bars.size(), size_t(2));
        QCOMPARE(r.bars[0].measureId, QStringLiteral("wide"));
        QVERIFY(qFuzzyCompare(r.baseNet, 404.2 - 100));
        QVERIFY(qFuzzyCompare(r.bars[0].netAtLow, 404.2 - 50));
        QVERIFY(qFuzzyCompare(r.bars[0].netAtHigh, 404.2 - 200));
        QVERIFY(qFuzzyCompare(r.bars[1].swing(), 20.0));
    }
};

QTEST_GUILESS_MAIN(TestMonteCarlo)
#include "TestMonteCarlo.moc"
