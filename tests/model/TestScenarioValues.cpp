// Values that differ by scenario (docs/measures.md, "Values that differ by scenario"): a scenario
// sets a measure's values of its own, and one based on another takes that one's and overrides
// only what differs. Worked by hand on a plan of one line: 100,000 m³ of natural gas a year at
// 2.16 kg CO₂/m³ (GB/T 32151's China default, tests/support/PlanFixtures) = 216 t a year, cut by
// a custom measure keeping `1 − share` of it (docs/measures.md, "Custom measure"):
//   "every"  — the measure's own share 0.2 from 2024:        216 × 0.8 = 172.8 t a year;
//   "deeper" — its own share 0.5:                             216 × 0.5 = 108 t a year;
//   "later"  — based on "deeper", its own start year 2027:    216 t in 2024–2026, then 108 t;
//   "later2" — based on "later", its own share 0.25:          216 t to 2026, then 162 t.
// Then: the engine gives the same as a plan whose measure holds those values; the files keep
// them (JSON and project file); a version 6 project file reads with none; and the validator
// names what is wrong.
#include "PlanFixtures.h"
#include "engine/PlanRun.h"
#include "plan/ScenarioValues.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"
#include "storage/PlanValidator.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr double kTolerance = 1e-9; // t: the same few products, in another order

Plan gasPlan()
{
    Plan p = basePlan(2024, 2030);
    p.activities = {line(QStringLiteral("gas"), Sector::StationaryEnergy, QStringLiteral("homes"),
                         QStringLiteral("natural_gas"), 100000, QStringLiteral("m³"),
                         QStringLiteral("gas"))};
    Measure cut = measure(MeasureKind::Custom, QStringLiteral("cut"), 2024, {{"share", 0.2}});
    cut.targets = {QStringLiteral("gas")};
    cut.costs.capex = 10000;
    p.measures = {cut};
    const QList<ScenarioMeasure> levels{{QStringLiteral("cut"), 1.0}};
    Scenario every{QStringLiteral("every"), QString(), levels};
    Scenario deeper{QStringLiteral("deeper"), QString(), levels};
    deeper.overrides = {{QStringLiteral("cut"), QStringLiteral("share"), 0.5}};
    Scenario later{QStringLiteral("later"), QString(), levels};
    later.basedOn = QStringLiteral("deeper");
    later.overrides = {{QStringLiteral("cut"), ScenarioValues::kStartYear, 2027}};
    Scenario later2{QStringLiteral("later2"), QString(), levels};
    later2.basedOn = QStringLiteral("later");
    later2.overrides = {{QStringLiteral("cut"), QStringLiteral("share"), 0.25}};
    p.scenarios = {every, deeper, later, later2};
    return p;
}

YearSeries netOf(const Plan &plan, const QString &scenario)
{
    const Scenario *s = plan.findScenario(scenario);
    Q_ASSERT(s);
    return PlanRun::run(plan, noLibrary(), {s}).result.scenarios.front().net;
}

bool hasError(const PlanProblems &problems, const QString &path, const QString &text)
{
    for (const PlanProblem &p : problems)
        if (p.severity == PlanProblem::Severity::Error && p.path == path &&
            p.message.contains(text))
            return true;
    return false;
}

} // namespace

class TestScenarioValues : public QObject
{
    Q_OBJECT

private slots:
    void inheritsAndOverrides()
    {
        const Plan plan = gasPlan();
        QStringList origins;
        const QList<ScenarioOverride> values =
            ScenarioValues::effective(plan, plan.scenarios[3], &origins);
        // later2's own share, later's start year; deeper's share is overridden by later2's.
        QCOMPARE(values.size(), 2);
        QCOMPARE(values[0],
                 (ScenarioOverride{QStringLiteral("cut"), QStringLiteral("share"), 0.25}));
        QCOMPARE(values[1],
                 (ScenarioOverride{QStringLiteral("cut"), ScenarioValues::kStartYear, 2027}));
        QCOMPARE(origins, (QStringList{QStringLiteral("later2"), QStringLiteral("later")}));
        QString origin;
        QCOMPARE(*ScenarioValues::valueIn(plan, plan.scenarios[2], QStringLiteral("cut"),
                                          QStringLiteral("share"), &origin),
                 0.5);
        QCOMPARE(origin, QStringLiteral("deeper"));
        QCOMPARE(*ScenarioValues::valueIn(plan, plan.scenarios[0], QStringLiteral("cut"),
                                          QStringLiteral("share"), &origin),
                 0.2);
        QVERIFY(origin.isEmpty()); // every scenario's
        QVERIFY(!ScenarioValues::hasValues(plan, plan.scenarios[0]));
        QVERIFY(ScenarioValues::hasValues(plan, plan.scenarios[2]));
    }

