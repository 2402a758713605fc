// Creating a district's communities from a spreadsheet (issue 17, docs/district.md "Creating
// communities from a spreadsheet"): CommunityImport makes one plan per row, as File → New does,
// with the row's annual totals as baseline lines; DistrictCreate writes them beside the district
// file and links them. The totals below are the figures of
// resources/samples/district/communities.csv, so each line's amount is the cell as typed.
#include "FileSnapshot.h"
#include "export/ExportTable.h"
#include "export/ResultsXlsx.h"
#include "import/CommunityImport.h"
#include "import/TableFile.h"
#include "plan/PriceLibrary.h"
#include "plan/StartingPlan.h"
#include "storage/DistrictCreate.h"
#include "storage/DistrictLoader.h"
#include "storage/DistrictStore.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanStore.h"
#include "storage/PlanValidator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using zeroplan::test::entries;

class TestDistrictCreate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void csvMakesOnePlanPerRow();
    void xlsxMakesTheSamePlans();
    void plansAreWrittenAndLinked();
    void unitsInTheHeaderAreConverted();
    void badRowNamesRowAndColumn_data();
    void badRowNamesRowAndColumn();
    void safeUniqueFileNames();

private:
    CommunityImportResult import(const QString &path) const;
    QString writeCsv(const QByteArray &text) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QString kSampleCsv =
    QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/district/communities.csv");

// The sample's rows: name, population, households, area (ha), grid region, electricity (kWh),
// gas (m³), petrol (L); -1 for an empty cell.
struct Row
{
    const char *name;
    double population, households, area;
    const char *region;
    double kwh, m3, litres;
};
const Row kRows[] = {
    {"Xinqiao East", 8200, 3100, 24.5, "CN-South", 9850000, 612000, 1450000},
    {"Xinqiao West", 5600, 2050, 17.2, "CN-South", 6120000, 398000, 905000},
    {"Hemu Garden", 11400, 4300, 31.0, "CN-East", 12600000, 1020000, 2210000},
    {"Shangtang Village", 2300, 780, 96.0, "CN-East", 1840000, -1, 640000},
    {"Qianhai New Town", 15800, 6200, 42.8, "CN-South", 21300000, 1480000, -1},
};

// The plan made from row `r` must be File → New's plan for its name and region, plus the row's
// people, area and one line per given total.
void checkPlan(const Plan &plan, const Row &r, const QString &sourceFile)
{
    const Plan fresh = StartingPlan::make(QLatin1String(r.name), QLatin1String(r.region), 2023,
                                          FactorLibraryJson::builtIn(), PriceLibrary::builtIn());
    QCOMPARE(plan.community.name, QLatin1String(r.name));
    QCOMPARE(plan.community.gridRegion, QLatin1String(r.region));
    QCOMPARE(plan.community.electricityFactor, fresh.community.electricityFactor);
    QCOMPARE(plan.community.currency, fresh.community.currency);
    QCOMPARE(plan.prices, fresh.prices);
    QCOMPARE(plan.scenarios, fresh.scenarios);
    QCOMPARE(plan.community.baseYear, 2023);
    QCOMPARE(plan.community.population, r.population);
    QCOMPARE(plan.community.households, r.households);
    QVERIFY(plan.community.areaHa.has_value());
    QCOMPARE(*plan.community.areaHa, r.area);
    QVERIFY2(plan.community.source.startsWith(sourceFile + QStringLiteral(", ")),
             qPrintable(plan.community.source));
    // Lines: electricity (kWh, scope 2), natural gas (m³, scope 1), petrol (L, transport), in
    // that order, only for the totals given; ids as an import without an id column gives them.
    struct Expected
    {
        const char *carrier, *unit;
        double amount;
        Sector sector;
        int scope;
    };
    QList<Expected> expected;
    if (r.kwh >= 0)
        expected.append({"electricity", "kWh", r.kwh, Sector::StationaryEnergy, 2});
    if (r.m3 >= 0)
        expected.append({"natural_gas", "m³", r.m3, Sector::StationaryEnergy, 1});
    if (r.litres >= 0)
        expected.append({"petrol", "L", r.litres, Sector::Transport, 1});
    QCOMPARE(plan.activities.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ActivityLine &line = plan.activities[i];
        QCOMPARE(line.id, QLatin1String(expected[i].carrier));
        QCOMPARE(line.carrier, QLatin1String(expected[i].carrier));
        QCOMPARE(line.unit, QString::fromUtf8(expected[i].unit));
        QCOMPARE(line.amount, expected[i].amount); // exact: the cell's number, unconverted
        QCOMPARE(line.sector, expected[i].sector);
        QCOMPARE(line.scope, expected[i].scope);
        QVERIFY2(!line.factor.isEmpty(), qPrintable(line.id));
    }
    // The plan is valid as made: no error anywhere.
    QVERIFY(!hasErrors(PlanValidator::validate(plan, FactorLibraryJson::builtIn())));
}

} // namespace

