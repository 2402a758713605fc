// The three results tables (model/export/ResultTables): a small plan whose figures are worked
// out by hand from the engine's rules (docs/engine.md), and invariants that hold for every
// scenario of the bundled samples: net = gross − sinks − credits, BAU gross − net = Σ wedge
// columns, the costs table's abated column = Σ of the measure's wedge column.
#include "PlanFixtures.h"
#include "engine/ScenarioEngine.h"
#include "export/ResultTables.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QtTest>
#include <cmath>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr double kBau = 404.2; // 1,000,000 kWh × 0.4042 kg/kWh, t

// Homes using 1,000,000 kWh a year (404.2 t, no growth), 2024–2030, with:
//  - "Smart energy": 50 % of the homes' electricity saved from 2024 (202.1 t a year),
//    capex 10,000 once (lifetime 10 years), opex 100 a year, energy group;
//  - "Credits": 404.2 t a year bought from 2027 at 50 a tonne, no owner group;
//  - "Idle": smart energy saving 0 %: capex 5,000 once, abates nothing.
Plan handPlan(const QString &smartName = QStringLiteral("Smart energy"))
{
    Plan p = basePlan(2024, 2030);
    p.activities = {line(QStringLiteral("homes"), Sector::StationaryEnergy,
                         QStringLiteral("residential"), QStringLiteral("electricity"), 1.0e6,
                         QStringLiteral("kWh"), QStringLiteral("grid"))};
    Measure ems =
        measure(MeasureKind::SmartEnergy, QStringLiteral("ems"), 2024, {{"savings_share", 0.5}});
    ems.name = smartName;
    ems.targets = {QStringLiteral("homes")};
    ems.lifetimeYears = 10;
    ems.costs.capex = 10000;
    ems.costs.opexPerYear = 100;
    ems.ownerGroup = QStringLiteral("energy");
    Measure credits = measure(MeasureKind::CarbonCredits, QStringLiteral("credits"), 2027,
                              {{"tonnes_per_year", kBau}, {"price_per_t", 50}});
    credits.name = QStringLiteral("Credits");
    credits.ownerGroup.clear();
    Measure idle =
        measure(MeasureKind::SmartEnergy, QStringLiteral("idle"), 2024, {{"savings_share", 0}});
    idle.name = QStringLiteral("Idle");
    idle.targets = {QStringLiteral("homes")};
    idle.lifetimeYears = 10;
    idle.costs.capex = 5000;
    p.measures = {credits, ems, idle};
    p.scenarios = {allMeasures(p, QStringLiteral("Hand"))};
    return p;
}

double number(const ExportTable &table, qsizetype row, int column)
{
    const ExportCell &cell = table.rows.at(row).at(column);
    if (!cell.isNumber())
        qFatal("row %d column %d is not a number", int(row), column);
    return cell.toNumber();
}

bool near(double actual, double expected, double tolerance = 1e-9)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

#define VERIFY_NEAR(actual, expected)                                                              \
    QVERIFY2(near((actual), (expected)), qPrintable(QStringLiteral("%1 != %2")                     \
                                                        .arg(double(actual), 0, 'g', 17)           \
                                                        .arg(double(expected), 0, 'g', 17)))

Plan sample(const QString &name)
{
    PlanReadResult read =
        PlanJson::readFile(QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/") + name);
    if (!read.plan)
        qFatal("sample %s does not read", qPrintable(name));
    return *read.plan;
}

} // namespace

class TestResultTables : public QObject
{
    Q_OBJECT

private slots:
    void pathwayByHand();
    void wedgesByHand();
    void costsByHand();
    void allIsPathwayWedgesCosts();
    void headersCarryTheCurrency();
    void sampleInvariants_data();
    void sampleInvariants();

private:
    PlanResult run(const Plan &plan) { return ScenarioEngine(noLibrary()).run(plan); }
};

