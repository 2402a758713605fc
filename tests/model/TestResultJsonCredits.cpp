// ResultJson's neutrality and credit figures (docs/cli.md, "simulate"): neutral_from,
// baseline_empty, present_abatement_cost and the credit keys of a scenario, credited_total
// and cost_per_credit of a measure, written by ResultJson itself. A plan built in code whose
// figures are worked out by hand below.
#include "engine/ScenarioEngine.h"
#include "inventory/FactorLibrary.h"
#include "plan/Plan.h"
#include "storage/FactorLibraryJson.h"
#include "storage/ResultJson.h"

#include <QJsonArray>
#include <QTest>
#include <cmath>

using namespace zeroplan;

namespace {

constexpr int kBaseYear = 2024;
constexpr int kYears = 7; // 2024 … 2030
constexpr double kRate = 0.05;

Measure credits(const QString &id, double tonnesPerYear)
{
    Measure m;
    m.id = id;
    m.kind = MeasureKind::CarbonCredits;
    m.name = id;
    m.startYear = kBaseYear;
    m.parameters.insert(QStringLiteral("tonnes_per_year"),
                        UncertainValue{tonnesPerYear, {}, {}, {}});
    m.parameters.insert(QStringLiteral("price_per_t"), UncertainValue{80, {}, {}, {}});
    return m;
}

// Hand-worked: electricity 1,000,000 kWh × 0.5 kg/kWh = 500 t gross every year (no growth).
// "Some credits" buys 100 t a year at 80: net 400, never neutral. "All credits" buys 600 t:
// net −100 from 2024 on, neutral from the base year. Discounted at 5 % from 2024 (t = 0),
// Σ 1/1.05^t over t = 0…6 = 6.0757, so 100 t a year are 607.57 present tonnes.
Plan makePlan()
{
    Plan p;
    p.community.name = QStringLiteral("Credits only");
    p.community.baseYear = kBaseYear;
    p.community.horizonEnd = kBaseYear + kYears - 1;
    p.community.discountRate = kRate;
    p.community.targets.neutralityYear = 2030;
    EmissionFactor grid;
    grid.id = QStringLiteral("test-grid");
    grid.name = grid.id;
    grid.carrier = QStringLiteral("electricity");
    grid.gases = {{Gas::CO2e, 0.5}};
    grid.activityUnit = QStringLiteral("kWh");
    grid.year = kBaseYear;
    grid.source = QStringLiteral("test");
    p.factors = {grid};
    ActivityLine a;
    a.id = QStringLiteral("elec");
    a.sector = Sector::StationaryEnergy;
    a.subsector = QStringLiteral("residential");
    a.scope = 2;
    a.carrier = QStringLiteral("electricity");
    a.amount = 1e6;
    a.unit = QStringLiteral("kWh");
    a.factor = grid.id;
    a.driver = Driver::Fixed;
    p.activities = {a};
    p.measures = {credits(QStringLiteral("some"), 100), credits(QStringLiteral("all"), 600)};
    p.scenarios = {{QStringLiteral("Some credits"), {}, {{QStringLiteral("some"), 1}}},
                   {QStringLiteral("All credits"), {}, {{QStringLiteral("all"), 1}}}};
    return p;
}

QJsonObject scenarioOf(const QJsonObject &json, int index)
{
    return json.value(QStringLiteral("scenarios")).toArray().at(index).toObject();
}

double presentTonnes(double perYear)
{
    double sum = 0;
    for (int t = 0; t < kYears; ++t)
        sum += perYear / std::pow(1 + kRate, t);
    return sum;
}

} // namespace

class TestResultJsonCredits : public QObject
{
    Q_OBJECT

private slots:
    void creditFiguresOfScenarioAndMeasure();
    void neutralFromAndBaselineEmpty();
};

void TestResultJsonCredits::creditFiguresOfScenarioAndMeasure()
{
    const Plan plan = makePlan();
    const PlanResult result = ScenarioEngine(FactorLibraryJson::builtIn()).run(plan);
    const QJsonObject s = scenarioOf(ResultJson::toJson(plan, result), 0);
    const double present = presentTonnes(100);
    QVERIFY(std::abs(present - 607.569) < 1e-3);
    // 7 years × 100 t; the present cost is 80 × the present tonnes, so a credit costs 80.
    QVERIFY(std::abs(s.value(QStringLiteral("credited_total")).toDouble() - 700) < 1e-9);
    QVERIFY(std::abs(s.value(QStringLiteral("present_credits")).toDouble() - present) < 1e-9);
    QVERIFY(std::abs(s.value(QStringLiteral("present_credit_cost")).toDouble() - 80 * present) <
            1e-6);
    QVERIFY(std::abs(s.value(QStringLiteral("cost_per_credit")).toDouble() - 80) < 1e-9);
    // Nothing abates: no abatement cost, no cost per tonne abated; the present cost is the
    // credits'.
    QCOMPARE(s.value(QStringLiteral("present_abatement_cost")).toDouble(), 0.0);
    QCOMPARE(s.value(QStringLiteral("present_abatement")).toDouble(), 0.0);
    QVERIFY(s.value(QStringLiteral("cost_per_tonne")).isNull());
    QVERIFY(std::abs(s.value(QStringLiteral("present_cost")).toDouble() - 80 * present) < 1e-6);

    const QJsonArray measures = s.value(QStringLiteral("measures")).toArray();
    QCOMPARE(measures.size(), 1);
    const QJsonObject m = measures.at(0).toObject();
    QCOMPARE(m.value(QStringLiteral("measure_id")).toString(), QStringLiteral("some"));
    QVERIFY(std::abs(m.value(QStringLiteral("credited_total")).toDouble() - 700) < 1e-9);
    QVERIFY(std::abs(m.value(QStringLiteral("cost_per_credit")).toDouble() - 80) < 1e-9);
    QCOMPARE(m.value(QStringLiteral("abated_total")).toDouble(), 0.0);
    QVERIFY(m.value(QStringLiteral("cost_per_tonne")).isNull());
}

void TestResultJsonCredits::neutralFromAndBaselineEmpty()
{
    Plan plan = makePlan();
    const ScenarioEngine engine(FactorLibraryJson::builtIn());
    const QJsonObject json = ResultJson::toJson(plan, engine.run(plan));
    // Net 400 every year: never neutral. Net −100 every year: neutral from the base year.
    const QJsonObject some = scenarioOf(json, 0);
    QVERIFY(some.value(QStringLiteral("neutral_from")).isNull());
    QCOMPARE(some.value(QStringLiteral("baseline_empty")).toBool(true), false);
    const QJsonObject all = scenarioOf(json, 1);
    QCOMPARE(all.value(QStringLiteral("neutral_from")).toInt(), kBaseYear);
    QCOMPARE(all.value(QStringLiteral("neutrality_year")).toInt(), kBaseYear);
    QCOMPARE(all.value(QStringLiteral("baseline_empty")).toBool(true), false);
    // No activity: no baseline, so no neutrality is claimed however many credits are bought.
    plan.activities.clear();
    const QJsonObject empty = scenarioOf(ResultJson::toJson(plan, engine.run(plan)), 1);
    QCOMPARE(empty.value(QStringLiteral("baseline_empty")).toBool(false), true);
    QVERIFY(empty.value(QStringLiteral("neutral_from")).isNull());
}

QTEST_GUILESS_MAIN(TestResultJsonCredits)
#include "TestResultJsonCredits.moc"
