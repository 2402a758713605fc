// The validator warns (never errs) when a carbon-accounts measure that cuts a share of home
// energy acts on home lines a physical measure of the same scenario also acts on, naming
// both (docs/measures.md, "Resident carbon accounts").
#include "PlanFixtures.h"
#include "storage/PlanValidator.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// Homes' electricity and cars; an LED measure (all electricity) and a carbon-accounts
// measure (residential lines and transport by default).
Plan plan(double homeCut)
{
    Plan p = basePlan();
    p.activities = {
        line(QStringLiteral("homes"), Sector::StationaryEnergy, QStringLiteral("residential"),
             QStringLiteral("electricity"), 1.0e6, QStringLiteral("kWh"), QStringLiteral("grid")),
        line(QStringLiteral("cars"), Sector::Transport, QStringLiteral("private"),
             QStringLiteral("car_travel"), 1.0e6, QStringLiteral("km"), QStringLiteral("car"))};
    Measure led = measure(MeasureKind::LedLighting, QStringLiteral("led"), 2024);
    led.name = QStringLiteral("LED everywhere");
    Measure accounts = measure(MeasureKind::CarbonAccounts, QStringLiteral("accounts"), 2024,
                               {{"home_energy_cut", homeCut}});
    accounts.name = QStringLiteral("Household points");
    p.measures = {accounts, led};
    p.scenarios = {allMeasures(p)};
    return p;
}

PlanProblems overlaps(const Plan &p)
{
    PlanProblems out;
    for (const PlanProblem &problem : PlanValidator::validate(p, noLibrary())) {
        if (problem.message.contains(QStringLiteral("carbon accounts")))
            out.append(problem);
    }
    return out;
}

} // namespace

class TestAccountsOverlap : public QObject
{
    Q_OBJECT

private slots:
    void warnsNamingBothMeasuresAndTheLines()
    {
        const PlanProblems found = overlaps(plan(0.02));
        QCOMPARE(found.size(), 1);
        const PlanProblem &w = found.first();
        QCOMPARE(w.severity, PlanProblem::Severity::Warning);
        QCOMPARE(w.path, QStringLiteral("/scenarios/0/measures/0"));
        QVERIFY2(w.message.contains(QStringLiteral("Household points")), qPrintable(w.message));
        QVERIFY2(w.message.contains(QStringLiteral("LED everywhere")), qPrintable(w.message));
        QVERIFY2(w.message.contains(QStringLiteral("homes")), qPrintable(w.message));
        QVERIFY2(!w.message.contains(QStringLiteral("cars")), qPrintable(w.message));
    }

    // No home cut (a fixed cut per person, as plans before the model): no warning; nor when
    // the physical measure is not in the scenario, or acts on other lines.
    void quietWithoutOverlap()
    {
        QVERIFY(overlaps(plan(0)).isEmpty());
        Plan p = plan(0.02);
        p.scenarios.first().measures.removeLast(); // without the LED
        QVERIFY(overlaps(p).isEmpty());
        p = plan(0.02);
        p.measures[0].targets = {QStringLiteral("cars")};
        QVERIFY(overlaps(p).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountsOverlap)
#include "TestAccountsOverlap.moc"
