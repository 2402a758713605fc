// zeroplan-cli end to end: runs the built executable (ZEROPLAN_CLI) through QProcess on the
// plans in tests/fixtures/cli and on hostile files made in a temporary folder, and checks
// exit statuses, the one-line messages on stderr and the results on stdout: help, usage,
// bad and hostile input, CSV headers that are never formulas, validate. What simulate
// computes is checked in TestCliSimulate.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

constexpr int kYears = 12; // the fixtures run from 2024 to 2035

using Run = zeroplan::test::CliRun;
using zeroplan::test::csvRecords;
using zeroplan::test::runCli;

QString fixture(const QString &name)
{
    return zeroplan::test::cliFixture(name);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsTheCommands_data();
    void helpListsTheCommands();
    void versionPrintsTheVersion();
    void commandHelpListsItsOptions_data();
    void commandHelpListsItsOptions();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void badInputExitsWithOneAndNamesTheFile_data();
    void badInputExitsWithOneAndNamesTheFile();
    void hostilePlansNeverCrash_data();
    void hostilePlansNeverCrash();
    void csvHeadersAreNeverFormulas();
    void validateListsEveryProblem();
    void validateAcceptsAGoodPlan_data();
    void validateAcceptsAGoodPlan();
    void simulateRefusesAnInvalidPlanInOneLine();
    void simulateRunsAPlanWithWarnings();

private:
    QString hostileFile(const QString &name) const { return m_dir.filePath(name); }
    void writeFile(const QString &name, const QByteArray &bytes) const;
    QByteArray smallPlanWith(const QByteArray &from, const QByteArray &to) const;

    QTemporaryDir m_dir;
    QByteArray m_smallPlan;
};

void TestCli::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(hostileFile(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray TestCli::smallPlanWith(const QByteArray &from, const QByteArray &to) const
{
    QByteArray plan = m_smallPlan;
    const qsizetype at = plan.indexOf(from);
    if (at < 0)
        qFatal("fixture text not found: %s", from.constData());
    return plan.replace(at, from.size(), to);
}

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ZEROPLAN_CLI)));
    QVERIFY(m_dir.isValid());
    QFile small(fixture(QStringLiteral("small-plan.json")));
    QVERIFY(small.open(QIODevice::ReadOnly));
    m_smallPlan = small.readAll();

    writeFile(QStringLiteral("empty.json"), QByteArray());
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(char((i * 7919 + 13) % 256)); // every byte value, no valid JSON
    writeFile(QStringLiteral("junk.bin"), junk);
    writeFile(QStringLiteral("truncated.json"), m_smallPlan.left(m_smallPlan.size() / 2));
    writeFile(QStringLiteral("list.json"), QByteArrayLiteral("[1, 2, 3]"));
    writeFile(QStringLiteral("project.zeroplan"),
              QByteArray("SQLite format 3\0", 16) + QByteArray(1000, '\0'));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.json")));
}

void TestCli::helpListsTheCommands_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
}

void TestCli::helpListsTheCommands()
{
    QFETCH(QString, option);
    const Run run = runCli({option});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QString out = QString::fromUtf8(run.out);
    // Each command on a line of its own with a one-line description.
    for (const char *command : {"simulate", "validate"}) {
        const QRegularExpression line(QStringLiteral("^  %1 +\\S.+$").arg(QLatin1String(command)),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(out.contains(line), qPrintable(out));
    }
    QVERIFY(out.contains(QLatin1String("--version")));
}

void TestCli::versionPrintsTheVersion()
{
    const Run run = runCli({QStringLiteral("--version")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out).trimmed(),
             QStringLiteral("zeroplan-cli " ZEROPLAN_VERSION));
}

void TestCli::commandHelpListsItsOptions_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("simulate") << QStringLiteral("simulate")
                              << QStringList{QStringLiteral("--scenario"),
                                             QStringLiteral("--format"),
                                             QStringLiteral("--samples"), QStringLiteral("--seed"),
                                             QStringLiteral("PLAN")};
    QTest::newRow("validate") << QStringLiteral("validate") << QStringList{QStringLiteral("PLAN")};
}

