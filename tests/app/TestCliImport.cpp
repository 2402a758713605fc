// zeroplan-cli import, export and convert end to end: runs the built executable (ZEROPLAN_CLI)
// on copies of tests/fixtures/import/plan-2023.json (JSON and .zeroplan) in a fresh temporary
// folder per test, with the files of tests/fixtures/import, and checks exit statuses, the
// one-line messages on stderr, the reports on stdout and, read back with the model's own
// readers, the plan file that was (or was not) written.
//
// The expected lines are worked out by hand from the fixtures (see the comments at
// expectedLines()). plan-2023.json has base year 2023 (the year of the fixtures' rows) and a
// line for each carrier whose factor an import takes from the plan: grid-cn-south-2023 for
// electricity, natural-gas-cn-m3, petrol-ipcc-l and landfill-food-waste-ipcc (food waste per t
// has two IPCC factors in the library, so without a plan line it would be ambiguous).
#include "CliRun.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace zeroplan;
using zeroplan::test::CliRun;
using zeroplan::test::runCli;

namespace {

const QString kImport = QStringLiteral("import");
const QString kExport = QStringLiteral("export");
const QString kConvert = QStringLiteral("convert");
const QString kActivities = QStringLiteral("--activities");
const QString kMeters = QStringLiteral("--meter-readings");
const QString kSkipRejected = QStringLiteral("--skip-rejected");

// Lines of the fixture plan before any import.
constexpr qsizetype kPlanLines = 4;

QString importFixture(const QString &name)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/") + name;
}

QString sample(const QString &name)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/%1.json").arg(name);
}

QStringList sampleNames()
{
    QStringList names;
    const QDir dir(QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples"));
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files))
        names << info.completeBaseName();
    return names;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

bool isProjectFile(const QString &path)
{
    return fileBytes(path).startsWith(QByteArrayLiteral("SQLite format 3\0"));
}

// The plan in `path`, read by the model's readers as the file's first bytes say; nothing if
// it can't be read or has errors.
std::optional<Plan> readPlan(const QString &path)
{
    if (isProjectFile(path)) {
        PlanStoreResult stored = PlanStore::load(path);
        return stored.ok() ? std::move(stored.plan) : std::nullopt;
    }
    PlanReadResult read = PlanJson::readFile(path);
    return read.ok() ? std::move(read.plan) : std::nullopt;
}

QStringList outLines(const CliRun &run)
{
    return QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString describeLine(const ActivityLine &l)
{
    return QStringLiteral("{%1, %2, '%3', scope %4, %5, %6 %7, %8, q%9, key '%10', driver %11, "
                          "source '%12', note '%13'}")
        .arg(l.id, sectorId(l.sector), l.subsector)
        .arg(l.scope)
        .arg(l.carrier)
        .arg(l.amount, 0, 'g', 17)
        .arg(l.unit, l.factor, dataQualityId(l.dataQuality), notationKeyId(l.notationKey),
             driverId(l.driver), l.source, l.note);
}

ActivityLine activity(const QString &id, Sector sector, const QString &subsector, int scope,
                      const QString &carrier, double amount, const QString &unit,
                      const QString &factor, const QString &source, const QString &note = {})
{
    ActivityLine line;
    line.id = id;
    line.sector = sector;
    line.subsector = subsector;
    line.scope = scope;
    line.carrier = carrier;
    line.amount = amount;
    line.unit = unit;
    line.factor = factor;
    line.source = source;
    line.note = note;
    return line; // data quality medium, no notation key, driver population: the defaults
}

// What each good fixture adds to plan-2023.json, by hand from the files. Rows without a
// sector take it from the carrier, without a scope from the carrier (electricity 2, waste 3,
// fuels 1), without a factor the plan's for the carrier and unit, else the library's one;
// ids are the carrier's, the source "<file>, line N".
QList<ActivityLine> expectedLines(const QString &file)
{
    const Sector energy = Sector::StationaryEnergy;
    if (file == QLatin1String("activities-gbk.csv")) {
        // Line 1 is the title, line 2 the header (类别, 能源, 用量, 单位, 年份, 备注), line 5
        // is empty. "1,234,567" with a decimal point is 1234567; 度 is kWh, 立方米 m³, 吨 t,
        // 升 L. 建筑 is stationary energy, 废弃物 waste, 交通 transport. The note of line 6
        // is the CSV cell "物业称重 ""估算""" with its doubled quotes undone.
        const QString src = QStringLiteral("activities-gbk.csv, line %1");
        return {
            activity(QStringLiteral("electricity"), energy, {}, 2, QStringLiteral("electricity"),
                     1234567, QStringLiteral("kWh"), QStringLiteral("grid-cn-south-2023"),
                     src.arg(3), QStringLiteral("居民用电, 含公共照明")),
            activity(QStringLiteral("natural_gas"), energy, {}, 1, QStringLiteral("natural_gas"),
                     45600.5, QStringLiteral("m³"), QStringLiteral("natural-gas-cn-m3"), src.arg(4),
                     QStringLiteral("管道燃气")),
            activity(QStringLiteral("food_waste"), Sector::Waste, {}, 3,
                     QStringLiteral("food_waste"), 320, QStringLiteral("t"),
                     QStringLiteral("landfill-food-waste-ipcc"), src.arg(6),
                     QStringLiteral("物业称重 \"估算\"")),
            activity(QStringLiteral("petrol"), Sector::Transport, {}, 1, QStringLiteral("petrol"),
                     88000, QStringLiteral("L"), QStringLiteral("petrol-ipcc-l"), src.arg(7))};
    }
    if (file == QLatin1String("activities-semicolon.csv")) {
        // Semicolons, so decimal commas: "1.234,5" is 1234.5, "12 345,0" is 12345, "3.000"
        // is 3000 (a thousands point). A MWh line takes the plan's electricity factor (per
        // kWh, an energy unit too); diesel per L has one library factor, diesel-ipcc-l.
        const QString src = QStringLiteral("activities-semicolon.csv, line %1");
        return {
            activity(QStringLiteral("electricity"), energy, {}, 2, QStringLiteral("electricity"),
                     1234.5, QStringLiteral("MWh"), QStringLiteral("grid-cn-south-2023"),
                     src.arg(2), QStringLiteral("town hall")),
            activity(QStringLiteral("natural_gas"), energy, {}, 1, QStringLiteral("natural_gas"),
                     12345, QStringLiteral("m³"), QStringLiteral("natural-gas-cn-m3"), src.arg(3),
                     QStringLiteral("heating; boilers")),
            activity(QStringLiteral("diesel"), Sector::Transport, {}, 1, QStringLiteral("diesel"),
                     3000, QStringLiteral("L"), QStringLiteral("diesel-ipcc-l"), src.arg(4))};
    }
    if (file == QLatin1String("activities-excel-unicode.txt")) {
        // No sector column: both are stationary energy. 液化气 is LPG, 公斤 kg; LPG per kg
        // has one library factor, lpg-ipcc-kg.
        const QString src = QStringLiteral("activities-excel-unicode.txt, line %1");
        return {activity(QStringLiteral("electricity"), energy, QStringLiteral("public"), 2,
                         QStringLiteral("electricity"), 5000, QStringLiteral("kWh"),
                         QStringLiteral("grid-cn-south-2023"), src.arg(2)),
                activity(QStringLiteral("lpg"), energy, QStringLiteral("residential"), 1,
                         QStringLiteral("lpg"), 1200, QStringLiteral("kg"),
                         QStringLiteral("lpg-ipcc-kg"), src.arg(3))};
    }
    if (file == QLatin1String("meters-small.csv")) {
        // Electricity, 度 = kWh: A01 12 months × 100 = 1200; A02 misses months 3 and 4,
        // 10 × 100 = 1000; A03 11 × 100 + July's 900 = 2000 (the outlier is summed, not
        // dropped); total 4200 kWh from 34 of 3 × 12 = 36 meter-months (94.4 %, under the
        // 95 % for "high" quality). A01's 2022-12 is not summed. Gas: B01 2023/1 10 m³ +
        // 2023年2月 12 m³ = 22 m³, 2 of 12 months (16.7 %); 202303's 千立方米 is no known
        // unit and is rejected (so --skip-rejected). No subsector column: residential.
        ActivityLine electricity =
            activity(QStringLiteral("electricity-meters"), energy, QStringLiteral("residential"), 2,
                     QStringLiteral("electricity"), 4200, QStringLiteral("kWh"),
                     QStringLiteral("grid-cn-south-2023"),
                     QStringLiteral("meters-small.csv: meter readings of 3 meters, 94.4 % of the "
                                    "meter-months of 2023 present, summed without extrapolation"));
        ActivityLine gas =
            activity(QStringLiteral("natural_gas-meters"), energy, QStringLiteral("residential"), 1,
                     QStringLiteral("natural_gas"), 22, QStringLiteral("m³"),
                     QStringLiteral("natural-gas-cn-m3"),
                     QStringLiteral("meters-small.csv: meter readings of 1 meter, 16.7 % of the "
                                    "meter-months of 2023 present, summed without extrapolation"));
        for (ActivityLine *line : {&electricity, &gas})
            line->driver = Driver::Households;
        return {electricity, gas};
    }
    qFatal("no expected lines for %s", qPrintable(file));
}

// `plan`'s lines from `from` on equal `expected`, one by one, with a readable message.
bool sameLines(const QList<ActivityLine> &actual, qsizetype from,
               const QList<ActivityLine> &expected, QString *difference)
{
    if (actual.size() - from != expected.size()) {
        *difference =
            QStringLiteral("%1 lines, expected %2").arg(actual.size() - from).arg(expected.size());
        return false;
    }
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (!(actual.at(from + i) == expected.at(i))) {
            *difference = QStringLiteral("line %1:\n got      %2\n expected %3")
                              .arg(i)
                              .arg(describeLine(actual.at(from + i)), describeLine(expected.at(i)));
            return false;
        }
    }
    return true;
}

} // namespace

