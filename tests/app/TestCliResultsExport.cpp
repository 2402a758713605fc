// zeroplan-cli export --format pathway-csv|wedges-csv|costs-csv|xlsx end to end: runs the
// built executable (ZEROPLAN_CLI) on the plans in tests/fixtures/cli and checks the tables
// against simulate's JSON, the default and the named scenario, the workbook read back with
// ZeroPlan's own XLSX reader, and the errors: exit statuses, one line naming the file, and
// nothing written or changed.
#include "CliRun.h"
#include "FileSnapshot.h"
#include "import/XlsxReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace zeroplan;
using zeroplan::test::CliRun;
using zeroplan::test::csvRecords;
using zeroplan::test::entries;
using zeroplan::test::runCli;
using zeroplan::test::sha256;

namespace {

constexpr int kYears = 12; // the fixtures run from 2024 to 2035
const QString kExport = QStringLiteral("export");
const QString kFormat = QStringLiteral("--format");
const QString kScenario = QStringLiteral("--scenario");
const QString kSolar = QStringLiteral("屋顶光伏, 一期"); // a measure name with a comma

QString fixture(const QString &name)
{
    return zeroplan::test::cliFixture(name);
}

QString smallPlan()
{
    return fixture(QStringLiteral("small-plan.json"));
}

QList<QStringList> records(const QByteArray &csv)
{
    bool wellFormed = false;
    const QList<QStringList> out = csvRecords(QString::fromUtf8(csv), &wellFormed);
    if (!wellFormed)
        qWarning("not well-formed CSV: %s", csv.left(200).constData());
    return wellFormed ? out : QList<QStringList>();
}

// The scenario's series `key` from simulate --format json.
QList<double> simulated(const QString &scenario, const QString &key)
{
    const CliRun run = runCli({QStringLiteral("simulate"), smallPlan(), kFormat,
                               QStringLiteral("json"), kScenario, scenario});
    QList<double> values;
    const QJsonArray scenarios = run.json().value(QStringLiteral("scenarios")).toArray();
    for (const QJsonValue v : scenarios.first().toObject().value(key).toArray())
        values.append(v.toDouble());
    return values;
}

} // namespace

#define VERIFY_SUCCESS(run)                                                                        \
    do {                                                                                           \
        VERIFY_NO_CRASH(run);                                                                      \
        QVERIFY2((run).exitCode == 0, qPrintable((run).describe()));                               \
        QCOMPARE((run).err, QString());                                                            \
    } while (false)

class TestCliResultsExport : public QObject
{
    Q_OBJECT

private slots:
    void pathwayIsTheFirstScenarioByDefault();
    void wedgesOfANamedScenarioAddUp();
    void costsHaveOneRowPerMeasure();
    void fileGetsAByteOrderMark();
    void workbookReadsBack();
    void planFormatsAreUnchanged();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void badInputExitsWithOne_data();
    void badInputExitsWithOne();
    void readOnlyTargetIsLeftAlone_data();
    void readOnlyTargetIsLeftAlone();

private:
    QTemporaryDir m_dir;
};

void TestCliResultsExport::pathwayIsTheFirstScenarioByDefault()
{
    const CliRun run = runCli({kExport, smallPlan(), kFormat, QStringLiteral("pathway-csv")});
    VERIFY_SUCCESS(run);
    QVERIFY2(run.out.startsWith("Year,BAU gross (tCO2e),Gross (tCO2e),"),
             run.out.left(60).constData());
    const QList<QStringList> rows = records(run.out);
    QCOMPARE(rows.size(), 1 + kYears);
    QCOMPARE(rows.first(),
             (QStringList{QStringLiteral("Year"), QStringLiteral("BAU gross (tCO2e)"),
                          QStringLiteral("Gross (tCO2e)"), QStringLiteral("Sinks (tCO2e)"),
                          QStringLiteral("Credits (tCO2e)"), QStringLiteral("Net (tCO2e)"),
                          QStringLiteral("Cumulative net (tCO2e)"),
                          QStringLiteral("Residual (tCO2e)")}));
    // The first scenario, Cautious: its net as simulate computes it, to 6 decimals.
    const QList<double> net = simulated(QStringLiteral("Cautious"), QStringLiteral("net"));
    QCOMPARE(net.size(), kYears);
    for (int y = 0; y < kYears; ++y) {
        QCOMPARE(rows[y + 1][0], QString::number(2024 + y)); // whole years, no ".0"
        QVERIFY2(std::abs(rows[y + 1][5].toDouble() - net[y]) <= 5e-7,
                 qPrintable(rows[y + 1].join(QLatin1Char(','))));
    }
}

