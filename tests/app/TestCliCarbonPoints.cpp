// zeroplan-cli simulate --format json for resident carbon accounts (docs/cli.md): the measure
// gains credited_t, additional_t, points_budget, cost_per_credited_t and cost_per_additional_t;
// other measures do not. The plan is tests/fixtures/cli/small-plan.json (5,000 residents in
// 2024, growing 1 % a year; cars burn 400,000 L of petrol, far more than the 50 t below) with
// one more measure and a scenario of its own.
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

using Run = zeroplan::test::CliRun;
using zeroplan::test::runCli;

QJsonObject parameter(double value)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("source"), QStringLiteral("test")}};
}

// The fixture with a carbon-accounts measure on the cars only: 5,000 × 10 % enrolled × 50 %
// active = 250 people × 0.2 t = 50 t credited in 2024, a quarter additional = 12.5 t;
// 50 t × 1,000 points × 0.1 = 5,000 a year, capped at 4,000.
QByteArray planWithAccounts()
{
    QFile file(zeroplan::test::cliFixture(QStringLiteral("small-plan.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray measures = plan.value(QStringLiteral("measures")).toArray();
    measures.append(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("points")},
        {QStringLiteral("kind"), QStringLiteral("carbon_accounts")},
        {QStringLiteral("start_year"), 2024},
        {QStringLiteral("targets"), QJsonArray{QStringLiteral("cars")}},
        {QStringLiteral("parameters"),
         QJsonObject{{QStringLiteral("participation"), parameter(0.1)},
                     {QStringLiteral("active_share"), parameter(0.5)},
                     {QStringLiteral("reduction_t_per_person"), parameter(0.2)},
                     {QStringLiteral("additionality"), parameter(0.25)},
                     {QStringLiteral("points_per_tonne"), parameter(1000)},
                     {QStringLiteral("point_value"), parameter(0.1)},
                     {QStringLiteral("budget_cap"), parameter(4000)}}},
    });
    plan.insert(QStringLiteral("measures"), measures);
    QJsonArray scenarios = plan.value(QStringLiteral("scenarios")).toArray();
    scenarios.append(QJsonObject{
        {QStringLiteral("name"), QStringLiteral("Points")},
        {QStringLiteral("measures"),
         QJsonArray{QJsonObject{{QStringLiteral("measure"), QStringLiteral("led")}},
                    QJsonObject{{QStringLiteral("measure"), QStringLiteral("points")}}}},
    });
    plan.insert(QStringLiteral("scenarios"), scenarios);
    return QJsonDocument(plan).toJson();
}

QJsonObject measureOf(const QJsonObject &json, const QString &scenario, const QString &id)
{
    for (const QJsonValue &s : json.value(QStringLiteral("scenarios")).toArray()) {
        if (s.toObject().value(QStringLiteral("name")).toString() != scenario)
            continue;
        for (const QJsonValue &m : s.toObject().value(QStringLiteral("measures")).toArray()) {
            if (m.toObject().value(QStringLiteral("measure_id")).toString() == id)
                return m.toObject();
        }
    }
    return {};
}

bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace

class TestCliCarbonPoints : public QObject
{
    Q_OBJECT

private slots:
    void simulateJsonGivesCreditedAdditionalAndBudget()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("points.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(planWithAccounts());
        file.close();

        const Run run = runCli({QStringLiteral("simulate"), path, QStringLiteral("--format=json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject points =
            measureOf(run.json(), QStringLiteral("Points"), QStringLiteral("points"));
        QVERIFY2(!points.isEmpty(), run.out.left(400).constData());
        const QJsonArray credited = points.value(QStringLiteral("credited_t")).toArray();
        const QJsonArray additional = points.value(QStringLiteral("additional_t")).toArray();
        const QJsonArray budget = points.value(QStringLiteral("points_budget")).toArray();
        QCOMPARE(credited.size(), 12); // 2024 … 2035
        QCOMPARE(additional.size(), 12);
        QCOMPARE(budget.size(), 12);
        QVERIFY(near(credited.at(0).toDouble(), 50.0));
        QVERIFY(near(additional.at(0).toDouble(), 12.5));
        // 2025: 5,050 residents (+1 %): 50.5 t credited, 12.625 t additional.
        QVERIFY(near(credited.at(1).toDouble(), 50.5));
        QVERIFY(near(additional.at(1).toDouble(), 12.625));
        // 5,000 a year uncapped, 4,000 with the cap, every year.
        QVERIFY(near(budget.at(0).toDouble(), 4000.0));
        QVERIFY(near(budget.at(11).toDouble(), 4000.0));
        // The same budget over four times the tonnes: cost per credited tonne a quarter of
        // the cost per additional tonne, which is the measure's cost per tonne.
        const double perCredited = points.value(QStringLiteral("cost_per_credited_t")).toDouble();
        const double perAdditional =
            points.value(QStringLiteral("cost_per_additional_t")).toDouble();
        QVERIFY(perCredited != 0); // the petrol no longer bought may outweigh the points
        QVERIFY(near(perAdditional, 4 * perCredited));
        QVERIFY(near(perAdditional, points.value(QStringLiteral("cost_per_tonne")).toDouble()));

        // Other kinds carry none of these fields.
        const QJsonObject led =
            measureOf(run.json(), QStringLiteral("Points"), QStringLiteral("led"));
        QVERIFY(!led.isEmpty());
        QVERIFY(!led.contains(QStringLiteral("credited_t")));
        QVERIFY(!led.contains(QStringLiteral("points_budget")));
    }
};

QTEST_GUILESS_MAIN(TestCliCarbonPoints)
#include "TestCliCarbonPoints.moc"
