// Memory and time of uncertainty and sensitivity on a plan with 10,000 measures (issue 12:
// `simulate --samples 1` took 94 s and 6.4 GB, the app 3.8 GB just to open the plan). The
// plan: RandomPlan's generator, 10,000 measures of every kind over 40 activity lines,
// 2024–2060. Prints the wall time of each step and the process's peak memory after it
// (getrusage; it only grows, so the steps run from the smallest to the largest). Targets:
// opening (LiveResults: the engine run and the validator) ≤ 500 MB; Monte Carlo with
// sensitivity at 1,000 samples ≤ 10 s and ≤ 1 GB. Run through tools/benchmarks (Release).
#include "PlanDocument.h"
#include "PlanFixtures.h"
#include "RandomPlan.h"
#include "engine/MonteCarlo.h"
#include "engine/Sensitivity.h"
#include "present/LiveResults.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/resource.h>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

class BenchUncertainty : public QObject
{
    Q_OBJECT

    void simulate(int samples);

    const Plan m_plan = randomPlan(2024, 40, 10000, 2024, 2060);

private slots:
    void initTestCase() { qInfo("RESULT plan generated: peak %.0f MB", peakMegabytes()); }
    void openInTheApp();
    void samples1() { simulate(1); }
    void samples1000() { simulate(1000); }
};

// What the app computes when it opens the plan: every scenario's results and the problems.
void BenchUncertainty::openInTheApp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto document = PlanDocument::fromPlan(m_plan, dir.path());
    QElapsedTimer timer;
    timer.start();
    LiveResults results(document.get(), noLibrary());
    const double seconds = double(timer.elapsed()) / 1000.0;
    QCOMPARE(results.result().scenarios.size(), size_t(1));
    QCOMPARE(results.result().scenarios.front().measures.size(), size_t(10000));
    qInfo("RESULT open 10,000 measures (LiveResults): %.2f s, peak %.0f MB", seconds,
          peakMegabytes());
}

// `zeroplan-cli simulate --samples N`'s uncertainty part: Monte Carlo and sensitivity.
void BenchUncertainty::simulate(int samples)
{
    const EngineInput input = EngineInput::compile(m_plan, &m_plan.scenarios.front(), noLibrary());
    QCOMPARE(input.measures.size(), size_t(10000));
    QElapsedTimer timer;
    timer.start();
    const auto bands = MonteCarlo::run(input, MonteCarloOptions{samples, 1, 0, 128, {}});
    const double monteCarlo = double(timer.elapsed()) / 1000.0;
    QVERIFY(bands && bands->samples == samples);
    timer.start();
    const SensitivityResult sensitivity = Sensitivity::run(input);
    const double seconds = double(timer.elapsed()) / 1000.0;
    QVERIFY(sensitivity.bars.size() > 10000);
    qInfo("RESULT 10,000 measures, %d sample(s): Monte Carlo %.2f s, sensitivity (%zu "
          "parameters) %.2f s, peak %.0f MB",
          samples, monteCarlo, sensitivity.bars.size(), seconds, peakMegabytes());
}

QTEST_GUILESS_MAIN(BenchUncertainty)
#include "BenchUncertainty.moc"
