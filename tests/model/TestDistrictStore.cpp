// DistrictStore: the .zeroplan-district file (issue 17, docs/district.md "The district file").
// Checks that a district and its links come back equal, that a damaged, foreign, truncated or
// newer file is refused with a message naming it and is left byte for byte as it was, that the
// file takes the plan's lock, that a failed save leaves the old file, and that links relative to
// the district's folder still lead to the plans when the whole folder is moved. Version 2 keeps
// the template, each link's overrides and the district's own plan; a version 1 file (a frozen
// fixture) still opens, and bad JSON in a column is damage naming the column.
#include "DistrictOwnPlan.h"
#include "FileSnapshot.h"
#include "storage/DistrictLoader.h"
#include "storage/DistrictStore.h"
#include "storage/PlanLock.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using zeroplan::test::entries;
using zeroplan::test::sha256;

class TestDistrictStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void emptyDistrictRoundTrip();
    void notADistrictFileIsRefusedUntouched_data();
    void notADistrictFileIsRefusedUntouched();
    void truncatedFileIsRefusedUntouched();
    void planProjectFileIsNamedAsAPlan();
    void newerVersionIsRefused();
    void unknownTypeIsDamage();
    void failedSaveLeavesTheOldFile();
    void secondWriterIsLockedOut();
    void linksSurviveMovingTheFolder();
    void templateOverridesAndOwnPlanRoundTrip();
    void version1FileStillLoads();
    void badJsonInAColumnIsDamage_data();
    void badJsonInAColumnIsDamage();

private:
    static District sampleDistrict();
    static District districtWithTemplate();
    void execute(const QString &sql);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

District TestDistrictStore::sampleDistrict()
{
    District d;
    d.name = QStringLiteral("南山区 街道 Shekou");
    d.region = QStringLiteral("Shenzhen");
    d.baseYear = 2023;
    d.horizonEnd = 2050;
    d.currency = QStringLiteral("CNY");
    d.note = QStringLiteral("line one\nline two, with \"quotes\"");
    d.communities = {
        {QStringLiteral("../shenzhen-xinqiao.json"), QStringLiteral("ab12"), QStringLiteral("稳健"),
         CommunityType::Existing},
        {QStringLiteral("plans/hemu.zeroplan"), QString(), QString(), CommunityType::New},
        {QStringLiteral("/abs/village.zeroplan"), QStringLiteral("ff"), QString(),
         CommunityType::Rural},
    };
    return d;
}

// sampleDistrict with a template of every kind of value, overrides on two links and the
// district's bus fleet as its own plan.
District TestDistrictStore::districtWithTemplate()
{
    District d = sampleDistrict();
    EmissionFactor grid;
    grid.id = QStringLiteral("grid");
    grid.name = QStringLiteral("South China grid 2023");
    grid.carrier = QStringLiteral("electricity");
    grid.gases = {{Gas::CO2e, 0.4042}};
    grid.activityUnit = QStringLiteral("kWh");
    grid.source = QStringLiteral("MEE 2024");
    grid.trajectory = {{2030, 0.3}, {2060, 0.05}};
    d.templ.setFactor(grid);
    d.templ.setPrice({QStringLiteral("electricity"), QStringLiteral("kWh"), 0.6,
                      QStringLiteral("District tariff")});
    d.templ.setPrice({QStringLiteral("natural_gas"), QStringLiteral("m³"), 3.1, QString()});
    d.templ.setDiscountRate(0.035);
    d.templ.setTargets(Targets{2055, {{2030, 0.3}, {2040, 0.65}}, 120000.0});
    d.templ.setCostRate({MeasureKind::RooftopSolar, QStringLiteral("capex_per_kwp"),
                         UncertainValue{4000, 3500, 4600, QStringLiteral("tender")}});
    d.communities[0].overrides = {QStringLiteral("discount_rate"),
                                  QStringLiteral("price:electricity/kWh")};
    d.communities[2].overrides = {QStringLiteral("targets")};
    d.ownPlan = test::busFleetPlan();
    d.ownScenario = QStringLiteral("electrify");
    return d;
}

void TestDistrictStore::execute(const QString &sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("execute"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("execute"));
}

void TestDistrictStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("nanshan.zeroplan-district"));
}

