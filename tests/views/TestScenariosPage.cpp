// The Scenarios page driven through its widgets on the Shenzhen Xinqiao sample (two scenarios,
// "稳健" and "全面", over thirteen measures): each edit one undo step, undo restoring the plan.
#include "PlanDocument.h"
#include "SampleDocument.h"
#include "inventory/FactorLibrary.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "present/ScenarioComparisonModel.h"
#include "scenarios/ScenariosPage.h"
#include "storage/FactorLibraryJson.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace zeroplan;

namespace {

double levelOf(const Scenario &scenario, const QString &measureId)
{
    for (const ScenarioMeasure &m : scenario.measures) {
        if (m.measure == measureId)
            return m.level;
    }
    return -1;
}

} // namespace

class TestScenariosPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<ScenariosPage> m_page;

    template <typename T> T *child(const QString &name) const
    {
        T *widget = m_page->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    QListWidget *list() const { return child<QListWidget>(QStringLiteral("scenarioListView")); }
    void click(const QString &button) const
    {
        QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_document = test::openShenzhenSample(m_dir.path());
        m_results = std::make_unique<LiveResults>(m_document.get(), FactorLibraryJson::builtIn());
        m_page = std::make_unique<ScenariosPage>(m_document.get(), m_results.get());
        m_page->resize(1366, 768);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_results.reset();
        m_document.reset();
    }

    void selectionFollowsTheCurrentScenario()
    {
        QCOMPARE(list()->count(), 2);
        QCOMPARE(list()->currentRow(), 0);
        list()->setCurrentRow(1);
        QCOMPARE(m_results->currentScenario(), 1);
        // "全面" has the green building retrofit at 100 %; the slider shows it.
        QCOMPARE(child<QSlider>(QStringLiteral("level_green-buildingSlider"))->value(), 100);
        m_results->setCurrentScenario(0);
        QCOMPARE(list()->currentRow(), 0);
        // "稳健" has the green building retrofit at half.
        QCOMPARE(child<QSlider>(QStringLiteral("level_green-buildingSlider"))->value(), 50);
        QCOMPARE(child<QSpinBox>(QStringLiteral("level_green-buildingSpinBox"))->value(), 50);
    }

    void newScenarioIsOneUndoStep()
    {
        const Plan before = m_document->plan();
        QUndoStack *stack = m_document->undoStack();
        click(QStringLiteral("newScenarioButton"));
        QCOMPARE(stack->count(), 1);
        const Plan &plan = m_document->plan();
        QCOMPARE(plan.scenarios.size(), qsizetype(3));
        QCOMPARE(plan.scenarios.last().name, QStringLiteral("New scenario"));
        QVERIFY(plan.scenarios.last().measures.isEmpty());
        QCOMPARE(m_results->currentScenario(), 2);
        QCOMPARE(list()->count(), 3);
        QCOMPARE(list()->currentRow(), 2);
        QVERIFY(!child<QCheckBox>(QStringLiteral("include_ledCheckBox"))->isChecked());
        QVERIFY(!child<QSlider>(QStringLiteral("level_ledSlider"))->isEnabled());
        // The comparison gains a column: BAU and three scenarios.
        QCOMPARE(m_page->comparisonModel()->columnCount(), 4);
        click(QStringLiteral("newScenarioButton"));
        QCOMPARE(m_document->plan().scenarios.last().name, QStringLiteral("New scenario 2"));
        stack->undo();
        stack->undo();
        QVERIFY(m_document->plan() == before);
        QCOMPARE(list()->count(), 2);
    }

    void duplicateCopiesTheMeasureLevels()
    {
        const Plan before = m_document->plan();
        click(QStringLiteral("duplicateScenarioButton"));
        QUndoStack *stack = m_document->undoStack();
        QCOMPARE(stack->count(), 1);
        const Plan &plan = m_document->plan();
        QCOMPARE(plan.scenarios.size(), qsizetype(3));
        const Scenario &copy = plan.scenarios.at(1);
        QCOMPARE(copy.name, before.scenarios.at(0).name + QStringLiteral(" (copy)"));
        QVERIFY(copy.measures == before.scenarios.at(0).measures);
        QCOMPARE(copy.description, before.scenarios.at(0).description);
        QCOMPARE(m_results->currentScenario(), 1);
        QCOMPARE(child<QSlider>(QStringLiteral("level_green-buildingSlider"))->value(), 50);
        stack->undo();
        QVERIFY(m_document->plan() == before);
    }

    void renameInPlaceAndRefuseDuplicateNames()
    {
        const Plan before = m_document->plan();
        QUndoStack *stack = m_document->undoStack();
        list()->item(0)->setText(QStringLiteral("Cautious")); // as the in-place editor does
        QCOMPARE(m_document->plan().scenarios.at(0).name, QStringLiteral("Cautious"));
        QCOMPARE(stack->count(), 1);
        QVERIFY(m_page->message().isEmpty());

        // The other scenario's name is taken: refused, with a message naming it, no step.
        const QString other = before.scenarios.at(1).name;
        list()->item(0)->setText(other);
        QCOMPARE(m_document->plan().scenarios.at(0).name, QStringLiteral("Cautious"));
        QCOMPARE(list()->item(0)->text(), QStringLiteral("Cautious"));
        QCOMPARE(stack->count(), 1);
        QVERIFY(m_page->message().contains(other));
        QVERIFY(child<QLabel>(QStringLiteral("scenarioMessageLabel"))->isVisible());

        // A blank name is refused too.
        list()->item(0)->setText(QStringLiteral("   "));
        QCOMPARE(m_document->plan().scenarios.at(0).name, QStringLiteral("Cautious"));
        QCOMPARE(stack->count(), 1);
        QVERIFY(!m_page->message().isEmpty());

        stack->undo();
        QVERIFY(m_document->plan() == before);
        QCOMPARE(list()->item(0)->text(), before.scenarios.at(0).name);
    }

    void deleteIsOneUndoStepEvenForTheLast()
    {
        const Plan before = m_document->plan();
        QUndoStack *stack = m_document->undoStack();
        list()->setCurrentRow(1);
        click(QStringLiteral("deleteScenarioButton"));
        QCOMPARE(m_document->plan().scenarios.size(), qsizetype(1));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(m_results->currentScenario(), 0);
        click(QStringLiteral("deleteScenarioButton"));
        QVERIFY(m_document->plan().scenarios.isEmpty());
        QCOMPARE(m_results->currentScenario(), -1);
        QCOMPARE(list()->count(), 0);
        QVERIFY(!child<QPushButton>(QStringLiteral("deleteScenarioButton"))->isEnabled());
        QCOMPARE(m_page->comparisonModel()->columnCount(), 1); // BAU alone
        stack->undo();
        stack->undo();
        QVERIFY(m_document->plan() == before);
        QCOMPARE(list()->count(), 2);
    }

    void draggingASliderIsOneUndoStep()
    {
        QUndoStack *stack = m_document->undoStack();
        auto *slider = child<QSlider>(QStringLiteral("level_ledSlider"));
        QVERIFY(slider && slider->isEnabled());
        QCOMPARE(slider->value(), 100);
        slider->setSliderDown(true); // a drag: the value passes 90, 70, 55, 45
        for (const int value : {90, 70, 55, 45})
            slider->setValue(value);
        slider->setSliderDown(false);
        QCOMPARE(stack->count(), 1);
        QVERIFY(qAbs(levelOf(m_document->plan().scenarios.at(0), QStringLiteral("led")) - 0.45) <
                1e-12);
        QCOMPARE(child<QSpinBox>(QStringLiteral("level_ledSpinBox"))->value(), 45);
        QCOMPARE(slider->value(), 45);
        stack->undo();
        QCOMPARE(levelOf(m_document->plan().scenarios.at(0), QStringLiteral("led")), 1.0);
        QCOMPARE(slider->value(), 100);
    }

    // A level typed in the box beside the slider: exactly that whole percent (the slider
    // follows), one undo step per value; the box is disabled with its slider.
    void typingALevelIsExactAndOneUndoStep()
    {
        QUndoStack *stack = m_document->undoStack();
        auto *box = child<QSpinBox>(QStringLiteral("level_ledSpinBox"));
        QVERIFY(box && box->isEnabled());
        QCOMPARE(box->value(), 100);
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("50"));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(levelOf(m_document->plan().scenarios.at(0), QStringLiteral("led")), 0.5);
        QCOMPARE(child<QSlider>(QStringLiteral("level_ledSlider"))->value(), 50);
        QCOMPARE(stack->count(), 1);
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("35"));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(levelOf(m_document->plan().scenarios.at(0), QStringLiteral("led")), 0.35);
        QCOMPARE(stack->count(), 2);
        stack->undo();
        QCOMPARE(levelOf(m_document->plan().scenarios.at(0), QStringLiteral("led")), 0.5);
        QCOMPARE(box->value(), 50);
        stack->undo();
        QCOMPARE(levelOf(m_document->plan().scenarios.at(0), QStringLiteral("led")), 1.0);
        // Unticked: no level to type.
        auto *included = child<QCheckBox>(QStringLiteral("include_ledCheckBox"));
        QTest::mouseClick(included, Qt::LeftButton, {}, QPoint(4, included->height() / 2));
        QVERIFY(!box->isEnabled());
        stack->undo();
    }

    void untickingAMeasureTakesItOut()
    {
        const Plan before = m_document->plan();
        QUndoStack *stack = m_document->undoStack();
        auto *box = child<QCheckBox>(QStringLiteral("include_ledCheckBox"));
        QVERIFY(box && box->isChecked());
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        QVERIFY(!box->isChecked());
        QCOMPARE(levelOf(m_document->plan().scenarios.at(0), QStringLiteral("led")), -1.0);
        QCOMPARE(m_document->plan().scenarios.at(0).measures.size(),
                 before.scenarios.at(0).measures.size() - 1);
        QVERIFY(!child<QSlider>(QStringLiteral("level_ledSlider"))->isEnabled());
        QCOMPARE(stack->count(), 1);
        // Ticking it again is a step of its own and puts it back at full level.
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        QCOMPARE(stack->count(), 2);
        QCOMPARE(levelOf(m_document->plan().scenarios.at(0), QStringLiteral("led")), 1.0);
        QVERIFY(child<QSlider>(QStringLiteral("level_ledSlider"))->isEnabled());
        stack->undo();
        stack->undo();
        QVERIFY(m_document->plan() == before);
        QVERIFY(box->isChecked());
    }

    void comparisonTableShowsEveryScenario()
    {
        auto *view = child<QTableView>(QStringLiteral("scenarioComparisonView"));
        QVERIFY(view);
        QAbstractItemModel *model = view->model();
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(),
                 m_document->plan().scenarios.at(0).name);
        // Dragging a level changes the figures the table shows.
        const int row =
            m_page->comparisonModel()->rowOf(ScenarioComparisonModel::Figure::CumulativeNet);
        const double before =
            model->index(row, 1).data(ScenarioComparisonModel::ValueRole).toDouble();
        child<QSlider>(QStringLiteral("level_ledSlider"))->setValue(0);
        const double after =
            model->index(row, 1).data(ScenarioComparisonModel::ValueRole).toDouble();
        QVERIFY(after > before);
        QVERIFY(qAbs(after - m_results->result().scenarios.at(0).cumulativeNet.tail(1)(0)) < 1e-9);
    }
};

QTEST_MAIN(TestScenariosPage)
#include "TestScenariosPage.moc"
