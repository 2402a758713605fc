// The undo commands on a PlanDocument: each changes the plan, says what it changed, names
// itself for the Edit menu, and undoes exactly; consecutive changes of one field merge.
#include "AddRemoveActivity.h"
#include "AddRemoveMeasure.h"
#include "AddRemoveScenario.h"
#include "ChangeValue.h"
#include "ImportActivities.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "RenameScenario.h"
#include "ReplaceActivity.h"
#include "measures/MeasureCatalogue.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

namespace {

using Part = ChangeEvent::Part;

std::unique_ptr<PlanDocument> openShenzhen(const QString &recoveryDir)
{
    return PlanDocument::open(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"), recoveryDir,
        nullptr);
}

// The first scenario using a measure that more than one scenario uses, and that measure.
std::pair<qsizetype, QString> sharedMeasure(const Plan &plan)
{
    for (const Measure &m : plan.measures) {
        qsizetype users = 0;
        qsizetype first = -1;
        for (qsizetype s = 0; s < plan.scenarios.size(); ++s) {
            for (const ScenarioMeasure &entry : plan.scenarios.at(s).measures) {
                if (entry.measure == m.id) {
                    ++users;
                    first = first < 0 ? s : first;
                }
            }
        }
        if (users > 1)
            return {first, m.id};
    }
    return {-1, QString()};
}

qsizetype measureIndex(const Plan &plan, const QString &id)
{
    for (qsizetype i = 0; i < plan.measures.size(); ++i) {
        if (plan.measures.at(i).id == id)
            return i;
    }
    return -1;
}

ChangeEvent changeOf(const QList<QVariant> &arguments)
{
    return arguments.at(0).value<ChangeEvent>();
}

} // namespace

class TestPlanCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void draggedLevelIsOneStep();
    void differentFieldsDoNotMerge();
    void changeBackToOldValueIsNoStep();
    void gridRegionUndoRestoresItsFactor();
    void measureParameterText();
    void removeMeasureUsedByScenarios();
    void addMeasure();
    void importActivitiesIsOneStep();
    void addRemoveActivity();
    void replaceActivity();
    void addRemoveRenameScenario();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    Plan m_original;
};

void TestPlanCommands::init()
{
    m_document = openShenzhen(m_dir.path());
    QVERIFY(m_document);
    m_original = m_document->plan();
    QVERIFY(!m_original.scenarios.isEmpty());
    QVERIFY(!m_original.scenarios.first().measures.isEmpty());
}

void TestPlanCommands::draggedLevelIsOneStep()
{
    const ScenarioMeasure entry = m_original.scenarios.first().measures.first();
    QUndoStack *stack = m_document->undoStack();
    QSignalSpy changed(m_document.get(), &PlanDocument::changed);
    for (int step = 1; step <= 10; ++step) {
        const double level = entry.level * (1 - step / 20.0);
        stack->push(new ChangeValue<double>(
            m_document.get(),
            PlanFields::scenarioMeasureLevel(m_document->plan(), 0, entry.measure), level));
    }
    QCOMPARE(stack->count(), 1);
    QCOMPARE(changed.count(), 10);
    QCOMPARE(changeOf(changed.first()), ChangeEvent::changed(Part::Scenarios, 0));
    QCOMPARE(m_document->plan().scenarios.first().measures.first().level, entry.level * 0.5);
    QVERIFY(stack->undoText().startsWith(QStringLiteral("Change level of")));

    stack->undo();
    QCOMPARE(m_document->plan(), m_original);
    QVERIFY(!m_document->isModified());
    stack->redo();
    QCOMPARE(m_document->plan().scenarios.first().measures.first().level, entry.level * 0.5);
}

void TestPlanCommands::differentFieldsDoNotMerge()
{
    QUndoStack *stack = m_document->undoStack();
    stack->push(new ChangeValue<double>(m_document.get(), PlanFields::population(), 1000));
    stack->push(new ChangeValue<double>(m_document.get(), PlanFields::households(), 400));
    stack->push(new ChangeValue<double>(m_document.get(), PlanFields::population(), 1100));
    QCOMPARE(stack->count(), 3);
    const ScenarioMeasure second = m_original.scenarios.first().measures.value(1);
    if (!second.measure.isEmpty()) { // the same field of two objects is two fields
        const ScenarioMeasure first = m_original.scenarios.first().measures.first();
        for (const ScenarioMeasure &e : {first, second})
            stack->push(new ChangeValue<double>(
                m_document.get(),
                PlanFields::scenarioMeasureLevel(m_document->plan(), 0, e.measure), 0.25));
        QCOMPARE(stack->count(), 5);
    }
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(m_document->plan(), m_original);
}

