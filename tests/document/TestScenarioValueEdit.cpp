// Editing values that differ by scenario (docs/measures.md, "Values that differ by scenario"):
// "this scenario's value" is one undo step per field; a value equal to what the scenario would
// otherwise have takes its own away; renaming a scenario renames it where others are based on
// it, and removing it rebases those so that they run exactly as before (checked through the
// engine); undo restores each plan exactly. The plan: one custom measure cutting 20 % of 216 t
// of gas a year (tests/model/TestScenarioValues.cpp works its figures by hand).
#include "AddRemoveScenario.h"
#include "PlanDocument.h"
#include "PlanFixtures.h"
#include "RenameScenario.h"
#include "ScenarioValueEdit.h"
#include "engine/PlanRun.h"
#include "plan/ScenarioValues.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

const QString kCut = QStringLiteral("cut");
const QString kShare = QStringLiteral("share");

Plan gasPlan()
{
    Plan p = basePlan(2024, 2030);
    p.activities = {line(QStringLiteral("gas"), Sector::StationaryEnergy, QStringLiteral("homes"),
                         QStringLiteral("natural_gas"), 100000, QStringLiteral("m³"),
                         QStringLiteral("gas"))};
    Measure cut = measure(MeasureKind::Custom, kCut, 2024, {{"share", 0.2}});
    cut.targets = {QStringLiteral("gas")};
    p.measures = {cut};
    const QList<ScenarioMeasure> levels{{kCut, 1.0}};
    p.scenarios = {{QStringLiteral("A"), QString(), levels},
                   {QStringLiteral("B"), QString(), levels}};
    return p;
}

YearSeries netOf(const Plan &plan, const QString &scenario)
{
    return PlanRun::run(plan, noLibrary(), {plan.findScenario(scenario)})
        .result.scenarios.front()
        .net;
}

} // namespace

class TestScenarioValueEdit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_recovery;

private slots:
    void setIsOneStepPerField()
    {
        auto doc = PlanDocument::fromPlan(gasPlan(), m_recovery.path());
        // Typing 0.4 then 0.5 into one box: one step; A's own share, B untouched.
        ScenarioValueEdit::set(doc.get(), 0, kCut, kShare, 0.4);
        ScenarioValueEdit::set(doc.get(), 0, kCut, kShare, 0.5);
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->plan().scenarios[0].overrides,
                 (QList<ScenarioOverride>{{kCut, kShare, 0.5}}));
        QVERIFY(doc->plan().scenarios[1].overrides.isEmpty());
        QVERIFY(ScenarioValueEdit::isOwn(doc->plan(), 0, kCut, kShare));
        // A: 216 × (1 − 0.5) = 108 t; B: 216 × 0.8 = 172.8 t.
        QVERIFY(qAbs(netOf(doc->plan(), QStringLiteral("A"))[0] - 108) < 1e-9);
        QVERIFY(qAbs(netOf(doc->plan(), QStringLiteral("B"))[0] - 172.8) < 1e-9);
        // Another field: a step of its own.
        ScenarioValueEdit::set(doc.get(), 0, kCut, ScenarioValues::kStartYear, 2026);
        QCOMPARE(doc->undoStack()->count(), 2);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(doc->plan(), gasPlan());
    }

    void theInheritedValueTakesItsOwnAway()
    {
        Plan plan = gasPlan();
        plan.scenarios[0].overrides = {{kCut, kShare, 0.5}};
        plan.scenarios[1].basedOn = QStringLiteral("A");
        auto doc = PlanDocument::fromPlan(plan, m_recovery.path());
        // B inherits 0.5; setting 0.3 is B's own, setting 0.5 again takes it away.
        QCOMPARE(ScenarioValueEdit::inherited(doc->plan(), 1, kCut, kShare), 0.5);
        ScenarioValueEdit::set(doc.get(), 1, kCut, kShare, 0.3);
        QCOMPARE(doc->plan().scenarios[1].overrides.size(), 1);
        ScenarioValueEdit::set(doc.get(), 1, kCut, kShare, 0.5);
        QVERIFY(doc->plan().scenarios[1].overrides.isEmpty());
        // Clearing A's own: A (and B through it) run with the measure's 0.2 again.
        ScenarioValueEdit::clear(doc.get(), 0, kCut, kShare);
        QVERIFY(doc->plan().scenarios[0].overrides.isEmpty());
        QVERIFY(qAbs(netOf(doc->plan(), QStringLiteral("B"))[0] - 172.8) < 1e-9);
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(doc->plan(), plan);
    }

    void renamingFollowsIntoTheBase()
    {
        Plan plan = gasPlan();
        plan.scenarios[1].basedOn = QStringLiteral("A");
        auto doc = PlanDocument::fromPlan(plan, m_recovery.path());
        doc->undoStack()->push(new RenameScenario(doc.get(), 0, QStringLiteral("Ambitious")));
        QCOMPARE(doc->plan().scenarios[1].basedOn, QStringLiteral("Ambitious"));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->plan(), plan);
    }

    void removingRebasesSoNothingChanges()
    {
        // C based on B based on A: A sets the start year, B the share, C the lifetime.
        Plan plan = gasPlan();
        plan.scenarios.append({QStringLiteral("C"), QString(), {{kCut, 1.0}}});
        plan.scenarios[0].overrides = {{kCut, ScenarioValues::kStartYear, 2026}};
        plan.scenarios[1].basedOn = QStringLiteral("A");
        plan.scenarios[1].overrides = {{kCut, kShare, 0.5}};
        plan.scenarios[2].basedOn = QStringLiteral("B");
        plan.scenarios[2].overrides = {{kCut, ScenarioValues::kLifetimeYears, 10}};
        const YearSeries before = netOf(plan, QStringLiteral("C"));
        // 216 t to 2025, 108 t from 2026.
        QVERIFY(qAbs(before[0] - 216) < 1e-9 && qAbs(before[2] - 108) < 1e-9);
        auto doc = PlanDocument::fromPlan(plan, m_recovery.path());
        doc->undoStack()->push(new RemoveScenario(doc.get(), 1)); // B goes
        const Plan &after = doc->plan();
        QCOMPARE(after.scenarios.size(), 2);
        const Scenario &c = after.scenarios[1];
        QCOMPARE(c.basedOn, QStringLiteral("A"));
        QCOMPARE(c.overrides, (QList<ScenarioOverride>{{kCut, ScenarioValues::kLifetimeYears, 10},
                                                       {kCut, kShare, 0.5}}));
        QVERIFY(((netOf(after, QStringLiteral("C")) - before).abs() < 1e-9).all());
        doc->undoStack()->undo();
        QCOMPARE(doc->plan(), plan);
    }
};

QTEST_GUILESS_MAIN(TestScenarioValueEdit)
#include "TestScenarioValueEdit.moc"