void TestDistrictCreate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CommunityImportResult TestDistrictCreate::import(const QString &path) const
{
    QString error;
    const std::unique_ptr<TableFile> table = TableFile::open(path, {}, &error);
    if (!table) {
        CommunityImportResult failed;
        failed.error = error;
        return failed;
    }
    return CommunityImport::read(table->reader(), table->fileName(), table->decimal(), 2023,
                                 FactorLibraryJson::builtIn(), PriceLibrary::builtIn());
}

QString TestDistrictCreate::writeCsv(const QByteArray &text) const
{
    const QString path = m_dir->filePath(QStringLiteral("rows.csv"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
    return path;
}

void TestDistrictCreate::csvMakesOnePlanPerRow()
{
    const CommunityImportResult result = import(kSampleCsv);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.plans.size(), 5);
    for (int i = 0; i < 5; ++i)
        checkPlan(result.plans[i], kRows[i], QStringLiteral("communities.csv"));
}

void TestDistrictCreate::xlsxMakesTheSamePlans()
{
    // The same table as a workbook, with numbers as number cells and Chinese headers.
    ExportTable table;
    table.title = QStringLiteral("社区");
    table.header = {QStringLiteral("社区名称"),     QStringLiteral("常住人口"),
                    QStringLiteral("户数"),         QStringLiteral("面积（公顷）"),
                    QStringLiteral("电网区域"),     QStringLiteral("年用电量（kWh）"),
                    QStringLiteral("用气量（m³）"), QStringLiteral("汽油（L）")};
    const auto optional = [](double v) { return v < 0 ? ExportCell() : ExportCell::number(v); };
    for (const Row &r : kRows)
        table.rows.append({ExportCell::text(QLatin1String(r.name)),
                           ExportCell::number(r.population), ExportCell::number(r.households),
                           ExportCell::number(r.area), ExportCell::text(QLatin1String(r.region)),
                           optional(r.kwh), optional(r.m3), optional(r.litres)});
    const QString path = m_dir->filePath(QStringLiteral("communities.xlsx"));
    QString error;
    QVERIFY2(ResultsXlsx::write({table}, path, &error), qPrintable(error));
    const CommunityImportResult result = import(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.plans.size(), 5);
    for (int i = 0; i < 5; ++i)
        checkPlan(result.plans[i], kRows[i], QStringLiteral("communities.xlsx"));
}

void TestDistrictCreate::plansAreWrittenAndLinked()
{
    const CommunityImportResult result = import(kSampleCsv);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString district = m_dir->filePath(QStringLiteral("nanshan.zeroplan-district"));
    District d;
    d.baseYear = 2023;
    QString error;
    QVERIFY2(DistrictCreate::addPlans(d, district, result.plans, CommunityType::New, &error),
             qPrintable(error));
    QCOMPARE(entries(m_dir->path()), (QStringList{QStringLiteral("Hemu-Garden.zeroplan"),
                                                  QStringLiteral("Qianhai-New-Town.zeroplan"),
                                                  QStringLiteral("Shangtang-Village.zeroplan"),
                                                  QStringLiteral("Xinqiao-East.zeroplan"),
                                                  QStringLiteral("Xinqiao-West.zeroplan"),
                                                  QStringLiteral("nanshan.zeroplan-district")}));
    const DistrictStoreResult read = DistrictStore::load(district);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(*read.district, d);
    QCOMPARE(d.communities.size(), 5);
    QCOMPARE(d.communities[0].path, QStringLiteral("Xinqiao-East.zeroplan"));
    QCOMPARE(d.communities[0].type, CommunityType::New);
    // Every link reads back as the plan that was made, unchanged since linked.
    const DistrictLoad loaded = DistrictLoader::load(d, district);
    QCOMPARE(loaded.members.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(loaded.links[i].status, LinkStatus::Ok);
        QCOMPARE(loaded.members[i].plan, result.plans[i]);
    }
    // Adding the same rows again makes new files (-2), never writing over the first ones.
    QVERIFY2(DistrictCreate::addPlans(d, district, result.plans, CommunityType::New, &error),
             qPrintable(error));
    QCOMPARE(d.communities.size(), 10);
    QCOMPARE(d.communities[5].path, QStringLiteral("Xinqiao-East-2.zeroplan"));
    QCOMPARE(DistrictLoader::load(d, district).links[0].status, LinkStatus::Ok);
}

void TestDistrictCreate::unitsInTheHeaderAreConverted()
{
    // Area in m² (÷ 10,000 → ha), electricity in MWh (× 1,000 → kWh).
    const QString path = writeCsv("name,population,households,area (m2),grid region,"
                                  "electricity (MWh)\nA,100,40,52000,CN-East,1234.5\n");
    const CommunityImportResult result = import(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.plans.size(), 1);
    QCOMPARE(*result.plans[0].community.areaHa, 5.2);
    QCOMPARE(result.plans[0].activities.size(), 1);
    QCOMPARE(result.plans[0].activities[0].unit, QStringLiteral("kWh"));
    QCOMPARE(result.plans[0].activities[0].amount, 1234500.0);
}

void TestDistrictCreate::badRowNamesRowAndColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    const QByteArray header = "name,population,households,area,grid region,electricity,gas\n";
    const QByteArray good = "A,100,40,2,CN-East,1000,50\n";
    QTest::newRow("no name") << header + good + ",100,40,2,CN-East,1000,50\n"
                             << QStringLiteral("rows.csv, line 3, column 1 (name): the community "
                                               "has no name");
    QTest::newRow("negative") << header + good + "B,-5,40,2,CN-East,1000,50\n"
                              << QStringLiteral("rows.csv, line 3, column 2 (population): -5 is "
                                                "negative; it must be 0 or more");
    QTest::newRow("negative total") << header + good + "B,5,4,2,CN-East,1000,-50\n"
                                    << QStringLiteral("rows.csv, line 3, column 7 (gas): -50 is "
                                                      "negative; it must be 0 or more");
    QTest::newRow("not a number") << header + "B,5,many,2,CN-East,1000,50\n"
                                  << QStringLiteral("rows.csv, line 2, column 3 (households): "
                                                    "\"many\" is not a number");
    QTest::newRow("grid region") << header + good + "B,5,4,2,Atlantis,1000,50\n"
                                 << QStringLiteral(
                                        "rows.csv, line 3, column 5 (grid region): "
                                        "\"Atlantis\" is not a grid region; use one of ");
    QTest::newRow("duplicate") << header + good + "a,5,4,2,CN-East,1000,50\n"
                               << QStringLiteral("rows.csv, line 3, column 1 (name): \"a\" is the "
                                                 "name of an earlier row; each community needs "
                                                 "its own name");
    QTest::newRow("empty population") << header + "B,,4,2,CN-East,1000,50\n"
                                      << QStringLiteral("rows.csv, line 2, column 2 (population): "
                                                        "the cell is empty");
    QTest::newRow("no households column")
        << QByteArray("name,population,grid region\nA,1,CN-East\n")
        << QStringLiteral("rows.csv: line 1: no column for households");
}

void TestDistrictCreate::badRowNamesRowAndColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const QString path = writeCsv(csv);
    const CommunityImportResult result = import(path);
    QVERIFY(!result.ok());
    QVERIFY(result.plans.isEmpty());
    QVERIFY2(result.error.startsWith(message), qPrintable(result.error));
    // Nothing was written: only the spreadsheet is in the folder.
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("rows.csv")});
}

void TestDistrictCreate::safeUniqueFileNames()
{
    QCOMPARE(DistrictCreate::safeBaseName(QStringLiteral("新桥 东社区")),
             QStringLiteral("新桥-东社区"));
    QCOMPARE(DistrictCreate::safeBaseName(QStringLiteral("../../etc/passwd")),
             QStringLiteral("etc-passwd"));
    QCOMPARE(DistrictCreate::safeBaseName(QStringLiteral("  A/B:C*  ")), QStringLiteral("A-B-C"));
    QCOMPARE(DistrictCreate::safeBaseName(QStringLiteral("***")), QStringLiteral("community"));
    QCOMPARE(DistrictCreate::safeBaseName(QString(200, QLatin1Char('x'))).size(), 60);
}

QTEST_GUILESS_MAIN(TestDistrictCreate)
#include "TestDistrictCreate.moc"
