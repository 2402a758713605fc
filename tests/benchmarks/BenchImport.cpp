// Activity import of files without an id column (issue 12): every row gets "electricity",
// "electricity-2", … and each used to probe those from the start, so 30,000 rows took a
// minute and 200,000 never finished. Reads 30,000, 200,000 and 1,000,000 rows from a
// temporary CSV through ActivityImport::read (what `zeroplan-cli import --activities` and the
// import dialog do before the plan takes the lines) and prints the wall time and the peak
// memory. Target: 1,000,000 rows in seconds. Run through tools/benchmarks; not gated in CI.
#include "import/ActivityImport.h"
#include "import/CsvReader.h"
#include "inventory/FactorLibrary.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/resource.h>

using namespace zeroplan;

namespace {

// The process's peak resident memory so far, in MB (getrusage).
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

class BenchImport : public QObject
{
    Q_OBJECT

private slots:
    void rowsWithoutIds_data();
    void rowsWithoutIds();
};

void BenchImport::rowsWithoutIds_data()
{
    QTest::addColumn<int>("rows");
    for (const int rows : {30000, 200000, 1000000})
        QTest::addRow("%d rows", rows) << rows;
}

void BenchImport::rowsWithoutIds()
{
    QFETCH(int, rows);
    const PlanReadResult sample = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
    QVERIFY(sample.ok());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("activities.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("carrier,amount,unit\n");
    for (int i = 0; i < rows; ++i) // two electricity rows for each gas row
        file.write(i % 3 == 2
                       ? QByteArray("natural_gas,") + QByteArray::number(5 + i % 17) + ",m3\n"
                       : QByteArray("electricity,") + QByteArray::number(100 + i % 101) + ",kWh\n");
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    ActivityImportResult result;
    QElapsedTimer timer;
    QBENCHMARK_ONCE
    {
        timer.start();
        CsvReader reader(&file, file.fileName());
        result = ActivityImport::read(reader, QStringLiteral("activities.csv"), *sample.plan, {},
                                      DecimalSeparator::Point, FactorLibraryJson::builtIn());
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    QCOMPARE(result.report.rejectedCount, 0);
    QCOMPARE(result.lines.size(), rows);
    QSet<QString> ids;
    for (const ActivityLine &line : result.lines)
        ids.insert(line.id);
    QCOMPARE(ids.size(), rows); // every row its own id
    qInfo("RESULT import of %d rows without ids: %.2f s, peak %.0f MB", rows, seconds,
          peakMegabytes());
}

QTEST_GUILESS_MAIN(BenchImport)
#include "BenchImport.moc"