void TestCli::commandHelpListsItsOptions()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const Run run = runCli({command, QStringLiteral("--help")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral(" %1 PLAN").arg(command)), qPrintable(out));
    for (const QString &option : options)
        QVERIFY2(out.contains(option), qPrintable(option));
}

void TestCli::usageErrorsExitWithTwo_data()
{
    const QString plan = fixture(QStringLiteral("small-plan.json"));
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "no command given";
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << "unknown command 'frobnicate'";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::newRow("simulate without plan")
        << QStringList{QStringLiteral("simulate")} << "no plan file given";
    QTest::newRow("validate without plan")
        << QStringList{QStringLiteral("validate")} << "no plan file given";
    QTest::newRow("two plans") << QStringList{QStringLiteral("validate"), plan, plan}
                               << "unexpected argument";
    QTest::newRow("unknown simulate option")
        << QStringList{QStringLiteral("simulate"), plan, QStringLiteral("--fast")} << "fast";
    QTest::newRow("--format xml") << QStringList{QStringLiteral("simulate"), plan,
                                                 QStringLiteral("--format"), QStringLiteral("xml")}
                                  << "unknown format 'xml'";
    QTest::newRow("--samples 0") << QStringList{QStringLiteral("simulate"), plan,
                                                QStringLiteral("--samples"), QStringLiteral("0")}
                                 << "--samples must be at least 1";
    QTest::newRow("--samples -5") << QStringList{QStringLiteral("simulate"), plan,
                                                 QStringLiteral("--samples=-5")}
                                  << "--samples must be at least 1";
    QTest::newRow("--samples many")
        << QStringList{QStringLiteral("simulate"), plan, QStringLiteral("--samples"),
                       QStringLiteral("many")}
        << "--samples needs a whole number";
    QTest::newRow("--samples 2.5")
        << QStringList{QStringLiteral("simulate"), plan, QStringLiteral("--samples"),
                       QStringLiteral("2.5")}
        << "--samples needs a whole number";
    QTest::newRow("--samples without value")
        << QStringList{QStringLiteral("simulate"), plan, QStringLiteral("--samples")}
        << "--samples";
    QTest::newRow("--seed abc") << QStringList{QStringLiteral("simulate"),  plan,
                                               QStringLiteral("--samples"), QStringLiteral("10"),
                                               QStringLiteral("--seed"),    QStringLiteral("abc")}
                                << "--seed needs a whole number";
    QTest::newRow("--seed -1") << QStringList{QStringLiteral("simulate"), plan,
                                              QStringLiteral("--samples"), QStringLiteral("10"),
                                              QStringLiteral("--seed=-1")}
                               << "--seed needs a whole number";
    QTest::newRow("--seed 2^64") << QStringList{QStringLiteral("simulate"),
                                                plan,
                                                QStringLiteral("--samples"),
                                                QStringLiteral("10"),
                                                QStringLiteral("--seed"),
                                                QStringLiteral("18446744073709551616")}
                                 << "--seed needs a whole number";
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runCli(arguments);
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(QLatin1String("zeroplan-cli")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.out, QByteArray());
}

void TestCli::badInputExitsWithOneAndNamesTheFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const QStringList none;
    for (const QString &command : {QStringLiteral("simulate"), QStringLiteral("validate")}) {
        const auto row = [&](const char *name, const QString &file, const QString &message) {
            QTest::addRow("%s %s", qPrintable(command), name) << command << file << none << message;
        };
        row("missing file", hostileFile(QStringLiteral("nowhere.json")),
            QStringLiteral("the file does not exist"));
        row("directory", hostileFile(QStringLiteral("folder.json")),
            QStringLiteral("it is a folder, not a plan file"));
        row("empty file", hostileFile(QStringLiteral("empty.json")), QStringLiteral("empty"));
        row("binary junk", hostileFile(QStringLiteral("junk.bin")), QStringLiteral("JSON"));
        row("truncated JSON", hostileFile(QStringLiteral("truncated.json")),
            QStringLiteral("JSON"));
        row("JSON list", hostileFile(QStringLiteral("list.json")), QStringLiteral("object"));
        row("factor library", QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/factors/factors.json"),
            QStringLiteral("factor library"));
        row("project database", hostileFile(QStringLiteral("project.zeroplan")),
            QStringLiteral(".zeroplan"));
        row("device", QStringLiteral("/dev/zero"), QStringLiteral("not a regular file"));
    }
    QTest::newRow("simulate unknown scenario")
        << QStringLiteral("simulate") << fixture(QStringLiteral("small-plan.json"))
        << QStringList{QStringLiteral("--scenario"), QStringLiteral("Reckless")}
        << QStringLiteral("no scenario named 'Reckless'; the plan's scenarios are 'Cautious', "
                          "'Ambitious'");
    QTest::newRow("simulate scenario in a plan without")
        << QStringLiteral("simulate") << fixture(QStringLiteral("no-scenarios-plan.json"))
        << QStringList{QStringLiteral("--scenario"), QStringLiteral("Cautious")}
        << QStringLiteral("the plan has no scenarios");
}