void TestDistrictStore::roundTrip()
{
    const District d = sampleDistrict();
    QString error;
    QVERIFY2(DistrictStore::save(d, m_path, &error), qPrintable(error));
    const DistrictStoreResult read = DistrictStore::load(m_path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(*read.district, d);
    // The order of the links is kept, and paths are stored as given (relative stays relative).
    QCOMPARE(read.district->communities[0].path, QStringLiteral("../shenzhen-xinqiao.json"));
    // Loading wrote nothing beside the file (no journal), and only the file is there.
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("nanshan.zeroplan-district")});
    // The file is identified as the district file: application_id 'ZPLD', user_version 2.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0x5A504C44);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        // Nothing templated, no own plan, no overrides: an empty template, NULLs.
        QVERIFY(q.exec(QStringLiteral("SELECT template, own_plan FROM district")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("{\"cost_rates\":[],\"factors\":[],"
                                                       "\"prices\":[],\"version\":0}"));
        QVERIFY(q.value(1).isNull());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM communities WHERE overrides IS NULL")) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

void TestDistrictStore::emptyDistrictRoundTrip()
{
    const District d;
    QString error;
    QVERIFY2(DistrictStore::save(d, m_path, &error), qPrintable(error));
    const DistrictStoreResult read = DistrictStore::load(m_path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(*read.district, d);
    QVERIFY(read.district->communities.isEmpty());
}

void TestDistrictStore::notADistrictFileIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("text") << QByteArray("name,population\nA,1\n")
                          << QStringLiteral(
                                 "not a ZeroPlan district file (not an SQLite database)");
    QTest::newRow("header only") << QByteArray("SQLite format 3\0abc", 19)
                                 << QStringLiteral("the district file is truncated or damaged");
}

void TestDistrictStore::notADistrictFileIsRefusedUntouched()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QByteArray before = sha256(m_path);
    const DistrictStoreResult read = DistrictStore::load(m_path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.startsWith(m_path + QStringLiteral(": ")), qPrintable(read.error));
    QVERIFY2(read.error.contains(message), qPrintable(read.error));
    QCOMPARE(sha256(m_path), before);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("nanshan.zeroplan-district")});
}

void TestDistrictStore::truncatedFileIsRefusedUntouched()
{
    QString error;
    QVERIFY2(DistrictStore::save(sampleDistrict(), m_path, &error), qPrintable(error));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size >= 2048);                // at least two pages: the schema and a table
    QVERIFY(file.resize(size / 2 + 100)); // cut inside a page, as an interrupted copy does
    file.close();
    const QByteArray before = sha256(m_path);
    const DistrictStoreResult read = DistrictStore::load(m_path);
    QVERIFY(!read.ok());
    QCOMPARE(read.error, m_path + QStringLiteral(": the district file is truncated or damaged; it "
                                                 "was probably not copied or downloaded "
                                                 "completely"));
    QCOMPARE(sha256(m_path), before);
}

void TestDistrictStore::planProjectFileIsNamedAsAPlan()
{
    // A plan's project file given where a district is expected: the same SQLite, another id.
    const QString plan = m_dir->filePath(QStringLiteral("hemu.zeroplan"));
    QString error;
    QVERIFY2(PlanStore::save(Plan{}, plan, &error), qPrintable(error));
    const QByteArray before = sha256(plan);
    const DistrictStoreResult read = DistrictStore::load(plan);
    QCOMPARE(read.error, plan + QStringLiteral(": this is a community plan (a .zeroplan project "
                                               "file), not a district file"));
    QCOMPARE(sha256(plan), before);
    // And the other way round: the plan reader does not take a district file for a plan.
    QVERIFY(DistrictStore::save(sampleDistrict(), m_path, &error));
    const PlanStoreResult asPlan = PlanStore::load(m_path);
    QVERIFY(!asPlan.plan);
    QVERIFY(asPlan.problems.value(0).message.contains(QStringLiteral("another program")));
}

void TestDistrictStore::newerVersionIsRefused()
{
    QString error;
    QVERIFY2(DistrictStore::save(sampleDistrict(), m_path, &error), qPrintable(error));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = sha256(m_path);
    const DistrictStoreResult read = DistrictStore::load(m_path);
    QCOMPARE(read.error, m_path + QStringLiteral(": made by a newer ZeroPlan (district file "
                                                 "format 3, this version reads up to 2)"));
    QCOMPARE(sha256(m_path), before);
}

void TestDistrictStore::unknownTypeIsDamage()
{
    QString error;
    QVERIFY2(DistrictStore::save(sampleDistrict(), m_path, &error), qPrintable(error));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("UPDATE communities SET type = 'castle' WHERE position = 1")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    const DistrictStoreResult read = DistrictStore::load(m_path);
    QCOMPARE(read.error, m_path + QStringLiteral(": the district file is damaged (communities.type "
                                                 "has an unknown value \"castle\")"));
}

