// The monitoring commands on a PlanDocument (AdoptScenario, EditMonitoring): each changes the
// plan's monitoring, says so (Part::Monitoring), names itself for the Edit menu and undoes
// exactly; edits that make no sense give no command. On the Shenzhen sample: adopted 稳健 as
// 2023版, actuals for 2024 and 2025, solar's progress reported for 2024 and 2025.
#include "AdoptScenario.h"
#include "MonitoringEdits.h"
#include "PlanDocument.h"
#include "measures/MeasureCatalogue.h"
#include "storage/FactorLibraryJson.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

namespace {

std::unique_ptr<PlanDocument> openShenzhen(const QString &recoveryDir)
{
    return PlanDocument::open(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"), recoveryDir,
        nullptr);
}

const MeasureProgress *progressOf(const Plan &plan, const QString &measure, int year)
{
    for (const MeasureProgress &p : plan.monitoring.progress) {
        if (p.measure == measure && p.year == year)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestMonitoringEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;

private slots:
    void init();
    void adoptingAddsAVersion();
    void nextLabelSkipsLabelsInUse();
    void anActualYearStartsAsTheBaseline();
    void anActualYearOutsideThePlanIsRefused();
    void anAmountIsOneUndoStep();
    void progressIsAddedOrUpdated();
};

void TestMonitoringEdits::init()
{
    QVERIFY(m_dir.isValid());
    m_document = openShenzhen(m_dir.path());
    QVERIFY(m_document);
    QCOMPARE(m_document->plan().monitoring.adoptions.size(), 1);
}

void TestMonitoringEdits::adoptingAddsAVersion()
{
    const Monitoring before = m_document->plan().monitoring;
    QSignalSpy changed(m_document.get(), &PlanDocument::changed);
    const QString label = AdoptScenario::nextLabel(before);
    QCOMPARE(label, QStringLiteral("v2")); // one adoption so far
    const QDate day(2026, 3, 1);
    m_document->undoStack()->push(
        new AdoptScenario(m_document.get(), 1, FactorLibraryJson::builtIn(), day, label));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Adopt scenario as v2"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<ChangeEvent>(),
             ChangeEvent::changed(ChangeEvent::Part::Monitoring));
    const Plan &plan = m_document->plan();
    QCOMPARE(plan.monitoring.adoptions.size(), 2);
    const AdoptedPlan &adopted = plan.monitoring.adoptions.back();
    QCOMPARE(adopted.label, QStringLiteral("v2"));
    QCOMPARE(adopted.date, day);
    // Scenario 1, frozen alone, over the plan's years (2023 to 2060: 38 years).
    QCOMPARE(adopted.scenario().name, plan.scenarios.at(1).name);
    QCOMPARE(adopted.years.size(), 38);
    QCOMPARE(adopted.years.front(), plan.community.baseYear);
    QCOMPARE(adopted.gross.size(), 38);
    QCOMPARE(plan.monitoring.adopted(), &adopted); // monitoring compares with the newest
    QVERIFY(adopted.plan->monitoring.isEmpty());
    QVERIFY(m_document->isModified());

    m_document->undoStack()->undo();
    QCOMPARE(m_document->plan().monitoring, before);
    QVERIFY(!m_document->isModified());
}

void TestMonitoringEdits::nextLabelSkipsLabelsInUse()
{
    Monitoring m;
    QCOMPARE(AdoptScenario::nextLabel(m), QStringLiteral("v1"));
    AdoptedPlan a;
    a.label = QStringLiteral("v2");
    m.adoptions.append(a);
    QCOMPARE(AdoptScenario::nextLabel(m), QStringLiteral("v3")); // v2 is taken
}

void TestMonitoringEdits::anActualYearStartsAsTheBaseline()
{
    const Monitoring before = m_document->plan().monitoring;
    EditMonitoring *command = EditMonitoring::addActualYear(m_document.get(), 2026);
    QVERIFY(command);
    m_document->undoStack()->push(command);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Add actual year 2026"));
    const Plan &plan = m_document->plan();
    QCOMPARE(plan.monitoring.actuals.size(), 3);
    QCOMPARE(plan.monitoring.actuals.back().year, 2026); // in year order
    QCOMPARE(plan.monitoring.actuals.back().activities, plan.activities);
    QCOMPARE(plan.monitoring.actuals.back().quality, ActualQuality::Estimated);
    QCOMPARE(plan.monitoring.latestActual()->year, 2026);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->plan().monitoring, before);
}

