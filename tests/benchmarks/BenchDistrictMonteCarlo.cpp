// Time and memory of a district's Monte Carlo (issue 17: 1,000 communities, 1,000 samples,
// ≤ 30 s and ≤ 2 GB on the 2-core machine, Release). The district: RandomPlan's generator,
// each community 20–40 lines and 10–15 measures over 2024–2060, in its scenario "all".
// Prints the wall time of each step and the process's peak memory after it (getrusage).
// The size can be made smaller for a Debug build: ZEROPLAN_BENCH_COMMUNITIES and
// ZEROPLAN_BENCH_SAMPLES (default 1,000 each). Run through tools/benchmarks (Release).
#include "PlanFixtures.h"
#include "RandomPlan.h"
#include "district/DistrictMonteCarlo.h"

#include <QElapsedTimer>
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

int sizeFromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

class BenchDistrictMonteCarlo : public QObject
{
    Q_OBJECT

    const int m_communities = sizeFromEnvironment("ZEROPLAN_BENCH_COMMUNITIES", 1000);
    const int m_samples = sizeFromEnvironment("ZEROPLAN_BENCH_SAMPLES", 1000);
    std::vector<DistrictMember> m_members;

    void run(DrawSharing sharing);

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_members.reserve(size_t(m_communities));
        for (int c = 0; c < m_communities; ++c) {
            const int lines = 20 + (c * 7) % 21;   // 20–40
            const int measures = 10 + (c * 5) % 6; // 10–15
            Plan plan = randomPlan(std::uint64_t(1000 + c), lines, measures, 2024, 2060);
            const QString name = QStringLiteral("Community %1").arg(c + 1);
            m_members.push_back({name, std::move(plan), QStringLiteral("all"), {}});
        }
        qInfo("RESULT %d communities generated: %.2f s, peak %.0f MB", m_communities,
              double(timer.elapsed()) / 1000.0, peakMegabytes());
    }
    void shared() { run(DrawSharing::Shared); }
    void independent() { run(DrawSharing::Independent); }
};

void BenchDistrictMonteCarlo::run(DrawSharing sharing)
{
    DistrictMonteCarloOptions options;
    options.samples = m_samples;
    options.seed = 1;
    options.sharing = sharing;
    options.baseYear = 2024;
    options.horizonEnd = 2060;
    QElapsedTimer timer;
    timer.start();
    const auto result = DistrictMonteCarlo::run(m_members, noLibrary(), options);
    const double seconds = double(timer.elapsed()) / 1000.0;
    QVERIFY(result);
    QCOMPARE(result->district.samples, m_samples);
    QCOMPARE(result->communities.size(), size_t(m_communities));
    QCOMPARE(result->district.net.p50.size(), Eigen::Index(37));
    QVERIFY((result->district.net.p5 <= result->district.net.p95).all());
    const Eigen::Index target = 2060 - 2024;
    qInfo("RESULT %d communities × %d samples (%s): %.2f s, peak %.0f MB; 2060 net p5 %.0f, "
          "p50 %.0f, p95 %.0f t",
          m_communities, m_samples, sharing == DrawSharing::Shared ? "shared" : "independent",
          seconds, peakMegabytes(), result->district.net.p5[target],
          result->district.net.p50[target], result->district.net.p95[target]);
}

QTEST_GUILESS_MAIN(BenchDistrictMonteCarlo)
#include "BenchDistrictMonteCarlo.moc"