void TestResultTables::pathwayByHand()
{
    const PlanResult r = run(handPlan());
    const ExportTable t = ResultTables::pathway(r, r.scenarios.front());
    QCOMPARE(t.title, QStringLiteral("Pathway"));
    QCOMPARE(t.header,
             (QStringList{QStringLiteral("Year"), QStringLiteral("BAU gross (tCO2e)"),
                          QStringLiteral("Gross (tCO2e)"), QStringLiteral("Sinks (tCO2e)"),
                          QStringLiteral("Credits (tCO2e)"), QStringLiteral("Net (tCO2e)"),
                          QStringLiteral("Cumulative net (tCO2e)"),
                          QStringLiteral("Residual (tCO2e)")}));
    QCOMPARE(t.rows.size(), 7);
    // Gross 202.1 every year; 404.2 t of credits from 2027 take net to −202.1.
    const double half = kBau / 2;
    const double credits[] = {0, 0, 0, kBau, kBau, kBau, kBau};
    const double net[] = {half, half, half, -half, -half, -half, -half};
    const double cumulative[] = {half, 2 * half, 3 * half, 2 * half, half, 0, -half};
    for (int y = 0; y < 7; ++y) {
        const ExportRow &row = t.rows[y];
        QCOMPARE(row.size(), t.header.size());
        QVERIFY(row[0].isNumber());
        QCOMPARE(row[0].toNumber(), double(2024 + y)); // a whole year, exactly
        VERIFY_NEAR(number(t, y, 1), kBau);
        VERIFY_NEAR(number(t, y, 2), half);
        QCOMPARE(number(t, y, 3), 0.0);
        VERIFY_NEAR(number(t, y, 4), credits[y]);
        VERIFY_NEAR(number(t, y, 5), net[y]);
        QVERIFY2(std::abs(number(t, y, 6) - cumulative[y]) < 1e-9,
                 qPrintable(QString::number(number(t, y, 6))));
        VERIFY_NEAR(number(t, y, 7), std::max(net[y], 0.0));
    }
}

void TestResultTables::wedgesByHand()
{
    const PlanResult r = run(handPlan());
    const ExportTable t = ResultTables::wedges(r, r.scenarios.front());
    QCOMPARE(t.title, QStringLiteral("Wedges"));
    // The engine's order: demand reduction (Smart energy, Idle, as listed), credits last.
    QCOMPARE(t.header,
             (QStringList{QStringLiteral("Year"), QStringLiteral("Smart energy (tCO2e)"),
                          QStringLiteral("Idle (tCO2e)"), QStringLiteral("Credits (tCO2e)")}));
    QCOMPARE(t.rows.size(), 7);
    for (int y = 0; y < 7; ++y) {
        QCOMPARE(number(t, y, 0), double(2024 + y));
        VERIFY_NEAR(number(t, y, 1), kBau / 2);
        QCOMPARE(number(t, y, 2), 0.0);
        VERIFY_NEAR(number(t, y, 3), y >= 3 ? kBau : 0.0); // credits count as what they abate
    }
}