    void engineRunsEachScenarioWithItsValues()
    {
        const Plan plan = gasPlan();
        const YearSeries every = netOf(plan, QStringLiteral("every"));
        const YearSeries deeper = netOf(plan, QStringLiteral("deeper"));
        const YearSeries later = netOf(plan, QStringLiteral("later"));
        const YearSeries later2 = netOf(plan, QStringLiteral("later2"));
        for (int y = 0; y < 7; ++y) {
            const int year = 2024 + y;
            QVERIFY(qAbs(every[y] - 172.8) < kTolerance);
            QVERIFY(qAbs(deeper[y] - 108.0) < kTolerance);
            QVERIFY(qAbs(later[y] - (year < 2027 ? 216.0 : 108.0)) < kTolerance);
            QVERIFY(qAbs(later2[y] - (year < 2027 ? 216.0 : 162.0)) < kTolerance);
        }
    }

    void sameAsAPlanHoldingTheValues()
    {
        // A capex of its own too: the present cost follows, as if the measure held it.
        Plan plan = gasPlan();
        plan.scenarios[1].overrides.append({QStringLiteral("cut"), ScenarioValues::kCapex, 25000});
        Plan held = plan;
        held.measures[0].parameters[QStringLiteral("share")].value = 0.5;
        held.measures[0].costs.capex = 25000;
        held.scenarios[1].overrides.clear();
        const Scenario *with = plan.findScenario(QStringLiteral("deeper"));
        const Scenario *without = held.findScenario(QStringLiteral("deeper"));
        const ScenarioResult a = PlanRun::run(plan, noLibrary(), {with}).result.scenarios.front();
        const ScenarioResult b =
            PlanRun::run(held, noLibrary(), {without}).result.scenarios.front();
        QVERIFY(((a.net - b.net).abs() < kTolerance).all());
        QVERIFY(qAbs(a.presentCost - b.presentCost) < 1e-6);
        QVERIFY(a.presentCost > 20000); // 25,000 invested in 2024, not the measure's 10,000
        // The other scenarios still run with the measure's own capex.
        const ScenarioResult every =
            PlanRun::run(plan, noLibrary(), {plan.findScenario(QStringLiteral("every"))})
                .result.scenarios.front();
        QVERIFY(every.presentCost < 20000);
    }

    void rangeKeptOnlyAroundTheValue()
    {
        Measure m = measure(MeasureKind::Custom, QStringLiteral("cut"), 2024);
        m.parameters[QStringLiteral("share")] = {0.2, 0.1, 0.3, QString()};
        Measure inside = m;
        ScenarioValues::apply(inside, QStringLiteral("share"), 0.25);
        QCOMPARE(inside.parameters[QStringLiteral("share")].low, std::optional<double>(0.1));
        Measure outside = m;
        ScenarioValues::apply(outside, QStringLiteral("share"), 0.5);
        QVERIFY(!outside.parameters[QStringLiteral("share")].low);
        QVERIFY(!outside.parameters[QStringLiteral("share")].isUncertain());
    }

    void jsonAndProjectFileKeepThem()
    {
        const Plan plan = gasPlan();
        const PlanReadResult json = PlanJson::read(PlanJson::write(plan));
        QVERIFY(json.plan);
        QCOMPARE(json.plan->scenarios, plan.scenarios);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inherited.zeroplan"));
        QString error;
        QVERIFY2(PlanStore::save(plan, path, &error), qPrintable(error));
        const PlanStoreResult stored = PlanStore::load(path);
        QVERIFY(stored.plan);
        QCOMPARE(stored.plan->scenarios, plan.scenarios);
        // Without any, nothing is written: the scenario reads as format 5 wrote it.
        QVERIFY(
            !PlanJson::toJson(plan)[QStringLiteral("scenarios")].toArray()[0].toObject().contains(
                QStringLiteral("overrides")));
    }

