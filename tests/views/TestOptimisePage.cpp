// The Optimise page (docs/optimiser.md, "In the app"; docs/desktop.md): on the European
// eco-district sample the user ticks five measures, types their levels and a cut, runs the
// optimiser in the background and gets the same choice as Optimiser::run on the same request,
// computed here; its net in the target year meets the cut; Create Scenario from This adds it
// with exactly those levels as one undo step. Cancel stops a run and leaves nothing; levels
// that are no percentages are refused with the measure and field named.
#include "OptimisePageTest.h"

using namespace zeroplan;
using namespace zeroplan::test;

class TestOptimisePage : public OptimisePageTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase(); }
    void init() { openSample(); }
    void cleanup() { closePage(); }
    void optimiseAndCreateTheScenario();
    void cancelStopsTheRun();
    void badLevelsAreRefusedWithTheMeasureNamed();
    void thePlansInterimTargetsAndCarbonBudget();
};

void TestOptimisePage::optimiseAndCreateTheScenario()
{
    // The question: the five measures of TestOptimiser at 0, 50 and 100 %, net 20 % below
    // base-year gross in 2040, two alternatives.
    chooseCandidates(kFive, QStringLiteral("0, 50, 100"));
    child<QSpinBox>("targetYearSpinBox")->setValue(kTargetYear);
    child<QComboBox>("targetKindComboBox")->setCurrentIndex(1);
    auto *cut = child<QDoubleSpinBox>("cutSpinBox");
    QVERIFY(cut->isEnabled());
    cut->setValue(20);
    child<QSpinBox>("alternativesSpinBox")->setValue(2);

    auto *bar = child<QProgressBar>("optimiseProgressBar");
    clickRun();
    QVERIFY(m_page->run()->isRunning());
    QVERIFY(!child<QPushButton>("runOptimiseButton")->isEnabled());
    QVERIFY(child<QPushButton>("cancelOptimiseButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->run()->isRunning(), kRunTimeoutMs);
    // 3³ combinations of the electricity group + 3 + 3: every step counted.
    QCOMPARE(bar->maximum(), 33);
    QCOMPARE(bar->value(), 33);
    QVERIFY(child<QPushButton>("runOptimiseButton")->isEnabled());
    QVERIFY(!child<QPushButton>("cancelOptimiseButton")->isEnabled());

    // The same request, built here, straight through the optimiser.
    OptimiseRequest request = fiveAtACutOf20();
    request.alternatives = 2;
    const Plan plan = m_document->plan();
    const OptimiseResult expected = Optimiser::run(plan, request, FactorLibraryJson::builtIn());
    QCOMPARE(expected.outcome, OptimiseResult::Outcome::Optimal);
    QVERIFY(!expected.best.levels.isEmpty());

    auto *view = m_page->findChild<OptimiseResultView *>();
    QVERIFY(view);
    const Portfolio *shown = view->selectedPortfolio();
    QVERIFY(shown);
    QCOMPARE(view->selectedChoice(), 0);
    QCOMPARE(shown->levels, expected.best.levels);
    QCOMPARE(shown->presentCost, expected.best.presentCost);
    QVERIFY2(child<QLabel>("optimiseOutcomeLabel")->text().startsWith(QStringLiteral("Optimal")),
             qPrintable(child<QLabel>("optimiseOutcomeLabel")->text()));
    QVERIFY(child<QLabel>("optimiseOutcomeLabel")->text().contains(QStringLiteral("Exact")));
    auto *choices = child<QListWidget>("optimiseChoiceList");
    QCOMPARE(choices->count(), 1 + int(expected.alternatives.size()));
    auto *chosen = child<QTableWidget>("optimiseChosenTable");
    QCOMPARE(chosen->rowCount(), int(expected.best.levels.size()));
    for (int r = 0; r < chosen->rowCount(); ++r) {
        const double level = expected.best.levels.at(r).level;
        QCOMPARE(chosen->item(r, 1)->text(), NumberFormat::percent(level));
    }

    // Run by the full engine as a scenario: net in 2040 at most 80 % of base-year gross.
    const ScenarioResult rerun = ScenarioEngine(FactorLibraryJson::builtIn())
                                     .runScenario(plan, expected.best.scenario(QString()));
    const double baseGross = m_results->result().bauGross[0];
    const double limit = (1 - 0.2) * baseGross;
    const int row = kTargetYear - plan.community.baseYear;
    QVERIFY2(rerun.net[row] <= limit + 1e-9 * baseGross,
             qPrintable(QStringLiteral("%1 > %2").arg(rerun.net[row]).arg(limit)));
    QVERIFY(std::abs(expected.limit - limit) < 1e-9 * baseGross);
    QVERIFY(child<QLabel>("optimiseFiguresLabel")->text().contains(QStringLiteral("2040")));

    // Create Scenario from This: one undo step, the exact levels, the current scenario.
    QUndoStack *stack = m_document->undoStack();
    const int steps = stack->count();
    const qsizetype scenarios = plan.scenarios.size();
    auto *create = child<QPushButton>("createOptimisedScenarioButton");
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(m_document->plan().scenarios.size(), scenarios + 1);
    const Scenario &added = m_document->plan().scenarios.constLast();
    QCOMPARE(added.name, QStringLiteral("Least cost 2040"));
    QCOMPARE(added.measures, expected.best.levels);
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(m_results->currentScenario(), int(scenarios));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("optimiseStaleLabel"))->isHidden());

    // An alternative, selected: its own levels, under a name of its own.
    if (!expected.alternatives.isEmpty()) {
        choices->setCurrentRow(1);
        QCOMPARE(view->selectedPortfolio()->levels, expected.alternatives.at(0).levels);
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(m_document->plan().scenarios.constLast().name,
                 QStringLiteral("Least cost 2040, alternative 1"));
        QCOMPARE(m_document->plan().scenarios.constLast().measures,
                 expected.alternatives.at(0).levels);
        QCOMPARE(stack->count(), steps + 2);
        stack->undo();
    }
    stack->undo();
    QCOMPARE(m_document->plan().scenarios.size(), scenarios);
    QCOMPARE(m_document->plan(), plan);
}

