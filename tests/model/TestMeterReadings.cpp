// Monthly meter readings summed to annual activity lines, with what the readings cover.
#include "import/MeterReadings.h"
#include "import/TableFile.h"
#include "inventory/FactorLibrary.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QBuffer>
#include <QtTest>

using namespace zeroplan;

namespace {

Plan xinqiao()
{
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
    if (!read.ok())
        qFatal("sample plan does not read");
    return *read.plan;
}

MeterImportResult readText(const QByteArray &csv, const Plan &plan = xinqiao())
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("m.csv"));
    return MeterReadings::read(reader, QStringLiteral("m.csv"), plan, {}, DecimalSeparator::Point,
                               FactorLibraryJson::builtIn());
}

} // namespace

class TestMeterReadings : public QObject
{
    Q_OBJECT

private slots:
    void smallFixture();
    void unitsConvertToTheFirstReadings();
    void duplicateMonthRejected();
    void impossibleDatesRefusedWithTheRow();
    void sameReadingsTwiceWarn();
    void bigFileMemoryIsPerMeter();
};

// tests/fixtures/import/meters-small.csv, by hand:
// electricity (电力, 度 = kWh): A01 12 × 100, A02 10 × 100 (no March, April), A03 11 × 100 +
// 900 in July (line 30) → 1200 + 1000 + 2000 = 4200 kWh; 36 − 2 = 34 meter-months present; A03's
// July is 9× its median month of 100, an outlier. A01's 2022-12 reading is not summed. natural gas
// (天然气, 立方米 = m³): B01 January 10, February 12; March is in 千立方米, which is not a unit →
// rejected.
void TestMeterReadings::smallFixture()
{
    QString error;
    const auto table = TableFile::open(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/meters-small.csv"), {}, &error);
    QVERIFY2(table, qPrintable(error));
    const MeterImportResult result =
        MeterReadings::read(table->reader(), table->fileName(), xinqiao(), {}, table->decimal(),
                            FactorLibraryJson::builtIn());
    QCOMPARE(result.report.error, QString());
    QCOMPARE(result.year, 2023);
    QCOMPARE(result.report.rowsRead, 38);
    QCOMPARE(result.report.rejectedCount, 1);
    QCOMPARE(result.report.rejected[0].row, 39);
    QCOMPARE(result.report.rejected[0].place, QStringLiteral("line 39, column 5 (单位)"));
    QCOMPARE(result.lines.size(), 2);
    QCOMPARE(result.coverage.size(), 2);

    const ActivityLine &power = result.lines[0];
    QCOMPARE(power.carrier, QStringLiteral("electricity"));
    QCOMPARE(power.unit, QStringLiteral("kWh"));
    QCOMPARE(power.amount, 4200.0);
    QCOMPARE(power.factor, QStringLiteral("grid-cn-south-2023"));
    QCOMPARE(power.subsector, QStringLiteral("residential"));
    QCOMPARE(power.driver, Driver::Households);
    QCOMPARE(power.dataQuality, DataQuality::Medium); // 34/36 = 94.4 % < 95 %
    QCOMPARE(power.id, QStringLiteral("electricity-meters"));
    const MeterCoverage &c = result.coverage[0];
    QCOMPARE(c.meters, 3);
    QCOMPARE(c.readings, 34);
    QCOMPARE(c.missingMonths, 2);
    QCOMPARE(c.metersWithGaps, 1);
    QCOMPARE(c.gapExamples, QStringList{QStringLiteral("A02: 3, 4")});
    QCOMPARE(c.outlierCount, 1);
    QCOMPARE(c.outliers[0].meter, QStringLiteral("A03"));
    QCOMPARE(c.outliers[0].month, (YearMonth{2023, 7}));
    QCOMPARE(c.outliers[0].amount, 900.0);
    QCOMPARE(c.outliers[0].medianMonth, 100.0);
    QCOMPARE(c.outliers[0].place, QStringLiteral("line 30"));
    QCOMPARE(result.otherYears, (QList<std::pair<int, qint64>>{{2022, 1}}));

    QCOMPARE(result.lines[1].carrier, QStringLiteral("natural_gas"));
    QCOMPARE(result.lines[1].amount, 22.0);
    QCOMPARE(result.lines[1].unit, QStringLiteral("m³"));
    QCOMPARE(result.coverage[1].missingMonths, 10);
}

void TestMeterReadings::unitsConvertToTheFirstReadings()
{
    const MeterImportResult result = readText("meter,month,carrier,amount,unit\n"
                                              "m1,2023-01,electricity,1,MWh\n"
                                              "m1,2023-02,electricity,500,kWh\n"
                                              "m2,2023-01,electricity,3,GJ\n"
                                              "m2,2023-02,electricity,7,m3\n");
    QCOMPARE(result.report.rejectedCount, 1); // m³ is not energy: electricity doesn't fit it
    QCOMPARE(result.report.rejected[0].row, 5);
    QCOMPARE(result.lines.size(), 1);
    QCOMPARE(result.lines[0].unit, QStringLiteral("MWh"));
    // 1 MWh + 0.5 MWh + 3 GJ / 3.6 GJ per MWh = 2.3333… MWh
    QVERIFY(qAbs(result.lines[0].amount - (1.5 + 3 / 3.6)) < 1e-12);
}

void TestMeterReadings::duplicateMonthRejected()
{
    const MeterImportResult result = readText("户号,月份,能源,用量,单位\n"
                                              "A,2023-01,电力,10,度\n"
                                              "A,2023/1,电力,11,度\n");
    QCOMPARE(result.report.rejectedCount, 1);
    QCOMPARE(result.report.rejected[0].reason,
             QStringLiteral("a second reading of meter A for 2023-01; the first is on line 2"));
    QCOMPARE(result.lines[0].amount, 10.0);
}

// Issue 12: "2023-02-30" was summed as February without a word. An impossible day, and a
// month 13, are refused naming the line, and nothing of them is summed.
void TestMeterReadings::impossibleDatesRefusedWithTheRow()
{
    const MeterImportResult result = readText("meter,month,carrier,amount,unit\n"
                                              "m1,2023-01-31,electricity,10,kWh\n"
                                              "m1,2023-02-30,electricity,20,kWh\n"
                                              "m1,2023-13,electricity,40,kWh\n"
                                              "m1,2024-02-29,electricity,80,kWh\n");
    QCOMPARE(result.report.rejectedCount, 2);
    QCOMPARE(result.report.rejected[0].row, 3);
    QVERIFY2(result.report.rejected[0].toString().startsWith(QStringLiteral("line 3")),
             qPrintable(result.report.rejected[0].toString()));
    QCOMPARE(result.report.rejected[0].reason,
             QStringLiteral("\"2023-02-30\" is not a date: that month has no such day"));
    QCOMPARE(result.report.rejected[1].row, 4);
    QVERIFY(
        result.report.rejected[1].reason.startsWith(QStringLiteral("\"2023-13\" is not a month")));
    // Only January of 2023 is summed (2024 is another year: not part of this line).
    QCOMPARE(result.lines.size(), 1);
    QCOMPARE(result.lines[0].amount, 10.0);
}

// Issue 12: importing the same file twice added a second line with the same total and no
// warning. The second import warns, naming the line the first one added; a file with another
// total does not.
void TestMeterReadings::sameReadingsTwiceWarn()
{
    const QByteArray csv = "meter,month,carrier,amount,unit\n"
                           "m1,2023-01,electricity,100,kWh\n"
                           "m2,2023-01,electricity,250.5,kWh\n";
    Plan plan = xinqiao();
    const MeterImportResult first = readText(csv, plan);
    QCOMPARE(first.report.warnings, QStringList());
    QCOMPARE(first.lines.size(), 1);
    QCOMPARE(first.lines[0].amount, 350.5); // 100 + 250.5 kWh
    plan.activities.append(first.lines[0]);

    const MeterImportResult second = readText(csv, plan);
    QCOMPARE(second.lines.size(), 1);
    QVERIFY(second.lines[0].id != first.lines[0].id);
    QCOMPARE(second.report.warnings.size(), 1);
    const QString warning = second.report.warnings.first();
    QVERIFY2(
        warning.startsWith(
            QStringLiteral("line %1 of the plan already has 350.5 kWh of ").arg(first.lines[0].id)),
        qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("counts the readings twice")), qPrintable(warning));

    const MeterImportResult other = readText("meter,month,carrier,amount,unit\n"
                                             "m1,2023-01,electricity,100,kWh\n",
                                             plan);
    QCOMPARE(other.report.warnings, QStringList());
}

// 100 meters × 12 months repeated in 20 files' worth of rows of other years: the state is
// per meter, so what is kept does not grow with the rows.
void TestMeterReadings::bigFileMemoryIsPerMeter()
{
    QByteArray csv("meter,month,carrier,amount,unit\n");
    for (int year = 2004; year <= 2023; ++year) {
        for (int m = 1; m <= 12; ++m) {
            for (int meter = 0; meter < 100; ++meter)
                csv += "H" + QByteArray::number(meter) + "," + QByteArray::number(year) + "-" +
                       QByteArray::number(m) + ",electricity,1.5,kWh\n";
        }
    }
    const MeterImportResult result = readText(csv);
    QCOMPARE(result.report.rowsRead, 24000);
    QCOMPARE(result.coverage[0].meters, 100);
    QCOMPARE(result.lines[0].amount, 100 * 12 * 1.5);
    QCOMPARE(result.otherYears.size(), 19);
    QCOMPARE(result.otherYears.first(), (std::pair<int, qint64>{2004, 1200}));
}

QTEST_GUILESS_MAIN(TestMeterReadings)
#include "TestMeterReadings.moc"
