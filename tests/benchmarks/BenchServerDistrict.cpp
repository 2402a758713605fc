// Opening a district of 1,000 communities from the shared store (docs/server.md, "Opening a
// district from the server": "a district of 1,000 communities opens and rolls up in ≤ 2 s from
// a local server"): a PostgreSQL server of the test's own (PostgresCluster, a Unix socket), one
// district of 1,000 communities, each with a copy of the Hangzhou Hemu sample plan (29 KB of
// JSON) under its own name and population, so no two plans are the same; the district officer
// signs in with row-level security on. Timed: ServerDistrict::load alone (one query, then the
// plans read on every core), and load + DistrictRollup over every member, as the app and the
// CLI roll up. ZEROPLAN_BENCH_COMMUNITIES changes the count; ZEROPLAN_BENCH_SAMPLE=xinqiao
// takes the Shenzhen Xinqiao sample (147 KB, the largest) instead. Run through
// tools/benchmarks (Release); not gated in CI. Skips when PostgreSQL or QPSQL is missing.
#include "SharedStoreFixture.h"
#include "district/DistrictRollup.h"
#include "server/ServerDistrict.h"
#include "storage/FactorLibraryJson.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <sys/resource.h>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

const QString kDatabase = QStringLiteral("zeroplan");

// 1,000 unless ZEROPLAN_BENCH_COMMUNITIES says otherwise.
int communities()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("ZEROPLAN_BENCH_COMMUNITIES", &ok);
    return ok && n > 0 ? n : 1000;
}

QString samplePath()
{
    return qgetenv("ZEROPLAN_BENCH_SAMPLE") == "xinqiao"
               ? QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json")
               : QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/hangzhou-hemu.json");
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

class BenchServerDistrict : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresCluster> m_cluster;
    int m_count = 0;

    QSqlDatabase officer() const
    {
        return m_cluster->connect(QStringLiteral("officer"), QStringLiteral("officer"), kDatabase);
    }

    // The district as the officer opens it: every plan read.
    std::optional<ServerDistrictLoad> open() const
    {
        QString error;
        std::optional<ServerDistrictLoad> loaded =
            ServerDistrict::load(officer(), 1, &FactorLibraryJson::builtIn(), &error);
        if (!loaded)
            qWarning("%s", qPrintable(error));
        return loaded;
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_cluster = PostgresCluster::start(&why);
        if (!m_cluster)
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server for this benchmark: ") + why));
        QVERIFY2(createSharedStore(*m_cluster, &why), qPrintable(why));
        m_count = communities();
        const QString setUp =
            QStringLiteral(
                "INSERT INTO zeroplan.districts (name) VALUES ('Generated district');"
                "INSERT INTO zeroplan.communities (district_id, name) SELECT 1, 'Community ' || "
                "lpad(i::text, 5, '0') FROM generate_series(1, %1) i;"
                "CREATE ROLE officer LOGIN IN ROLE zeroplan_reader;"
                "INSERT INTO zeroplan.memberships (login, district_id, role) VALUES "
                "('officer', 1, 'reader');")
                .arg(m_count);
        QVERIFY2(m_cluster->psql(kDatabase, {QStringLiteral("-c"), setUp}, &why), qPrintable(why));
        // Every community's plan in one statement: the sample, named after the community,
        // with a population of its own.
        QFile sample(samplePath());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QSqlDatabase owner = m_cluster->connect(
            QStringLiteral("owner"), QLatin1String(PostgresCluster::kSuperuser), kDatabase);
        QVERIFY2(owner.isOpen(), qPrintable(owner.lastError().text()));
        QSqlQuery q(owner);
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO zeroplan.plans (community_id, plan) SELECT c.id, "
            "jsonb_set(jsonb_set(?::jsonb, '{community,name}', to_jsonb(c.name)), "
            "'{community,population}', to_jsonb(1000 + c.id * 3)) FROM zeroplan.communities c")));
        q.addBindValue(QString::fromUtf8(sample.readAll()));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), m_count);
        QVERIFY(QSqlQuery(QStringLiteral("ANALYZE"), owner).isActive());
        qInfo("%d communities, each a copy of %s", m_count,
              qPrintable(QFileInfo(samplePath()).fileName()));
    }

    // One query, every plan read and checked.
    void load()
    {
        QBENCHMARK
        {
            const std::optional<ServerDistrictLoad> loaded = open();
            QVERIFY(loaded);
            QCOMPARE(loaded->load.members.size(), m_count);
        }
    }

    // What opening the district takes: the load, then the roll-up of every community.
    void loadAndRollUp()
    {
        QBENCHMARK
        {
            const std::optional<ServerDistrictLoad> loaded = open();
            QVERIFY(loaded);
            const std::vector<DistrictMember> members(loaded->load.members.cbegin(),
                                                      loaded->load.members.cend());
            DistrictRollup rollup(FactorLibraryJson::builtIn(), loaded->district.baseYear,
                                  loaded->district.horizonEnd, QDate(2025, 6, 30));
            rollup.setMembers(members);
            QCOMPARE(rollup.size(), m_count);
            QVERIFY(rollup.net().sum() > 0);
        }
        qInfo("peak memory: %.0f MB", peakMegabytes());
    }
};

QTEST_GUILESS_MAIN(BenchServerDistrict)
#include "BenchServerDistrict.moc"
