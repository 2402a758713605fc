// zeroplan-cli import's options end to end, as TestCliImport: the file's encoding, the column
// mapping, a workbook's sheets, usage errors (exit 2) and input it cannot use (one line, exit
// 1, the plan untouched).
#include "CliImportTest.h"

#include <QRegularExpression>

using namespace zeroplan;
using namespace zeroplan::test::cliimport;
using zeroplan::test::CliRun;
using zeroplan::test::runCli;

class TestCliImportOptions : public CliImportTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initFixture(); }
    void init() { initFolder(); }

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
};

void TestCliImportOptions::encodingCanBeChosen_data()
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

void TestCliImportOptions::encodingCanBeChosen()
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

void TestCliImportOptions::wrongEncodingIsOneLine()
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

void TestCliImportOptions::mappingNamesUnknownHeaders()
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

void TestCliImportOptions::badMappingIsOneLine_data()
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

void TestCliImportOptions::badMappingIsOneLine()
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

void TestCliImportOptions::workbookSheets_data()
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

void TestCliImportOptions::workbookSheets()
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

void TestCliImportOptions::missingSheetListsTheSheets()
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

void TestCliImportOptions::usageErrorsExitWithTwo_data()
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

void TestCliImportOptions::usageErrorsExitWithTwo()
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

void TestCliImportOptions::unusableInputIsOneLine_data()
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

void TestCliImportOptions::unusableInputIsOneLine()
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

QTEST_GUILESS_MAIN(TestCliImportOptions)
#include "TestCliImportOptions.moc"
