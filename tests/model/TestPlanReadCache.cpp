// PlanReadCache (docs/district.md, "Speed"): a plan read from its file is kept with the file's
// stamp and hash, and given back while the file is as it was; any write to the file, a newer
// ZeroPlan or a file changed within the clock's tick (racy) means reading the file again; a
// damaged cache file is left alone. Through DistrictLoader: a second load takes every plan
// from the cache and gives the same members; an edited plan is read again and flagged.
#include "storage/DistrictLoader.h"
#include "storage/PlanFileReader.h"
#include "storage/PlanReadCache.h"
#include "storage/PlanStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

namespace {

Plan sample(const char *file)
{
    const PlanFileResult read = PlanFileReader::read(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/") + QLatin1String(file));
    if (!read.ok())
        qFatal("cannot read %s", file);
    return *read.plan;
}

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPlanReadCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_plan;
    QString m_cache;
    Plan m_xinqiao;

    PlanReadCache::Read readOf(const QString &path) const
    {
        const PlanFileResult read = PlanFileReader::read(path);
        const std::optional<QByteArray> json = PlanReadCache::keptForm(*read.plan, nullptr);
        return {path, *FileStamp::of(path), DistrictLoader::fileHash(path), json.value_or("")};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_xinqiao = sample("shenzhen-xinqiao.json");
        m_plan = m_dir.filePath(QStringLiteral("xinqiao.zeroplan"));
        m_cache = m_dir.filePath(QStringLiteral("cache/plan-read-cache.sqlite"));
        QFile::remove(m_plan);
        QFile::remove(m_cache);
        QString error;
        QVERIFY2(PlanStore::save(m_xinqiao, m_plan, &error), qPrintable(error));
    }

    // Kept, then found by a new cache object on the same file: the same hash and plan.
    void keptPlanIsGivenBack()
    {
        QVERIFY(PlanReadCache::keptForm(m_xinqiao, nullptr));
        {
            PlanReadCache cache(m_cache, 0);
            QVERIFY(!cache.find(m_plan, *FileStamp::of(m_plan)));
            cache.store({readOf(m_plan)});
        }
        PlanReadCache cache(m_cache, 0);
        const std::optional<PlanReadCache::Entry> entry =
            cache.find(m_plan, *FileStamp::of(m_plan));
        QVERIFY(entry);
        QCOMPARE(cache.hits(), 1);
        QCOMPARE(entry->sha256, DistrictLoader::fileHash(m_plan));
        const std::optional<Plan> plan = PlanReadCache::planOf(*entry, nullptr);
        QVERIFY(plan);
        QVERIFY(*plan == m_xinqiao);
    }

    // Saved again (a new file renamed into place) or written in place: the stamp differs.
    void anyWriteMeansReadingAgain()
    {
        PlanReadCache cache(m_cache, 0);
        cache.store({readOf(m_plan)});
        QVERIFY(cache.find(m_plan, *FileStamp::of(m_plan)));
        Plan edited = m_xinqiao;
        edited.activities[0].amount *= 2;
        QString error;
        QVERIFY2(PlanStore::save(edited, m_plan, &error), qPrintable(error));
        QVERIFY(!cache.find(m_plan, *FileStamp::of(m_plan)));

        cache.store({readOf(m_plan)});
        QVERIFY(cache.find(m_plan, *FileStamp::of(m_plan)));
        {
            QFile file(m_plan);
            QVERIFY(file.open(QIODevice::Append));
            file.write("x");
        }
        QVERIFY(!cache.find(m_plan, *FileStamp::of(m_plan)));
    }

    // A file changed just now is not kept (its stamp might not change on a write in the same
    // tick of the clock).
    void racyFileIsNotKept()
    {
        PlanReadCache cache(m_cache);
        cache.store({readOf(m_plan)});
        QVERIFY(!cache.find(m_plan, *FileStamp::of(m_plan)));
    }

    // Entries another version of ZeroPlan made are not used (and are dropped).
    void anotherVersionsEntriesAreNotUsed()
    {
        {
            PlanReadCache cache(m_cache, 0);
            cache.store({readOf(m_plan)});
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit-cache"));
            db.setDatabaseName(m_cache);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE maker SET text = 'plan 1, schema 1, "
                                          "zeroplan 0.0.1'")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit-cache"));
        PlanReadCache cache(m_cache, 0);
        QVERIFY(!cache.find(m_plan, *FileStamp::of(m_plan)));
        QCOMPARE(cache.hits(), 0);
    }

    // A cache file that is no SQLite file: nothing found, nothing kept, its bytes untouched.
    void damagedCacheIsLeftAlone()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_cache).absolutePath()));
        {
            QFile file(m_cache);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'z'));
        }
        const QByteArray before = bytes(m_cache);
        PlanReadCache cache(m_cache, 0);
        QVERIFY(!cache.find(m_plan, *FileStamp::of(m_plan)));
        cache.store({readOf(m_plan)});
        QCOMPARE(bytes(m_cache), before);
    }

    // Through DistrictLoader: the second load takes the plan from the cache and gives the same
    // member and hash; after an edit the plan is read again, with its new amount, flagged
    // Changed against the hash the district keeps.
    void districtLoadsFromTheCache()
    {
        District d;
        d.communities = {{QStringLiteral("xinqiao.zeroplan"), DistrictLoader::fileHash(m_plan),
                          QString(), CommunityType::Existing}};
        const QString district = m_dir.filePath(QStringLiteral("d.zeroplan-district"));
        PlanReadCache cache(m_cache, 0);
        const DistrictLoad first = DistrictLoader::load(d, district, nullptr, &cache);
        QCOMPARE(cache.hits(), 0);
        const DistrictLoad second = DistrictLoader::load(d, district, nullptr, &cache);
        QCOMPARE(cache.hits(), 1);
        QCOMPARE(second.members.size(), 1);
        QVERIFY(second.members[0].plan == first.members[0].plan);
        QCOMPARE(second.links[0].status, LinkStatus::Ok);
        QCOMPARE(second.links[0].sha256, first.links[0].sha256);

        Plan edited = m_xinqiao;
        edited.activities[0].amount = 123456;
        QString error;
        QVERIFY2(PlanStore::save(edited, m_plan, &error), qPrintable(error));
        const DistrictLoad third = DistrictLoader::load(d, district, nullptr, &cache);
        QCOMPARE(cache.hits(), 1);
        QCOMPARE(third.members[0].plan.activities[0].amount, 123456.0);
        QCOMPARE(third.links[0].status, LinkStatus::Changed);
    }
};

QTEST_GUILESS_MAIN(TestPlanReadCache)
#include "TestPlanReadCache.moc"
