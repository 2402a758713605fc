// Monte Carlo and sensitivity without memory that grows with measures × samples (issue 12:
// `simulate --samples 1` on 10,000 measures took 6.4 GB). The parameter sets are drawn a block
// at a time from streams jumped into place, and sensitivity runs its sets in blocks on the
// target year alone; each test here checks that the numbers are those of the old way of
// drawing everything first and running every set at once, and that the memory no longer
// grows with parameters × samples.
#include "PlanFixtures.h"
#include "RandomPlan.h"
#include "engine/MonteCarlo.h"
#include "engine/ParameterDraws.h"
#include "engine/SampleJump.h"
#include "engine/SampleRandom.h"
#include "engine/ScenarioEngine.h"
#include "engine/Sensitivity.h"

#include <QtTest>
#include <malloc.h>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

EngineInput compiled(const Plan &p)
{
    return EngineInput::compile(p, &p.scenarios.front(), noLibrary());
}

// Monte Carlo as it was before streaming: every parameter set drawn first, then the net of
// each block, then the percentiles over all samples.
UncertaintyResult drawEverythingFirst(const EngineInput &in, int n, quint64 seed, int block)
{
    const Eigen::ArrayXXd parameters = MonteCarlo::drawParameters(in, n, seed);
    YearBySample net(in.years, n);
    for (int first = 0; first < n; first += block) {
        const int count = std::min(block, n - first);
        net.middleCols(first, count) =
            ScenarioEngine::netEmissions(in, parameters.middleCols(first, count));
    }
    UncertaintyResult r;
    const std::vector<YearSeries> p = MonteCarlo::percentiles(net, {5, 25, 50, 75, 95});
    r.net = {p[0], p[1], p[2], p[3], p[4]};
    r.targetYear = MonteCarlo::targetYear(in);
    r.pNeutralByTarget = (net.row(r.targetYear - in.baseYear) <= 1e-9).cast<double>().mean();
    return r;
}

// Sensitivity as it was: one column per set (all likely, then low and high of each uncertain
// parameter), every year, all at once; the target year's net of each set.
std::vector<double> allSetsAtOnce(const EngineInput &in, std::vector<int> *uncertain)
{
    for (int i = 0; i < int(in.parameters.size()); ++i) {
        if (in.parameters[size_t(i)].uncertain())
            uncertain->push_back(i);
    }
    Eigen::ArrayXXd sets =
        in.likelyParameters().replicate(1, 1 + 2 * Eigen::Index(uncertain->size()));
    for (size_t k = 0; k < uncertain->size(); ++k) {
        const ParameterSlot &slot = in.parameters[size_t((*uncertain)[k])];
        sets((*uncertain)[k], Eigen::Index(1 + 2 * k)) = slot.low;
        sets((*uncertain)[k], Eigen::Index(2 + 2 * k)) = slot.high;
    }
    const YearBySample net = ScenarioEngine::netEmissions(in, sets);
    const auto row = net.row(MonteCarlo::targetYear(in) - in.baseYear);
    return std::vector<double>(row.cbegin(), row.cend());
}

} // namespace

class TestUncertaintyScale : public QObject
{
    Q_OBJECT

private slots:
    void jumpIsDrawing_data();
    void jumpIsDrawing();
    void blockDrawsAreTheWholeDraw();
    void monteCarloIsDrawingEverythingFirst();
    void sensitivityIsAllSetsAtOnce();
    void monteCarloMemoryDoesNotGrowWithParametersTimesSamples();
};

void TestUncertaintyScale::jumpIsDrawing_data()
{
    QTest::addColumn<quint64>("steps");
    for (const quint64 steps : {0ull, 1ull, 2ull, 63ull, 64ull, 1000ull, 12345ull})
        QTest::addRow("%llu", steps) << steps;
}

// A jump over k draws leaves the stream where k calls of next() would.
void TestUncertaintyScale::jumpIsDrawing()
{
    QFETCH(quint64, steps);
    SampleRandom drawn(42);
    for (quint64 i = 0; i < steps; ++i)
        drawn.next();
    SampleRandom jumped(42);
    jumped.jump(SampleJump(steps));
    for (int i = 0; i < 8; ++i)
        QCOMPARE(jumped.next(), drawn.next());
}

// Blocks of 37, 64 and the rest of 250 samples are, side by side, drawParameters' matrix.
void TestUncertaintyScale::blockDrawsAreTheWholeDraw()
{
    const EngineInput in = compiled(randomPlan(8, 12, 40));
    const int n = 250;
    const Eigen::ArrayXXd whole = MonteCarlo::drawParameters(in, n, 77);
    QVERIFY(whole.rows() > 40);
    ParameterDraws draws(in, n, 77);
    Eigen::ArrayXXd block;
    int first = 0;
    for (const int count : {37, 64, n - 37 - 64}) {
        draws.next(count, block);
        QCOMPARE(block.rows(), whole.rows());
        QCOMPARE(block.cols(), Eigen::Index(count));
        QVERIFY((block == whole.middleCols(first, count)).all());
        first += count;
    }
}