// The process ended by itself, without a crash or a sanitizer's report.
#define VERIFY_NO_CRASH(run)                                                                       \
    do {                                                                                           \
        QVERIFY2((run).exitStatus == QProcess::NormalExit, qPrintable((run).describe()));          \
        QVERIFY2(!(run).err.contains(QLatin1String("AddressSanitizer")), qPrintable((run).err));   \
        QVERIFY2(!(run).err.contains(QLatin1String("runtime error")), qPrintable((run).err));      \
    } while (false)

#define VERIFY_ONE_LINE_ON_STDERR(run)                                                             \
    QVERIFY2((run).errLines().size() == 1, qPrintable((run).describe()))

#define COMPARE_LINES(actual, from, expected)                                                      \
    do {                                                                                           \
        QString difference_;                                                                       \
        QVERIFY2(sameLines((actual), (from), (expected), &difference_), qPrintable(difference_));  \
    } while (false)

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void importAddsTheFileLines_data();
    void importAddsTheFileLines();
    void meterReadingsReportCoverage();
    void sameMeterFileTwiceWarns();
    void rejectedRowsAreListedAndNothingIsImported_data();
    void rejectedRowsAreListedAndNothingIsImported();
    void skipRejectedImportsTheGoodRows();
    void dryRunChangesNothing_data();
    void dryRunChangesNothing();
    void encodingCanBeChosen_data();
    void encodingCanBeChosen();
    void wrongEncodingIsOneLine();
    void mappingNamesUnknownHeaders();
    void badMappingIsOneLine_data();
    void badMappingIsOneLine();
    void workbookSheets_data();
    void workbookSheets();
    void missingSheetListsTheSheets();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void unusableInputIsOneLine_data();
    void unusableInputIsOneLine();

    void exportJsonReadsBackEqual_data();
    void exportJsonReadsBackEqual();
    void exportCsvHasBomOnlyInAFile();
    void exportedCsvImportsBackEqual_data();
    void exportedCsvImportsBackEqual();

    void convertKeepsThePlan_data();
    void convertKeepsThePlan();
    void convertRefusesAPlanWithErrors_data();
    void convertRefusesAPlanWithErrors();

    void messagesInChinese();

private:
    // plan-2023.json in the test's folder as `name`.zeroplan (a project file) or `name`.json.
    QString planCopy(bool project, const QString &name = QStringLiteral("plan")) const;
    QString writePlan(const Plan &plan, const QString &fileName) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    Plan m_plan; // plan-2023.json
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliImport::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ZEROPLAN_CLI)));
    const PlanReadResult read = PlanJson::readFile(importFixture(QStringLiteral("plan-2023.json")));
    QVERIFY(read.ok());
    m_plan = *read.plan;
    QCOMPARE(m_plan.community.baseYear, 2023);
    QCOMPARE(m_plan.activities.size(), kPlanLines);
    QVERIFY(sampleNames().size() >= 3);
}

void TestCliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCliImport::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

QString TestCliImport::writePlan(const Plan &plan, const QString &fileName) const
{
    QString error;
    const QString file = path(fileName);
    const bool saved = fileName.endsWith(QLatin1String(".zeroplan"))
                           ? PlanStore::save(plan, file, &error)
                           : PlanJson::writeFile(plan, file, &error);
    if (!saved)
        qFatal("cannot write %s: %s", qPrintable(file), qPrintable(error));
    return file;
}

QString TestCliImport::planCopy(bool project, const QString &name) const
{
    if (project)
        return writePlan(m_plan, name + QStringLiteral(".zeroplan"));
    return writeFile(name + QStringLiteral(".json"),
                     fileBytes(importFixture(QStringLiteral("plan-2023.json"))));
}

// ---------------------------------------------------------------------------------------------
// import

void TestCliImport::importAddsTheFileLines_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("meters");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("reading"); // how the first line of stdout says the file is read
    QTest::addColumn<bool>("project");
    const struct
    {
        const char *file;
        bool meters;
        QStringList options;
        const char *reading;
    } files[] = {
        {"activities-gbk.csv", false, {}, "GB18030 text, comma-separated, decimal point"},
        {"activities-semicolon.csv", false, {}, "UTF-8 text, semicolon-separated, decimal comma"},
        {"activities-excel-unicode.txt", false, {}, "UTF-16 text, tab-separated, decimal point"},
        {"meters-small.csv", true, {kSkipRejected}, "UTF-8 text, comma-separated, decimal point"},
    };
    for (const auto &f : files) {
        for (const bool project : {false, true}) {
            QTest::addRow("%s into %s", f.file, project ? ".zeroplan" : "JSON")
                << QString::fromUtf8(f.file) << f.meters << f.options
                << QString::fromUtf8(f.reading) << project;
        }
    }
}

