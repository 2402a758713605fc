// zeroplan-cli versions, version and diff (docs/cli.md; docs/history.md, "Versions" and
// "Compare"): a named version is kept with its author and comment; a command that changes
// the plan keeps an automatic version; versions lists them as a table and as JSON; diff
// compares two versions by number, name or "current": the inputs as the change log names
// them, the results of every scenario as simulate gives them, a scenario only one version
// has shown as missing in the other; report --changes-since prints the appendix of the changes
// since a version; a JSON plan keeps no versions and is left as it was; an unknown version is
// named with the ones there are, exit 1.
#include "CliRun.h"
#include "FileSnapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan::test;

namespace {

const QString kSample =
    QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/european-ecodistrict.json");

} // namespace

class TestCliVersions : public QObject
{
    Q_OBJECT

private slots:
    void versionsAndDiff()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("eco.zeroplan"));
        CliRun run = runCli({QStringLiteral("convert"), kSample, plan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runCli({QStringLiteral("versions"), plan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("No version yet")));

        run = runCli({QStringLiteral("version"), plan, QStringLiteral("--name"),
                      QStringLiteral("draft for committee"), QStringLiteral("--comment"),
                      QStringLiteral("for the March meeting"), QStringLiteral("--author"),
                      QStringLiteral("王芳")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QString::fromUtf8(run.out),
                 QStringLiteral("Kept the plan as version 1, 'draft for committee'.\n"));
        // Adds the least-cost choice of LED and solar at 0 or 100 % as a scenario.
        run = runCli({QStringLiteral("optimise"), plan, QStringLiteral("--measures"),
                      QStringLiteral("led,solar"), QStringLiteral("--levels"),
                      QStringLiteral("0,100"), QStringLiteral("--target"), QStringLiteral("cut:5"),
                      QStringLiteral("--target-year"), QStringLiteral("2040"),
                      QStringLiteral("--save-as"), QStringLiteral("Least cost")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        run = runCli(
            {QStringLiteral("versions"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray versions = run.json().value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        const QJsonObject named = versions.at(0).toObject();
        QCOMPARE(named.value(QStringLiteral("number")).toInt(), 1);
        QCOMPARE(named.value(QStringLiteral("kind")).toString(), QStringLiteral("named"));
        QCOMPARE(named.value(QStringLiteral("name")).toString(),
                 QStringLiteral("draft for committee"));
        QCOMPARE(named.value(QStringLiteral("comment")).toString(),
                 QStringLiteral("for the March meeting"));
        QCOMPARE(named.value(QStringLiteral("author")).toString(), QStringLiteral("王芳"));
        QCOMPARE(named.value(QStringLiteral("changes_before")).toInt(), 0);
        const QJsonObject automatic = versions.at(1).toObject();
        QCOMPARE(automatic.value(QStringLiteral("kind")).toString(), QStringLiteral("automatic"));
        QCOMPARE(automatic.value(QStringLiteral("changes_before")).toInt(), 1);
        run = runCli({QStringLiteral("versions"), plan});
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("for the March meeting")));

        // The named version against the plan now: one input (the scenario added); the
        // scenarios both have give the same figures; the new one's are simulate's.
        run = runCli({QStringLiteral("diff"), plan, QStringLiteral("--from"),
                      QStringLiteral("draft for committee"), QStringLiteral("--format"),
                      QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject diff = run.json();
        const QJsonArray inputs = diff.value(QStringLiteral("inputs")).toArray();
        QCOMPARE(inputs.size(), 1);
        QCOMPARE(inputs.at(0).toObject().value(QStringLiteral("object")).toString(),
                 QStringLiteral("scenarios[Least cost]"));
        const QJsonObject baseline = diff.value(QStringLiteral("baseline")).toObject();
        QVERIFY(baseline.value(QStringLiteral("from")).toDouble() > 0);
        QCOMPARE(baseline.value(QStringLiteral("from")).toDouble(),
                 baseline.value(QStringLiteral("to")).toDouble());
        const QJsonArray scenarios = diff.value(QStringLiteral("scenarios")).toArray();
        CliRun simulated = runCli(
            {QStringLiteral("simulate"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(simulated.exitCode == 0, qPrintable(simulated.describe()));
        const QJsonArray results = simulated.json().value(QStringLiteral("scenarios")).toArray();
        QCOMPARE(scenarios.size(), results.size());
        for (qsizetype i = 0; i < scenarios.size(); ++i) {
            const QJsonObject s = scenarios.at(i).toObject();
            const QJsonObject r = results.at(i).toObject();
            QCOMPARE(s.value(QStringLiteral("name")), r.value(QStringLiteral("name")));
            const QJsonObject to = s.value(QStringLiteral("to")).toObject();
            QCOMPARE(to.value(QStringLiteral("neutral_from")),
                     r.value(QStringLiteral("neutral_from")));
            const double cost = r.value(QStringLiteral("present_cost")).toDouble();
            QVERIFY(qAbs(to.value(QStringLiteral("present_cost")).toDouble() - cost) <=
                    1e-6 * qMax(1.0, qAbs(cost)));
            const QJsonArray net = r.value(QStringLiteral("net")).toArray();
            QCOMPARE(to.value(QStringLiteral("net_in_last_year")).toDouble(),
                     net.last().toDouble());
            if (s.value(QStringLiteral("name")).toString() == QLatin1String("Least cost"))
                QVERIFY(s.value(QStringLiteral("from")).isNull());
            else
                QCOMPARE(s.value(QStringLiteral("from")), s.value(QStringLiteral("to")));
        }
        QCOMPARE(scenarios.last().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Least cost"));

        // By number, the same; as a table, the change and the scenario.
        run = runCli({QStringLiteral("diff"), plan, QStringLiteral("--from"), QStringLiteral("1"),
                      QStringLiteral("--to"), QStringLiteral("2"), QStringLiteral("--format"),
                      QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().value(QStringLiteral("scenarios")), QJsonValue(scenarios));
        run = runCli({QStringLiteral("diff"), plan, QStringLiteral("--from"), QStringLiteral("1")});
        const QString table = QString::fromUtf8(run.out);
        for (const QString &expected :
             {QStringLiteral("1 input changed:"), QStringLiteral("scenarios[Least cost]"),
              QStringLiteral("Least cost"), QStringLiteral("Neutral from"),
              QStringLiteral("Present cost (EUR)")})
            QVERIFY2(table.contains(expected), qPrintable(expected + QStringLiteral("\n") + table));

        // An unknown version: named with the ones there are.
        run = runCli({QStringLiteral("diff"), plan, QStringLiteral("--from"), QStringLiteral("9")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(),
                 QStringList{plan + QStringLiteral(": no version '9'; the plan's versions are 1, "
                                                   "2 (zeroplan-cli versions lists them), or "
                                                   "'current'")});
        // The printed plan with the appendix of changes since the named version: the scenario
        // added, with who added it; an unknown version: no file.
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        run = runCli({QStringLiteral("report"), plan, QStringLiteral("-o"), pdf,
                      QStringLiteral("--changes-since"), QStringLiteral("draft for committee"),
                      QStringLiteral("--date"), QStringLiteral("2026-12-07")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        // In the compatibility normal form: pdftotext gives "fi" as the ligature ﬁ.
        const QString printed = QString::fromUtf8(text.readAllStandardOutput())
                                    .normalized(QString::NormalizationForm_KC)
                                    .simplified();
        for (const QString &expected :
             {QStringLiteral("Appendix: changes since an earlier version"),
              QStringLiteral("since version 1, “draft for committee”, saved"),
              QStringLiteral("1 change, oldest first"), QStringLiteral("scenarios[Least cost]")})
            QVERIFY2(printed.contains(expected),
                     qPrintable(expected + QStringLiteral("\n") + printed.right(800)));
        const QString none = dir.filePath(QStringLiteral("none.pdf"));
        run = runCli({QStringLiteral("report"), plan, QStringLiteral("-o"), none,
                      QStringLiteral("--changes-since"), QStringLiteral("7")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no version '7'")), qPrintable(run.err));
        QVERIFY(!QFile::exists(none));

        run = runCli({QStringLiteral("diff"), plan});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("diff needs --from VERSION")),
                 qPrintable(run.err));
        run = runCli({QStringLiteral("version"), plan});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("version needs --name NAME")),
                 qPrintable(run.err));
    }

    void jsonPlanKeepsNone()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("eco.json"));
        QVERIFY(QFile::copy(kSample, plan));
        QFile::setPermissions(plan, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = bytesOf(plan);
        CliRun run = runCli({QStringLiteral("version"), plan, QStringLiteral("--name"),
                             QStringLiteral("adopted v2")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(),
                 QStringList{plan + QStringLiteral(": a JSON plan keeps no versions; convert it "
                                                   "to a project file first (zeroplan-cli "
                                                   "convert PLAN.json PLAN.zeroplan)")});
        QCOMPARE(bytesOf(plan), before);
        run = runCli(
            {QStringLiteral("diff"), plan, QStringLiteral("--from"), QStringLiteral("adopted v2")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(),
                 QStringList{plan + QStringLiteral(": no version 'adopted v2': the plan has no "
                                                   "versions yet")});
    }
};

QTEST_GUILESS_MAIN(TestCliVersions)
#include "TestCliVersions.moc"
