// Opening a district from the shared store (docs/server.md, "Opening a district from the
// server") on a real PostgreSQL server started for the test: district Nanshan has four
// communities, Hemu and Xinqiao with the sample plans checked in, Nanyuan with a damaged plan
// (its population a word) and Qiaotou with none yet; district Futian has one more. Through
// Qt's QPSQL driver as each person's own login role, ServerDistrict::load gives the district
// officer every community of Nanshan in name order, the two plans exactly as the sample files
// read, the damaged one and the missing one reported by name and not fatal; the roll-up of
// what it read is the sum of each community rolled up alone (the invariant the district's
// figures rest on, docs/district.md "The roll-up"); the editor of Xinqiao sees Nanshan with
// Xinqiao only, and Futian not at all (row-level security).
#include "SharedStoreFixture.h"
#include "district/DistrictRollup.h"
#include "server/ServerDistrict.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

const QString kDatabase = QStringLiteral("zeroplan");
const QString kHemu = QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/hangzhou-hemu.json");
const QString kXinqiao =
    QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json");
const QString kEco =
    QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/european-ecodistrict.json");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Checks in `json` as community `community`'s plan, as the database owner; its error, if any.
QString putPlan(const QSqlDatabase &owner, int community, const QByteArray &json)
{
    QSqlQuery q(owner);
    q.prepare(
        QStringLiteral("INSERT INTO zeroplan.plans (community_id, plan) VALUES (?, ?::jsonb)"));
    q.addBindValue(community);
    q.addBindValue(QString::fromUtf8(json));
    return q.exec() ? QString() : q.lastError().text();
}

// The plan in a sample file, as a file reads.
Plan samplePlan(const QString &path)
{
    const PlanReadResult read = PlanJson::readFile(path);
    return read.plan.value_or(Plan());
}

} // namespace