void TestCliImport::importAddsTheFileLines()
{
    QFETCH(QString, file);
    QFETCH(bool, meters);
    QFETCH(QStringList, options);
    QFETCH(QString, reading);
    QFETCH(bool, project);
    const QString plan = planCopy(project);
    const CliRun run = runCli(
        QStringList{kImport, plan, meters ? kMeters : kActivities, importFixture(file)} + options);
    VERIFY_NO_CRASH(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.err, QString());
    const QList<ActivityLine> expected = expectedLines(file);
    const QStringList lines = outLines(run);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.first(), QStringLiteral("Reading %1: %2.").arg(file, reading));
    QCOMPARE(lines.last(),
             QStringLiteral("Added %1 activity lines to %2.").arg(expected.size()).arg(plan));
    for (const ActivityLine &line : expected)
        QVERIFY2(lines.filter(QRegularExpression(QStringLiteral("^  %1: ").arg(line.id))).size() ==
                     1,
                 qPrintable(line.id));

    // The file keeps its format, and holds the plan with the lines added and nothing else
    // changed.
    QCOMPARE(isProjectFile(plan), project);
    const std::optional<Plan> after = readPlan(plan);
    QVERIFY(after);
    COMPARE_LINES(after->activities, kPlanLines, expected);
    Plan rest = *after;
    rest.activities.resize(kPlanLines);
    QVERIFY(rest == m_plan);

    const CliRun validate = runCli({QStringLiteral("validate"), plan});
    VERIFY_NO_CRASH(validate);
    QVERIFY2(validate.exitCode == 0, qPrintable(QString::fromUtf8(validate.out)));
    QCOMPARE(outLines(validate).last(),
             QStringLiteral("OK: %1 activity lines, 1 measures, 1 scenarios")
                 .arg(kPlanLines + expected.size()));

    // export --format csv shows the new lines after the plan's own.
    const CliRun exported =
        runCli({kExport, plan, QStringLiteral("--format"), QStringLiteral("csv")});
    VERIFY_NO_CRASH(exported);
    QCOMPARE(exported.exitCode, 0);
    bool wellFormed = false;
    const QList<QStringList> records =
        test::csvRecords(QString::fromUtf8(exported.out), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(records.size(), 1 + kPlanLines + expected.size());
    QCOMPARE(records.first().join(QLatin1Char(',')),
             QStringLiteral("id,sector,subsector,scope,carrier,amount,unit,factor,data_quality,"
                            "notation_key,driver,source,note"));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QStringList &r = records.at(1 + kPlanLines + i);
        const ActivityLine &e = expected.at(i);
        QCOMPARE(r.size(), 13);
        QCOMPARE(r.at(0), e.id);
        QCOMPARE(r.at(1), sectorId(e.sector));
        QCOMPARE(r.at(4), e.carrier);
        QCOMPARE(r.at(5).toDouble(), e.amount);
        QCOMPARE(r.at(6), e.unit);
        QCOMPARE(r.at(7), e.factor);
        QCOMPARE(r.at(11), e.source);
        QCOMPARE(r.at(12), e.note);
    }
}

void TestCliImport::meterReadingsReportCoverage()
{
    const QString plan = planCopy(false);
    const QByteArray before = sha256(plan);
    const QString meters = importFixture(QStringLiteral("meters-small.csv"));
    // Line 39's unit 千立方米 is rejected: all or nothing, so nothing is imported.
    const CliRun strict = runCli({kImport, plan, kMeters, meters});
    VERIFY_NO_CRASH(strict);
    QCOMPARE(strict.exitCode, 1);
    VERIFY_ONE_LINE_ON_STDERR(strict);
    // 38 rows under the header (lines 2 to 39), one rejected.
    QVERIFY2(strict.err.startsWith(meters + QStringLiteral(": nothing imported: 1 of 38 rows "
                                                           "rejected")),
             qPrintable(strict.err));
    QCOMPARE(sha256(plan), before);

    const CliRun run = runCli({kImport, plan, kMeters, meters, kSkipRejected});
    VERIFY_NO_CRASH(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString out = QString::fromUtf8(run.out);
    const auto has = [&out](const QString &pattern) {
        return out.contains(QRegularExpression(pattern, QRegularExpression::MultilineOption));
    };
    QVERIFY2(has(QStringLiteral("^  meters-small\\.csv, line 39, column 5 \\(单位\\): "
                                "\"千立方米\" is not a unit")),
             qPrintable(out));
    QVERIFY2(has(QStringLiteral("^Meter readings for 2023:$")), qPrintable(out));
    // 4200 kWh from 34 readings of 3 meters; 34 / 36 = 94.4 %. The subsector by its name
    // (subsectorName), not its id "residential" (issue 14).
    QVERIFY2(has(QStringLiteral("^  Grid electricity \\(Residential\\): 3 meters, 34 readings, "
                                "94\\.4 % of meter-months; total 4,?200 kWh$")),
             qPrintable(out));
    // A02 misses March and April: 2 meter-months, and no other electricity meter misses any.
    QVERIFY2(has(QStringLiteral("^    1 meters? miss(es)? 2 meter-months, e\\.g\\. A02: 3, 4$")),
             qPrintable(out));
    // A03's July: 900 kWh > 5 × its median month of 100 kWh (line 24 is January, 30 July).
    QCOMPARE(out.count(QStringLiteral("outlier:")), 1);
    QVERIFY2(has(QStringLiteral("^    outlier: meter A03, 2023-07: 900 kWh, over 5× its median "
                                "month of 100 \\(line 30\\)$")),
             qPrintable(out));
    // Gas: 10 + 12 = 22 m³ in 2 of 12 months (16.7 %); March to December missing.
    QVERIFY2(has(QStringLiteral("^  Natural gas \\(Residential\\): 1 meters?, 2 readings, 16\\.7 % "
                                "of meter-months; total 22 m³$")),
             qPrintable(out));
    QVERIFY2(has(QStringLiteral("miss(es)? 10 meter-months, e\\.g\\. B01: 3, 4, 5, 6, 7, 8, 9, 10, "
                                "11, 12$")),
             qPrintable(out));
    QVERIFY2(has(QStringLiteral("^  1 readings? of 2022 not summed: the plan's base year is "
                                "2023$")),
             qPrintable(out));
    const std::optional<Plan> after = readPlan(plan);
    QVERIFY(after);
    COMPARE_LINES(after->activities, kPlanLines, expectedLines(QStringLiteral("meters-small.csv")));
}

// Issue 12: the same meter-readings file imported twice added a second line with the same
// total without a word. The second import says so on a "warning:" line naming the line the
// first import added (it still adds: the user may mean it).
void TestCliImport::sameMeterFileTwiceWarns()
{
    const QString plan = planCopy(false);
    const QString meters = importFixture(QStringLiteral("meters-small.csv"));
    const CliRun first = runCli({kImport, plan, kMeters, meters, kSkipRejected});
    VERIFY_NO_CRASH(first);
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QVERIFY2(!first.out.contains("warning:"), first.out.constData());

    const CliRun second = runCli({kImport, plan, kMeters, meters, kSkipRejected});
    VERIFY_NO_CRASH(second);
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    const QString out = QString::fromUtf8(second.out);
    // 4200 kWh of electricity and 22 m³ of gas, as the first import added them.
    QVERIFY2(out.contains(QRegularExpression(
                 QStringLiteral("^warning: line electricity-meters of the plan already has "
                                "4,?200 kWh of Grid electricity, the same total"),
                 QRegularExpression::MultilineOption)),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("warning: line natural_gas-meters of the plan already "
                                         "has 22 m³ of Natural gas")),
             qPrintable(out));
}

void TestCliImport::rejectedRowsAreListedAndNothingIsImported_data()
{
    QTest::addColumn<bool>("project");
    QTest::newRow("JSON plan") << false;
    QTest::newRow(".zeroplan plan") << true;
}

