// Opening a district of 1,000 communities in the app (issue 17: "open and recompute everything
// ≤ 1 s; one community edited → roll-up updated ≤ 20 ms"), on the path the window takes:
// DistrictDocument::open reads the district file, the 1,000 .zeroplan plan files it links (each
// checked against its hash) and rolls them all up, first with the plan read cache empty (cold),
// then filled by an open before (warm); then one community's plan edited through
// DistrictDocument::setMemberPlan, as an edit of a community opened in place does. The plans are
// generated like the samples (RandomPlan: 20–40 lines, 10–15 measures, 2024–2060) and written
// once in initTestCase. Run through tools/benchmarks (Release); not gated in CI.
// ZEROPLAN_BENCH_COMMUNITIES=10000 runs it on a district of 10,000 (issue 17: it "must still
// work", time and memory reported).
#include "DistrictDocument.h"
#include "RandomPlan.h"
#include "storage/DistrictCreate.h"
#include "storage/DistrictLoader.h"
#include "storage/DistrictStore.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanReadCache.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/resource.h>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// 1,000 unless ZEROPLAN_BENCH_COMMUNITIES says otherwise.
int communities()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("ZEROPLAN_BENCH_COMMUNITIES", &ok);
    return ok && n > 0 ? n : 1000;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

class BenchDistrictOpen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;

    void open()
    {
        QString error;
        std::unique_ptr<DistrictDocument> document =
            DistrictDocument::open(m_path, FactorLibraryJson::builtIn(), &error);
        QVERIFY2(document, qPrintable(error));
        // Every link read or its reason given (about 2 % of RandomPlan's plans fail the plan
        // reader's checks and are kept as links without a member, as in the app).
        QCOMPARE(document->links().size(), m_count);
        QVERIFY(document->memberCount() > m_count * 9 / 10);
        QCOMPARE(document->rollup().size(), document->memberCount());
    }

    void report()
    {
        QString error;
        qInfo("%d of the %d plans read; peak memory: %.0f MB",
              DistrictDocument::open(m_path, FactorLibraryJson::builtIn(), &error)->memberCount(),
              m_count, peakMegabytes());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the plan read cache of the tests, not yours
        QVERIFY(m_dir.isValid());
        QList<Plan> plans;
        m_count = communities();
        qInfo("%d communities", m_count);
        for (int i = 0; i < m_count; ++i) {
            Plan plan = randomPlan(std::uint64_t(1000 + i), 20 + i % 21, 10 + i % 6, 2024, 2060);
            plan.community.name = QStringLiteral("Community %1").arg(i + 1);
            plans.append(std::move(plan));
        }
        m_path = m_dir.filePath(QStringLiteral("district.zeroplan-district"));
        District district;
        district.name = QStringLiteral("Generated district");
        QString error;
        QVERIFY2(DistrictCreate::addPlans(district, m_path, plans, CommunityType::Existing, &error),
                 qPrintable(error));
        QVERIFY2(DistrictStore::save(district, m_path, &error), qPrintable(error));
    }

    // The part of opening that reads the files: the district, then every plan (each hashed,
    // read and checked), without the roll-up.
    void readThePlans()
    {
        QBENCHMARK
        {
            DistrictStoreResult read = DistrictStore::load(m_path);
            QVERIFY(read.ok());
            const DistrictLoad load =
                DistrictLoader::load(*read.district, m_path, &FactorLibraryJson::builtIn());
            QCOMPARE(load.links.size(), m_count);
        }
    }

    // Opening with the plan read cache empty (the first time a district is opened here), and
    // with it filled by an open before (every later time, the plans' files unchanged).
    void openCold()
    {
        QBENCHMARK
        {
            QFile::remove(PlanReadCache::standardFile());
            open();
        }
        report();
    }

    void openWarm()
    {
        open();
        QBENCHMARK
        {
            open();
        }
        report();
    }

    void editOneCommunity()
    {
        QString error;
        std::unique_ptr<DistrictDocument> document =
            DistrictDocument::open(m_path, FactorLibraryJson::builtIn(), &error);
        QVERIFY2(document, qPrintable(error));
        const int member = m_count / 2;
        Plan plan = document->member(member).plan;
        QVERIFY(!plan.activities.isEmpty());
        const double amount = plan.activities[0].amount;
        int round = 0;
        QBENCHMARK
        {
            // A new amount each round, so each is an edit the roll-up runs.
            plan.activities[0].amount = amount * (1.0 + 0.01 * (++round % 50 + 1));
            document->setMemberPlan(member, plan);
        }
        QVERIFY(document->isMemberModified(member));
    }
};

QTEST_GUILESS_MAIN(BenchDistrictOpen)
#include "BenchDistrictOpen.moc"
