// zeroplan-cli export and convert end to end, on the fixture plan of TestCliImport and the
// bundled samples: an export reads back equal (JSON) or imports back equal (CSV, with a BOM
// only in a file); convert keeps the plan between JSON and .zeroplan and refuses a plan with
// errors.
#include "CliImportTest.h"

#include <QRegularExpression>

using namespace zeroplan;
using namespace zeroplan::test::cliimport;
using zeroplan::test::CliRun;
using zeroplan::test::runCli;

class TestCliExportConvert : public CliImportTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initFixture(); }
    void init() { initFolder(); }

    void exportJsonReadsBackEqual_data();
    void exportJsonReadsBackEqual();
    void exportCsvHasBomOnlyInAFile();
    void exportedCsvImportsBackEqual_data();
    void exportedCsvImportsBackEqual();
    void convertKeepsThePlan_data();
    void convertKeepsThePlan();
    void convertRefusesAPlanWithErrors_data();
    void convertRefusesAPlanWithErrors();
};

// ---------------------------------------------------------------------------------------------
// export

void TestCliExportConvert::exportJsonReadsBackEqual_data()
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

void TestCliExportConvert::exportJsonReadsBackEqual()
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

void TestCliExportConvert::exportCsvHasBomOnlyInAFile()
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

void TestCliExportConvert::exportedCsvImportsBackEqual_data()
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

void TestCliExportConvert::exportedCsvImportsBackEqual()
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

void TestCliExportConvert::convertKeepsThePlan_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : sampleNames())
        QTest::newRow(qPrintable(name)) << sample(name);
    QTest::newRow("plan-2023") << importFixture(QStringLiteral("plan-2023.json"));
}

void TestCliExportConvert::convertKeepsThePlan()
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

void TestCliExportConvert::convertRefusesAPlanWithErrors_data()
{
    QTest::addColumn<QString>("out");
    QTest::newRow("to .zeroplan") << QStringLiteral("out.zeroplan");
    QTest::newRow("to .json") << QStringLiteral("out.json");
}

void TestCliExportConvert::convertRefusesAPlanWithErrors()
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

QTEST_GUILESS_MAIN(TestCliExportConvert)
#include "TestCliExportConvert.moc"
