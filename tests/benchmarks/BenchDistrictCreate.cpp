// Creating a district of 1,000 communities from one spreadsheet (issue 17: "1,000 communities
// created from one spreadsheet ≤ 10 s"): a generated CSV of 1,000 rows (every column, all three
// totals) read into plans by CommunityImport, then written as 1,000 .zeroplan files and linked
// by DistrictCreate, as `zeroplan-cli district D --create-from FILE` does. Timed once each
// (QBENCHMARK_ONCE): the write makes files, so a second round would time another task (-2 names).
#include "import/CommunityImport.h"
#include "import/TableFile.h"
#include "plan/PriceLibrary.h"
#include "storage/DistrictCreate.h"
#include "storage/DistrictStore.h"
#include "storage/FactorLibraryJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

class BenchDistrictCreate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createThousandCommunities();

private:
    QTemporaryDir m_dir;
    QString m_csv;
    int m_round = 0; // QtTest may run the function more than once
};

void BenchDistrictCreate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_csv = m_dir.filePath(QStringLiteral("communities.csv"));
    QFile file(m_csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,population,households,area (ha),grid region,electricity (kWh),gas (m³),"
               "petrol (L)\n");
    const char *regions[] = {"CN-South", "CN-East", "CN-North", "CN-Central"};
    for (int i = 0; i < 1000; ++i) {
        const int population = 2000 + (i * 37) % 15000;
        file.write(QStringLiteral("Community %1,%2,%3,%4,%5,%6,%7,%8\n")
                       .arg(i + 1)
                       .arg(population)
                       .arg(population / 2.6, 0, 'f', 0)
                       .arg(10 + i % 90)
                       .arg(QLatin1String(regions[i % 4]))
                       .arg(population * 1200)
                       .arg(population * 75)
                       .arg(population * 160)
                       .toUtf8());
    }
}

void BenchDistrictCreate::createThousandCommunities()
{
    QElapsedTimer timer;
    qint64 readMs = 0;
    QString district;
    QBENCHMARK_ONCE
    {
        // A folder of its own for each round QtTest runs, so each writes 1,000 new files.
        ++m_round;
        QVERIFY(QDir(m_dir.path()).mkdir(QString::number(m_round)));
        district = m_dir.filePath(QStringLiteral("%1/district.zeroplan-district").arg(m_round));
        timer.start();
        QString error;
        const std::unique_ptr<TableFile> table = TableFile::open(m_csv, {}, &error);
        QVERIFY2(table, qPrintable(error));
        const CommunityImportResult read =
            CommunityImport::read(table->reader(), table->fileName(), table->decimal(), 2024,
                                  FactorLibraryJson::builtIn(), PriceLibrary::builtIn());
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.plans.size(), 1000);
        readMs = timer.elapsed();
        District d;
        QVERIFY2(DistrictCreate::addPlans(d, district, read.plans, CommunityType::Existing, &error),
                 qPrintable(error));
        QCOMPARE(d.communities.size(), 1000);
    }
    const qint64 totalMs = timer.elapsed();
    qInfo("1,000 communities: read into plans %lld ms, written and linked %lld ms, total %lld ms "
          "(target 10,000 ms)",
          readMs, totalMs - readMs, totalMs);
    QCOMPARE(DistrictStore::load(district).district->communities.size(), 1000);
}

QTEST_GUILESS_MAIN(BenchDistrictCreate)
#include "BenchDistrictCreate.moc"
