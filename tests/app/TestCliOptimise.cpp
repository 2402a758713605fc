// zeroplan-cli optimise end to end (docs/cli.md "optimise", docs/optimiser.md): the least-cost
// choice saved as a scenario with --save-as and then run by `simulate` gives exactly the
// optimiser's figures (its net in every year, its present cost, its neutrality year); the
// JSON's outcome and fields; a wrong option, an unknown measure and a name already taken are
// refused with their messages and the plan file untouched.
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

QStringList optimise(const QString &plan, const QStringList &more)
{
    return QStringList{QStringLiteral("optimise"),
                       plan,
                       QStringLiteral("--measures"),
                       QStringLiteral("led,heat-pumps,solar,composting,trees"),
                       QStringLiteral("--levels"),
                       QStringLiteral("0,50,100"),
                       QStringLiteral("--target-year"),
                       QStringLiteral("2040")} +
           more;
}

} // namespace

class TestCliOptimise : public QObject
{
    Q_OBJECT

private slots:
    void savedChoiceReproducesTheOptimiser()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("eco.json"));
        QVERIFY(QFile::copy(kSample, plan));
        const CliRun run =
            runCli(optimise(plan, {QStringLiteral("--target"), QStringLiteral("cut:25"),
                                   QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--save-as"), QStringLiteral("Least cost")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject answer = run.json();
        QCOMPARE(answer.value(QStringLiteral("outcome")).toString(), QStringLiteral("optimal"));
        QCOMPARE(answer.value(QStringLiteral("method")).toString(), QStringLiteral("exact"));
        QCOMPARE(answer.value(QStringLiteral("target")).toString(), QStringLiteral("cut"));
        const QJsonObject best = answer.value(QStringLiteral("best")).toObject();
        const double limit = answer.value(QStringLiteral("limit_t")).toDouble();
        QVERIFY(best.value(QStringLiteral("target_year_net_t")).toDouble() <= limit + 1e-6);
        QVERIFY(run.err.contains(QStringLiteral("Added the scenario 'Least cost'")));

        const CliRun simulated = runCli({QStringLiteral("simulate"), plan,
                                         QStringLiteral("--scenario"), QStringLiteral("Least cost"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(simulated.exitCode == 0, qPrintable(simulated.describe()));
        const QJsonObject scenario =
            simulated.json().value(QStringLiteral("scenarios")).toArray().at(0).toObject();
        const QJsonArray net = scenario.value(QStringLiteral("net")).toArray();
        const QJsonArray optimised = best.value(QStringLiteral("net")).toArray();
        QCOMPARE(net.size(), optimised.size());
        for (qsizetype t = 0; t < net.size(); ++t)
            QVERIFY2(
                std::abs(net.at(t).toDouble() -
                         optimised.at(t).toObject().value(QStringLiteral("net_t")).toDouble()) <
                    1e-6,
                qPrintable(QString::number(t)));
        const double cost = best.value(QStringLiteral("present_cost")).toDouble();
        QVERIFY(std::abs(scenario.value(QStringLiteral("present_cost")).toDouble() - cost) <
                1e-6 * std::max(1.0, std::abs(cost)));
        QCOMPARE(scenario.value(QStringLiteral("neutrality_year")),
                 best.value(QStringLiteral("neutrality_year")));
    }

    // --continuous-credits: net 95 % below base-year gross in 2040 with the credits bought to a
    // fraction of their cap; the scenario saved, simulated, ends at the limit in 2040 exactly
    // (no tonne bought beyond it), and the table says the level to a tenth of a percent.
    void continuousCreditsEndAtTheTarget()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("eco.json"));
        QVERIFY(QFile::copy(kSample, plan));
        // Every measure at the default levels (0, 25, 50, 75, 100 %).
        const auto question = [](const QString &path) {
            return QStringList{QStringLiteral("optimise"),
                               path,
                               QStringLiteral("--target-year"),
                               QStringLiteral("2040"),
                               QStringLiteral("--target"),
                               QStringLiteral("cut:95"),
                               QStringLiteral("--continuous-credits")};
        };
        const CliRun run = runCli(
            question(plan) + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                         QStringLiteral("--save-as"), QStringLiteral("Credits")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject answer = run.json();
        QCOMPARE(answer.value(QStringLiteral("outcome")).toString(), QStringLiteral("optimal"));
        QCOMPARE(answer.value(QStringLiteral("continuous_credits")).toBool(), true);
        QCOMPARE(answer.value(QStringLiteral("continuous_measures")).toArray(),
                 QJsonArray{QStringLiteral("credits")});
        QCOMPARE(answer.value(QStringLiteral("not_linear_measures")).toArray(), QJsonArray{});
        double credits = 0;
        const QJsonObject best = answer.value(QStringLiteral("best")).toObject();
        for (const QJsonValue &m : best.value(QStringLiteral("measures")).toArray())
            if (m.toObject().value(QStringLiteral("id")).toString() == QLatin1String("credits"))
                credits = m.toObject().value(QStringLiteral("level")).toDouble();
        QVERIFY2(credits > 0.01 && credits < 0.99, qPrintable(QString::number(credits)));

        const CliRun simulated =
            runCli({QStringLiteral("simulate"), plan, QStringLiteral("--scenario"),
                    QStringLiteral("Credits"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(simulated.exitCode == 0, qPrintable(simulated.describe()));
        const QJsonObject scenario =
            simulated.json().value(QStringLiteral("scenarios")).toArray().at(0).toObject();
        const QJsonArray net = scenario.value(QStringLiteral("net")).toArray();
        const double limit = answer.value(QStringLiteral("limit_t")).toDouble();
        const double in2040 = net.at(2040 - 2023).toDouble();
        QVERIFY2(std::abs(in2040 - limit) < 1e-6 * std::max(1.0, limit),
                 qPrintable(QStringLiteral("%1 vs %2").arg(in2040).arg(limit)));

        const CliRun table = runCli(question(kSample));
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        const QString out = QString::fromUtf8(table.out);
        QVERIFY2(out.contains(QStringLiteral("Any quantity up to the highest level: Credits for "
                                             "the residual.")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLocale().toString(credits * 100, 'f', 1) + QStringLiteral(" %")),
                 qPrintable(out));
    }

    // Net zero by the base year can't be met: the answer says so, and the first year it can.
    void infeasibleIsAnAnswer()
    {
        const CliRun run = runCli({QStringLiteral("optimise"), kSample,
                                   QStringLiteral("--target-year"), QStringLiteral("2023")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("No choice of levels meets the target.")),
                 qPrintable(out));
    }

    void wrongInputIsRefusedAndThePlanUntouched()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("eco.json"));
        QVERIFY(QFile::copy(kSample, plan));
        const QByteArray before = sha256(plan);

        CliRun run = runCli(optimise(plan, {QStringLiteral("--target"), QStringLiteral("half")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral(
                     "--target must be net-zero or cut:P (P in percent), not 'half'")),
                 qPrintable(run.err));

        run = runCli({QStringLiteral("optimise"), plan, QStringLiteral("--measures"),
                      QStringLiteral("led,moon-base"), QStringLiteral("--save-as"),
                      QStringLiteral("X")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(
            run.err.contains(QStringLiteral("candidates: \"moon-base\" is no measure of the plan")),
            qPrintable(run.err));

        run = runCli(optimise(plan, {QStringLiteral("--save-as"), QStringLiteral("Cautious")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("already has a scenario named 'Cautious'")),
                 qPrintable(run.err));
        QCOMPARE(sha256(plan), before);
    }
};

QTEST_GUILESS_MAIN(TestCliOptimise)
#include "TestCliOptimise.moc"