// Cancel while every measure is searched at eleven levels: the run ends cancelled, nothing is
// shown and the plan is as it was.
void TestOptimisePage::cancelStopsTheRun()
{
    const Plan before = m_document->plan();
    QStringList all;
    for (const Measure &m : before.measures)
        all.append(m.id);
    chooseCandidates(all, QStringLiteral("0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100"));
    QSignalSpy cancelled(m_page->run(), &OptimiseRun::cancelled);
    int finished = 0;
    connect(m_page->run(), &OptimiseRun::finished, this, [&finished] { ++finished; });
    clickRun();
    QVERIFY(m_page->run()->isRunning());
    QTest::mouseClick(child<QPushButton>("cancelOptimiseButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("optimiseStatusLabel")->text(), QStringLiteral("Cancelling…"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->run()->isRunning(), kRunTimeoutMs);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(finished, 0);
    QCOMPARE(child<QLabel>("optimiseStatusLabel")->text(), QStringLiteral("Cancelled."));
    QVERIFY(!m_page->findChild<OptimiseResultView *>()->selectedPortfolio());
    QVERIFY(!child<QPushButton>("createOptimisedScenarioButton")->isEnabled());
    QCOMPARE(child<QProgressBar>("optimiseProgressBar")->value(), 0);
    QVERIFY(child<QPushButton>("runOptimiseButton")->isEnabled());
    QCOMPARE(m_document->plan(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

// Levels that are no percentages from 0 to 100: the message names the measure and the field,
// no run starts, the plan is untouched.
void TestOptimisePage::badLevelsAreRefusedWithTheMeasureNamed()
{
    auto *table = child<OptimiseCandidateTable>("optimiseCandidateTable");
    const int led = table->rowOf(QStringLiteral("led"));
    QVERIFY(led >= 0);
    QCOMPARE(table->item(led, 0)->text(), kLed);
    auto *message = child<QLabel>("optimiseMessageLabel");
    QVERIFY(message->isHidden());
    const struct
    {
        const char *levels;
        const char *says;
    } cases[] = {
        {"0, fifty, 100", "Levels of \"%1\": \"fifty\" is not a number."},
        {"0, 150", "Levels of \"%1\": 150 % is outside 0–100 %."},
        {"0, -5", "Levels of \"%1\": -5 % is outside 0–100 %."},
        {" , ", "Levels of \"%1\": none given."},
    };
    for (const auto &c : cases) {
        typeLevels(led, QString::fromUtf8(c.levels));
        clickRun();
        QVERIFY(!m_page->run()->isRunning());
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(QString::fromUtf8(c.says).arg(kLed)),
                 qPrintable(message->text()));
    }
    // Unticked, its levels no longer matter; with nothing ticked the page says so.
    table->item(led, 0)->setCheckState(Qt::Unchecked);
    chooseCandidates({}, QString());
    clickRun();
    QVERIFY(!m_page->run()->isRunning());
    QCOMPARE(message->text(),
             QStringLiteral("Tick at least one measure for the optimiser to choose from."));
    // A good request clears the message.
    chooseCandidates({QStringLiteral("composting")}, QStringLiteral("0, 100"));
    clickRun();
    QVERIFY(message->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->run()->isRunning(), kRunTimeoutMs);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

// The sample's own limits (interim cuts of 40 % by 2030 and 60 % by 2035, a carbon budget of
// 60,000 t over 2023–2060), ticked on the page: the page asks what Optimiser::run is asked with
// interimTargets and carbonBudget set, and gets the same answer.
void TestOptimisePage::thePlansInterimTargetsAndCarbonBudget()
{
    auto *interim = child<QCheckBox>("interimTargetsCheckBox");
    auto *budget = child<QCheckBox>("carbonBudgetCheckBox");
    QVERIFY(interim->isEnabled() && budget->isEnabled());
    QVERIFY2(budget->text().contains(QStringLiteral("60,000")), qPrintable(budget->text()));
    chooseCandidates(kFive, QStringLiteral("0, 50, 100"));
    child<QSpinBox>("targetYearSpinBox")->setValue(kTargetYear);
    child<QComboBox>("targetKindComboBox")->setCurrentIndex(1);
    child<QDoubleSpinBox>("cutSpinBox")->setValue(20);
    child<QSpinBox>("alternativesSpinBox")->setValue(0);
    interim->setChecked(true);
    budget->setChecked(true);
    clickRun();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->run()->isRunning(), kRunTimeoutMs);

    OptimiseRequest request = fiveAtACutOf20();
    request.interimTargets = true;
    request.carbonBudget = 60000;
    const OptimiseResult expected =
        Optimiser::run(m_document->plan(), request, FactorLibraryJson::builtIn());
    const QString outcome = child<QLabel>("optimiseOutcomeLabel")->text();
    auto *view = m_page->findChild<OptimiseResultView *>();
    if (expected.outcome == OptimiseResult::Outcome::Optimal) {
        QVERIFY2(outcome.startsWith(QStringLiteral("Optimal")), qPrintable(outcome));
        QVERIFY(view->selectedPortfolio());
        QCOMPARE(view->selectedPortfolio()->levels, expected.best.levels);
    } else {
        QCOMPARE(expected.outcome, OptimiseResult::Outcome::Infeasible);
        QVERIFY2(outcome.startsWith(QStringLiteral("No choice of levels meets the target.")),
                 qPrintable(outcome));
    }

    // A plan without them: the boxes are off and cannot be ticked.
    m_document->undoStack()->push(new ChangeValue<QList<InterimTarget>>(
        m_document.get(), PlanFields::interimTargets(), QList<InterimTarget>{}));
    QVERIFY(!interim->isEnabled());
    QVERIFY(!interim->isChecked());
}

QTEST_MAIN(TestOptimisePage)
#include "TestOptimisePage.moc"
