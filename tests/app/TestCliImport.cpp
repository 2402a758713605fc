// zeroplan-cli import end to end: runs the built executable (ZEROPLAN_CLI) on copies of
// tests/fixtures/import/plan-2023.json (JSON and .zeroplan) in a fresh temporary folder per
// test, with the files of tests/fixtures/import, and checks exit statuses, the one-line
// messages on stderr, the reports on stdout and, read back with the model's own readers, the
// plan file that was (or was not) written. The expected lines are worked out by hand from the
// fixtures (see expectedLines() in tests/support/CliImportTest.h). The import's options
// (encodings, mappings, workbook sheets, usage) are in TestCliImportOptions.
#include "CliImportTest.h"

#include <QRegularExpression>

using namespace zeroplan;
using namespace zeroplan::test::cliimport;
using zeroplan::test::CliRun;
using zeroplan::test::runCli;

class TestCliImport : public CliImportTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initFixture(); }
    void init() { initFolder(); }

    void importAddsTheFileLines_data();
    void importAddsTheFileLines();
    void meterReadingsReportCoverage();
    void sameMeterFileTwiceWarns();
    void rejectedRowsAreListedAndNothingIsImported_data();
    void rejectedRowsAreListedAndNothingIsImported();
    void skipRejectedImportsTheGoodRows();
    void dryRunChangesNothing_data();
    void dryRunChangesNothing();
    void messagesInChinese();
};

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
