// DistrictStore: the .zeroplan-district file (issue 17, docs/district.md "The district file").
// Checks that a district and its links come back equal, that a damaged, foreign, truncated or
// newer file is refused with a message naming it and is left byte for byte as it was, that the
// file takes the plan's lock, that a failed save leaves the old file, and that links relative to
// the district's folder still lead to the plans when the whole folder is moved.
#include "FileSnapshot.h"
#include "storage/DistrictLoader.h"
#include "storage/DistrictStore.h"
#include "storage/PlanLock.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
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

private:
    static District sampleDistrict();
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
    // The file is identified as the district file: application_id 'ZPLD', user_version 1.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0x5A504C44);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
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
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = sha256(m_path);
    const DistrictStoreResult read = DistrictStore::load(m_path);
    QCOMPARE(read.error, m_path + QStringLiteral(": made by a newer ZeroPlan (district file "
                                                 "format 2, this version reads up to 1)"));
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

QTEST_GUILESS_MAIN(TestDistrictStore)
#include "TestDistrictStore.moc"
