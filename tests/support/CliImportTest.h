#pragma once
// What the end-to-end tests of zeroplan-cli import, export and convert share
// (TestCliImport, TestCliImportOptions, TestCliExportConvert): the fixtures of
// tests/fixtures/import, the plan-2023.json folder each test works in, reading a plan back
// with the model's readers, the lines each good fixture adds (worked out by hand) and the
// checks on a child process.
//
// plan-2023.json has base year 2023 (the year of the fixtures' rows) and a line for each
// carrier whose factor an import takes from the plan: grid-cn-south-2023 for electricity,
// natural-gas-cn-m3, petrol-ipcc-l and landfill-food-waste-ipcc (food waste per t has two IPCC
// factors in the library, so without a plan line it would be ambiguous).
#include "CliRun.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

namespace zeroplan::test::cliimport {

inline const QString kImport = QStringLiteral("import");
inline const QString kExport = QStringLiteral("export");
inline const QString kConvert = QStringLiteral("convert");
inline const QString kActivities = QStringLiteral("--activities");
inline const QString kMeters = QStringLiteral("--meter-readings");
inline const QString kSkipRejected = QStringLiteral("--skip-rejected");

// Lines of the fixture plan before any import.
constexpr qsizetype kPlanLines = 4;

inline QString importFixture(const QString &name)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/") + name;
}

inline QString sample(const QString &name)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/%1.json").arg(name);
}

inline QStringList sampleNames()
{
    QStringList names;
    const QDir dir(QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples"));
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files))
        names << info.completeBaseName();
    return names;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

inline bool isProjectFile(const QString &path)
{
    return fileBytes(path).startsWith(QByteArrayLiteral("SQLite format 3\0"));
}

// The plan in `path`, read by the model's readers as the file's first bytes say; nothing if
// it can't be read or has errors.
inline std::optional<Plan> readPlan(const QString &path)
{
    if (isProjectFile(path)) {
        PlanStoreResult stored = PlanStore::load(path);
        return stored.ok() ? std::move(stored.plan) : std::nullopt;
    }
    PlanReadResult read = PlanJson::readFile(path);
    return read.ok() ? std::move(read.plan) : std::nullopt;
}

inline QStringList outLines(const CliRun &run)
{
    return QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

inline QString describeLine(const ActivityLine &l)
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

inline ActivityLine activity(const QString &id, Sector sector, const QString &subsector, int scope,
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
inline QList<ActivityLine> expectedLines(const QString &file)
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
inline bool sameLines(const QList<ActivityLine> &actual, qsizetype from,
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

} // namespace zeroplan::test::cliimport

#define VERIFY_ONE_LINE_ON_STDERR(run)                                                             \
    QVERIFY2((run).errLines().size() == 1, qPrintable((run).describe()))

#define COMPARE_LINES(actual, from, expected)                                                      \
    do {                                                                                           \
        QString difference_;                                                                       \
        QVERIFY2(sameLines((actual), (from), (expected), &difference_), qPrintable(difference_));  \
    } while (false)

namespace zeroplan::test::cliimport {

// The folder a test works in (fresh for each test function) and the fixture plan; the test
// classes derive from it and call initFixture() in initTestCase(), initFolder() in init().
class CliImportTest : public QObject
{
protected:
    void initFixture()
    {
        QVERIFY(QFile::exists(QStringLiteral(ZEROPLAN_CLI)));
        const PlanReadResult read =
            PlanJson::readFile(importFixture(QStringLiteral("plan-2023.json")));
        QVERIFY(read.ok());
        m_plan = *read.plan;
        QCOMPARE(m_plan.community.baseYear, 2023);
        QCOMPARE(m_plan.activities.size(), kPlanLines);
        QVERIFY(sampleNames().size() >= 3);
    }
    void initFolder()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // plan-2023.json in the test's folder as `name`.zeroplan (a project file) or `name`.json.
    QString planCopy(bool project, const QString &name = QStringLiteral("plan")) const
    {
        if (project)
            return writePlan(m_plan, name + QStringLiteral(".zeroplan"));
        return writeFile(name + QStringLiteral(".json"),
                         fileBytes(importFixture(QStringLiteral("plan-2023.json"))));
    }
    QString writePlan(const Plan &plan, const QString &fileName) const
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
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    Plan m_plan; // plan-2023.json
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace zeroplan::test::cliimport
