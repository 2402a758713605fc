// Making a district in the app (docs/desktop.md, "Districts"): File → New District from
// Spreadsheet makes one plan per row of the table beside a new district file, and File → Open
// Sample → Sample district writes the three bundled samples into a folder; neither writes over
// a file that is there. The dialogs only choose the paths: these are the steps after them.
#include "FileSnapshot.h"
#include "storage/DistrictLoader.h"
#include "storage/DistrictStore.h"
#include "storage/FactorLibraryJson.h"
#include "window/NewDistrict.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using zeroplan::test::entries;

class TestNewDistrict : public QObject
{
    Q_OBJECT

private slots:
    // resources/samples/district/communities.csv has five rows: five plans, each linked as
    // read, in the order of the rows, the district named after its file.
    void fromTheSampleSpreadsheet()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Nanshan.zeroplan-district"));
        QString error;
        QVERIFY2(
            NewDistrict::createFromTable(
                QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/district/communities.csv"),
                path, 2025, &error),
            qPrintable(error));
        const DistrictStoreResult read = DistrictStore::load(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.district->name, QStringLiteral("Nanshan"));
        QCOMPARE(read.district->baseYear, 2025);
        const DistrictLoad load =
            DistrictLoader::load(*read.district, path, &FactorLibraryJson::builtIn());
        QCOMPARE(load.members.size(), 5);
        QCOMPARE(load.members[0].name, QStringLiteral("Xinqiao East"));
        QCOMPARE(load.members[4].name, QStringLiteral("Qianhai New Town"));
        // Xinqiao East's row: 8,200 residents, 9,850,000 kWh of electricity.
        QCOMPARE(load.members[0].plan.community.population, 8200.0);
        QCOMPARE(load.members[0].plan.activities.first().amount, 9850000.0);
        for (const LinkState &link : load.links)
            QCOMPARE(link.status, LinkStatus::Ok);
    }

    // A district file already there is refused, byte for byte as it was, and no plan is made.
    void neverWritesOverADistrict()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.zeroplan-district"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();
        QString error;
        QVERIFY(!NewDistrict::createFromTable(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/district/communities.csv"), path,
            2025, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("d.zeroplan-district")});
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("mine"));
    }

    // A bad row names its row and column; nothing is written.
    void badRowWritesNothing()
    {
        QTemporaryDir dir;
        const QString table = dir.filePath(QStringLiteral("rows.csv"));
        QFile file(table);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,population,households,grid region\nA,100,40,CN-South\nB,-5,40,CN-South\n");
        file.close();
        QString error;
        QVERIFY(!NewDistrict::createFromTable(
            table, dir.filePath(QStringLiteral("d.zeroplan-district")), 2025, &error));
        QVERIFY2(error.contains(QStringLiteral("line 3")) &&
                     error.contains(QStringLiteral("population")),
                 qPrintable(error));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("rows.csv")});
    }

    // The sample district from the bundled resources: three plans linked, scenarios as named.
    void sampleDistrictFromResources()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = SampleDistrict::make(dir.path(), QStringLiteral("Sample district"),
                                                  NewDistrict::sampleCommunities(),
                                                  FactorLibraryJson::builtIn(), &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        const DistrictStoreResult read = DistrictStore::load(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const DistrictLoad load =
            DistrictLoader::load(*read.district, path, &FactorLibraryJson::builtIn());
        QCOMPARE(load.members.size(), 3);
        for (const DistrictMember &member : load.members) {
            bool notFound = true;
            QVERIFY(member.scenarioToRun(&notFound));
            QVERIFY2(!notFound, qPrintable(member.name + QLatin1Char(' ') + member.scenario));
        }
    }
};

QTEST_MAIN(TestNewDistrict)
#include "TestNewDistrict.moc"
