// Opening a district of 1,000 communities in the app (issue 17: "open and recompute everything
// ≤ 1 s; one community edited → roll-up updated ≤ 20 ms"), on the path the window takes:
// DistrictDocument::open reads the district file, the 1,000 .zeroplan plan files it links (each
// checked against its hash) and rolls them all up; then one community's plan edited through
// DistrictDocument::setMemberPlan, as an edit of a community opened in place does. The plans are
// generated like the samples (RandomPlan: 20–40 lines, 10–15 measures, 2024–2060) and written
// once in initTestCase. Run through tools/benchmarks (Release); not gated in CI.
#include "DistrictDocument.h"
#include "RandomPlan.h"
#include "storage/DistrictCreate.h"
#include "storage/DistrictStore.h"
#include "storage/FactorLibraryJson.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sys/resource.h>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr int kCommunities = 1000;

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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QList<Plan> plans;
        for (int i = 0; i < kCommunities; ++i) {
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

    void openThousandCommunities()
    {
        QBENCHMARK
        {
            QString error;
            std::unique_ptr<DistrictDocument> document =
                DistrictDocument::open(m_path, FactorLibraryJson::builtIn(), &error);
            QVERIFY2(document, qPrintable(error));
            QCOMPARE(document->memberCount(), kCommunities);
            QCOMPARE(document->rollup().size(), kCommunities);
        }
        qInfo("peak memory: %.0f MB", peakMegabytes());
    }

    void editOneCommunity()
    {
        QString error;
        std::unique_ptr<DistrictDocument> document =
            DistrictDocument::open(m_path, FactorLibraryJson::builtIn(), &error);
        QVERIFY2(document, qPrintable(error));
        Plan plan = document->member(500).plan;
        QVERIFY(!plan.activities.isEmpty());
        const double amount = plan.activities[0].amount;
        int round = 0;
        QBENCHMARK
        {
            // A new amount each round, so each is an edit the roll-up runs.
            plan.activities[0].amount = amount * (1.0 + 0.01 * (++round % 50 + 1));
            document->setMemberPlan(500, plan);
        }
        QVERIFY(document->isMemberModified(500));
    }
};

QTEST_GUILESS_MAIN(BenchDistrictOpen)
#include "BenchDistrictOpen.moc"
