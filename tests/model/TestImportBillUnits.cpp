// Import speaks the bills' language (issue 14): the units Chinese bills and statistics use
// (千瓦时, 万千瓦时, 吉焦, 兆焦, 立方米/方, 吨标煤) with their conversions; a baseline
// food-waste line gets the library's landfill factor, never the composting one; when several
// factors fit, the one of the plan's region is taken and the report says so; the common
// subsector words become their keys.
#include "import/ActivityImport.h"
#include "import/CsvReader.h"
#include "import/MeterReadings.h"
#include "inventory/Carrier.h"
#include "inventory/FactorLibrary.h"
#include "inventory/Units.h"
#include "plan/DefaultFactor.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QBuffer>
#include <QtTest>

using namespace zeroplan;

namespace {

// Shenzhen Xinqiao (base year 2023, AR6) without its lines, so that no line of the plan
// decides a factor; the grid region as given, and no electricity factor of its own.
Plan emptyPlan(const QString &gridRegion = QStringLiteral("CN-South"))
{
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
    if (!read.ok())
        qFatal("sample plan does not read");
    Plan plan = *read.plan;
    plan.activities.clear();
    plan.measures.clear();
    plan.community.gridRegion = gridRegion;
    plan.community.electricityFactor.clear();
    return plan;
}

ActivityImportResult importText(const QByteArray &csv, const Plan &plan)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("bills.csv"));
    return ActivityImport::read(reader, QStringLiteral("bills.csv"), plan, {},
                                DecimalSeparator::Point, FactorLibraryJson::builtIn());
}