void TestCli::badInputExitsWithOneAndNamesTheFile()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const Run run = runCli(QStringList{command, file} + options);
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(file + QStringLiteral(": ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    if (command == QStringLiteral("simulate"))
        QCOMPARE(run.out, QByteArray());
}

void TestCli::hostilePlansNeverCrash_data()
{
    QTest::addColumn<QByteArray>("plan");
    QTest::newRow("amount 1e308") << smallPlanWith("6000000", "1e308");
    QTest::newRow("amount -1") << smallPlanWith("6000000", "-1");
    QTest::newRow("amount as text") << smallPlanWith("6000000", "\"lots\"");
    QTest::newRow("horizon 100000")
        << smallPlanWith("\"horizon_end\": 2035", "\"horizon_end\": 100000");
    QTest::newRow("horizon before base year")
        << smallPlanWith("\"horizon_end\": 2035", "\"horizon_end\": 2000");
    QTest::newRow("discount rate -1")
        << smallPlanWith("\"discount_rate\": 0.05", "\"discount_rate\": -1");
    QTest::newRow("level 1e308") << smallPlanWith("\"level\": 0.5", "\"level\": 1e308");
    QTest::newRow("measures is a number") << smallPlanWith(
        "\"measures\": [\n    {\"id\": \"led\"", "\"measures\": 7, \"x\": [{\"id\": \"led\"");
    QTest::newRow("deeply nested") << QByteArray(100000, '[');
    QTest::newRow("NUL bytes inside") << smallPlanWith("阳光花园社区", QByteArray("a\0b", 3));
    QTest::newRow("ramp years 1e9")
        << smallPlanWith("\"ramp_years\": 2", "\"ramp_years\": 1000000000");
    QTest::newRow("no activities")
        << smallPlanWith("\"activities\": [", "\"activities\": [], \"x\": [");
}

// Whatever the plan holds: no crash; either results (exit 0, valid JSON) or one line (exit 1).
void TestCli::hostilePlansNeverCrash()
{
    QFETCH(QByteArray, plan);
    QString name =
        QStringLiteral("hostile %1.json").arg(QString::fromUtf8(QTest::currentDataTag()));
    writeFile(name, plan);
    for (const QString &command : {QStringLiteral("validate"), QStringLiteral("simulate")}) {
        QStringList arguments{command, hostileFile(name)};
        if (command == QStringLiteral("simulate"))
            arguments << QStringLiteral("--format=json");
        const Run run = runCli(arguments);
        VERIFY_NO_CRASH(run);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.describe()));
        if (run.exitCode == 1) {
            QCOMPARE(run.errLines().size(), 1);
            QVERIFY2(run.err.startsWith(hostileFile(name)), qPrintable(run.err));
        } else if (command == QStringLiteral("simulate")) {
            QJsonParseError error;
            QJsonDocument::fromJson(run.out, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
    }
}

// Issue 12: `simulate --format csv` wrote scenario and measure names into its header
// unguarded, so a scenario named =HYPERLINK(…) became a live formula in a spreadsheet. Every
// header cell that starts like a formula now carries the apostrophe (CsvWriter); the numbers
// of the rows, negative ones included, stay numbers.
void TestCli::csvHeadersAreNeverFormulas()
{
    QByteArray plan =
        smallPlanWith(QByteArrayLiteral("\"name\": \"Ambitious\""),
                      QByteArrayLiteral("\"name\": \"=HYPERLINK(\\\"http://x\\\")\""));
    const qsizetype led = plan.indexOf("\"LED, stairwells and homes\"");
    QVERIFY(led > 0);
    plan.replace(led, qsizetype(sizeof("\"LED, stairwells and homes\"") - 1), "\"@SUM(A1)\"");
    writeFile(QStringLiteral("formula-names.json"), plan);
    const Run run =
        runCli({QStringLiteral("simulate"), hostileFile(QStringLiteral("formula-names.json")),
                QStringLiteral("--format"), QStringLiteral("csv")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    bool wellFormed = false;
    const QList<QStringList> records = csvRecords(QString::fromUtf8(run.out), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(records.size(), 1 + kYears);
    const QStringList header = records.first();
    QVERIFY2(header.contains(QStringLiteral("'=HYPERLINK(\"http://x\"): net")),
             qPrintable(header.join(QLatin1Char('|'))));
    QVERIFY2(header.contains(QStringLiteral("Cautious: wedge @SUM(A1)")),
             qPrintable(header.join(QLatin1Char('|'))));
    QVERIFY2(header.contains(QStringLiteral("'=HYPERLINK(\"http://x\"): wedge @SUM(A1)")),
             qPrintable(header.join(QLatin1Char('|'))));
    for (const QString &cell : header) {
        QVERIFY2(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('@')),
                 qPrintable(cell));
    }
    // A number is never guarded: a negative net (if any) starts with '-', never with "'".
    for (qsizetype r = 1; r < records.size(); ++r) {
        for (const QString &cell : records.at(r)) {
            bool ok = false;
            cell.toDouble(&ok);
            QVERIFY2(ok || cell.isEmpty(), qPrintable(cell));
        }
    }
}

void TestCli::validateListsEveryProblem()
{
    const QString plan = fixture(QStringLiteral("invalid-plan.json"));
    const Run run = runCli({QStringLiteral("validate"), plan});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (const char *path :
         {"/measures/2/kind: ", "/measures/0/start_year: ", "/scenarios/1/measures/5/measure: "}) {
        const QStringList hits = lines.filter(QLatin1String(path));
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().startsWith(QLatin1String("error: /")), qPrintable(hits.first()));
    }
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(plan + QStringLiteral(": 3 error")), qPrintable(run.err));
}

void TestCli::validateAcceptsAGoodPlan_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("warnings");
    QTest::newRow("clean") << QStringLiteral("small-plan.json") << QStringList{};
    QTest::newRow("warnings only") << QStringLiteral("warnings-plan.json")
                                   << QStringList{QStringLiteral("warning: /community/colour: "),
                                                  QStringLiteral("warning: /measures/0/mood: ")};
}