void TestResultTables::costsByHand()
{
    const PlanResult r = run(handPlan());
    const ExportTable t = ResultTables::costs(r.scenarios.front(), QStringLiteral("CNY"));
    QCOMPARE(t.title, QStringLiteral("Costs"));
    QCOMPARE(
        t.header,
        (QStringList{QStringLiteral("Measure"), QStringLiteral("Kind"), QStringLiteral("Stage"),
                     QStringLiteral("Owner group"), QStringLiteral("Capex total (CNY)"),
                     QStringLiteral("Opex total (CNY)"), QStringLiteral("Savings total (CNY)"),
                     QStringLiteral("NPV (CNY)"), QStringLiteral("Present cost (CNY)"),
                     QStringLiteral("Abated (tCO2e)"), QStringLiteral("Cost per tonne (CNY/tCO2e)"),
                     QStringLiteral("Credits bought (tCO2e)"),
                     QStringLiteral("Cost per credit (CNY/tCO2e)")}));
    QCOMPARE(t.rows.size(), 3);

    // Smart energy: capex 10,000 in 2024; opex 100 × 7 years; no prices, so no savings.
    // S = Σ 1.05^−t for t = 0..6; NPV = −(10,000 + 100 S); levelised cost per tonne =
    // (10,000 + 100 S) / (202.1 S).
    double s = 0;
    for (int y = 0; y < 7; ++y)
        s += std::pow(1.05, -y);
    const ExportRow &ems = t.rows[0];
    QCOMPARE(ems[0].toText(), QStringLiteral("Smart energy"));
    QCOMPARE(ems[1].toText(), QStringLiteral("Smart energy management"));
    QCOMPARE(ems[2].toText(), QStringLiteral("Demand reduction"));
    QCOMPARE(ems[3].toText(), QStringLiteral("Energy group"));
    VERIFY_NEAR(number(t, 0, 4), 10000);
    VERIFY_NEAR(number(t, 0, 5), 700);
    QCOMPARE(number(t, 0, 6), 0.0);
    VERIFY_NEAR(number(t, 0, 7), -(10000 + 100 * s));
    VERIFY_NEAR(number(t, 0, 8), 10000 + 100 * s);
    VERIFY_NEAR(number(t, 0, 9), 7 * kBau / 2);
    VERIFY_NEAR(number(t, 0, 10), (10000 + 100 * s) / (kBau / 2 * s));

    // Idle: costs 5,000 and abates nothing: no cost per tonne (a blank cell).
    const ExportRow &idle = t.rows[1];
    QCOMPARE(idle[0].toText(), QStringLiteral("Idle"));
    VERIFY_NEAR(number(t, 1, 4), 5000);
    VERIFY_NEAR(number(t, 1, 8), 5000); // bought in the base year: not discounted
    QCOMPARE(number(t, 1, 9), 0.0);
    QVERIFY(idle[10].isBlank());

    // Credits: 404.2 t × 50 a year for 2027–2030 as running cost; 4 × 404.2 t bought, none
    // abated (the old table put them in the abated column: credits are not abatement).
    const ExportRow &credits = t.rows[2];
    QCOMPARE(credits[0].toText(), QStringLiteral("Credits"));
    QCOMPARE(credits[2].toText(), QStringLiteral("Sinks and credits"));
    QVERIFY(credits[3].isBlank()); // no owner group
    QCOMPARE(number(t, 2, 4), 0.0);
    VERIFY_NEAR(number(t, 2, 5), 4 * kBau * 50);
    QCOMPARE(number(t, 2, 9), 0.0);
    QVERIFY(credits[10].isBlank()); // no cost per tonne abated
    VERIFY_NEAR(number(t, 2, 11), 4 * kBau);
    // Every credit costs 50 in every year, so 50 a credit however it is discounted.
    VERIFY_NEAR(number(t, 2, 12), 50);
    QCOMPARE(t.header.at(11), QStringLiteral("Credits bought (tCO2e)"));
    QCOMPARE(t.header.at(12), QStringLiteral("Cost per credit (CNY/tCO2e)"));
    QCOMPARE(number(t, 0, 11), 0.0); // the others bought no credits
    QVERIFY(t.rows[0][12].isBlank());
}

void TestResultTables::allIsPathwayWedgesCosts()
{
    const PlanResult r = run(handPlan());
    const QList<ExportTable> all = ResultTables::all(r, r.scenarios.front(), QStringLiteral("EUR"));
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].title, QStringLiteral("Pathway"));
    QCOMPARE(all[1].title, QStringLiteral("Wedges"));
    QCOMPARE(all[2].title, QStringLiteral("Costs"));
    QCOMPARE(all[1].header, ResultTables::wedges(r, r.scenarios.front()).header);
    QCOMPARE(all[2].header.at(4), QStringLiteral("Capex total (EUR)"));
}