void TestPlanCommands::changeBackToOldValueIsNoStep()
{
    QUndoStack *stack = m_document->undoStack();
    const double population = m_original.community.population;
    stack->push(new ChangeValue<double>(m_document.get(), PlanFields::population(), population));
    QCOMPARE(stack->count(), 0);
    stack->push(new ChangeValue<double>(m_document.get(), PlanFields::population(), 1));
    stack->push(new ChangeValue<double>(m_document.get(), PlanFields::population(), population));
    QCOMPARE(stack->count(), 0); // dragged there and back: nothing to undo
    QCOMPARE(m_document->plan(), m_original);
    QVERIFY(!m_document->isModified());
}

// The grid region and what it sets (electricity factor, currency, prices) are one field: undo
// puts all back.
void TestPlanCommands::gridRegionUndoRestoresItsFactor()
{
    QUndoStack *stack = m_document->undoStack();
    const Community &before = m_original.community;
    RegionDefaults east = StartingPlan::current(m_original);
    east.gridRegion = QStringLiteral("CN-East");
    east.electricityFactor = QStringLiteral("grid-cn-east-2023");
    east.prices = {Price{QStringLiteral("electricity"), QStringLiteral("kWh"), 0.538,
                         QStringLiteral("Zhejiang residential tariff, first tier")}};
    QVERIFY(before.electricityFactor != east.electricityFactor);
    QVERIFY(m_original.prices != east.prices);
    stack->push(new ChangeValue<RegionDefaults>(m_document.get(), PlanFields::gridRegion(), east));
    QCOMPARE(m_document->plan().community.gridRegion, east.gridRegion);
    QCOMPARE(m_document->plan().community.electricityFactor, east.electricityFactor);
    QCOMPARE(m_document->plan().prices, east.prices);
    QCOMPARE(stack->undoText(), QStringLiteral("Change grid region"));
    stack->undo();
    QCOMPARE(m_document->plan().community.gridRegion, before.gridRegion);
    QCOMPARE(m_document->plan().community.electricityFactor, before.electricityFactor);
    QCOMPARE(m_document->plan(), m_original);
}

void TestPlanCommands::measureParameterText()
{
    const qsizetype index = measureIndex(m_original, QStringLiteral("solar"));
    QVERIFY(index >= 0);
    const Measure &solar = m_original.measures.at(index);
    QVERIFY(!solar.parameters.isEmpty());
    const QString key = solar.parameters.firstKey();
    const double value = solar.parameters.first().value;
    QUndoStack *stack = m_document->undoStack();
    stack->push(new ChangeValue<double>(
        m_document.get(), PlanFields::measureParameter(m_document->plan(), index, key), value * 2));
    QCOMPARE(m_document->plan().measures.at(index).parameters.value(key).value, value * 2);
    QVERIFY2(stack->undoText().contains(solar.name), qPrintable(stack->undoText()));
    stack->undo();
    QCOMPARE(m_document->plan(), m_original);
}

void TestPlanCommands::removeMeasureUsedByScenarios()
{
    const auto [scenario, id] = sharedMeasure(m_original);
    QVERIFY2(scenario >= 0, "the sample has a measure in two scenarios");
    const qsizetype index = measureIndex(m_original, id);
    QSignalSpy changed(m_document.get(), &PlanDocument::changed);
    QUndoStack *stack = m_document->undoStack();
    stack->push(new RemoveMeasure(m_document.get(), index));

    const Plan &plan = m_document->plan();
    QCOMPARE(plan.measures.size(), m_original.measures.size() - 1);
    QVERIFY(!plan.findMeasure(id));
    for (const Scenario &s : plan.scenarios) {
        for (const ScenarioMeasure &entry : s.measures)
            QVERIFY(entry.measure != id);
    }
    // Its payer split goes with it (the sample splits every measure; docs/residents.md), and
    // undo puts it back at its place (the comparisons with m_original below).
    QVERIFY(m_original.residents.split(id));
    QVERIFY(!plan.residents.split(id));
    QCOMPARE(plan.residents.splits.size(), m_original.residents.splits.size() - 1);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changeOf(changed.at(0)), ChangeEvent::removed(Part::Measures, index));
    QCOMPARE(changeOf(changed.at(1)), ChangeEvent::changed(Part::Scenarios));
    QCOMPARE(stack->undoText(),
             QStringLiteral("Remove measure “%1”").arg(m_original.measures.at(index).name));

    stack->undo();
    QCOMPARE(m_document->plan(), m_original);
    stack->redo();
    stack->undo();
    QCOMPARE(m_document->plan(), m_original);
}