void TestCli::validateAcceptsAGoodPlan()
{
    QFETCH(QString, file);
    QFETCH(QStringList, warnings);
    const Run run = runCli({QStringLiteral("validate"), fixture(file)});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), warnings.size() + 1);
    for (qsizetype i = 0; i < warnings.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(warnings.at(i)), qPrintable(lines.at(i)));
    QCOMPARE(lines.last(), QStringLiteral("OK: 3 activity lines, 5 measures, 2 scenarios"));
}

void TestCli::simulateRefusesAnInvalidPlanInOneLine()
{
    const QString plan = fixture(QStringLiteral("invalid-plan.json"));
    const Run run = runCli({QStringLiteral("simulate"), plan, QStringLiteral("--format=json")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(plan + QStringLiteral(": /")), qPrintable(run.err));
    QVERIFY2(run.err.trimmed().endsWith(
                 QStringLiteral("(2 more; run zeroplan-cli validate %1)").arg(plan)),
             qPrintable(run.err));
}

void TestCli::simulateRunsAPlanWithWarnings()
{
    const QString plan = fixture(QStringLiteral("warnings-plan.json"));
    const Run run = runCli({QStringLiteral("simulate"), plan, QStringLiteral("--format=json")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("scenarios")).toArray().size(), 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(plan + QStringLiteral(": 2 warning")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