void TestDistrictStore::failedSaveLeavesTheOldFile()
{
    QString error;
    QVERIFY2(DistrictStore::save(sampleDistrict(), m_path, &error), qPrintable(error));
    const QByteArray before = sha256(m_path);
    // A folder where the file should be: refused, the old district file and folder as they were.
    const QString folder = m_dir->filePath(QStringLiteral("folder.zeroplan-district"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.zeroplan-district")));
    QVERIFY(!DistrictStore::save(sampleDistrict(), folder, &error));
    QCOMPARE(error, folder + QStringLiteral(": could not save the district: it is a folder"));
    // A folder that does not exist.
    const QString nowhere = m_dir->filePath(QStringLiteral("gone/d.zeroplan-district"));
    QVERIFY(!DistrictStore::save(sampleDistrict(), nowhere, &error));
    QVERIFY2(error.startsWith(nowhere + QStringLiteral(": could not save the district: the "
                                                       "folder")),
             qPrintable(error));
    QCOMPARE(sha256(m_path), before);
    QCOMPARE(entries(m_dir->path()), (QStringList{QStringLiteral("folder.zeroplan-district"),
                                                  QStringLiteral("nanshan.zeroplan-district")}));
}

void TestDistrictStore::secondWriterIsLockedOut()
{
    // Writers of a district hold the same lock a plan's writers do, beside the district file.
    PlanLock first(m_path);
    QVERIFY(first.lock(0));
    QCOMPARE(first.lockPath(), m_dir->filePath(QStringLiteral(".nanshan.zeroplan-district.lock")));
    PlanLock second(m_path);
    QVERIFY(!second.lock(50));
    QVERIFY(second.isHeldByOther());
    QVERIFY2(second.error().startsWith(m_path + QStringLiteral(": ")), qPrintable(second.error()));
    first.unlock();
    QVERIFY(second.lock(0));
}

void TestDistrictStore::linksSurviveMovingTheFolder()
{
    // before/district.zeroplan-district links plans/a.zeroplan (below) and ../b.zeroplan (beside
    // the folder); the whole tree moves to after/ and the links lead to the moved files.
    QDir root(m_dir->path());
    QVERIFY(root.mkpath(QStringLiteral("tree/before/plans")));
    const QString district = root.filePath(QStringLiteral("tree/before/d.zeroplan-district"));
    Plan a;
    a.community.name = QStringLiteral("A");
    Plan b;
    b.community.name = QStringLiteral("B");
    QString error;
    QVERIFY(
        PlanStore::save(a, root.filePath(QStringLiteral("tree/before/plans/a.zeroplan")), &error));
    QVERIFY(PlanStore::save(b, root.filePath(QStringLiteral("tree/b.zeroplan")), &error));
    District d;
    for (const char *file : {"tree/before/plans/a.zeroplan", "tree/b.zeroplan"}) {
        const QString path = root.filePath(QLatin1String(file));
        d.communities.append({DistrictLoader::relativePath(district, path),
                              DistrictLoader::fileHash(path), QString(), CommunityType::Existing});
    }
    QCOMPARE(d.communities[0].path, QStringLiteral("plans/a.zeroplan"));
    QCOMPARE(d.communities[1].path, QStringLiteral("../b.zeroplan"));
    QVERIFY2(DistrictStore::save(d, district, &error), qPrintable(error));

    QVERIFY(root.rename(QStringLiteral("tree"), QStringLiteral("moved")));
    const QString moved = root.filePath(QStringLiteral("moved/before/d.zeroplan-district"));
    const DistrictStoreResult read = DistrictStore::load(moved);
    QVERIFY2(read.ok(), qPrintable(read.error));
    const DistrictLoad loaded = DistrictLoader::load(*read.district, moved);
    QCOMPARE(loaded.links.size(), 2);
    QCOMPARE(loaded.links[0].filePath,
             root.filePath(QStringLiteral("moved/before/plans/a.zeroplan")));
    QCOMPARE(loaded.links[1].filePath, root.filePath(QStringLiteral("moved/b.zeroplan")));
    QCOMPARE(loaded.links[0].status, LinkStatus::Ok);
    QCOMPARE(loaded.links[1].status, LinkStatus::Ok);
    QCOMPARE(loaded.members.size(), 2);
    QCOMPARE(loaded.members[0].name, QStringLiteral("A"));
    QCOMPARE(loaded.members[1].name, QStringLiteral("B"));
}

void TestDistrictStore::templateOverridesAndOwnPlanRoundTrip()
{
    const District d = districtWithTemplate();
    QString error;
    QVERIFY2(DistrictStore::save(d, m_path, &error), qPrintable(error));
    const DistrictStoreResult read = DistrictStore::load(m_path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.district->templ, d.templ);
    QCOMPARE(read.district->templ.version, 6);
    QCOMPARE(read.district->communities[0].overrides, d.communities[0].overrides);
    QVERIFY(read.district->communities[1].overrides.isEmpty());
    QCOMPARE(read.district->ownPlan, d.ownPlan);
    QCOMPARE(read.district->ownScenario, QStringLiteral("electrify"));
    QCOMPARE(*read.district, d);
    QVERIFY(read.district->hasOwnMeasures());
    // Saved again, the same bytes of content: a second round trip changes nothing.
    const QString again = m_dir->filePath(QStringLiteral("again.zeroplan-district"));
    QVERIFY2(DistrictStore::save(*read.district, again, &error), qPrintable(error));
    QCOMPARE(*DistrictStore::load(again).district, d);
}

void TestDistrictStore::version1FileStillLoads()
{
    // tests/fixtures/district/shekou-v1.zeroplan-district: sampleDistrict() saved by the
    // version 1 DistrictStore (no template, no overrides, no own plan). Frozen: never regenerate.
    const QString fixture =
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/district/shekou-v1.zeroplan-district");
    QVERIFY(QFile::copy(fixture, m_path));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = sha256(m_path);
    const DistrictStoreResult read = DistrictStore::load(m_path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(*read.district, sampleDistrict());
    QVERIFY(read.district->templ.isEmpty());
    QVERIFY(!read.district->hasOwnMeasures());
    for (const CommunityLink &link : read.district->communities)
        QVERIFY(link.overrides.isEmpty());
    // Upgraded in a copy: the file itself is as it was, and nothing was left beside it.
    QCOMPARE(sha256(m_path), before);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("nanshan.zeroplan-district")});
    // Saved, it is a version 2 file holding the same district, and takes a template.
    District d = *read.district;
    d.templ.setDiscountRate(0.04);
    QString error;
    QVERIFY2(DistrictStore::save(d, m_path, &error), qPrintable(error));
    QCOMPARE(*DistrictStore::load(m_path).district, d);
}

void TestDistrictStore::badJsonInAColumnIsDamage_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("reason");
    QTest::newRow("template cut short")
        << QStringLiteral("UPDATE district SET template = '{\"prices\": ['")
        << QStringLiteral("district.template is not valid JSON (");
    QTest::newRow("template a list") << QStringLiteral("UPDATE district SET template = '[]'")
                                     << QStringLiteral("district.template is not a JSON object");
    QTest::newRow("price without unit")
        << QStringLiteral("UPDATE district SET template = '{\"prices\": [{\"carrier\": "
                          "\"electricity\", \"price\": 0.6}]}'")
        << QStringLiteral("district.template: /prices/0/unit: ");
    QTest::newRow("own plan not JSON") << QStringLiteral("UPDATE district SET own_plan = 'buses'")
                                       << QStringLiteral("district.own_plan is not valid JSON (");
    QTest::newRow("own plan not a plan")
        << QStringLiteral("UPDATE district SET own_plan = '{\"format\": \"csv\"}'")
        << QStringLiteral("district.own_plan: ");
    QTest::newRow("overrides not a list")
        << QStringLiteral("UPDATE communities SET overrides = '{}' WHERE position = 1")
        << QStringLiteral("communities.overrides is not a JSON list");
    QTest::newRow("override not text")
        << QStringLiteral("UPDATE communities SET overrides = '[1]' WHERE position = 1")
        << QStringLiteral("communities.overrides: /0: a template key must be text, not ");
}

void TestDistrictStore::badJsonInAColumnIsDamage()
{
    QFETCH(QString, sql);
    QFETCH(QString, reason);
    QString error;
    QVERIFY2(DistrictStore::save(districtWithTemplate(), m_path, &error), qPrintable(error));
    execute(sql);
    const QByteArray before = sha256(m_path);
    const DistrictStoreResult read = DistrictStore::load(m_path);
    QVERIFY(!read.ok());
    const QString prefix = m_path + QStringLiteral(": the district file is damaged (") + reason;
    QVERIFY2(read.error.startsWith(prefix), qPrintable(read.error));
    QCOMPARE(sha256(m_path), before);
}

QTEST_GUILESS_MAIN(TestDistrictStore)
#include "TestDistrictStore.moc"
