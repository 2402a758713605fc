// zeroplan-cli and the plan's current scenario (current_scenario, docs/plan-format.md): export
// and report without --scenario work on it when it names one of the plan's scenarios, else on
// the first; --scenario still wins; simulate still runs every scenario. The plan is
// tests/fixtures/cli/small-plan.json (scenarios Cautious, then Ambitious) with its
// current_scenario set by the test, as JSON and converted to .zeroplan.
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using zeroplan::test::cliFixture;
using zeroplan::test::CliRun;
using zeroplan::test::csvRecords;
using zeroplan::test::runCli;

namespace {

const QString kExport = QStringLiteral("export");
const QString kFormat = QStringLiteral("--format");
const QString kScenario = QStringLiteral("--scenario");
const QString kPathway = QStringLiteral("pathway-csv");
const QString kWedges = QStringLiteral("wedges-csv");

} // namespace

#define VERIFY_SUCCESS(run)                                                                        \
    do {                                                                                           \
        QVERIFY2((run).exitStatus == QProcess::NormalExit, qPrintable((run).describe()));          \
        QVERIFY2((run).exitCode == 0, qPrintable((run).describe()));                               \
    } while (false)

class TestCliCurrentScenario : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportUsesTheCurrentScenario();
    void exportFromAProjectFileUsesItToo();
    void currentNamingNoScenarioMeansTheFirst();
    void reportUsesTheCurrentScenario();
    void simulateStillRunsEveryScenario();

private:
    // small-plan.json with "current_scenario": `current`, written to the temporary folder.
    QString planWithCurrent(const QString &current, const QString &fileName);
    QByteArray exported(const QString &plan, const QString &format, const QStringList &extra = {});

    QTemporaryDir m_dir;
    QString m_ambitious; // the plan whose current scenario is the second, Ambitious
};

QString TestCliCurrentScenario::planWithCurrent(const QString &current, const QString &fileName)
{
    QFile in(cliFixture(QStringLiteral("small-plan.json")));
    if (!in.open(QIODevice::ReadOnly))
        return QString();
    QJsonObject plan = QJsonDocument::fromJson(in.readAll()).object();
    plan.insert(QStringLiteral("current_scenario"), current);
    const QString path = m_dir.filePath(fileName);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return QString();
    out.write(QJsonDocument(plan).toJson());
    return path;
}

QByteArray TestCliCurrentScenario::exported(const QString &plan, const QString &format,
                                            const QStringList &extra)
{
    const CliRun run = runCli(QStringList{kExport, plan, kFormat, format} + extra);
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe()));
        return QByteArray();
    }
    return run.out;
}

void TestCliCurrentScenario::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ambitious = planWithCurrent(QStringLiteral("Ambitious"), QStringLiteral("ambitious.json"));
    QVERIFY(!m_ambitious.isEmpty());
    // The fixture's scenarios, in order: the current one is the second.
    const CliRun simulate =
        runCli({QStringLiteral("simulate"), m_ambitious, kFormat, QStringLiteral("json")});
    VERIFY_SUCCESS(simulate);
    const QJsonArray scenarios = simulate.json()[QStringLiteral("scenarios")].toArray();
    QCOMPARE(scenarios.size(), 2);
    QCOMPARE(scenarios.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Cautious"));
    QCOMPARE(scenarios.at(1)[QStringLiteral("name")].toString(), QStringLiteral("Ambitious"));
}