void TestCliResultsExport::wedgesOfANamedScenarioAddUp()
{
    const QStringList ambitious{kScenario, QStringLiteral("Ambitious")};
    const CliRun wedges = runCli(
        QStringList{kExport, smallPlan(), kFormat, QStringLiteral("wedges-csv")} + ambitious);
    VERIFY_SUCCESS(wedges);
    const CliRun pathway = runCli(
        QStringList{kExport, smallPlan(), kFormat, QStringLiteral("pathway-csv")} + ambitious);
    VERIFY_SUCCESS(pathway);
    const QList<QStringList> w = records(wedges.out);
    const QList<QStringList> p = records(pathway.out);
    QCOMPARE(w.size(), 1 + kYears);
    QCOMPARE(p.size(), 1 + kYears);
    // Ambitious has all five measures, in the engine's order; the quoted name reads back whole.
    QCOMPARE(w.first().size(), 6);
    QVERIFY2(w.first().contains(kSolar + QStringLiteral(" (tCO2e)")),
             qPrintable(w.first().join(QLatin1Char('|'))));
    QVERIFY(w.first().contains(QStringLiteral("Credits for the rest (tCO2e)")));
    QVERIFY(wedges.out.contains("\"屋顶光伏, 一期 (tCO2e)\""));
    // Every year, BAU gross − net = Σ of the measures' columns (each rounded to 6 decimals).
    for (int y = 1; y <= kYears; ++y) {
        double sum = 0;
        for (int c = 1; c < w[y].size(); ++c)
            sum += w[y][c].toDouble();
        const double gap = p[y][1].toDouble() - p[y][5].toDouble();
        QVERIFY2(std::abs(gap - sum) <= 1e-5,
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(w[y][0]).arg(gap).arg(sum)));
    }
}

void TestCliResultsExport::costsHaveOneRowPerMeasure()
{
    const CliRun run = runCli({kExport, smallPlan(), kFormat, QStringLiteral("costs-csv")});
    VERIFY_SUCCESS(run);
    const QList<QStringList> rows = records(run.out);
    QCOMPARE(rows.size(), 3); // Cautious: LED and half the solar
    QCOMPARE(rows[0].at(4), QStringLiteral("Capex total (CNY)"));
    QCOMPARE(rows[0].at(10), QStringLiteral("Cost per tonne (CNY/tCO2e)"));
    QCOMPARE(rows[1].at(0), QStringLiteral("LED, stairwells and homes"));
    QCOMPARE(rows[1].at(1), QStringLiteral("Efficient lighting (LED)"));
    QCOMPARE(rows[1].at(4), QStringLiteral("300000")); // the LED's capex, bought once
    QCOMPARE(rows[2].at(0), kSolar);
    QCOMPARE(rows[2].at(1), QStringLiteral("Rooftop solar PV"));
}

void TestCliResultsExport::fileGetsAByteOrderMark()
{
    const QStringList args{kExport, smallPlan(), kFormat, QStringLiteral("wedges-csv")};
    const CliRun toStdout = runCli(args);
    VERIFY_SUCCESS(toStdout);
    QVERIFY(!toStdout.out.startsWith("\xEF\xBB\xBF"));
    const QString path = m_dir.filePath(QStringLiteral("wedges.csv"));
    const CliRun toFile = runCli(args + QStringList{QStringLiteral("-o"), path});
    VERIFY_SUCCESS(toFile);
    QCOMPARE(toFile.out, QByteArray());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF") + toStdout.out);
}

