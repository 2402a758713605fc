// zeroplan-cli optimise's further limits and robustness end to end (docs/cli.md "optimise"):
// --interim, --carbon-budget [T], --budget-per-year and --budget-payer reach the request (the
// JSON echoes them under `limits`); --robust N [--seed S] adds `robustness` with N draws, the
// same for the same seed; a wrong value is one line naming its flag, exit 2, the plan untouched.
#include "CliRun.h"
#include "FileSnapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace zeroplan::test;

namespace {

const QString kSample =
    QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/european-ecodistrict.json");

QStringList optimise(const QStringList &more)
{
    return QStringList{QStringLiteral("optimise"),
                       kSample,
                       QStringLiteral("--measures"),
                       QStringLiteral("led,heat-pumps,solar,composting,trees"),
                       QStringLiteral("--levels"),
                       QStringLiteral("0,50,100"),
                       QStringLiteral("--target"),
                       QStringLiteral("cut:25"),
                       QStringLiteral("--target-year"),
                       QStringLiteral("2040"),
                       QStringLiteral("--format"),
                       QStringLiteral("json")} +
           more;
}

} // namespace

class TestCliOptimiseLimits : public QObject
{
    Q_OBJECT

private slots:
    // Every limit flag reaches the request: the plan's interim cuts (−40 % by 2030, −60 % by
    // 2035) and carbon budget (60,000 t) when --carbon-budget stands alone, the amounts given.
    // The sample's five can't cut 60 % of gross by 2035, so the answer is infeasible; with
    // --interim alone it says that leaving out the interim targets would make it feasible.
    void limitsReachTheRequest()
    {
        CliRun run =
            runCli(optimise({QStringLiteral("--interim"), QStringLiteral("--carbon-budget"),
                             QStringLiteral("--budget-per-year"), QStringLiteral("2000000"),
                             QStringLiteral("--budget-payer"), QStringLiteral("residents=5000000"),
                             QStringLiteral("--budget-payer"), QStringLiteral("government=1e6")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QJsonObject answer = run.json();
        const QJsonObject limits = answer.value(QStringLiteral("limits")).toObject();
        const QJsonArray interim = limits.value(QStringLiteral("interim_targets")).toArray();
        QCOMPARE(interim.size(), 2);
        QCOMPARE(interim.at(0).toObject().value(QStringLiteral("year")).toInt(), 2030);
        QCOMPARE(interim.at(0).toObject().value(QStringLiteral("cut")).toDouble(), 0.4);
        QCOMPARE(interim.at(1).toObject().value(QStringLiteral("cut")).toDouble(), 0.6);
        QCOMPARE(limits.value(QStringLiteral("carbon_budget_t")).toDouble(), 60000.0);
        QCOMPARE(limits.value(QStringLiteral("budget_per_year")).toDouble(), 2000000.0);
        const QJsonArray payers = limits.value(QStringLiteral("payer_budgets")).toArray();
        QCOMPARE(payers.size(), 2);
        QCOMPARE(payers.at(0).toObject().value(QStringLiteral("payer")).toString(),
                 QStringLiteral("residents"));
        QCOMPARE(payers.at(0).toObject().value(QStringLiteral("amount")).toDouble(), 5e6);
        QCOMPARE(payers.at(1).toObject().value(QStringLiteral("payer")).toString(),
                 QStringLiteral("government"));
        QCOMPARE(answer.value(QStringLiteral("outcome")).toString(), QStringLiteral("infeasible"));
        QVERIFY(answer.value(QStringLiteral("feasible_without")).isArray());

        // --interim alone: infeasible, and without the interim targets it is feasible (the cut
        // of 25 % by 2040 alone is met).
        run = runCli(optimise({QStringLiteral("--interim")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        answer = run.json();
        QCOMPARE(answer.value(QStringLiteral("outcome")).toString(), QStringLiteral("infeasible"));
        QCOMPARE(answer.value(QStringLiteral("feasible_without")).toArray(),
                 QJsonArray{QStringLiteral("interim_targets")});

        // A number after --carbon-budget is its value; before the plan, a bare one is the
        // plan's; without any limit the fields are null and [].
        run = runCli(optimise({QStringLiteral("--carbon-budget"), QStringLiteral("70000")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json()
                     .value(QStringLiteral("limits"))
                     .toObject()
                     .value(QStringLiteral("carbon_budget_t"))
                     .toDouble(),
                 70000.0);
        QStringList arguments = optimise({});
        arguments.insert(1, QStringLiteral("--carbon-budget"));
        run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json()
                     .value(QStringLiteral("limits"))
                     .toObject()
                     .value(QStringLiteral("carbon_budget_t"))
                     .toDouble(),
                 60000.0);
        run = runCli(optimise({}));
        const QJsonObject none = run.json().value(QStringLiteral("limits")).toObject();
        QVERIFY(none.value(QStringLiteral("interim_targets")).isNull());
        QVERIFY(none.value(QStringLiteral("carbon_budget_t")).isNull());
        QVERIFY(none.value(QStringLiteral("budget_per_year")).isNull());
        QCOMPARE(none.value(QStringLiteral("payer_budgets")).toArray().size(), 0);
        QVERIFY(!run.json().contains(QStringLiteral("robustness")));
    }

    // A budget per year too small: the answer gives the smallest that would do, and the
    // command itself agrees: feasible with that amount rounded up to a whole unit (as the
    // table says it), infeasible with one unit less than the exact amount. The table names it.
    void smallestBudgetPerYearThatWouldDo()
    {
        CliRun run = runCli(optimise({QStringLiteral("--budget-per-year"), QStringLiteral("1")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QJsonObject answer = run.json();
        QCOMPARE(answer.value(QStringLiteral("outcome")).toString(), QStringLiteral("infeasible"));
        QCOMPARE(answer.value(QStringLiteral("feasible_without")).toArray(),
                 QJsonArray{QStringLiteral("budget_per_year")});
        QCOMPARE(answer.value(QStringLiteral("smallest_payer_budgets")).toArray().size(), 0);
        const double smallest = answer.value(QStringLiteral("smallest_budget_per_year")).toDouble();
        QVERIFY2(smallest > 1, qPrintable(run.describe()));

        const double wouldDo = std::ceil(smallest - 1e-9 * smallest); // as the table rounds it
        const QString enough = QString::number(wouldDo, 'f', 0);
        run = runCli(optimise({QStringLiteral("--budget-per-year"), enough}));
        QCOMPARE(run.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("optimal"));
        run = runCli(
            optimise({QStringLiteral("--budget-per-year"), QString::number(smallest - 1, 'f', 2)}));
        QCOMPARE(run.json().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("infeasible"));

        QStringList table = optimise({QStringLiteral("--budget-per-year"), QStringLiteral("1")});
        table.replace(table.indexOf(QStringLiteral("json")), QStringLiteral("table"));
        run = runCli(table);
        const QString grouped = QLocale(QLocale::English).toString(wouldDo, 'f', 0);
        QVERIFY2(QString::fromUtf8(run.out).contains(
                     QStringLiteral("It is met with a budget per year of %1 EUR or "
                                    "more.")
                         .arg(grouped)),
                 qPrintable(run.describe()));
    }

    // --robust 4 --seed 9: four draws, their counts consistent, the same again for the seed;
    // the table says it too.
    void robustnessHasItsShape()
    {
        const QStringList arguments = optimise({QStringLiteral("--robust"), QStringLiteral("4"),
                                                QStringLiteral("--seed"), QStringLiteral("9")});
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject robust = run.json().value(QStringLiteral("robustness")).toObject();
        QCOMPARE(robust.value(QStringLiteral("draws")).toInt(), 4);
        QCOMPARE(robust.value(QStringLiteral("seed")).toInt(), 9);
        const int feasible = robust.value(QStringLiteral("feasible")).toInt();
        QVERIFY(feasible >= 0 && feasible <= 4);
        QCOMPARE(robust.value(QStringLiteral("feasible_share")).toDouble(), feasible / 4.0);
        QCOMPARE(robust.value(QStringLiteral("failed")).toInt(), 0);
        const QJsonArray measures = robust.value(QStringLiteral("measures")).toArray();
        QCOMPARE(measures.size(), 5);
        QCOMPARE(measures.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("led")); // the plan's order
        for (const QJsonValue &v : measures) {
            const QJsonObject m = v.toObject();
            const int chosen = m.value(QStringLiteral("chosen")).toInt();
            QVERIFY(chosen >= 0 && chosen <= feasible);
            if (feasible > 0)
                QCOMPARE(m.value(QStringLiteral("chosen_share")).toDouble(),
                         double(chosen) / feasible);
            const double level = m.value(QStringLiteral("mean_level")).toDouble();
            QVERIFY(level >= 0 && level <= 1);
            QCOMPARE(level > 0, chosen > 0);
        }
        const CliRun again = runCli(arguments);
        QCOMPARE(again.json().value(QStringLiteral("robustness")).toObject(), robust);

        QStringList table = arguments;
        table.replace(table.indexOf(QStringLiteral("json")), QStringLiteral("table"));
        const CliRun text = runCli(table);
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("Robustness over 4 Monte Carlo draw")) &&
                     out.contains(QStringLiteral("(seed 9)")),
                 qPrintable(out));
    }

    // A wrong value: exit 2, one line naming the flag, the plan file untouched.
    void wrongValuesNameTheFlag_data()
    {
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<QString>("message");
        QTest::newRow("budget per year")
            << QStringList{QStringLiteral("--budget-per-year"), QStringLiteral("lots")}
            << QStringLiteral("--budget-per-year needs an amount of 0 or more in the plan's "
                              "currency, not 'lots'");
        QTest::newRow("unknown payer")
            << QStringList{QStringLiteral("--budget-payer"), QStringLiteral("moon=5")}
            << QStringLiteral("--budget-payer needs PAYER=AMOUNT with PAYER one of residents, "
                              "property_company, government, utility, platform, sponsors, "
                              "crowdfunding, public_facilities, other, not 'moon=5'");
        QTest::newRow("payer amount")
            << QStringList{QStringLiteral("--budget-payer"), QStringLiteral("residents=-3")}
            << QStringLiteral("--budget-payer needs an amount of 0 or more after '=', not "
                              "'residents=-3'");
        QTest::newRow("payer twice")
            << QStringList{QStringLiteral("--budget-payer"), QStringLiteral("residents=3"),
                           QStringLiteral("--budget-payer"), QStringLiteral("residents=4")}
            << QStringLiteral("--budget-payer: residents is given twice");
        QTest::newRow("negative carbon budget")
            << QStringList{QStringLiteral("--carbon-budget"), QStringLiteral("-5")}
            << QStringLiteral("--carbon-budget needs tonnes of CO2e, 0 or more, not '-5'");
        QTest::newRow("no draws")
            << QStringList{QStringLiteral("--robust"), QStringLiteral("0")}
            << QStringLiteral("--robust needs a whole number of draws from 1 to 10000, not '0'");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("--robust"), QStringLiteral("2"),
                                                 QStringLiteral("--seed"), QStringLiteral("x")}
                                  << QStringLiteral(
                                         "--seed needs a whole number of 0 or more, not 'x'");
        QTest::newRow("seed alone") << QStringList{QStringLiteral("--seed"), QStringLiteral("4")}
                                    << QStringLiteral("--seed is for --robust N; give that too");
    }
    void wrongValuesNameTheFlag()
    {
        QFETCH(QStringList, more);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("eco.json"));
        QVERIFY(QFile::copy(kSample, plan));
        const QByteArray before = sha256(plan);
        QStringList arguments = optimise(more);
        arguments[1] = plan;
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(sha256(plan), before);
    }

    // --interim on a plan with no interim targets, and a bare --carbon-budget on a plan with no
    // budget: refused, naming the flag.
    void limitsThePlanLacks()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("eco.json"));
        QVERIFY(QFile::copy(kSample, plan));
        QFile file(plan);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject community = root.value(QStringLiteral("community")).toObject();
        community.insert(QStringLiteral("targets"),
                         QJsonObject{{QStringLiteral("neutrality_year"), 2040}});
        root.insert(QStringLiteral("community"), community);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();

        QStringList arguments = optimise({QStringLiteral("--interim")});
        arguments[1] = plan;
        CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--interim: the plan has no interim targets")),
                 qPrintable(run.err));
        arguments = optimise({QStringLiteral("--carbon-budget")});
        arguments[1] = plan;
        run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral(
                     "--carbon-budget: the plan has no carbon budget; give one in tCO2e")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOptimiseLimits)
#include "TestCliOptimiseLimits.moc"