// Same seed, same numbers as before: bands and probability equal to the last bit, with an odd
// number of samples, a short last block and two threads.
void TestUncertaintyScale::monteCarloIsDrawingEverythingFirst()
{
    const EngineInput in = compiled(randomPlan(21, 15, 60));
    const int n = 777;
    const auto streamed = MonteCarlo::run(in, MonteCarloOptions{n, 5, 2, 100, {}});
    QVERIFY(streamed);
    const UncertaintyResult before = drawEverythingFirst(in, n, 5, 100);
    QVERIFY((streamed->net.p5 == before.net.p5).all());
    QVERIFY((streamed->net.p25 == before.net.p25).all());
    QVERIFY((streamed->net.p50 == before.net.p50).all());
    QVERIFY((streamed->net.p75 == before.net.p75).all());
    QVERIFY((streamed->net.p95 == before.net.p95).all());
    QCOMPARE(streamed->pNeutralByTarget, before.pNeutralByTarget);
    QCOMPARE(streamed->targetYear, before.targetYear);
}

// Running the target year alone, in blocks, gives each bar the net of running every set over
// every year at once. Sums and products are the same operations on the same numbers; only
// Eigen's exp/log may take its scalar path for an element it took in packets before (the odd
// element at the end of an array), which can move the last bit: hence 1e-12 relative.
void TestUncertaintyScale::sensitivityIsAllSetsAtOnce()
{
    for (const std::uint64_t seed : {3u, 4u}) {
        Plan p = randomPlan(seed, 20, 90);
        if (seed == 4) // a target year inside the horizon, not its end
            p.community.targets.neutralityYear = 2045;
        const EngineInput in = compiled(p);
        std::vector<int> uncertain;
        const std::vector<double> before = allSetsAtOnce(in, &uncertain);
        QVERIFY(uncertain.size() > 128); // more than one block of sets
        const SensitivityResult r = Sensitivity::run(in);
        QCOMPARE(r.bars.size(), uncertain.size());
        const auto same = [](double a, double b) {
            return std::abs(a - b) <= 1e-12 * std::max({1.0, std::abs(a), std::abs(b)});
        };
        QVERIFY(same(r.baseNet, before[0]));
        for (size_t k = 0; k < uncertain.size(); ++k) {
            const ParameterSlot &slot = in.parameters[size_t(uncertain[k])];
            const QString key = QString::fromLatin1(slot.key);
            const QString id = in.measures[size_t(slot.measure)].id;
            const auto bar = std::find_if(r.bars.cbegin(), r.bars.cend(), [&](const auto &b) {
                return b.measureId == id && b.parameter == key;
            });
            QVERIFY(bar != r.bars.cend());
            QVERIFY2(same(bar->netAtLow, before[1 + 2 * k]) &&
                         same(bar->netAtHigh, before[2 + 2 * k]),
                     qPrintable(id + QLatin1Char('/') + key));
        }
    }
}

// Ten times the samples on 150 measures (287 uncertain parameters): the heap in use
// during the run grows by the net emissions kept for the bands (37 years × 8 bytes a sample,
// 0.5 MB for 1,800 more samples), not by parameters × samples (287 × 8 bytes a sample,
// 4.1 MB) as when every draw was made first. Heap in use is glibc's mallinfo2, read while the
// run goes on (from its progress callback), one thread.
void TestUncertaintyScale::monteCarloMemoryDoesNotGrowWithParametersTimesSamples()
{
    if (mallinfo2().uordblks == 0)
        QSKIP("the allocator does not say what is in use (a sanitizer build)");
    const EngineInput in = compiled(randomPlan(13, 20, 150));
    const auto uncertain = std::count_if(in.parameters.cbegin(), in.parameters.cend(),
                                         [](const ParameterSlot &s) { return s.uncertain(); });
    QVERIFY2(uncertain > 250, qPrintable(QString::number(uncertain)));
    const auto peakDuring = [&](int samples) {
        const size_t before = mallinfo2().uordblks;
        size_t peak = before;
        const auto progress = [&](double) {
            peak = std::max(peak, size_t(mallinfo2().uordblks));
            return true;
        };
        if (!MonteCarlo::run(in, MonteCarloOptions{samples, 1, 1, 128, progress}))
            return -1.0;
        return double(peak - before);
    };
    const double small = peakDuring(200);
    const double large = peakDuring(2000);
    QVERIFY(small >= 0 && large >= 0);
    const double years = in.years;
    QCOMPARE(years, 37.0);
    qInfo("heap in use during the run: %.1f MB (200 samples), %.1f MB (2,000 samples)", small / 1e6,
          large / 1e6);
    QVERIFY2(large - small < 2.0 * years * 8 * 1800, qPrintable(QString::number(large - small)));
}

QTEST_GUILESS_MAIN(TestUncertaintyScale)
#include "TestUncertaintyScale.moc"