QString rejections(const ImportReport &report)
{
    QStringList out;
    for (const RejectedRow &r : report.rejected)
        out << r.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestImportBillUnits : public QObject
{
    Q_OBJECT

private slots:
    // Each unit's conversion, worked out by hand.
    void billUnitsConvert_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("to");
        QTest::addColumn<double>("expected"); // one unit in `to`
        QTest::newRow("千瓦时") << QStringLiteral("千瓦时") << QStringLiteral("kWh")
                                << QStringLiteral("kWh") << 1.0;
        QTest::newRow("万千瓦时") << QStringLiteral("万千瓦时") << QStringLiteral("万kWh")
                                  << QStringLiteral("kWh") << 10000.0;
        QTest::newRow("万千瓦时 in MWh") << QStringLiteral("万千瓦时") << QStringLiteral("万kWh")
                                         << QStringLiteral("MWh") << 10.0;
        QTest::newRow("吉焦") << QStringLiteral("吉焦") << QStringLiteral("GJ")
                              << QStringLiteral("kWh") << 1000.0 / 3.6; // 277.78
        QTest::newRow("兆焦") << QStringLiteral("兆焦") << QStringLiteral("MJ")
                              << QStringLiteral("kWh") << 1.0 / 3.6;
        QTest::newRow("立方米") << QStringLiteral("立方米") << QStringLiteral("m³")
                                << QStringLiteral("m³") << 1.0;
        QTest::newRow("方") << QStringLiteral("方") << QStringLiteral("m³") << QStringLiteral("L")
                            << 1000.0;
        // GB/T 2589-2020: 1 kgce = 29.3076 MJ, so 1 tce = 29,307.6 MJ = 29.3076 GJ and
        // 29,307.6 / 3.6 = 8,141 kWh.
        QTest::newRow("吨标煤 in GJ")
            << QStringLiteral("吨标煤") << QStringLiteral("tce") << QStringLiteral("GJ") << 29.3076;
        QTest::newRow("吨标准煤 in kWh") << QStringLiteral("吨标准煤") << QStringLiteral("tce")
                                         << QStringLiteral("kWh") << 8141.0;
        QTest::newRow("tce in kgce")
            << QStringLiteral("tce") << QStringLiteral("tce") << QStringLiteral("kgce") << 1000.0;
        QTest::newRow("千克标准煤 in MJ") << QStringLiteral("千克标准煤") << QStringLiteral("kgce")
                                          << QStringLiteral("MJ") << 29.3076;
    }
    void billUnitsConvert()
    {
        QFETCH(QString, unit);
        QFETCH(QString, canonical);
        QFETCH(QString, to);
        QFETCH(double, expected);
        const auto found = Units::find(unit);
        QVERIFY(found);
        QCOMPARE(found->symbol, canonical);
        QCOMPARE(found->dimension, Units::find(to)->dimension);
        const auto converted = Units::convert(1.0, unit, to);
        QVERIFY(converted);
        QVERIFY2(std::abs(*converted - expected) <= 1e-9 * expected,
                 qPrintable(QString::number(*converted, 'g', 12)));
    }

    // A file in the bills' units: each row keeps its unit, and converts as the bill says.
    void billRowsImport()
    {
        const ActivityImportResult result = importText(QStringLiteral("能源,用量,单位\n"
                                                                      "电力,12.5,万千瓦时\n"
                                                                      "电力,3800,千瓦时\n"
                                                                      "集中供热,500,吉焦\n"
                                                                      "天然气,1200,方\n"
                                                                      "天然气,1800,兆焦\n"
                                                                      "天然气,10,吨标煤\n")
                                                           .toUtf8(),
                                                       emptyPlan());
        QCOMPARE(rejections(result.report), QString());
        QCOMPARE(result.lines.size(), 6);
        const QStringList units{QStringLiteral("万kWh"), QStringLiteral("kWh"),
                                QStringLiteral("GJ"),    QStringLiteral("m³"),
                                QStringLiteral("MJ"),    QStringLiteral("tce")};
        for (int i = 0; i < 6; ++i)
            QCOMPARE(result.lines[i].unit, units[i]);
        // 12.5 万千瓦时 = 125,000 kWh; 1,800 MJ / 3.6 = 500 kWh.
        QCOMPARE(
            *Units::convert(result.lines[0].amount, result.lines[0].unit, QStringLiteral("kWh")),
            125000.0);
        QCOMPARE(
            *Units::convert(result.lines[4].amount, result.lines[4].unit, QStringLiteral("kWh")),
            500.0);
        // Natural gas in tce: the IPCC factor per kWh fits it as it is (energy): 10 tce =
        // 81,410 kWh.
        QCOMPARE(result.lines[5].factor, QStringLiteral("natural-gas-ipcc-kwh"));
        QCOMPARE(
            *Units::convert(result.lines[5].amount, result.lines[5].unit, QStringLiteral("kWh")),
            81410.0);
    }

    // Coal in tce with its factor per tonne: converted to tonnes through coal's energy content.
    void standardCoalIsConvertedToTheFactorsUnit()
    {
        const ActivityImportResult result = importText(
            QStringLiteral("能源,用量,单位,排放因子\n煤炭,3,吨标煤,coal-bituminous-ipcc-t\n"
                           "液化气,2,吨标煤,\n")
                .toUtf8(),
            emptyPlan());
        QCOMPARE(rejections(result.report), QString());
        const ActivityLine &coal = result.lines[0];
        QCOMPARE(coal.unit, QStringLiteral("t"));
        // 3 tce × 8,141 kWh (GB/T 2589-2020) = 24,423 kWh over bituminous coal's 25.8 GJ/t
        // (IPCC 2006 V2 T1.2) = 7,166.67 kWh/t: 3.40799 t.
        QVERIFY2(std::abs(coal.amount - 24423.0 / (25800.0 / 3.6)) < 1e-9,
                 qPrintable(QString::number(coal.amount, 'g', 12)));
        // LPG has no factor per energy: the one per kg of its usual unit, and 2 tce =
        // 16,282 kWh over LPG's energy per kg (Carrier).
        const ActivityLine &lpg = result.lines[1];
        QCOMPARE(lpg.factor, QStringLiteral("lpg-ipcc-kg"));
        QCOMPARE(lpg.unit, QStringLiteral("kg"));
        const double kwhPerKg =
            *Carriers::find(QStringLiteral("lpg"))->kwhPerUnit(QStringLiteral("kg"));
        QVERIFY(std::abs(lpg.amount - 16282.0 / kwhPerKg) < 1e-9);
        bool said = false;
        for (const QString &n : result.report.notes)
            said = said || n.startsWith(QStringLiteral("Coal given in tce was converted to t, the "
                                                       "unit of factor \"coal-bituminous-ipcc-t\": "
                                                       "1 tce = 1.136 t"));
        QVERIFY2(said, qPrintable(result.report.notes.join(QLatin1Char('\n'))));
        // Without a factor, coal in tce is coal in tonnes: two IPCC factors fit.
        const ActivityImportResult bare =
            importText(QStringLiteral("能源,用量,单位\n煤炭,3,吨标煤\n").toUtf8(), emptyPlan());
        QCOMPARE(bare.report.rejectedCount, 1);
        QVERIFY2(bare.report.rejected[0].reason.startsWith(QStringLiteral("several factors fit")),
                 qPrintable(bare.report.rejected[0].reason));
    }

    // A unit of the wrong kind for its carrier names the row, the column and the unit.
    void unitThatDoesNotFitTheCarrier()
    {
        const ActivityImportResult result = importText(
            QStringLiteral("能源,用量,单位\n厨余垃圾,2,吨标煤\n电力,5,方\n").toUtf8(), emptyPlan());
        QCOMPARE(result.report.rejectedCount, 2);
        const RejectedRow &food = result.report.rejected[0];
        QCOMPARE(food.place, QStringLiteral("line 2, column 3 (单位)"));
        QVERIFY2(food.reason.startsWith(QStringLiteral("吨标煤 is a unit of energy, which doesn't "
                                                       "fit Food waste")),
                 qPrintable(food.reason));
        QCOMPARE(result.report.rejected[1].place, QStringLiteral("line 3, column 3 (单位)"));
        QVERIFY2(
            result.report.rejected[1].reason.startsWith(QStringLiteral("方 is a unit of volume")),
            qPrintable(result.report.rejected[1].reason));
    }

    // "厨余垃圾, 120, 吨": the landfill factor of the library, not "several factors fit".
    void foodWasteGetsTheLandfillFactor()
    {
        const ActivityImportResult result =
            importText(QStringLiteral("能源,用量,单位\n厨余垃圾,120,吨\n").toUtf8(), emptyPlan());
        QCOMPARE(rejections(result.report), QString());
        QCOMPARE(result.lines.size(), 1);
        const ActivityLine &line = result.lines.first();
        QCOMPARE(line.carrier, QStringLiteral("food_waste"));
        QCOMPARE(line.sector, Sector::Waste);
        QCOMPARE(line.unit, QStringLiteral("t"));
        QCOMPARE(line.amount, 120.0);
        QCOMPARE(line.factor, QStringLiteral("landfill-food-waste-ipcc"));
        // 120 t × 45 kg CH4/t (factors.json) × 27.0 (AR6, biogenic CH4) = 145.8 tCO2e.
        const EmissionFactor *f = FactorLibraryJson::builtIn().find(line.factor);
        QVERIFY(std::abs(120 * f->tonnesCO2ePerUnit(GwpSet::AR6) - 145.8) < 1e-9);
    }

    // The composting factor is a measure's: never chosen, nor offered, nor accepted.
    void compostingIsNeverABaselineFactor()
    {
        const DefaultFactor::Choice choice =
            DefaultFactor::choose(emptyPlan(), FactorLibraryJson::builtIn(),
                                  QStringLiteral("food_waste"), QStringLiteral("t"));
        QCOMPARE(choice.factor, QStringLiteral("landfill-food-waste-ipcc"));
        QVERIFY(!choice.candidates.contains(QStringLiteral("composting-food-waste-ipcc")));
        const ActivityImportResult result =
            importText("carrier,amount,unit,factor\nfood waste,120,t,composting-food-waste-ipcc\n",
                       emptyPlan());
        QCOMPARE(result.report.rejectedCount, 1);
        QCOMPARE(result.report.rejected[0].place, QStringLiteral("line 2, column 4 (factor)"));
        QVERIFY2(result.report.rejected[0].reason.contains(QStringLiteral("composting")),
                 qPrintable(result.report.rejected[0].reason));
    }

    // Nineteen electricity factors per kWh fit (factors.json); an East China plan gets its
    // grid's, and the report says why.
    void thePlansRegionIsChosenAndSaid()
    {
        const ActivityImportResult result =
            importText("carrier,amount,unit\nelectricity,1000,kWh\nelectricity,20,MWh\n",
                       emptyPlan(QStringLiteral("CN-East")));
        QCOMPARE(rejections(result.report), QString());
        QCOMPARE(result.lines[0].factor, QStringLiteral("grid-cn-east-2023"));
        QCOMPARE(result.lines[1].factor, QStringLiteral("grid-cn-east-2023"));
        const QString note = QStringLiteral("19 factors fit Grid electricity per kWh; chose "
                                            "grid-cn-east-2023, of East China grid, the plan's "
                                            "region");
        QVERIFY2(result.report.notes.contains(note),
                 qPrintable(result.report.notes.join(QLatin1Char('\n'))));
        QCOMPARE(result.report.notes.count(note), 1); // once for the file, not per row

        // Natural gas per m³: a Chinese and a UK factor fit; a Chinese plan gets the Chinese.
        const ActivityImportResult gas =
            importText("carrier,amount,unit\nnatural gas,1200,m³\n", emptyPlan());
        QCOMPARE(gas.lines[0].factor, QStringLiteral("natural-gas-cn-m3"));
        bool said = false;
        for (const QString &n : gas.report.notes)
            said = said || n == QStringLiteral("2 factors fit Natural gas per m³; chose "
                                               "natural-gas-cn-m3, of China, the plan's region");
        QVERIFY2(said, qPrintable(gas.report.notes.join(QLatin1Char('\n'))));
    }

    // Meter readings say the same of the factor their line gets.
    void meterReadingsSayTheRegionalChoice()
    {
        QBuffer buffer;
        buffer.setData(QStringLiteral("户号,月份,能源,用量,单位\nA01,2023-01,电力,215,千瓦时\n"
                                      "A01,2023-02,电力,180,千瓦时\n")
                           .toUtf8());
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, QStringLiteral("meters.csv"));
        const MeterImportResult result = MeterReadings::read(
            reader, QStringLiteral("meters.csv"), emptyPlan(QStringLiteral("CN-East")), {},
            DecimalSeparator::Point, FactorLibraryJson::builtIn());
        QCOMPARE(rejections(result.report), QString());
        QCOMPARE(result.lines.size(), 1);
        QCOMPARE(result.lines[0].amount, 395.0); // 215 + 180 kWh
        QCOMPARE(result.lines[0].factor, QStringLiteral("grid-cn-east-2023"));
        QVERIFY2(result.report.notes.contains(
                     QStringLiteral("19 factors fit Grid electricity per kWh; chose "
                                    "grid-cn-east-2023, of East China grid, the plan's region")),
                 qPrintable(result.report.notes.join(QLatin1Char('\n'))));
    }

    // A factor the plan names itself is no choice among several: nothing to say.
    void thePlansOwnElectricityFactorIsNotARegionalChoice()
    {
        Plan plan = emptyPlan(QStringLiteral("CN-East"));
        plan.community.electricityFactor = QStringLiteral("grid-cn-national-2023");
        const ActivityImportResult result =
            importText("carrier,amount,unit\nelectricity,1000,kWh\n", plan);
        QCOMPARE(result.lines[0].factor, QStringLiteral("grid-cn-national-2023"));
        for (const QString &n : result.report.notes)
            QVERIFY2(!n.contains(QStringLiteral("factors fit")), qPrintable(n));
    }

    // Subsector words of meter exports become the keys the app translates; "居民" and
    // "Residential" are one line. A line of activity data keeps its subsector as written
    // (export → import gives it back).
    void meterSubsectorWordsBecomeKeys()
    {
        QBuffer buffer;
        buffer.setData(QStringLiteral("户号,月份,能源,用量,单位,子类\n"
                                      "A01,2023-01,电力,1,度,居民\nA02,2023-01,电力,2,度,商业\n"
                                      "A03,2023-01,electricity,3,度,Residential\n"
                                      "A04,2023-01,电力,4,度,学校\n")
                           .toUtf8());
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, QStringLiteral("meters.csv"));
        const MeterImportResult result =
            MeterReadings::read(reader, QStringLiteral("meters.csv"), emptyPlan(), {},
                                DecimalSeparator::Point, FactorLibraryJson::builtIn());
        QCOMPARE(rejections(result.report), QString());
        QCOMPARE(result.lines.size(), 3);
        QCOMPARE(result.lines[0].subsector, QStringLiteral("residential"));
        QCOMPARE(result.lines[0].amount, 4.0); // 1 + 3 kWh
        QCOMPARE(result.lines[1].subsector, QStringLiteral("commercial"));
        QCOMPARE(result.lines[2].subsector, QStringLiteral("学校")); // not a common one: as given

        const ActivityImportResult lines = importText(
            QStringLiteral("能源,用量,单位,子类\n电力,1,度,居民\n").toUtf8(), emptyPlan());
        QCOMPARE(lines.lines[0].subsector, QStringLiteral("居民"));
    }
};

QTEST_APPLESS_MAIN(TestImportBillUnits)
#include "TestImportBillUnits.moc"
