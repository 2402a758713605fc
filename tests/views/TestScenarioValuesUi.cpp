// Values that differ by scenario, on the path a user takes (docs/measures.md, "Values that
// differ by scenario"): the European eco-district sample opened in the window; on the Measures
// page, "Values for: Scenario “Cautious” only" above the street trees, and their canopy typed
// as 6 ha in place of the 3 ha every scenario has. Worked by hand from the tree-planting formula
// (docs/measures.md: sink = a(t) × canopy_ha × 10.3 t/ha × min(1, (age + 1) / 10); Nowak et al.
// 2013): planted in 2025 at once, in 2050 the trees are mature and take 3 × 10.3 = 30.9 t, so
// 6 ha take 61.8 t: Cautious's net in 2050 falls by 30.9 t, and no other scenario's moves. The
// Scenarios page lists the value; Eco-district based on Cautious takes it too; "Use Inherited
// Value" takes it away; every step undoes.
#include "MainWindowTest.h"
#include "measures/MeasureForm.h"
#include "measures/MeasuresPage.h"
#include "plan/ScenarioValues.h"
#include "present/ScenarioComparisonModel.h"
#include "scenarios/ScenariosPage.h"

#include <QDoubleSpinBox>
#include <QTabWidget>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr double kTolerance = 1e-6; // t
constexpr int k2050 = 2050 - 2023;  // the sample's base year is 2023

const ScenarioResult &resultOf(MainWindow *window, const QString &name)
{
    for (const ScenarioResult &r : window->results()->result().scenarios)
        if (r.name == name)
            return r;
    qFatal("no scenario %s", qPrintable(name));
}

} // namespace

class TestScenarioValuesUi : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("TestScenarioValuesUi"); }
    void init() { initWindowTest(); }
    void cleanup() { cleanupWindowTest(); }

    void aScenarioOnlyValueFromTheMeasureForm();
};

void TestScenarioValuesUi::aScenarioOnlyValueFromTheMeasureForm()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("eco.json"));
    QVERIFY(QFile::copy(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/european-ecodistrict.json"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    PlanDocument *doc = window->document();
    const Plan original = doc->plan();
    const double cautious = resultOf(window.get(), QStringLiteral("Cautious")).net[k2050];
    const double eco = resultOf(window.get(), QStringLiteral("Eco-district")).net[k2050];

    // Measures page: the trees, in Cautious's scope.
    window->showPage(MainWindow::Page::Measures);
    auto *measures = window->findChild<MeasuresPage *>();
    QVERIFY(measures);
    measures->selectMeasure(QStringLiteral("trees"));
    auto *form = measures->findChild<MeasureForm *>(QStringLiteral("measureForm"));
    QVERIFY(form && form->measureId() == QStringLiteral("trees"));
    auto *scope = form->findChild<QComboBox *>(QStringLiteral("valueScopeComboBox"));
    QVERIFY(scope);
    QCOMPARE(scope->count(), 4); // every scenario, then the sample's three
    QCOMPARE(scope->itemText(1), QStringLiteral("Scenario “Cautious” only"));
    scope->setCurrentIndex(1);
    emit scope->activated(1);
    auto *canopy = form->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_canopy_haSpinBox"));
    QVERIFY(canopy);
    QCOMPARE(canopy->value(), 3.0);
    QVERIFY(!canopy->font().bold());
    QVERIFY(!form->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_canopy_haLowSpinBox"))
                 ->isEnabled());
    const int steps = doc->undoStack()->count();
    canopy->setValue(6);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->plan().scenarios[0].overrides,
             (QList<ScenarioOverride>{{QStringLiteral("trees"), QStringLiteral("canopy_ha"), 6}}));
    QCOMPARE(
        doc->plan().findMeasure(QStringLiteral("trees"))->parameter(QStringLiteral("canopy_ha"), 0),
        3.0); // every scenario's stays
    QVERIFY(canopy->font().bold());
    QVERIFY(qAbs(resultOf(window.get(), QStringLiteral("Cautious")).net[k2050] -
                 (cautious - 30.9)) < kTolerance);
    QVERIFY(qAbs(resultOf(window.get(), QStringLiteral("Eco-district")).net[k2050] - eco) <
            kTolerance);
    // Back to every scenario's values: the form shows 3 ha again, not bold.
    scope->setCurrentIndex(0);
    emit scope->activated(0);
    QCOMPARE(canopy->value(), 3.0);
    QVERIFY(!canopy->font().bold());

    // Scenarios page: Cautious's values tab lists it, the comparison counts it.
    window->showPage(MainWindow::Page::Scenarios);
    auto *scenarios = window->findChild<ScenariosPage *>();
    QVERIFY(scenarios);
    window->results()->setCurrentScenario(0);
    auto *tabs = scenarios->findChild<QTabWidget *>(QStringLiteral("scenarioDetailTabs"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Values of its own (1)"));
    tabs->setCurrentIndex(1);
    auto *table = scenarios->findChild<QTableWidget *>(QStringLiteral("scenarioValuesTable"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("6 ha"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("3 ha"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("this scenario"));
    ScenarioComparisonModel *comparison = scenarios->comparisonModel();
    const int row = comparison->rowOf(ScenarioComparisonModel::Figure::OwnValues);
    QVERIFY(row >= 0);
    QCOMPARE(comparison->index(row, 1).data(ScenarioComparisonModel::ValueRole).toInt(), 1);
    QCOMPARE(comparison->index(row, 2).data(ScenarioComparisonModel::ValueRole).toInt(), 0);

    // Eco-district based on Cautious: it takes the 6 ha too, inherited.
    window->results()->setCurrentScenario(1);
    auto *base = scenarios->findChild<QComboBox *>(QStringLiteral("scenarioBaseCombo"));
    const int cautiousRow = base->findData(QStringLiteral("Cautious"));
    QVERIFY(cautiousRow > 0);
    base->setCurrentIndex(cautiousRow);
    emit base->activated(cautiousRow);
    QCOMPARE(doc->plan().scenarios[1].basedOn, QStringLiteral("Cautious"));
    QVERIFY(qAbs(resultOf(window.get(), QStringLiteral("Eco-district")).net[k2050] - (eco - 30.9)) <
            kTolerance);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("“Cautious”, its base"));
    auto *clear = scenarios->findChild<QPushButton *>(QStringLiteral("clearScenarioValueButton"));
    table->selectRow(0);
    QVERIFY(!clear->isEnabled()); // inherited: Cautious's to take away

    // Cautious takes its own away: both run with every scenario's 3 ha again.
    window->results()->setCurrentScenario(0);
    table->selectRow(0);
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(doc->plan().scenarios[0].overrides.isEmpty());
    QVERIFY(qAbs(resultOf(window.get(), QStringLiteral("Cautious")).net[k2050] - cautious) <
            kTolerance);
    QVERIFY(qAbs(resultOf(window.get(), QStringLiteral("Eco-district")).net[k2050] - eco) <
            kTolerance);
    QCOMPARE(comparison->rowOf(ScenarioComparisonModel::Figure::OwnValues), -1);

    // Every step undoes: the plan is the sample again.
    while (doc->undoStack()->index() > steps)
        doc->undoStack()->undo();
    QCOMPARE(doc->plan(), original);
}

QTEST_MAIN(TestScenarioValuesUi)
#include "TestScenarioValuesUi.moc"