void TestMonitoringEdits::anActualYearOutsideThePlanIsRefused()
{
    PlanDocument *doc = m_document.get();
    QVERIFY(!EditMonitoring::addActualYear(doc, 2023)); // the base year
    QVERIFY(!EditMonitoring::addActualYear(doc, 2022));
    QVERIFY(!EditMonitoring::addActualYear(doc, 2061)); // past the horizon (2060)
    QVERIFY(!EditMonitoring::addActualYear(doc, 2025)); // already there
    QCOMPARE(doc->undoStack()->count(), 0);
}

void TestMonitoringEdits::anAmountIsOneUndoStep()
{
    PlanDocument *doc = m_document.get();
    const Monitoring before = doc->plan().monitoring;
    const ActivityLine line = doc->plan().monitoring.actual(2025)->activities.at(0);
    QVERIFY(!EditMonitoring::setActualAmount(doc, 2025, 0, -1));          // negative
    QVERIFY(!EditMonitoring::setActualAmount(doc, 2025, 0, line.amount)); // unchanged
    QVERIFY(!EditMonitoring::setActualAmount(doc, 2025, 999, 1));         // no such line
    QVERIFY(!EditMonitoring::setActualAmount(doc, 2030, 0, 1));           // no such year
    doc->undoStack()->push(EditMonitoring::setActualAmount(doc, 2025, 0, 600000));
    doc->undoStack()->push(EditMonitoring::setActualAmount(doc, 2025, 0, 500000));
    QCOMPARE(doc->undoStack()->undoText(),
             QStringLiteral("Change amount of line “%1” in 2025").arg(line.id));
    QCOMPARE(doc->undoStack()->count(), 2); // no merging: each edit its own step
    QCOMPARE(doc->plan().monitoring.actual(2025)->activities.at(0).amount, 500000.0);
    QCOMPARE(doc->plan().monitoring.actual(2024)->activities.at(0).amount,
             before.actual(2024)->activities.at(0).amount); // the other year untouched
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().monitoring.actual(2025)->activities.at(0).amount, 600000.0);
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().monitoring, before);
}

void TestMonitoringEdits::progressIsAddedOrUpdated()
{
    PlanDocument *doc = m_document.get();
    const Monitoring before = doc->plan().monitoring;
    const MeasureProgress solar = *progressOf(doc->plan(), QStringLiteral("solar"), 2025);
    QCOMPARE(*solar.adoption, 250.0);
    const QDate day(2026, 3, 1);

    // An existing entry: adoption and status change, its costs and notes stay, one dated
    // update is added.
    doc->undoStack()->push(EditMonitoring::setProgress(doc, QStringLiteral("solar"), 2025, 400,
                                                       ProgressStatus::Implementing, day));
    const MeasureProgress *updated = progressOf(doc->plan(), QStringLiteral("solar"), 2025);
    QCOMPARE(*updated->adoption, 400.0);
    QCOMPARE(updated->capexToDate, solar.capexToDate);
    QCOMPARE(updated->updates.size(), solar.updates.size() + 1);
    QCOMPARE(updated->updates.back().date, day);
    QCOMPARE(doc->plan().monitoring.progress.size(), before.progress.size());
    // Unchanged: no command.
    QVERIFY(!EditMonitoring::setProgress(doc, QStringLiteral("solar"), 2025, 400,
                                         ProgressStatus::Implementing, day));
    // The same day again: no second update of that day.
    doc->undoStack()->push(EditMonitoring::setProgress(doc, QStringLiteral("solar"), 2025, 444.45,
                                                       ProgressStatus::Implementing, day));
    QCOMPARE(progressOf(doc->plan(), QStringLiteral("solar"), 2025)->updates.size(),
             solar.updates.size() + 1);

    // A year without an entry: a new one.
    doc->undoStack()->push(EditMonitoring::setProgress(doc, QStringLiteral("solar"), 2026, 600,
                                                       ProgressStatus::Completed, day));
    const MeasureProgress *added = progressOf(doc->plan(), QStringLiteral("solar"), 2026);
    QVERIFY(added);
    QCOMPARE(added->status, ProgressStatus::Completed);
    QCOMPARE(doc->plan().monitoring.progress.size(), before.progress.size() + 1);
    // Named as the Measures page names it.
    QCOMPARE(
        doc->undoStack()->undoText(),
        QStringLiteral("Report progress of %1 in 2026")
            .arg(MeasureCatalogue::displayName(*doc->plan().findMeasure(QStringLiteral("solar")))));

    for (int i = 0; i < 3; ++i)
        doc->undoStack()->undo();
    QCOMPARE(doc->plan().monitoring, before);
}

QTEST_MAIN(TestMonitoringEdits)
#include "TestMonitoringEdits.moc"
