// District roll-up speed (issue 17, docs/district.md "The roll-up"): a generated district of
// 1,000 communities, each like the samples (RandomPlan: 20–40 activity lines, 10–15 measures,
// 2024–2060). Targets: open and recompute everything ≤ 1 s; one community edited → roll-up
// updated ≤ 20 ms. Also: setMembers() when nothing changed (every plan compared, nothing run),
// and re-summing every community's contribution (what update() saves). A 10,000-community run
// (time and peak memory, once) runs when ZEROPLAN_BENCH_LARGE is set. Run through
// tools/benchmarks (Release); not gated in CI.
#include "PlanFixtures.h"
#include "RandomPlan.h"
#include "district/DistrictRollup.h"

#include <QtTest>
#include <sys/resource.h>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// The process's peak resident memory so far, in MB (getrusage).
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// `count` generated communities; the sizes vary with the seed within the ranges.
std::vector<DistrictMember> generated(int count)
{
    std::vector<DistrictMember> members;
    members.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const auto seed = std::uint64_t(1000 + i);
        Plan plan = randomPlan(seed, 20 + i % 21, 10 + i % 6, 2024, 2060);
        members.push_back({QStringLiteral("Community %1").arg(i + 1), std::move(plan), QString(),
                           CommunityType(i % 3)});
    }
    return members;
}

} // namespace

class BenchDistrict : public QObject
{
    Q_OBJECT

    std::vector<DistrictMember> m_members;

private slots:
    void initTestCase()
    {
        m_members = generated(1000);
        QCOMPARE(m_members.size(), size_t(1000));
        QVERIFY(m_members[7].plan.activities.size() >= 20);
        QVERIFY(m_members[7].plan.measures.size() >= 10);
    }

    void fullRollup()
    {
        // Open: every community run and summed, from an empty cache.
        QBENCHMARK
        {
            DistrictRollup rollup(noLibrary(), 2024, 2060);
            rollup.setMembers(m_members);
            QCOMPARE(rollup.runsDone(), 1000);
        }
        qInfo("peak memory: %.0f MB", peakMegabytes());
    }

    void setMembersUnchanged()
    {
        // Every plan compared with the one its kept run was made from, nothing run.
        DistrictRollup rollup(noLibrary(), 2024, 2060);
        rollup.setMembers(m_members);
        QBENCHMARK
        {
            rollup.setMembers(m_members);
        }
        QCOMPARE(rollup.runsDone(), 1000);
    }

    void sameInputsOfOneCommunity()
    {
        // What the cache pays per community to know whether it changed (a deep comparison
        // of a copy, as after an edit was undone).
        const DistrictMember copy = m_members[500];
        const CommunityRun run = CommunityRun::of(m_members[500], noLibrary(), QDate(2026, 1, 1));
        DistrictMember other = copy;
        other.plan.activities.detach(); // no shared list: every field compared
        other.plan.measures.detach();
        bool same = false;
        QBENCHMARK
        {
            same = run.sameInputs(other);
        }
        QVERIFY(same);
    }

    void inputKeyOfOneCommunity()
    {
        // Hashing one community's inputs (done only for a community moved in the list).
        const Plan &plan = m_members[500].plan;
        QByteArray key;
        QBENCHMARK
        {
            key = CommunityRun::inputKey(plan, QString());
        }
        QCOMPARE(key.size(), 32);
    }

    void updateOneCommunity()
    {
        // One community's first line changed: its key, its run, the sums (old contribution
        // off, new one on).
        DistrictRollup rollup(noLibrary(), 2024, 2060);
        rollup.setMembers(m_members);
        DistrictMember edited = m_members[500];
        int runs = rollup.runsDone();
        QBENCHMARK
        {
            edited.plan.activities[0].amount *= 1.001;
            rollup.update(500, edited);
            QCOMPARE(rollup.runsDone(), ++runs);
        }
    }

    void resumAll()
    {
        // Σ of 1,000 contributions (37 years × 18 quantities each) afresh.
        DistrictRollup rollup(noLibrary(), 2024, 2060);
        rollup.setMembers(m_members);
        QBENCHMARK
        {
            rollup.resum();
        }
        QVERIFY(rollup.bau()[0] > 0);
    }

    void tenThousandCommunities()
    {
        if (qEnvironmentVariableIsEmpty("ZEROPLAN_BENCH_LARGE"))
            QSKIP("set ZEROPLAN_BENCH_LARGE=1 to run the 10,000-community district");
        const std::vector<DistrictMember> members = generated(10000);
        QBENCHMARK_ONCE
        {
            DistrictRollup rollup(noLibrary(), 2024, 2060);
            rollup.setMembers(members);
            QCOMPARE(rollup.runsDone(), 10000);
        }
        qInfo("peak memory: %.0f MB", peakMegabytes());
    }
};

QTEST_GUILESS_MAIN(BenchDistrict)
#include "BenchDistrict.moc"
