// What monitoring says about a whole plan (MonitoringRun, docs/monitoring.md) and how the
// validator checks monitoring data: actual lines resolve with the plan's factors as they are
// now; the headline figures by hand; every bad entry named at its path.
#include "PlanFixtures.h"
#include "monitoring/Adoption.h"
#include "monitoring/MonitoringRun.h"
#include "storage/PlanValidator.h"

#include <QTest>

#include <cmath>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// 1,000,000 kWh at 0.4042 kg/kWh = 404.2 t in 2023, flat to 2030; no measure (so the adopted
// pathway is 404.2 t every year). Neutrality target 2030.
Plan flatPlan()
{
    Plan p = basePlan(2023, 2030);
    p.community.targets.neutralityYear = 2030;
    p.activities = {line(QStringLiteral("elec"), Sector::StationaryEnergy,
                         QStringLiteral("residential"), QStringLiteral("electricity"), 1000000,
                         QStringLiteral("kWh"), QStringLiteral("grid"))};
    p.scenarios = {Scenario{QStringLiteral("none"), QString(), {}}};
    p.monitoring.adoptions = {
        adoptScenario(p, 0, noLibrary(), QDate(2023, 12, 1), QStringLiteral("v1"))};
    return p;
}

ActualInventory actualIn(int year, double kWh, const QString &factor = QStringLiteral("grid"))
{
    ActualInventory a;
    a.year = year;
    a.activities = {line(QStringLiteral("elec"), Sector::StationaryEnergy,
                         QStringLiteral("residential"), QStringLiteral("electricity"), kWh,
                         QStringLiteral("kWh"), factor)};
    return a;
}

QString messageAt(const PlanProblems &problems, const QString &path)
{
    for (const PlanProblem &p : problems) {
        if (p.path == path)
            return p.message;
    }
    return {};
}

} // namespace

class TestMonitoringRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void headlineByHand();
    void aFactorAddedAfterAdoptionCounts();
    void withoutAdoptionSaysSo();
    void badMonitoringIsNamedAtItsPath();
};

void TestMonitoringRun::headlineByHand()
{
    // 2026: 900,000 kWh → 363.78 t; 2024: 950,000 kWh → 383.99 t (given out of order).
    // Reduced since 2023: 404.2 − 363.78 = 40.42 t; still to reduce by 2030: 363.78 − 404.2
    // (the adopted plan's 2030 gross, nothing planned) → 0, as the plan promised no cut.
    Plan plan = flatPlan();
    plan.monitoring.actuals = {actualIn(2026, 900000), actualIn(2024, 950000)};
    QString error;
    const std::optional<MonitoringRun> run =
        MonitoringRun::of(plan, noLibrary(), QDate(2027, 1, 1), 0, &error);
    QVERIFY2(run, qPrintable(error));
    QCOMPARE(run->years.size(), size_t(2));
    QCOMPARE(run->years[0].year, 2024);
    QVERIFY(std::abs(run->years[0].actual - 383.99) < 1e-9);
    QVERIFY(std::abs(run->years[1].gap() - (363.78 - 404.2)) < 1e-9);
    QVERIFY(std::abs(*run->years[1].gapShare() - (363.78 - 404.2) / 404.2) < 1e-12);
    QCOMPARE(*run->latestYear, 2026);
    QCOMPARE(run->targetYear, 2030);
    QVERIFY(std::abs(*run->reducedSinceBase() - 40.42) < 1e-9);
    QCOMPARE(*run->stillToReduce(), 0.0);
    QVERIFY(run->decomposition);
    QVERIFY(std::abs(run->decomposition->change() - -40.42) < 1e-9);
}

void TestMonitoringRun::aFactorAddedAfterAdoptionCounts()
{
    // A 2025 grid factor added to the plan after adoption (0.35 kg/kWh): the 2025 line that
    // names it is 1,000,000 × 0.35 kg = 350 t, not zero.
    Plan plan = flatPlan();
    EmissionFactor grid2025 = plan.factors.front(); // "grid", 0.4042 kg CO2/kWh
    grid2025.id = QStringLiteral("grid-2025");
    grid2025.gases = {{Gas::CO2, 0.35}};
    plan.factors.append(grid2025);
    plan.monitoring.actuals = {actualIn(2025, 1000000, QStringLiteral("grid-2025"))};
    QVERIFY(PlanValidator::validate(plan, noLibrary()).isEmpty());
    const std::optional<MonitoringRun> run = MonitoringRun::of(plan, noLibrary(), QDate());
    QVERIFY(run);
    QVERIFY(std::abs(run->years.front().actual - 350) < 1e-9);
    // The change is the grid's: 1,000,000 kWh × (0.35 − 0.4042) kg = −54.2 t.
    QVERIFY(std::abs(run->decomposition->emissionFactor - -54.2) < 1e-9);
    QVERIFY(std::abs(run->decomposition->residual) < 1e-9);
}

void TestMonitoringRun::withoutAdoptionSaysSo()
{
    Plan plan = flatPlan();
    plan.monitoring.adoptions.clear();
    QString error;
    QVERIFY(!MonitoringRun::of(plan, noLibrary(), QDate(), 0, &error));
    QVERIFY(error.startsWith(QStringLiteral("the plan has not been adopted yet")));
}

void TestMonitoringRun::badMonitoringIsNamedAtItsPath()
{
    Plan plan = flatPlan();
    plan.monitoring.actuals = {actualIn(2023, 1000), actualIn(2025, -5),
                               actualIn(2026, 1000, QStringLiteral("nowhere")),
                               actualIn(2026, 1000)};
    plan.monitoring.progress = {
        {QStringLiteral("ghost"), 2025, 1.0, ProgressStatus::Implementing, {}, {}, {}},
        {QStringLiteral("ghost"), 2070, -1.0, ProgressStatus::Implementing, {}, {}, {}}};
    plan.monitoring.indicators = {{QString(), QStringLiteral("x"), QString(), QString(), {}}};
    const PlanProblems problems = PlanValidator::validate(plan, noLibrary());
    QCOMPARE(messageAt(problems, QStringLiteral("/monitoring/actuals/0/year")),
             QStringLiteral("an actual inventory is for a year after the base year 2023, up to "
                            "2030; this one is for 2023"));
    QCOMPARE(messageAt(problems, QStringLiteral("/monitoring/actuals/1/activities/0/amount")),
             QStringLiteral("amount -5 must be a number of at least 0"));
    QVERIFY(messageAt(problems, QStringLiteral("/monitoring/actuals/2/activities/0/factor"))
                .contains(QStringLiteral("nowhere")));
    QVERIFY(messageAt(problems, QStringLiteral("/monitoring/actuals/3/year"))
                .contains(QStringLiteral("used twice")));
    QCOMPARE(messageAt(problems, QStringLiteral("/monitoring/progress/0/measure")),
             QStringLiteral("measure \"ghost\" is not in the plan"));
    QCOMPARE(messageAt(problems, QStringLiteral("/monitoring/progress/1/year")),
             QStringLiteral("progress year 2070 is outside the plan's horizon 2023–2030"));
    QCOMPARE(messageAt(problems, QStringLiteral("/monitoring/progress/1/adoption")),
             QStringLiteral("-1 must be a number of at least 0"));
    QCOMPARE(messageAt(problems, QStringLiteral("/monitoring/indicators/0/id")),
             QStringLiteral("the indicator has no id"));
}

QTEST_APPLESS_MAIN(TestMonitoringRun)
#include "TestMonitoringRun.moc"