void TestCliResultsExport::workbookReadsBack()
{
    const QString path = m_dir.filePath(QStringLiteral("results.xlsx"));
    const CliRun run = runCli({kExport, smallPlan(), kFormat, QStringLiteral("xlsx"), kScenario,
                               QStringLiteral("Ambitious"), QStringLiteral("--output"), path});
    VERIFY_SUCCESS(run);
    QCOMPARE(run.out, QByteArray());
    QString error;
    const std::unique_ptr<XlsxReader> reader =
        XlsxReader::open(path, QStringLiteral("Wedges"), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->sheetNames(), (QStringList{QStringLiteral("Pathway"), QStringLiteral("Wedges"),
                                                QStringLiteral("Costs")}));
    TableRow row;
    QVERIFY(reader->next(row));
    QCOMPARE(row.size(), 6);
    QCOMPARE(row.text(0), QStringLiteral("Year"));
    QVERIFY(reader->next(row));
    QCOMPARE(row.text(0), QStringLiteral("2024"));
    int rows = 1;
    while (reader->next(row))
        ++rows;
    QCOMPARE(rows, kYears);
    QCOMPARE(reader->error(), QString());
}

void TestCliResultsExport::planFormatsAreUnchanged()
{
    const CliRun csv = runCli({kExport, smallPlan(), kFormat, QStringLiteral("csv")});
    VERIFY_SUCCESS(csv);
    QVERIFY(csv.out.startsWith("id,sector,subsector,"));
    const CliRun json = runCli({kExport, smallPlan(), QStringLiteral("--format=json")});
    VERIFY_SUCCESS(json);
    QCOMPARE(json.json().value(QStringLiteral("format")).toString(),
             QStringLiteral("zeroplan-plan"));
}

void TestCliResultsExport::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const QString o = QStringLiteral("-o");
    const QString file = QStringLiteral("DIR/out");
    QTest::newRow("xlsx without -o") << QStringList{kFormat, QStringLiteral("xlsx")}
                                     << QStringLiteral("--format xlsx writes a workbook");
    QTest::newRow("unknown format")
        << QStringList{kFormat, QStringLiteral("pdf"), o, file}
        << QStringLiteral("--format must be json, csv, pathway-csv, wedges-csv, costs-csv or xlsx, "
                          "not 'pdf'");
    QTest::newRow("format names are exact") << QStringList{kFormat, QStringLiteral("Pathway-CSV")}
                                            << QStringLiteral("not 'Pathway-CSV'");
    QTest::newRow("no format") << QStringList{o, file}
                               << QStringLiteral("pathway-csv, wedges-csv, costs-csv or xlsx");
    QTest::newRow("--scenario with json")
        << QStringList{kFormat, QStringLiteral("json"), kScenario, QStringLiteral("Cautious"), o,
                       file}
        << QStringLiteral("--scenario goes with the results formats");
    QTest::newRow("--scenario without a name")
        << QStringList{kFormat, QStringLiteral("pathway-csv"), kScenario}
        << QStringLiteral("scenario");
}

void TestCliResultsExport::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    QTemporaryDir dir;
    for (QString &a : options) {
        if (a.startsWith(QLatin1String("DIR/")))
            a = dir.filePath(a.mid(4));
    }
    const CliRun run = runCli(QStringList{kExport, smallPlan()} + options);
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("zeroplan-cli export")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.out, QByteArray());
    QVERIFY(entries(dir.path()).isEmpty());
}