void TestResultTables::headersCarryTheCurrency()
{
    const PlanResult r = run(handPlan());
    const ExportTable t = ResultTables::costs(r.scenarios.front(), QString());
    // Without a currency the money columns have no unit, and nothing dangles.
    QCOMPARE(t.header.at(7), QStringLiteral("NPV"));
    QCOMPARE(t.header.at(9), QStringLiteral("Abated (tCO2e)"));
    QCOMPARE(t.header.at(10), QStringLiteral("Cost per tonne"));
}

void TestResultTables::sampleInvariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("Shenzhen") << QStringLiteral("shenzhen-xinqiao.json");
    QTest::newRow("Hangzhou") << QStringLiteral("hangzhou-hemu.json");
    QTest::newRow("European eco-district") << QStringLiteral("european-ecodistrict.json");
}

void TestResultTables::sampleInvariants()
{
    QFETCH(QString, file);
    const Plan plan = sample(file);
    const PlanResult r = ScenarioEngine(FactorLibraryJson::builtIn()).run(plan);
    QVERIFY(!r.scenarios.empty());
    for (const ScenarioResult &s : r.scenarios) {
        const ExportTable path = ResultTables::pathway(r, s);
        const ExportTable wedges = ResultTables::wedges(r, s);
        const ExportTable costs = ResultTables::costs(s, plan.community.currency);
        const int measures = int(s.measures.size());
        QCOMPARE(path.rows.size(), qsizetype(plan.yearCount()));
        QCOMPARE(wedges.rows.size(), qsizetype(plan.yearCount()));
        QCOMPARE(wedges.header.size(), 1 + measures);
        QCOMPARE(costs.rows.size(), measures);
        const double scale = std::max(1.0, r.bauGross.abs().maxCoeff());
        double cumulative = 0;
        std::vector<double> abated(size_t(measures), 0.0);
        for (int y = 0; y < plan.yearCount(); ++y) {
            const QString where =
                QStringLiteral("%1, %2").arg(s.name).arg(plan.community.baseYear + y);
            QCOMPARE(number(path, y, 0), double(plan.community.baseYear + y));
            QCOMPARE(number(wedges, y, 0), double(plan.community.baseYear + y));
            const double bau = number(path, y, 1), gross = number(path, y, 2);
            const double sinks = number(path, y, 3), credits = number(path, y, 4);
            const double net = number(path, y, 5);
            QVERIFY2(std::abs(net - (gross - sinks - credits)) <= 1e-9 * scale, qPrintable(where));
            double sum = 0;
            for (int m = 0; m < measures; ++m) {
                sum += number(wedges, y, 1 + m);
                abated[size_t(m)] += number(wedges, y, 1 + m);
            }
            // Every tonne between BAU and net is one measure's: wedges, sinks and credits.
            QVERIFY2(std::abs((bau - net) - sum) <= 1e-6 * scale,
                     qPrintable(where + QStringLiteral(": off by %1").arg(bau - net - sum)));
            cumulative += net;
            QVERIFY2(std::abs(number(path, y, 6) - cumulative) <= 1e-9 * scale * (y + 1),
                     qPrintable(where));
            QCOMPARE(number(path, y, 7), std::max(net, 0.0));
        }
        for (int m = 0; m < measures; ++m) {
            QCOMPARE(costs.rows[m][0].toText(), s.measures[size_t(m)].name);
            QCOMPARE(wedges.header[1 + m], s.measures[size_t(m)].name + QStringLiteral(" (tCO2e)"));
            // Abated plus credits bought: what the measure took off net, as in the wedges.
            QVERIFY2(std::abs(number(costs, m, 9) + number(costs, m, 11) - abated[size_t(m)]) <=
                         1e-9 * std::max(1.0, abated[size_t(m)]) * plan.yearCount(),
                     qPrintable(s.measures[size_t(m)].name));
            QCOMPARE(costs.rows[m][10].isBlank(), !s.measures[size_t(m)].costPerTonne.has_value());
        }
    }
}

QTEST_GUILESS_MAIN(TestResultTables)
#include "TestResultTables.moc"