class TestServerDistrict : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresCluster> m_cluster;

    QSqlDatabase as(const QString &login) const
    {
        return m_cluster->connect(login, login, kDatabase);
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_cluster = PostgresCluster::start(&why);
        if (!m_cluster)
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server for this test: ") + why));
        QVERIFY2(createSharedStore(*m_cluster, &why), qPrintable(why));
        // Ids in the order inserted: Nanshan 1 (Xinqiao 1, Hemu 2, Nanyuan 3, Qiaotou 4),
        // Futian 2 (Lianhua 5).
        const QString setUp = QStringLiteral(
            "INSERT INTO zeroplan.districts (name) VALUES ('Nanshan'), ('Futian');"
            "INSERT INTO zeroplan.communities (district_id, name) VALUES (1, 'Xinqiao'), "
            "(1, 'Hemu'), (1, 'Nanyuan'), (1, 'Qiaotou'), (2, 'Lianhua');"
            "CREATE ROLE officer LOGIN IN ROLE zeroplan_reader;"
            "CREATE ROLE editor_x LOGIN IN ROLE zeroplan_editor;"
            "CREATE ROLE stranger LOGIN IN ROLE zeroplan_reader;"
            "INSERT INTO zeroplan.memberships (login, community_id, district_id, role) VALUES "
            "('officer', NULL, 1, 'reader'), ('editor_x', 1, NULL, 'editor');");
        QVERIFY2(m_cluster->psql(kDatabase, {QStringLiteral("-c"), setUp}, &why), qPrintable(why));
        // The plans are longer than a command line may be: bound values of the owner's
        // connection.
        QSqlDatabase owner = m_cluster->connect(
            QStringLiteral("owner"), QLatin1String(PostgresCluster::kSuperuser), kDatabase);
        QVERIFY2(owner.isOpen(), qPrintable(owner.lastError().text()));
        QCOMPARE(putPlan(owner, 1, fileBytes(kXinqiao)), QString());
        QCOMPARE(putPlan(owner, 2, fileBytes(kHemu)), QString());
        QCOMPARE(putPlan(owner, 5, fileBytes(kEco)), QString());
        // Nanyuan's plan is Hemu's with its population a word: JSON, but no plan.
        QVERIFY2(m_cluster->psql(kDatabase,
                                 {QStringLiteral("-c"),
                                  QStringLiteral("INSERT INTO zeroplan.plans (community_id, plan) "
                                                 "SELECT 3, jsonb_set(plan, "
                                                 "'{community,population}', '\"many\"') FROM "
                                                 "zeroplan.plans WHERE community_id = 2")},
                                 &why),
                 qPrintable(why));
    }

    void districtsTheLoginSees()
    {
        QString error;
        const auto officer = ServerDistrict::districts(as(QStringLiteral("officer")), &error);
        QVERIFY2(officer, qPrintable(error));
        QCOMPARE(officer->size(), 1);
        QCOMPARE(officer->first().id, 1);
        QCOMPARE(officer->first().name, QStringLiteral("Nanshan"));
        QCOMPARE(officer->first().communities, 4);
        // The editor of one community sees its district, with that community only.
        const auto editor = ServerDistrict::districts(as(QStringLiteral("editor_x")), &error);
        QVERIFY2(editor, qPrintable(error));
        QCOMPARE(editor->size(), 1);
        QCOMPARE(editor->first().name, QStringLiteral("Nanshan"));
        QCOMPARE(editor->first().communities, 1);
        const auto stranger = ServerDistrict::districts(as(QStringLiteral("stranger")), &error);
        QVERIFY2(stranger, qPrintable(error));
        QVERIFY(stranger->isEmpty());
    }

    void officerLoadsTheDistrict()
    {
        QString error;
        const std::optional<ServerDistrictLoad> loaded = ServerDistrict::load(
            as(QStringLiteral("officer")), 1, &FactorLibraryJson::builtIn(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->district.name, QStringLiteral("Nanshan"));
        // Both samples run 2023–2060.
        QCOMPARE(loaded->district.baseYear, 2023);
        QCOMPARE(loaded->district.horizonEnd, 2060);
        // Every community, by name; a link state each.
        QCOMPARE(loaded->communities.size(), 4);
        const QStringList names{QStringLiteral("Hemu"), QStringLiteral("Nanyuan"),
                                QStringLiteral("Qiaotou"), QStringLiteral("Xinqiao")};
        const QList<int> ids{2, 3, 4, 1};
        const QList<int> revisions{1, 1, 0, 1};
        const QList<LinkStatus> states{LinkStatus::Ok, LinkStatus::Unreadable, LinkStatus::Missing,
                                       LinkStatus::Ok};
        QCOMPARE(loaded->load.links.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(loaded->communities[i].name, names[i]);
            QCOMPARE(loaded->communities[i].id, ids[i]);
            QCOMPARE(loaded->communities[i].revision, revisions[i]);
            QCOMPARE(loaded->load.links[i].status, states[i]);
        }
        // The two plans that read are members, named as on the server, exactly the plans the
        // sample files are (jsonb keeps no key order nor spacing, and needs neither).
        QCOMPARE(loaded->load.members.size(), 2);
        QCOMPARE(loaded->load.links[0].member, 0);
        QCOMPARE(loaded->load.links[3].member, 1);
        QCOMPARE(loaded->load.members[0].name, QStringLiteral("Hemu"));
        QCOMPARE(loaded->load.members[1].name, QStringLiteral("Xinqiao"));
        QVERIFY(loaded->load.members[0].plan == samplePlan(kHemu));
        QVERIFY(loaded->load.members[1].plan == samplePlan(kXinqiao));
        // The damaged plan and the one not checked in are named, and why.
        const QString damaged = loaded->load.links[1].message;
        QCOMPARE(loaded->load.links[1].member, -1);
        QCOMPARE(damaged, QStringLiteral("Nanyuan: the plan on the server does not read: "
                                         "/community/population: population must be a "
                                         "number, not text \"many\""));
        QCOMPARE(loaded->load.links[2].member, -1);
        QCOMPARE(loaded->load.links[2].message,
                 QStringLiteral("Qiaotou: no plan has been checked in yet"));
    }

    // The district's series are the sums of each community rolled up alone, over the same
    // years: Hemu's and Xinqiao's, for every quantity and every year.
    void rollupIsTheSumOfItsCommunities()
    {
        QString error;
        const std::optional<ServerDistrictLoad> loaded = ServerDistrict::load(
            as(QStringLiteral("officer")), 1, &FactorLibraryJson::builtIn(), &error);
        QVERIFY2(loaded, qPrintable(error));
        const FactorLibrary &library = FactorLibraryJson::builtIn();
        const District &district = loaded->district;
        const QDate asOf(2025, 6, 30);
        const std::vector<DistrictMember> members(loaded->load.members.cbegin(),
                                                  loaded->load.members.cend());
        DistrictRollup rollup(library, district.baseYear, district.horizonEnd, asOf);
        rollup.setMembers(members);
        QCOMPARE(rollup.size(), 2);
        QCOMPARE(rollup.yearCount(), 2060 - 2023 + 1);
        // Each community run alone by the engine; both plans span the district's years
        // (2023–2060), so year y of each is year y of the district.
        std::vector<CommunityRun> alone;
        for (const DistrictMember &member : members) {
            alone.push_back(CommunityRun::of(member, library, asOf));
            QCOMPARE(alone.back().bauGross.size(), rollup.yearCount());
            QVERIFY(alone.back().bauGross.sum() > 0); // each community counts
        }
        const auto check = [&](const char *what, const YearSeries &total, const auto &ofCommunity) {
            for (int y = 0; y < rollup.yearCount(); ++y) {
                double sum = 0;
                for (const CommunityRun &run : alone)
                    sum += ofCommunity(run)[y];
                if (qAbs(total[y] - sum) > 1e-9 * std::max(1.0, qAbs(sum)))
                    return QStringLiteral("%1 in %2: %3, not %4")
                        .arg(QLatin1String(what))
                        .arg(district.baseYear + y)
                        .arg(total[y])
                        .arg(sum);
            }
            return QString();
        };
        QCOMPARE(check("BAU", rollup.bau(), [](const CommunityRun &r) { return r.bauGross; }),
                 QString());
        QCOMPARE(
            check("gross", rollup.gross(), [](const CommunityRun &r) { return r.result.gross; }),
            QString());
        QCOMPARE(check("net", rollup.net(), [](const CommunityRun &r) { return r.result.net; }),
                 QString());
        // And the district's figures hold together: what the communities' measures took off
        // is BAU − net.
        const YearSeries wedges = rollup.wedgeOfCommunity(0) + rollup.wedgeOfCommunity(1);
        QVERIFY(((rollup.bau() - rollup.net()) - wedges).abs().maxCoeff() < 1e-6);
        QVERIFY(wedges.tail(1)[0] > 0); // the scenarios do cut emissions by 2060
    }

    void editorSeesOnlyTheirCommunity()
    {
        const QSqlDatabase editor = as(QStringLiteral("editor_x"));
        QString error;
        const std::optional<ServerDistrictLoad> loaded =
            ServerDistrict::load(editor, 1, &FactorLibraryJson::builtIn(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->district.name, QStringLiteral("Nanshan"));
        QCOMPARE(loaded->communities.size(), 1);
        QCOMPARE(loaded->communities.first().name, QStringLiteral("Xinqiao"));
        QCOMPARE(loaded->load.links.first().status, LinkStatus::Ok);
        QCOMPARE(loaded->load.members.size(), 1);
        // Futian is none of theirs: as if it were not there.
        QVERIFY(!ServerDistrict::load(editor, 2, nullptr, &error));
        QCOMPARE(error, QStringLiteral("there is no district 2 on the server that this login may "
                                       "see"));
    }

    void errorsNameTheDistrict()
    {
        QString error;
        QVERIFY(!ServerDistrict::load(as(QStringLiteral("officer")), 99, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("district 99")), qPrintable(error));
        // A connection that is not open: the server can't be asked.
        QSqlDatabase closed = as(QStringLiteral("officer"));
        closed.close();
        error.clear();
        QVERIFY(!ServerDistrict::load(closed, 1, nullptr, &error));
        QVERIFY2(error.startsWith(QStringLiteral("district 1 cannot be read from the server: ")),
                 qPrintable(error));
        error.clear();
        QVERIFY(!ServerDistrict::districts(closed, &error));
        QVERIFY2(!error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerDistrict)
#include "TestServerDistrict.moc"