void TestCliImport::rejectedRowsAreListedAndNothingIsImported()
{
    QFETCH(bool, project);
    const QString plan = planCopy(project);
    const QByteArray before = sha256(plan);
    const QString bad = importFixture(QStringLiteral("activities-bad.csv"));
    const CliRun run = runCli({kImport, plan, kActivities, bad});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    VERIFY_ONE_LINE_ON_STDERR(run);
    // Ten rows under the header: line 2 is good, lines 3 to 11 have one fault each.
    QCOMPARE(run.err.trimmed(),
             bad + QStringLiteral(": nothing imported: 9 of 10 rows rejected; fix them, or use "
                                  "--skip-rejected to import the others"));
    QCOMPARE(sha256(plan), before);

    const QStringList lines = outLines(run);
    QVERIFY(lines.contains(QStringLiteral("Rejected rows:")));
    const struct
    {
        int line;
        const char *column; // nullptr: the field has no column in the file
        const char *reason;
    } rejections[] = {
        {3, "column 1 (carrier)", "\"unobtainium\" is not a carrier ZeroPlan knows"},
        {4, "column 2 (amount)", "\"abc\" is not a number"},
        {5, "column 2 (amount)", "-5 is negative"},
        {6, "column 3 (unit)", "t is a unit of mass, which doesn't fit Natural gas"},
        {7, "column 3 (unit)", "\"bananas\" is not a unit ZeroPlan knows"},
        {8, "column 4 (year)",
         "the row is for 2021, but the baseline is for the plan's base year 2023"},
        {9, "column 5 (scope)", "\"7\" is not a scope; use 1, 2 or 3"},
        // Petrol in kWh fits petrol, but neither the plan nor the library has a petrol
        // factor per unit of energy.
        {10, nullptr, "no emission factor for Petrol (gasoline) per kWh"},
        {11, "column 2 (amount)", "the amount is empty"},
    };
    for (const auto &r : rejections) {
        const QStringList hits = lines.filter(
            QRegularExpression(QStringLiteral("^  activities-bad\\.csv, line %1\\b").arg(r.line)));
        QVERIFY2(hits.size() == 1, qPrintable(QStringLiteral("line %1").arg(r.line)));
        const QString &hit = hits.first();
        QVERIFY2(hit.contains(QString::fromUtf8(r.reason)), qPrintable(hit));
        if (r.column) {
            QVERIFY2(
                hit.startsWith(QStringLiteral("  activities-bad.csv, line %1, %2: %3")
                                   .arg(r.line)
                                   .arg(QString::fromUtf8(r.column), QString::fromUtf8(r.reason))),
                qPrintable(hit));
        } else {
            // No factor column and no mapping: the place must not name either.
            QVERIFY2(hit.startsWith(QStringLiteral("  activities-bad.csv, line %1").arg(r.line)),
                     qPrintable(hit));
            QVERIFY2(!hit.contains(QLatin1String("column")), qPrintable(hit));
            QVERIFY2(!hit.contains(QLatin1String("(mapping)")), qPrintable(hit));
        }
    }
    QVERIFY(lines.filter(QStringLiteral("activities-bad.csv, line 2")).isEmpty());
}

void TestCliImport::skipRejectedImportsTheGoodRows()
{
    const QString plan = planCopy(true);
    const CliRun run = runCli({kImport, plan, kActivities,
                               importFixture(QStringLiteral("activities-bad.csv")), kSkipRejected});
    VERIFY_NO_CRASH(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.err, QString());
    // The others are still listed, one line each.
    const QStringList lines = outLines(run);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^  activities-bad\\.csv, line \\d+")))
                 .size(),
             9);
    QCOMPARE(lines.last(), QStringLiteral("Added 1 activity line to %1.").arg(plan));
    QVERIFY(isProjectFile(plan));
    const std::optional<Plan> after = readPlan(plan);
    QVERIFY(after);
    // Line 2: electricity,100,kWh,2023,2.
    COMPARE_LINES(
        after->activities, kPlanLines,
        QList<ActivityLine>{activity(QStringLiteral("electricity"), Sector::StationaryEnergy, {}, 2,
                                     QStringLiteral("electricity"), 100, QStringLiteral("kWh"),
                                     QStringLiteral("grid-cn-south-2023"),
                                     QStringLiteral("activities-bad.csv, line 2"))});
}

void TestCliImport::dryRunChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("project");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("lastLine");
    const QString dryRun = QStringLiteral("--dry-run");
    const QString wouldAdd =
        QStringLiteral("Dry run: %1 lines would be added; nothing was changed.");
    for (const bool project : {false, true}) {
        const char *format = project ? ".zeroplan" : "JSON";
        QTest::addRow("GBK file, %s", format)
            << QStringLiteral("activities-gbk.csv") << QStringList{kActivities, dryRun} << project
            << 0 << wouldAdd.arg(4);
        QTest::addRow("meter readings, %s", format)
            << QStringLiteral("meters-small.csv") << QStringList{kMeters, dryRun, kSkipRejected}
            << project << 0 << wouldAdd.arg(2);
        QTest::addRow("rejected rows, %s", format)
            << QStringLiteral("activities-bad.csv") << QStringList{kActivities, dryRun} << project
            << 1 << QString();
    }
}

void TestCliImport::dryRunChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(bool, project);
    QFETCH(int, exitCode);
    QFETCH(QString, lastLine);
    const QString plan = planCopy(project);
    const QByteArray before = sha256(plan);
    // options.first() is --activities or --meter-readings, for the file.
    const CliRun run =
        runCli(QStringList{kImport, plan, options.first(), importFixture(file)} + options.mid(1));
    VERIFY_NO_CRASH(run);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    if (!lastLine.isEmpty()) {
        QCOMPARE(run.err, QString());
        QCOMPARE(outLines(run).last(), lastLine);
        for (const ActivityLine &line : expectedLines(file))
            QVERIFY2(run.out.contains("  " + line.id.toUtf8() + ": "), qPrintable(line.id));
    }
    QCOMPARE(sha256(plan), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 1);
}

void TestCliImport::encodingCanBeChosen_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("reading");
    const QString gbk = QStringLiteral("activities-gbk.csv");
    const QString gbkReading = QStringLiteral("GB18030 text, comma-separated, decimal point");
    QTest::newRow("--encoding gb18030")
        << gbk << QStringList{QStringLiteral("--encoding"), QStringLiteral("gb18030")}
        << gbkReading;
    QTest::newRow("--encoding=GBK")
        << gbk << QStringList{QStringLiteral("--encoding=GBK")} << gbkReading;
    QTest::newRow("--encoding gb2312, --delimiter comma")
        << gbk
        << QStringList{QStringLiteral("--encoding"), QStringLiteral("gb2312"),
                       QStringLiteral("--delimiter"), QStringLiteral("comma")}
        << gbkReading;
    QTest::newRow("semicolons and decimal commas said")
        << QStringLiteral("activities-semicolon.csv")
        << QStringList{QStringLiteral("--encoding"),  QStringLiteral("utf-8"),
                       QStringLiteral("--delimiter"), QStringLiteral(";"),
                       QStringLiteral("--decimal"),   QStringLiteral("comma")}
        << QStringLiteral("UTF-8 text, semicolon-separated, decimal comma");
    QTest::newRow("--encoding utf-16, --delimiter tab")
        << QStringLiteral("activities-excel-unicode.txt")
        << QStringList{QStringLiteral("--encoding=utf-16"), QStringLiteral("--delimiter=tab")}
        << QStringLiteral("UTF-16 text, tab-separated, decimal point");
}

void TestCliImport::encodingCanBeChosen()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QString, reading);
    const QString plan = planCopy(false);
    const CliRun run =
        runCli(QStringList{kImport, plan, kActivities, importFixture(file)} + options);
    VERIFY_NO_CRASH(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(outLines(run).first(), QStringLiteral("Reading %1: %2.").arg(file, reading));
    const std::optional<Plan> after = readPlan(plan);
    QVERIFY(after);
    COMPARE_LINES(after->activities, kPlanLines, expectedLines(file));
}