void TestCliCurrentScenario::exportUsesTheCurrentScenario()
{
    const QByteArray byDefault = exported(m_ambitious, kPathway);
    const QByteArray ambitious =
        exported(m_ambitious, kPathway, {kScenario, QStringLiteral("Ambitious")});
    const QByteArray cautious =
        exported(m_ambitious, kPathway, {kScenario, QStringLiteral("Cautious")});
    QVERIFY(!byDefault.isEmpty());
    QCOMPARE(byDefault, ambitious);
    // The two scenarios' pathways differ (Ambitious buys credits and plants trees), so the
    // comparison above can tell them apart; --scenario still picks the first if asked.
    QVERIFY(cautious != ambitious);
    // Wedges: Ambitious has all five measures, so Year and five measure columns; Cautious two.
    const QByteArray wedges = exported(m_ambitious, kWedges);
    bool wellFormed = false;
    const QList<QStringList> rows = csvRecords(QString::fromUtf8(wedges), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(rows.first().size(), 6);
    QCOMPARE(wedges, exported(m_ambitious, kWedges, {kScenario, QStringLiteral("Ambitious")}));
}

void TestCliCurrentScenario::exportFromAProjectFileUsesItToo()
{
    // The .zeroplan file keeps the current scenario in its meta table.
    const QString project = m_dir.filePath(QStringLiteral("ambitious.zeroplan"));
    const CliRun convert = runCli({QStringLiteral("convert"), m_ambitious, project});
    VERIFY_SUCCESS(convert);
    const QByteArray byDefault = exported(project, kPathway);
    QVERIFY(!byDefault.isEmpty());
    QCOMPARE(byDefault, exported(m_ambitious, kPathway, {kScenario, QStringLiteral("Ambitious")}));
}

void TestCliCurrentScenario::currentNamingNoScenarioMeansTheFirst()
{
    // A current scenario that names none of the plan's (renamed by hand, say) is ignored.
    const QString gone = planWithCurrent(QStringLiteral("Bold"), QStringLiteral("gone.json"));
    const QByteArray byDefault = exported(gone, kPathway);
    QVERIFY(!byDefault.isEmpty());
    QCOMPARE(byDefault, exported(gone, kPathway, {kScenario, QStringLiteral("Cautious")}));
    // Case matters, as for --scenario: "ambitious" is not "Ambitious".
    const QString lower =
        planWithCurrent(QStringLiteral("ambitious"), QStringLiteral("lower.json"));
    QCOMPARE(exported(lower, kPathway), byDefault);
    // And the fixture itself, with no current scenario, exports its first.
    QCOMPARE(exported(cliFixture(QStringLiteral("small-plan.json")), kPathway), byDefault);
}

void TestCliCurrentScenario::reportUsesTheCurrentScenario()
{
    // The PDF's text, read back with poppler's pdftotext (as TestCliReport does); the bytes
    // differ from run to run (the PDF's creation time), the text does not once --date is set.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QFAIL("pdftotext is missing: install poppler-utils (tools/setup)");
    const auto report = [&](const QString &name, const QStringList &extra) {
        const QString pdf = m_dir.filePath(name);
        const CliRun run =
            runCli(QStringList{QStringLiteral("report"), m_ambitious, QStringLiteral("-o"), pdf,
                               QStringLiteral("--date"), QStringLiteral("2026-01-15")} +
                   extra);
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.describe()));
            return QString();
        }
        QProcess process;
        process.start(pdftotext,
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    };
    const QString byDefault = report(QStringLiteral("default.pdf"), {});
    // The cover names the scenario the report is about: the current one, the second.
    QVERIFY2(byDefault.startsWith(QStringLiteral("Carbon-neutrality plan")),
             qPrintable(byDefault.left(200)));
    QVERIFY2(byDefault.contains(QStringLiteral("Scenario Ambitious Date")),
             qPrintable(byDefault.left(200)));
    QCOMPARE(byDefault,
             report(QStringLiteral("ambitious.pdf"), {kScenario, QStringLiteral("Ambitious")}));
    const QString cautious =
        report(QStringLiteral("cautious.pdf"), {kScenario, QStringLiteral("Cautious")});
    QVERIFY2(cautious.contains(QStringLiteral("Scenario Cautious Date")),
             qPrintable(cautious.left(200)));
}

void TestCliCurrentScenario::simulateStillRunsEveryScenario()
{
    // simulate compares scenarios: without --scenario it runs them all, in the plan's order,
    // whatever the current one.
    const CliRun all =
        runCli({QStringLiteral("simulate"), m_ambitious, kFormat, QStringLiteral("json")});
    VERIFY_SUCCESS(all);
    const QJsonArray scenarios = all.json()[QStringLiteral("scenarios")].toArray();
    QCOMPARE(scenarios.size(), 2);
    QCOMPARE(scenarios.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Cautious"));
    const CliRun one = runCli({QStringLiteral("simulate"), m_ambitious, kFormat,
                               QStringLiteral("json"), kScenario, QStringLiteral("Cautious")});
    VERIFY_SUCCESS(one);
    const QJsonArray only = one.json()[QStringLiteral("scenarios")].toArray();
    QCOMPARE(only.size(), 1);
    QCOMPARE(only.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Cautious"));
}

QTEST_GUILESS_MAIN(TestCliCurrentScenario)
#include "TestCliCurrentScenario.moc"
