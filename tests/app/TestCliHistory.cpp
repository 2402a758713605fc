// zeroplan-cli history (docs/cli.md, "history"; docs/history.md): a command that changes a
// project file records what it changed in the file's change log, as the author --author names
// (else $ZEROPLAN_AUTHOR); history lists it as JSON and as a table; convert carries it to
// another project file; a JSON plan has no log; a file that cannot be read is refused with its
// name, exit 1.
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan::test;

namespace {

const QString kSample =
    QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/european-ecodistrict.json");

// Adds the least-cost choice of LED and solar at 0 or 100 % as scenario `name`.
CliRun saveScenario(const QString &plan, const QString &name, const QStringList &more = {})
{
    return runCli(QStringList{QStringLiteral("optimise"), plan, QStringLiteral("--measures"),
                              QStringLiteral("led,solar"), QStringLiteral("--levels"),
                              QStringLiteral("0,100"), QStringLiteral("--target"),
                              QStringLiteral("cut:5"), QStringLiteral("--target-year"),
                              QStringLiteral("2040"), QStringLiteral("--save-as"), name} +
                  more);
}

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

private slots:
    void commandsAreLoggedAndListed()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("eco.zeroplan"));
        CliRun run = runCli({QStringLiteral("convert"), kSample, plan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runCli(
            {QStringLiteral("history"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().value(QStringLiteral("changes")).toArray().size(), 0);

        run = saveScenario(plan, QStringLiteral("Least cost"),
                           {QStringLiteral("--author"), QStringLiteral("王芳")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        qputenv("ZEROPLAN_AUTHOR", "Anna Berg");
        run = saveScenario(plan, QStringLiteral("Least cost 2"));
        qunsetenv("ZEROPLAN_AUTHOR");
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        run = runCli(
            {QStringLiteral("history"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject log = run.json();
        QCOMPARE(log.value(QStringLiteral("format_version")).toInt(), 1);
        const QJsonArray changes = log.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        const QJsonObject first = changes.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("author")).toString(), QStringLiteral("王芳"));
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("command"));
        QCOMPARE(first.value(QStringLiteral("action")).toString(),
                 QStringLiteral("zeroplan-cli optimise"));
        QVERIFY(QDateTime::fromString(first.value(QStringLiteral("at")).toString(), Qt::ISODate)
                    .isValid());
        const QJsonArray fields = first.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 1);
        const QJsonObject added = fields.at(0).toObject();
        QCOMPARE(added.value(QStringLiteral("object")).toString(),
                 QStringLiteral("scenarios[Least cost]"));
        QVERIFY(added.value(QStringLiteral("before")).isNull());
        QCOMPARE(added.value(QStringLiteral("after"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Least cost"));
        QCOMPARE(changes.at(1).toObject().value(QStringLiteral("author")).toString(),
                 QStringLiteral("Anna Berg"));

        run = runCli({QStringLiteral("history"), plan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString table = QString::fromUtf8(run.out);
        for (const QString &expected :
             {QStringLiteral("王芳"), QStringLiteral("Command: zeroplan-cli optimise"),
              QStringLiteral("scenarios[Least cost]"), QStringLiteral("{Least cost}"),
              QStringLiteral("Anna Berg")})
            QVERIFY2(table.contains(expected), qPrintable(expected + QStringLiteral("\n") + table));

        // convert to another project file carries the log over.
        const QString copy = dir.filePath(QStringLiteral("copy.zeroplan"));
        run = runCli({QStringLiteral("convert"), plan, copy});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runCli(
            {QStringLiteral("history"), copy, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.json(), log);
    }

    void jsonPlanHasNoLogAndBadFileIsNamed()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("eco.json"));
        QVERIFY(QFile::copy(kSample, plan));
        CliRun run = runCli({QStringLiteral("history"), plan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("No change recorded yet.")));

        const QString missing = dir.filePath(QStringLiteral("missing.zeroplan"));
        run = runCli({QStringLiteral("history"), missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
        run = runCli(
            {QStringLiteral("history"), plan, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--format must be json or table for history")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "TestCliHistory.moc"