    void versionSixFileReadsWithNone()
    {
        const PlanStoreResult old = PlanStore::load(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/tariffed-v6.zeroplan"));
        QVERIFY(old.plan);
        QVERIFY(!old.plan->scenarios.isEmpty());
        for (const Scenario &s : old.plan->scenarios) {
            QVERIFY(s.basedOn.isEmpty());
            QVERIFY(s.overrides.isEmpty());
        }
    }

    // The first file of schema version 7 (frozen): it loads into the plan of its JSON twin, and
    // loading leaves it as it was.
    void version7FileStillLoads()
    {
        const QString path =
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/inherited-v7.zeroplan");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY(loaded.ok());
        const PlanReadResult json = PlanJson::readFile(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/inherited-v7.json"));
        QVERIFY(json.ok());
        QVERIFY(*loaded.plan == *json.plan);
        const Scenario *small = loaded.plan->findScenario(QStringLiteral("Ambitious, small array"));
        QVERIFY(small);
        QCOMPARE(small->basedOn, QStringLiteral("Ambitious"));
        // Its own array, and Ambitious's later heat pumps through its base.
        QCOMPARE(*ScenarioValues::valueIn(*loaded.plan, *small, QStringLiteral("solar"),
                                          QStringLiteral("capacity_kwp")),
                 300.0);
        QCOMPARE(*ScenarioValues::valueIn(*loaded.plan, *small, QStringLiteral("heat-pumps"),
                                          ScenarioValues::kStartYear),
                 2029.0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void validatorNamesWhatIsWrong()
    {
        Plan plan = gasPlan();
        plan.scenarios[0].basedOn = QStringLiteral("every"); // itself
        plan.scenarios[1].basedOn = QStringLiteral("later2"); // deeper → later2 → later → deeper
        plan.scenarios[1].overrides = {
            {QStringLiteral("moon"), QStringLiteral("share"), 0.5},    // no such measure
            {QStringLiteral("cut"), QStringLiteral("colour"), 1},      // no such field
            {QStringLiteral("cut"), ScenarioValues::kStartYear, 2050}, // after the horizon
            {QStringLiteral("cut"), ScenarioValues::kRampYears, 2.5},  // not whole
            {QStringLiteral("cut"), ScenarioValues::kCapex, -1},       // negative
        };
        plan.scenarios[2].overrides.append(
            {QStringLiteral("cut"), ScenarioValues::kStartYear, 2028}); // set twice
        const PlanProblems problems = PlanValidator::validate(plan, noLibrary());
        QVERIFY(
            hasError(problems, QStringLiteral("/scenarios/0/based_on"), QStringLiteral("itself")));
        QVERIFY(
            hasError(problems, QStringLiteral("/scenarios/1/based_on"), QStringLiteral("circle")));
        QVERIFY(hasError(problems, QStringLiteral("/scenarios/1/overrides/0/measure"),
                         QStringLiteral("\"moon\" is not in the plan")));
        QVERIFY(hasError(problems, QStringLiteral("/scenarios/1/overrides/1/value"),
                         QStringLiteral("colour is not a value of")));
        QVERIFY(
            hasError(problems, QStringLiteral("/scenarios/1/overrides/2/value"),
                     QStringLiteral("start_year 2050 is outside the plan's horizon 2024–2030")));
        QVERIFY(hasError(problems, QStringLiteral("/scenarios/1/overrides/3/value"),
                         QStringLiteral("whole number")));
        QVERIFY(hasError(problems, QStringLiteral("/scenarios/1/overrides/4/value"),
                         QStringLiteral("capex -1 must be at least 0")));
        QVERIFY(hasError(problems, QStringLiteral("/scenarios/2/overrides/1/field"),
                         QStringLiteral("set twice")));
        // The plan as built above has none of these.
        const PlanProblems fine = PlanValidator::validate(gasPlan(), noLibrary());
        for (const PlanProblem &p : fine)
            QVERIFY2(!p.path.startsWith(QStringLiteral("/scenarios")), qPrintable(p.message));
    }
};

QTEST_GUILESS_MAIN(TestScenarioValues)
#include "TestScenarioValues.moc"