void TestCliImport::wrongEncodingIsOneLine()
{
    const QString plan = planCopy(false);
    const QByteArray before = sha256(plan);
    const QString gbk = importFixture(QStringLiteral("activities-gbk.csv"));
    const CliRun run = runCli(
        {kImport, plan, kActivities, gbk, QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    VERIFY_ONE_LINE_ON_STDERR(run);
    // The title on line 1 is GBK Chinese already.
    QVERIFY2(run.err.startsWith(gbk + QStringLiteral(": line 1: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("not valid UTF-8")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("GB18030")), qPrintable(run.err));
    QCOMPARE(sha256(plan), before);
}

void TestCliImport::mappingNamesUnknownHeaders()
{
    // German headers the vocabulary doesn't know; the carrier is given for every row, the
    // unit column by its number, and the numbers use decimal commas: "1.500,5" is 1500.5.
    const QString csv =
        writeFile(QStringLiteral("verbrauch.csv"),
                  "Verbrauch,Einheit,Bemerkung\r\n\"1.500,5\",kWh,Rathaus\r\n\"20.000\",MWh,"
                  "=Schule+Halle\r\n");
    const QString mapping =
        writeFile(QStringLiteral("mapping.json"),
                  R"({"columns": {"amount": "Verbrauch", "unit": 2, "note": "bemerkung"},
            "values": {"carrier": "Strom", "sector": "stationary_energy"},
            "decimal": "comma"})");
    // A carrier the vocabulary doesn't know is refused like one in a column...
    const QString plan = planCopy(false);
    const QByteArray before = sha256(plan);
    const CliRun unknown =
        runCli({kImport, plan, kActivities, csv, QStringLiteral("--mapping"), mapping});
    VERIFY_NO_CRASH(unknown);
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.out.contains("line 2 (mapping): \"Strom\" is not a carrier"),
             unknown.out.constData());
    QCOMPARE(sha256(plan), before);
    // ... and the one it knows is taken for every row.
    writeFile(QStringLiteral("mapping.json"),
              R"({"columns": {"amount": "Verbrauch", "unit": 2, "note": "bemerkung"},
                  "values": {"carrier": "electricity", "sector": "stationary_energy"},
                  "decimal": "comma"})");
    const CliRun run =
        runCli({kImport, plan, kActivities, csv, QStringLiteral("--mapping"), mapping});
    VERIFY_NO_CRASH(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(outLines(run).first(),
             QStringLiteral("Reading verbrauch.csv: UTF-8 text, comma-separated, decimal comma."));
    const std::optional<Plan> after = readPlan(plan);
    QVERIFY(after);
    const QString src = QStringLiteral("verbrauch.csv, line %1");
    COMPARE_LINES(
        after->activities, kPlanLines,
        (QList<ActivityLine>{activity(QStringLiteral("electricity"), Sector::StationaryEnergy, {},
                                      2, QStringLiteral("electricity"), 1500.5,
                                      QStringLiteral("kWh"), QStringLiteral("grid-cn-south-2023"),
                                      src.arg(2), QStringLiteral("Rathaus")),
                             // "20.000" with a decimal comma is twenty thousand.
                             activity(QStringLiteral("electricity-2"), Sector::StationaryEnergy, {},
                                      2, QStringLiteral("electricity"), 20000,
                                      QStringLiteral("MWh"), QStringLiteral("grid-cn-south-2023"),
                                      src.arg(3), QStringLiteral("=Schule+Halle"))}));

    // Without the mapping no header is recognised.
    const CliRun without =
        runCli({kImport, planCopy(false, QStringLiteral("other")), kActivities, csv});
    VERIFY_NO_CRASH(without);
    QCOMPARE(without.exitCode, 1);
    VERIFY_ONE_LINE_ON_STDERR(without);
    QVERIFY2(without.err.contains(QLatin1String("no header row")), qPrintable(without.err));

    // A key given twice (issue 12): the last counts, as before, but now with a warning at its
    // JSON path; "decimal": "point" then "comma" reads "1.500,5" as 1500.5.
    writeFile(QStringLiteral("mapping.json"),
              R"({"columns": {"amount": "Verbrauch", "unit": 2},
                  "values": {"carrier": "electricity", "sector": "stationary_energy"},
                  "decimal": "point", "decimal": "comma"})");
    const QString twicePlan = planCopy(false, QStringLiteral("twice"));
    const CliRun twice =
        runCli({kImport, twicePlan, kActivities, csv, QStringLiteral("--mapping"), mapping});
    VERIFY_NO_CRASH(twice);
    QVERIFY2(twice.exitCode == 0, qPrintable(twice.describe()));
    QVERIFY2(twice.errLines().contains(mapping +
                                       QStringLiteral(": warning: /decimal: \"decimal\" is given 2 "
                                                      "times in this object; only the last one is "
                                                      "read")),
             qPrintable(twice.describe()));
    const std::optional<Plan> twiceAfter = readPlan(twicePlan);
    QVERIFY(twiceAfter);
    QCOMPARE(twiceAfter->activities.at(kPlanLines).amount, 1500.5);
}

void TestCliImport::badMappingIsOneLine_data()
{
    QTest::addColumn<QByteArray>("mapping"); // null: no mapping file at all
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown field")
        << QByteArray(R"({"columns": {"verbrauch": "Verbrauch"}})")
        << QStringLiteral("\"columns/verbrauch\": no such field; the fields are id, sector");
    QTest::newRow("unknown value field")
        << QByteArray(R"({"values": {"energietraeger": "Strom"}})")
        << QStringLiteral("\"values/energietraeger\": no such field");
    QTest::newRow("unknown key") << QByteArray(R"({"colums": {"amount": "Verbrauch"}})")
                                 << QStringLiteral("\"colums\": unknown key");
    QTest::newRow("value not text") << QByteArray(R"({"values": {"carrier": 3}})")
                                    << QStringLiteral("\"values/carrier\" must be a text");
    QTest::newRow("column 0") << QByteArray(R"({"columns": {"amount": 0}})")
                              << QStringLiteral("\"columns/amount\" must be a text");
    QTest::newRow("bad decimal") << QByteArray(R"({"decimal": ","})")
                                 << QStringLiteral("\"decimal\" must be \"point\" or \"comma\"");
    QTest::newRow("not JSON") << QByteArray("amount = Verbrauch") << QStringLiteral("not JSON");
    QTest::newRow("a list") << QByteArray("[1, 2]") << QStringLiteral("must be a JSON object");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("cannot be opened");
}

void TestCliImport::badMappingIsOneLine()
{
    QFETCH(QByteArray, mapping);
    QFETCH(QString, message);
    const QString plan = planCopy(false);
    const QByteArray before = sha256(plan);
    const QString file = mapping.isNull() ? path(QStringLiteral("nowhere.json"))
                                          : writeFile(QStringLiteral("mapping.json"), mapping);
    const CliRun run =
        runCli({kImport, plan, kActivities, importFixture(QStringLiteral("activities-gbk.csv")),
                QStringLiteral("--mapping"), file});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    VERIFY_ONE_LINE_ON_STDERR(run);
    QVERIFY2(run.err.startsWith(file + QStringLiteral(": ") + message), qPrintable(run.err));
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(sha256(plan), before);
}

void TestCliImport::workbookSheets_data()
{
    QTest::addColumn<bool>("meters");
    QTest::addColumn<QStringList>("sheetOption");
    QTest::addColumn<QByteArray>("mapping");
    QTest::addColumn<QString>("sheet"); // the sheet the lines come from
    QTest::addColumn<QStringList>("rejected");
    // 用电's headers are known but its sectors (居民建筑, 商业建筑, 工业) are not words of the
    // vocabulary: the mapping gives one for every row.
    const QByteArray sector(R"({"values": {"sector": "stationary_energy"}})");
    const QStringList rejectedFromUse{
        QStringLiteral("row 3, column D (单位): \"万立方米\" is not a unit"),
        QStringLiteral("row 5 "), // petrol in t: no factor for petrol per t
        QStringLiteral("row 6, column E (年份): the row is for 2022"),
    };
    QTest::newRow("first sheet when none is named")
        << false << QStringList() << sector << QStringLiteral("用电") << rejectedFromUse;
    QTest::newRow("--sheet 用电") << false
                                  << QStringList{QStringLiteral("--sheet"), QStringLiteral("用电")}
                                  << sector << QStringLiteral("用电") << rejectedFromUse;
    // Meters has no carrier, unit or month header the vocabulary knows ("Read at").
    QTest::newRow("--sheet meters, meter readings")
        << true << QStringList{QStringLiteral("--sheet=meters")}
        << QByteArray(R"({"columns": {"month": "Read at"},
                          "values": {"carrier": "electricity", "unit": "kWh"}})")
        << QStringLiteral("Meters")
        << QStringList{QStringLiteral("row 4, column B (Read at): \"\" is not a month")};
}

void TestCliImport::workbookSheets()
{
    QFETCH(bool, meters);
    QFETCH(QStringList, sheetOption);
    QFETCH(QByteArray, mapping);
    QFETCH(QString, sheet);
    QFETCH(QStringList, rejected);
    const QString plan = planCopy(true);
    const CliRun run =
        runCli(QStringList{kImport, plan, meters ? kMeters : kActivities,
                           importFixture(QStringLiteral("activities-libreoffice.xlsx")),
                           QStringLiteral("--mapping"),
                           writeFile(QStringLiteral("mapping.json"), mapping), kSkipRejected} +
               sheetOption);
    VERIFY_NO_CRASH(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString out = QString::fromUtf8(run.out);
    QCOMPARE(outLines(run).first(),
             QStringLiteral("Reading activities-libreoffice.xlsx: sheet \"%1\", decimal point.")
                 .arg(sheet));
    QCOMPARE(outLines(run).filter(QStringLiteral("  activities-libreoffice.xlsx, row ")).size(),
             rejected.size());
    for (const QString &r : rejected)
        QVERIFY2(out.contains(QStringLiteral("  activities-libreoffice.xlsx, ") + r),
                 qPrintable(r));

    const std::optional<Plan> after = readPlan(plan);
    QVERIFY(after);
    if (sheet == QStringLiteral("用电")) {
        // Row 2: 居民建筑 | 电力 | 1250000 | kWh | 2023 | 含公共照明.
        COMPARE_LINES(after->activities, kPlanLines,
                      QList<ActivityLine>{
                          activity(QStringLiteral("electricity"), Sector::StationaryEnergy, {}, 2,
                                   QStringLiteral("electricity"), 1250000, QStringLiteral("kWh"),
                                   QStringLiteral("grid-cn-south-2023"),
                                   QStringLiteral("activities-libreoffice.xlsx, row 2"),
                                   QStringLiteral("含公共照明"))});
        return;
    }
    // Meters: M-001's reading of 2024-01-15 is not for 2023; M-002 read 0.125 kWh on
    // 2023-06-30, one month of twelve (8.3 %); M-003 has no date.
    ActivityLine line = activity(
        QStringLiteral("electricity-meters"), Sector::StationaryEnergy,
        QStringLiteral("residential"), 2, QStringLiteral("electricity"), 0.125,
        QStringLiteral("kWh"), QStringLiteral("grid-cn-south-2023"),
        QStringLiteral("activities-libreoffice.xlsx: meter readings of 1 meter, 8.3 % of the "
                       "meter-months of 2023 present, summed without extrapolation"));
    line.driver = Driver::Households;
    COMPARE_LINES(after->activities, kPlanLines, QList<ActivityLine>{line});
    QVERIFY2(out.contains(QLatin1String("1 reading of 2024 not summed")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("; total 0.125 kWh")), qPrintable(out));
}

void TestCliImport::missingSheetListsTheSheets()
{
    const QString plan = planCopy(false);
    const QByteArray before = sha256(plan);
    const CliRun run = runCli({kImport, plan, kActivities,
                               importFixture(QStringLiteral("activities-libreoffice.xlsx")),
                               QStringLiteral("--sheet"), QStringLiteral("Strom")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    VERIFY_ONE_LINE_ON_STDERR(run);
    QVERIFY2(run.err.contains(QStringLiteral("activities-libreoffice.xlsx: sheet “Strom” not "
                                             "found; the sheets are: 用电, Meters")),
             qPrintable(run.err));
    QCOMPARE(sha256(plan), before);
}

void TestCliImport::usageErrorsExitWithTwo_data()
{
    // PLAN stands for the plan's copy, DIR/ for the test's folder.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString plan = QStringLiteral("PLAN");
    const QString gbk = importFixture(QStringLiteral("activities-gbk.csv"));
    const QString meters = importFixture(QStringLiteral("meters-small.csv"));
    const QString either = QStringLiteral("give one of --activities FILE, --meter-readings FILE, "
                                          "--actuals FILE --year Y or --progress FILE");
    const auto args = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *a : list)
            out << QString::fromUtf8(a);
        return out;
    };
    QTest::newRow("import, no file") << QStringList{kImport, plan} << either;
    QTest::newRow("import, both files")
        << QStringList{kImport, plan, kActivities, gbk, kMeters, meters} << either;
    QTest::newRow("import, no plan")
        << QStringList{kImport, kActivities, gbk} << QStringLiteral("no plan file given");
    QTest::newRow("--activities without a file")
        << QStringList{kImport, plan, kActivities} << QStringLiteral("--activities");
    QTest::newRow("--encoding latin1")
        << (QStringList{kImport, plan, kActivities, gbk} + args({"--encoding", "latin1"}))
        << QStringLiteral("unknown encoding 'latin1'; use auto, utf-8, gb18030 or utf-16");
    QTest::newRow("--delimiter pipe")
        << (QStringList{kImport, plan, kActivities, gbk} + args({"--delimiter", "|"}))
        << QStringLiteral("unknown delimiter '|'; use auto, comma, semicolon or tab");
    QTest::newRow("--decimal dot")
        << (QStringList{kImport, plan, kActivities, gbk} + args({"--decimal", "dot"}))
        << QStringLiteral("--decimal must be point or comma, not 'dot'");
    QTest::newRow("unknown import option")
        << (QStringList{kImport, plan, kActivities, gbk} + args({"--force"}))
        << QStringLiteral("force");
    QTest::newRow("export, no format")
        << QStringList{kExport, plan} << QStringLiteral("give --format json or --format csv");
    QTest::newRow("export --format xlsx")
        << (QStringList{kExport, plan} + args({"--format", "xlsx"}))
        << QStringLiteral("--format xlsx writes a workbook, which goes to standard output only "
                          "when asked: give -o FILE, or -o - for standard output");
    QTest::newRow("convert, one file")
        << QStringList{kConvert, plan}
        << QStringLiteral("give the plan to read and the file to write: convert IN OUT");
    QTest::newRow("convert, three files")
        << QStringList{kConvert, plan, QStringLiteral("DIR/a.json"), QStringLiteral("DIR/b.json")}
        << QStringLiteral("give the plan to read and the file to write");
    QTest::newRow("convert to .txt")
        << QStringList{kConvert, plan, QStringLiteral("DIR/plan-copy.txt")}
        << QStringLiteral("plan-copy.txt': name the file to write .zeroplan or .json");
    QTest::newRow("convert to a name without extension")
        << QStringList{kConvert, plan, QStringLiteral("DIR/plan-copy")}
        << QStringLiteral("plan-copy': name the file to write .zeroplan or .json");
    QTest::newRow("convert to .zeroplan.bak")
        << QStringList{kConvert, plan, QStringLiteral("DIR/plan.zeroplan.bak")}
        << QStringLiteral("name the file to write .zeroplan or .json");
}

void TestCliImport::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString plan = planCopy(false);
    const QByteArray before = sha256(plan);
    for (QString &a : arguments) {
        if (a == QLatin1String("PLAN"))
            a = plan;
        else if (a.startsWith(QLatin1String("DIR/")))
            a = path(a.mid(4));
    }
    const CliRun run = runCli(arguments);
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 2);
    VERIFY_ONE_LINE_ON_STDERR(run);
    QVERIFY2(run.err.startsWith(QStringLiteral("zeroplan-cli %1").arg(arguments.first())),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(sha256(plan), before);
    // Nothing else was written.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("plan.json")});
}

void TestCliImport::unusableInputIsOneLine_data()
{
    // DIR/ stands for the test's folder; `named` is the file the message starts with.
    QTest::addColumn<QString>("planFixture"); // a file of tests/fixtures, or "" for none
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("message");
    const QString plan = QStringLiteral("import/plan-2023.json");
    const QString gbk = importFixture(QStringLiteral("activities-gbk.csv"));
    QTest::newRow("missing file") << plan << QStringLiteral("DIR/nowhere.csv")
                                  << QStringLiteral("DIR/nowhere.csv")
                                  << QStringLiteral("no such file");
    QTest::newRow("folder") << plan << QStringLiteral("DIR/folder.csv")
                            << QStringLiteral("DIR/folder.csv")
                            << QStringLiteral("is a folder, not a file");
    QTest::newRow("empty file") << plan << QStringLiteral("DIR/empty.csv")
                                << QStringLiteral("DIR/empty.csv")
                                << QStringLiteral("no header row found");
    QTest::newRow("binary junk") << plan << QStringLiteral("DIR/junk.csv")
                                 << QStringLiteral("DIR/junk.csv") << QString();
    QTest::newRow("quote never closed")
        << plan << QStringLiteral("DIR/open-quote.csv") << QStringLiteral("DIR/open-quote.csv")
        << QStringLiteral("line 3: a quoted cell starts here and never ends");
    QTest::newRow("header without an amount")
        << plan << QStringLiteral("DIR/no-amount.csv") << QStringLiteral("DIR/no-amount.csv")
        << QStringLiteral("line 1: no column for amount");
    QTest::newRow("plan with errors")
        << QStringLiteral("cli/invalid-plan.json") << gbk << QStringLiteral("PLAN")
        << QStringLiteral("the plan has errors; fix them first");
    QTest::newRow("no plan") << QString() << gbk << QStringLiteral("PLAN")
                             << QStringLiteral("the file does not exist");
}

void TestCliImport::unusableInputIsOneLine()
{
    QFETCH(QString, planFixture);
    QFETCH(QString, source);
    QFETCH(QString, named);
    QFETCH(QString, message);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.csv")));
    writeFile(QStringLiteral("empty.csv"), QByteArray());
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(char((i * 7919 + 13) % 256)); // every byte value
    writeFile(QStringLiteral("junk.csv"), junk);
    writeFile(QStringLiteral("open-quote.csv"),
              "carrier,amount,unit\r\nelectricity,5,kWh\r\nelectricity,\"5,kWh\r\n");
    writeFile(QStringLiteral("no-amount.csv"), "carrier,unit,note\r\nelectricity,kWh,x\r\n");
    const QString plan = path(QStringLiteral("plan.json"));
    if (!planFixture.isEmpty())
        writeFile(QStringLiteral("plan.json"),
                  fileBytes(QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/") + planFixture));
    const QByteArray before = sha256(plan);
    const auto resolve = [&](const QString &p) {
        return p == QLatin1String("PLAN")            ? plan
               : p.startsWith(QLatin1String("DIR/")) ? path(p.mid(4))
                                                     : p;
    };
    const CliRun run = runCli({kImport, plan, kActivities, resolve(source)});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    VERIFY_ONE_LINE_ON_STDERR(run);
    QVERIFY2(run.err.startsWith(resolve(named) + QStringLiteral(": ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(sha256(plan), before);
    QCOMPARE(QFile::exists(plan), !planFixture.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// export

void TestCliImport::exportJsonReadsBackEqual_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("project");
    QStringList files{importFixture(QStringLiteral("plan-2023.json"))};
    for (const QString &name : sampleNames())
        files << sample(name);
    for (const QString &file : files) {
        for (const bool project : {false, true})
            QTest::addRow("%s from %s", qPrintable(QFileInfo(file).completeBaseName()),
                          project ? ".zeroplan" : "JSON")
                << file << project;
    }
}

void TestCliImport::exportJsonReadsBackEqual()
{
    QFETCH(QString, file);
    QFETCH(bool, project);
    const PlanReadResult original = PlanJson::readFile(file);
    QVERIFY(original.ok());
    const QString plan = project ? writePlan(*original.plan, QStringLiteral("plan.zeroplan"))
                                 : writeFile(QStringLiteral("plan.json"), fileBytes(file));
    const CliRun run = runCli({kExport, plan, QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_NO_CRASH(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.err, QString());
    const PlanReadResult exported = PlanJson::read(run.out);
    QVERIFY(exported.ok());
    QVERIFY(*exported.plan == *original.plan);

    // -o writes the same bytes to the file and nothing to stdout.
    const QString out = path(QStringLiteral("out.json"));
    const CliRun toFile =
        runCli({kExport, plan, QStringLiteral("--format=json"), QStringLiteral("-o"), out});
    VERIFY_NO_CRASH(toFile);
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.out, QByteArray());
    QCOMPARE(fileBytes(out), run.out);
}

void TestCliImport::exportCsvHasBomOnlyInAFile()
{
    const QByteArray bom("\xEF\xBB\xBF");
    const QString plan = planCopy(false);
    const CliRun run = runCli({kExport, plan, QStringLiteral("--format"), QStringLiteral("csv")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("id,sector,"), run.out.left(20).toHex().constData());

    const QString csv = path(QStringLiteral("lines.csv"));
    const CliRun toFile = runCli({kExport, plan, QStringLiteral("--format"), QStringLiteral("csv"),
                                  QStringLiteral("--output"), csv});
    VERIFY_NO_CRASH(toFile);
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.out, QByteArray());
    const QByteArray bytes = fileBytes(csv);
    QVERIFY(bytes.startsWith(bom));
    QCOMPARE(bytes.mid(bom.size()), run.out);

    // A .zeroplan plan exports the same lines.
    const CliRun fromProject = runCli({kExport, planCopy(true), QStringLiteral("--format=csv")});
    VERIFY_NO_CRASH(fromProject);
    QCOMPARE(fromProject.exitCode, 0);
    QCOMPARE(fromProject.out, run.out);
}

void TestCliImport::exportedCsvImportsBackEqual_data()
{
    QTest::addColumn<QString>("file");     // a sample, or "" for plan-2023 + `lines`
    QTest::addColumn<QString>("knownBug"); // why the round trip is expected to fail
    QTest::addColumn<int>("lines");        // which lines to add to plan-2023
    for (const QString &name : sampleNames())
        QTest::addRow("sample %s", qPrintable(name)) << sample(name) << QString() << 0;
    QTest::newRow("texts a spreadsheet takes for formulas, quotes, line breaks")
        << QString() << QString() << 1;
    QTest::newRow("line without a source") << QString() << QString() << 2;
    QTest::newRow("text with spaces around it") << QString() << QString() << 3;
    QTest::newRow("text that starts with an apostrophe and =") << QString() << QString() << 4;
}

void TestCliImport::exportedCsvImportsBackEqual()
{
    QFETCH(QString, file);
    QFETCH(QString, knownBug);
    QFETCH(int, lines);
    Plan original = m_plan;
    if (!file.isEmpty()) {
        const PlanReadResult read = PlanJson::readFile(file);
        QVERIFY(read.ok());
        original = *read.plan;
    }
    const QString src = QStringLiteral("round-trip test");
    const Sector energy = Sector::StationaryEnergy;
    if (lines == 1) {
        ActivityLine formula =
            activity(QStringLiteral("formula"), energy, QStringLiteral("公共建筑"), 2,
                     QStringLiteral("electricity"), 0.1 + 0.2, QStringLiteral("kWh"),
                     QStringLiteral("grid-cn-south-2023"),
                     QStringLiteral("=HYPERLINK(\"x\"), by hand"), QStringLiteral("=SUM(A1:A3)*2"));
        formula.dataQuality = DataQuality::High;
        formula.driver = Driver::Fixed;
        ActivityLine plus =
            activity(QStringLiteral("plus"), energy, QStringLiteral("+commercial"), 1,
                     QStringLiteral("natural_gas"), 1e-7, QStringLiteral("m³"),
                     QStringLiteral("natural-gas-cn-m3"), src, QStringLiteral("+86 755 0000 0000"));
        ActivityLine minus = activity(
            QStringLiteral("minus"), Sector::Transport, QStringLiteral("buses"), 1,
            QStringLiteral("petrol"), 123456789.125, QStringLiteral("L"),
            QStringLiteral("petrol-ipcc-l"), src, QStringLiteral("-5 % after the retrofit"));
        minus.dataQuality = DataQuality::Low;
        ActivityLine at =
            activity(QStringLiteral("at"), Sector::Waste, {}, 3, QStringLiteral("food_waste"), 12,
                     QStringLiteral("t"), QStringLiteral("landfill-food-waste-ipcc"), src,
                     QStringLiteral("@物业, \"估算\"\r\nsecond line; with ; and ,"));
        ActivityLine notEstimated =
            activity(QStringLiteral("heat-ne"), energy, QStringLiteral("residential"), 2,
                     QStringLiteral("district_heat"), 0, QStringLiteral("kWh"), QString(), src,
                     QStringLiteral("no district heat network"));
        notEstimated.notationKey = NotationKey::NE;
        original.activities << formula << plus << minus << at << notEstimated;
    } else if (lines == 2) {
        original.activities << activity(QStringLiteral("no-source"), energy, {}, 2,
                                        QStringLiteral("electricity"), 5, QStringLiteral("kWh"),
                                        QStringLiteral("grid-cn-south-2023"), QString());
    } else if (lines == 3) {
        original.activities << activity(QStringLiteral("spaces"), energy, {}, 2,
                                        QStringLiteral("electricity"), 5, QStringLiteral("kWh"),
                                        QStringLiteral("grid-cn-south-2023"), src,
                                        QStringLiteral("  indented note  "));
    } else if (lines == 4) {
        original.activities << activity(QStringLiteral("apostrophe"), energy, {}, 2,
                                        QStringLiteral("electricity"), 5, QStringLiteral("kWh"),
                                        QStringLiteral("grid-cn-south-2023"), src,
                                        QStringLiteral("'=not a formula"));
    }
    const QString plan = writePlan(original, QStringLiteral("plan.json"));
    QVERIFY(PlanJson::readFile(plan).ok());
    const QString csv = path(QStringLiteral("lines.csv"));
    const CliRun exported = runCli({kExport, plan, QStringLiteral("--format"),
                                    QStringLiteral("csv"), QStringLiteral("-o"), csv});
    VERIFY_NO_CRASH(exported);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));

    // The plan without its lines; its measures name lines as targets, so they go too.
    Plan emptied = original;
    emptied.activities.clear();
    emptied.measures.clear();
    emptied.scenarios.clear();
    const QString target = writePlan(emptied, QStringLiteral("emptied.zeroplan"));
    const CliRun imported = runCli({kImport, target, kActivities, csv});
    VERIFY_NO_CRASH(imported);
    QVERIFY2(imported.exitCode == 0,
             qPrintable(imported.describe() + QLatin1Char('\n') + QString::fromUtf8(imported.out)));
    const std::optional<Plan> after = readPlan(target);
    QVERIFY(after);
    QCOMPARE(after->activities.size(), original.activities.size());
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Abort);
    COMPARE_LINES(after->activities, 0, original.activities);
}

// ---------------------------------------------------------------------------------------------
// convert

void TestCliImport::convertKeepsThePlan_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : sampleNames())
        QTest::newRow(qPrintable(name)) << sample(name);
    QTest::newRow("plan-2023") << importFixture(QStringLiteral("plan-2023.json"));
}

void TestCliImport::convertKeepsThePlan()
{
    QFETCH(QString, file);
    const PlanReadResult original = PlanJson::readFile(file);
    QVERIFY(original.ok());
    const QString in = writeFile(QStringLiteral("in.json"), fileBytes(file));
    const QString project = path(QStringLiteral("plan.zeroplan"));
    const QString back = path(QStringLiteral("back.json"));

    const CliRun toProject = runCli({kConvert, in, project});
    VERIFY_NO_CRASH(toProject);
    QVERIFY2(toProject.exitCode == 0, qPrintable(toProject.describe()));
    QCOMPARE(toProject.err, QString());
    QVERIFY(isProjectFile(project));
    const PlanStoreResult stored = PlanStore::load(project);
    QVERIFY(stored.ok());
    QVERIFY(*stored.plan == *original.plan);

    const CliRun toJson = runCli({kConvert, project, back});
    VERIFY_NO_CRASH(toJson);
    QVERIFY2(toJson.exitCode == 0, qPrintable(toJson.describe()));
    QVERIFY(fileBytes(back).trimmed().startsWith('{'));
    const PlanReadResult again = PlanJson::readFile(back);
    QVERIFY(again.ok());
    QVERIFY(*again.plan == *original.plan);
}

void TestCliImport::convertRefusesAPlanWithErrors_data()
{
    QTest::addColumn<QString>("out");
    QTest::newRow("to .zeroplan") << QStringLiteral("out.zeroplan");
    QTest::newRow("to .json") << QStringLiteral("out.json");
}

void TestCliImport::convertRefusesAPlanWithErrors()
{
    QFETCH(QString, out);
    const QString in = writeFile(QStringLiteral("invalid.json"),
                                 fileBytes(test::cliFixture(QStringLiteral("invalid-plan.json"))));
    const CliRun run = runCli({kConvert, in, path(out)});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    VERIFY_ONE_LINE_ON_STDERR(run);
    QVERIFY2(run.err.startsWith(in + QStringLiteral(": the plan has errors")), qPrintable(run.err));
    QVERIFY(!QFile::exists(path(out)));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("invalid.json")});
}

// ---------------------------------------------------------------------------------------------
// Chinese

void TestCliImport::messagesInChinese()
{
    const QString locale = QStringLiteral("zh_CN.UTF-8");
    const auto hasChinese = [](const QString &text) {
        return text.contains(QRegularExpression(QStringLiteral("[\\x{4E00}-\\x{9FFF}]")));
    };
    // A message that was translated before the import command: the child runs in Chinese.
    const QString nowhere = path(QStringLiteral("nowhere.json"));
    const CliRun missing =
        test::runCliIn(locale, {kImport, nowhere, kActivities,
                                importFixture(QStringLiteral("activities-gbk.csv"))});
    VERIFY_NO_CRASH(missing);
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err.trimmed(), nowhere + QStringLiteral("：文件不存在"));

    // One of the import command's own messages.
    const QString plan = planCopy(false);
    const CliRun usage = test::runCliIn(locale, {kImport, plan});
    VERIFY_NO_CRASH(usage);
    QCOMPARE(usage.exitCode, 2);
    VERIFY_ONE_LINE_ON_STDERR(usage);
    QVERIFY2(usage.err.startsWith(QLatin1String("zeroplan-cli import: ")), qPrintable(usage.err));
    QVERIFY2(hasChinese(usage.err), qPrintable(usage.err));
    QVERIFY2(!usage.err.contains(QLatin1String("give one of")), qPrintable(usage.err));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