void TestPlanCommands::addMeasure()
{
    Measure measure = MeasureCatalogue::makeDefault(MeasureKind::Custom, QStringLiteral("extra"),
                                                    m_original.community.baseYear + 1);
    measure.name = QStringLiteral("Rooftop solar");
    QSignalSpy changed(m_document.get(), &PlanDocument::changed);
    QUndoStack *stack = m_document->undoStack();
    stack->push(new AddMeasure(m_document.get(), measure, 1));
    QCOMPARE(m_document->plan().measures.at(1), measure);
    QCOMPARE(changeOf(changed.takeFirst()), ChangeEvent::added(Part::Measures, 1));
    QCOMPARE(stack->undoText(), QStringLiteral("Add measure “Rooftop solar”"));
    stack->undo();
    QCOMPARE(m_document->plan(), m_original);
    QCOMPARE(changeOf(changed.takeFirst()), ChangeEvent::removed(Part::Measures, 1));

    stack->push(new AddMeasure(m_document.get(), measure));
    QCOMPARE(m_document->plan().measures.last(), measure);
}

void TestPlanCommands::importActivitiesIsOneStep()
{
    QList<ActivityLine> lines;
    for (int i = 0; i < 12; ++i) {
        ActivityLine line = m_original.activities.first();
        line.id = QStringLiteral("imported-%1").arg(i);
        line.amount = 100 + i;
        lines.append(line);
    }
    QSignalSpy changed(m_document.get(), &PlanDocument::changed);
    QUndoStack *stack = m_document->undoStack();
    stack->push(new ImportActivities(m_document.get(), lines));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Import 12 activity line(s)"));
    QCOMPARE(m_document->plan().activities.size(), m_original.activities.size() + 12);
    QCOMPARE(m_document->plan().activities.mid(m_original.activities.size()), lines);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changeOf(changed.first()),
             ChangeEvent::added(Part::Activities, m_original.activities.size(), 12));

    stack->undo();
    QCOMPARE(m_document->plan(), m_original);
    stack->push(new ImportActivities(m_document.get(), {}));
    QCOMPARE(stack->count(), 0); // nothing imported: no step
}

void TestPlanCommands::addRemoveActivity()
{
    QUndoStack *stack = m_document->undoStack();
    const ActivityLine second = m_original.activities.at(1);
    stack->push(new RemoveActivity(m_document.get(), 1));
    QCOMPARE(m_document->plan().activities.size(), m_original.activities.size() - 1);
    QVERIFY(!m_document->plan().findActivity(second.id));
    QCOMPARE(stack->undoText(), QStringLiteral("Remove activity line “%1”").arg(second.id));
    ActivityLine line = second;
    line.id = QStringLiteral("new-line");
    stack->push(new AddActivity(m_document.get(), line, 0));
    QCOMPARE(m_document->plan().activities.first(), line);
    stack->undo();
    stack->undo();
    QCOMPARE(m_document->plan(), m_original);
}

void TestPlanCommands::replaceActivity()
{
    QUndoStack *stack = m_document->undoStack();
    ActivityLine line = m_original.activities.at(2);
    line.amount *= 3;
    line.note = QStringLiteral("meter read again");
    QSignalSpy changed(m_document.get(), &PlanDocument::changed);
    stack->push(new ReplaceActivity(m_document.get(), 2, line));
    QCOMPARE(m_document->plan().activities.at(2), line);
    QCOMPARE(changeOf(changed.first()), ChangeEvent::changed(Part::Activities, 2));
    stack->undo();
    QCOMPARE(m_document->plan(), m_original);
}

void TestPlanCommands::addRemoveRenameScenario()
{
    QUndoStack *stack = m_document->undoStack();
    const Scenario added{QStringLiteral("Bold"), QString(), {}};
    stack->push(new AddScenario(m_document.get(), added));
    QCOMPARE(m_document->plan().scenarios.last(), added);
    const qsizetype last = m_document->plan().scenarios.size() - 1;
    stack->push(new RenameScenario(m_document.get(), last, QStringLiteral("Bo")));
    stack->push(new RenameScenario(m_document.get(), last, QStringLiteral("Bolder")));
    QCOMPARE(stack->count(), 2); // typing a name is one step
    QCOMPARE(m_document->plan().scenarios.last().name, QStringLiteral("Bolder"));
    QCOMPARE(stack->undoText(), QStringLiteral("Rename scenario “Bold”"));
    stack->push(new RemoveScenario(m_document.get(), 0));
    QCOMPARE(m_document->plan().scenarios.size(), m_original.scenarios.size());
    QCOMPARE(m_document->plan().scenarios.first(), m_original.scenarios.value(1, added));
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(m_document->plan(), m_original);
}

QTEST_GUILESS_MAIN(TestPlanCommands)
#include "TestPlanCommands.moc"
