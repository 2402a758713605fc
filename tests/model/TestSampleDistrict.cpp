// The sample district the app offers (File → Open Sample → Sample district; docs/district.md,
// "The sample district"): the three bundled sample plans written into a folder the user chose,
// each linked with the scenario and type the district counts it with.
#include "FileSnapshot.h"
#include "storage/DistrictLoader.h"
#include "storage/DistrictStore.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "storage/SampleDistrict.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using zeroplan::test::entries;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/") + QLatin1String(name);
}

QList<SampleCommunity> threeSamples()
{
    return {
        {sample("shenzhen-xinqiao.json"), QStringLiteral("全面"), CommunityType::Existing},
        {sample("hangzhou-hemu.json"), QStringLiteral("深化行动（2050 碳中和）"),
         CommunityType::Existing},
        {sample("european-ecodistrict.json"), QStringLiteral("Net zero 2040"), CommunityType::New}};
}

} // namespace

class TestSampleDistrict : public QObject
{
    Q_OBJECT

private slots:
    // The district links three .zeroplan copies of the samples, each equal to its sample,
    // with the scenario and type asked for; loading finds every link as linked (ok).
    void makesTheThreeSamples()
    {
        QTemporaryDir dir;
        QString error;
        const QString path =
            SampleDistrict::make(dir.path(), QStringLiteral("Sample district"), threeSamples(),
                                 FactorLibraryJson::builtIn(), &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("Sample-district.zeroplan-district"));
        const DistrictStoreResult read = DistrictStore::load(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const District &district = *read.district;
        QCOMPARE(district.name, QStringLiteral("Sample district"));
        // The earliest base year of the three (Hangzhou's plan starts in 2021) and the latest
        // horizon end.
        QCOMPARE(district.communities.size(), 3);
        QCOMPARE(district.communities[0].scenario, QStringLiteral("全面"));
        QCOMPARE(district.communities[2].scenario, QStringLiteral("Net zero 2040"));
        QCOMPARE(district.communities[2].type, CommunityType::New);
        QCOMPARE(district.communities[1].type, CommunityType::Existing);
        const DistrictLoad load =
            DistrictLoader::load(district, path, &FactorLibraryJson::builtIn());
        QCOMPARE(load.members.size(), 3);
        int earliest = 9999;
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(load.links[i].status, LinkStatus::Ok);
            QVERIFY(load.links[i].filePath.endsWith(QStringLiteral(".zeroplan")));
            const PlanReadResult json = PlanJson::readFile(threeSamples()[i].plan);
            QVERIFY(json.plan);
            QVERIFY2(load.members[i].plan == *json.plan, qPrintable(load.links[i].filePath));
            earliest = std::min(earliest, json.plan->community.baseYear);
        }
        QCOMPARE(district.baseYear, earliest);
    }

    // Made twice in one folder: the second district and its plans get names of their own;
    // nothing of the first is written over.
    void neverWritesOverWhatIsThere()
    {
        QTemporaryDir dir;
        QString error;
        const QString first =
            SampleDistrict::make(dir.path(), QStringLiteral("Sample district"), threeSamples(),
                                 FactorLibraryJson::builtIn(), &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QHash<QString, QByteArray> before;
        for (const QString &name : entries(dir.path()))
            before.insert(name, zeroplan::test::sha256(dir.filePath(name)));
        const QString second =
            SampleDistrict::make(dir.path(), QStringLiteral("Sample district"), threeSamples(),
                                 FactorLibraryJson::builtIn(), &error);
        QVERIFY2(!second.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(second).fileName(),
                 QStringLiteral("Sample-district-2.zeroplan-district"));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(zeroplan::test::sha256(dir.filePath(it.key())), it.value());
        QCOMPARE(entries(dir.path()).size(), before.size() + 4);
    }

    // A plan that can't be read: the error names it and the folder is left empty.
    void unreadablePlanWritesNothing()
    {
        QTemporaryDir dir;
        QList<SampleCommunity> communities = threeSamples();
        communities[2].plan = sample("no-such-plan.json");
        QString error;
        const QString path =
            SampleDistrict::make(dir.path(), QStringLiteral("Sample district"), communities,
                                 FactorLibraryJson::builtIn(), &error);
        QVERIFY(path.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("no-such-plan.json")), qPrintable(error));
        QVERIFY2(entries(dir.path()).isEmpty(), qPrintable(entries(dir.path()).join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestSampleDistrict)
#include "TestSampleDistrict.moc"