void TestCliResultsExport::badInputExitsWithOne_data()
{
    // PLAN: the plan given; DIR/: a fresh folder. `message` is the whole line after "PLAN: "
    // or the file's name.
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("message");
    const QString small = smallPlan();
    const QString csvOut = QStringLiteral("DIR/pathway.csv");
    QTest::newRow("unknown scenario")
        << small
        << QStringList{kFormat, QStringLiteral("pathway-csv"), kScenario, QStringLiteral("Bold")}
        << small
        << QStringLiteral(
               "no scenario named 'Bold'; the plan's scenarios are 'Cautious', 'Ambitious'");
    QTest::newRow("scenario names are exact")
        << small
        << QStringList{kFormat,
                       QStringLiteral("xlsx"),
                       kScenario,
                       QStringLiteral("cautious"),
                       QStringLiteral("-o"),
                       QStringLiteral("DIR/r.xlsx")}
        << small << QStringLiteral("no scenario named 'cautious'");
    QTest::newRow("plan without scenarios")
        << fixture(QStringLiteral("no-scenarios-plan.json"))
        << QStringList{kFormat, QStringLiteral("costs-csv"), QStringLiteral("-o"), csvOut}
        << fixture(QStringLiteral("no-scenarios-plan.json"))
        << QStringLiteral("the plan has no scenarios");
    QTest::newRow("plan with errors")
        << fixture(QStringLiteral("invalid-plan.json"))
        << QStringList{kFormat, QStringLiteral("wedges-csv"), QStringLiteral("-o"), csvOut}
        << fixture(QStringLiteral("invalid-plan.json")) << QStringLiteral("the plan has errors");
    QTest::newRow("CSV into a missing folder")
        << small
        << QStringList{kFormat, QStringLiteral("pathway-csv"), QStringLiteral("-o"),
                       QStringLiteral("DIR/no/such/pathway.csv")}
        << QStringLiteral("DIR/no/such/pathway.csv")
        << QStringLiteral("cannot be written: the folder");
    QTest::newRow("XLSX into a missing folder")
        << small
        << QStringList{kFormat, QStringLiteral("xlsx"), QStringLiteral("-o"),
                       QStringLiteral("DIR/no/such/results.xlsx")}
        << QStringLiteral("DIR/no/such/results.xlsx") << QStringLiteral("does not exist");
    QTest::newRow("XLSX onto a folder")
        << small
        << QStringList{kFormat, QStringLiteral("xlsx"), QStringLiteral("-o"),
                       QStringLiteral("DIR/")}
        << QStringLiteral("DIR/") << QStringLiteral("cannot be written: it is a folder");
}

void TestCliResultsExport::badInputExitsWithOne()
{
    QFETCH(QString, plan);
    QFETCH(QStringList, options);
    QFETCH(QString, named);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const auto place = [&dir](QString a) {
        return a.startsWith(QLatin1String("DIR/")) ? dir.filePath(a.mid(4)) : a;
    };
    for (QString &a : options)
        a = place(a);
    const QByteArray before = sha256(plan);
    const CliRun run = runCli(QStringList{kExport, plan} + options);
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith(QDir::toNativeSeparators(place(named)) + QStringLiteral(": ")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.out, QByteArray());
    QVERIFY(entries(dir.path()).isEmpty()); // nothing written, no temporary file left
    QCOMPARE(sha256(plan), before);
}

void TestCliResultsExport::readOnlyTargetIsLeftAlone_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("pathway-csv") << QStringLiteral("pathway-csv") << QStringLiteral("kept.csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx") << QStringLiteral("kept.xlsx");
    QTest::newRow("json, as before") << QStringLiteral("json") << QStringLiteral("kept.json");
}

void TestCliResultsExport::readOnlyTargetIsLeftAlone()
{
    QFETCH(QString, format);
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last year's figures\n");
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = sha256(path);
    const CliRun run = runCli({kExport, smallPlan(), kFormat, format, QStringLiteral("-o"), path});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed(),
             path + QStringLiteral(": cannot be written: the file is read-only"));
    QCOMPARE(sha256(path), before);
    QCOMPARE(entries(dir.path()), QStringList{name});
}

QTEST_GUILESS_MAIN(TestCliResultsExport)
#include "TestCliResultsExport.moc"
