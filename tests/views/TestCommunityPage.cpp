#include "PlanDocument.h"
#include "PlanFixtures.h"
#include "community/CommunityPage.h"
#include "community/InterimTargetModel.h"
#include "inventory/FactorLibrary.h"
#include "present/LiveResults.h"
#include "storage/FactorLibraryJson.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QtTest>

using namespace zeroplan;

class TestCommunityPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingPopulationIsOneStep();
    void typingTitle();
    void gridRegionSetsElectricityFactor();
    void horizonEndBeforeBaseYearIsRefused();
    void neutralityYear();
    void carbonBudget();
    void undoRefreshesSpinBoxes();
    void currency();
    void interimTargets();
    void problemsAboutTheCommunity();
    void wheelScrollsTheFormNotAnUnfocusedField();

private:
    template <typename T> T *child(const char *name)
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    const Plan &plan() const { return m_document->plan(); }
    QUndoStack *undoStack() { return m_document->undoStack(); }

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<CommunityPage> m_page;
};

void TestCommunityPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

// 2024–2030, 1,000 residents in 400 households, its own electricity factor "grid", no grid
// region and no targets (test::basePlan).
void TestCommunityPage::init()
{
    m_document = PlanDocument::fromPlan(test::basePlan(2024, 2030), m_dir.path());
    m_results = std::make_unique<LiveResults>(m_document.get(), FactorLibraryJson::builtIn());
    m_page = std::make_unique<CommunityPage>(m_document.get(), m_results.get());
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCommunityPage::cleanup()
{
    m_page.reset();
    m_results.reset();
    m_document.reset();
}

void TestCommunityPage::typingPopulationIsOneStep()
{
    auto *population = child<QDoubleSpinBox>("populationSpinBox");
    QCOMPARE(population->value(), 1000.0);
    QVERIFY(population->suffix().contains(QStringLiteral("residents")));
    population->setFocus();
    population->selectAll();
    QTest::keyClicks(population, QStringLiteral("1250"));
    QCOMPARE(plan().community.population, 1250.0);
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(undoStack()->undoText(), QStringLiteral("Change population"));
    undoStack()->undo();
    QCOMPARE(plan().community.population, 1000.0);
    QCOMPARE(population->value(), 1000.0);
}

void TestCommunityPage::typingTitle()
{
    auto *title = child<QLineEdit>("titleEdit");
    QCOMPARE(title->text(), QStringLiteral("Test plan"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Net zero by 2030"));
    QCOMPARE(plan().title, QStringLiteral("Net zero by 2030"));
    QCOMPARE(undoStack()->count(), 1);
    undoStack()->undo();
    QCOMPARE(title->text(), QStringLiteral("Test plan"));
}

void TestCommunityPage::gridRegionSetsElectricityFactor()
{
    auto *regions = child<QComboBox>("gridRegionComboBox");
    QCOMPARE(regions->currentIndex(), -1); // the plan has no grid region
    const QStringList known = FactorLibraryJson::builtIn().gridRegions();
    QCOMPARE(regions->count(), known.size());
    QVERIFY(known.contains(QStringLiteral("CN-South")));
    const int east = regions->findData(QStringLiteral("CN-East"));
    QVERIFY(east >= 0);
    // What QComboBox does when the user picks an item.
    regions->setCurrentIndex(east);
    emit regions->activated(east);
    // The library has CN-East factors for 2021, 2022 and 2023; for the base year 2024 the
    // latest before it applies (docs/factors.md): grid-cn-east-2023, 0.5500 kg/kWh.
    QCOMPARE(plan().community.gridRegion, QStringLiteral("CN-East"));
    QCOMPARE(plan().community.electricityFactor, QStringLiteral("grid-cn-east-2023"));
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(undoStack()->undoText(), QStringLiteral("Change grid region"));
    const QString factor = child<QLabel>("gridFactorLabel")->text();
    // By its name, never its id (issue 14).
    QVERIFY2(factor.contains(QStringLiteral("East China grid (e.g. Hangzhou) average 2023")),
             qPrintable(factor));
    QVERIFY2(!factor.contains(QStringLiteral("grid-cn-east-2023")), qPrintable(factor));
    QCOMPARE(regions->currentText(),
             QStringLiteral("East China grid (Shanghai, Jiangsu, Zhejiang, Anhui, Fujian)"));
    QVERIFY2(factor.contains(QStringLiteral("0.5500")), qPrintable(factor));

    // Undo restores the region and the plan's own factor.
    undoStack()->undo();
    QCOMPARE(plan().community.gridRegion, QString());
    QCOMPARE(plan().community.electricityFactor, QStringLiteral("grid"));
    QCOMPARE(regions->currentIndex(), -1);
    QVERIFY(child<QLabel>("gridFactorLabel")->text().contains(QStringLiteral("0.4042")));
    undoStack()->redo();
    QCOMPARE(plan().community.electricityFactor, QStringLiteral("grid-cn-east-2023"));
    QCOMPARE(regions->currentData().toString(), QStringLiteral("CN-East"));
}

void TestCommunityPage::horizonEndBeforeBaseYearIsRefused()
{
    auto *horizon = child<QSpinBox>("horizonEndSpinBox");
    auto *message = child<QLabel>("horizonEndMessageLabel");
    QCOMPARE(horizon->value(), 2030);
    QVERIFY(message->isHidden());
    const Plan before = plan();
    horizon->setFocus();
    horizon->selectAll();
    QTest::keyClicks(horizon, QStringLiteral("2020"));
    QCOMPARE(horizon->value(), 2020);
    QVERIFY(plan() == before);
    QCOMPARE(undoStack()->count(), 0);
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().startsWith(QStringLiteral("Horizon end")),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("2024")));

    // A horizon longer than 100 years is refused too.
    horizon->selectAll();
    QTest::keyClicks(horizon, QStringLiteral("2130"));
    QVERIFY(plan() == before);
    QVERIFY(message->text().contains(QStringLiteral("100")));

    // A good value goes through and the message goes away.
    horizon->selectAll();
    QTest::keyClicks(horizon, QStringLiteral("2060"));
    QCOMPARE(plan().community.horizonEnd, 2060);
    QCOMPARE(undoStack()->count(), 1);
    QVERIFY(message->isHidden());
}

void TestCommunityPage::neutralityYear()
{
    auto *target = child<QCheckBox>("neutralityCheckBox");
    auto *year = child<QSpinBox>("neutralityYearSpinBox");
    QVERIFY(!target->isChecked());
    QVERIFY(!year->isEnabled());
    target->click(); // a target by the horizon end, 2030
    QCOMPARE(plan().community.targets.neutralityYear, std::optional<int>(2030));
    year->setValue(2040); // outside 2024–2030
    QCOMPARE(plan().community.targets.neutralityYear, std::optional<int>(2030));
    QVERIFY(child<QLabel>("neutralityYearMessageLabel")
                ->text()
                .startsWith(QStringLiteral("Neutrality year")));
    year->setValue(2028);
    QCOMPARE(plan().community.targets.neutralityYear, std::optional<int>(2028));
    // The horizon cannot end before the target any more.
    child<QSpinBox>("horizonEndSpinBox")->setValue(2027);
    QCOMPARE(plan().community.horizonEnd, 2030);
    QVERIFY(child<QLabel>("horizonEndMessageLabel")->text().contains(QStringLiteral("2028")));
    target->click(); // none
    QCOMPARE(plan().community.targets.neutralityYear, std::optional<int>());
    // Each click is a step of its own; the year typed between them is one too.
    QCOMPARE(undoStack()->count(), 3);
    undoStack()->undo();
    QVERIFY(target->isChecked());
    QVERIFY(year->isEnabled());
    QCOMPARE(year->value(), 2028);
    undoStack()->undo();
    QCOMPARE(year->value(), 2030);
}

void TestCommunityPage::carbonBudget()
{
    auto *limit = child<QCheckBox>("carbonBudgetCheckBox");
    auto *tonnes = child<QDoubleSpinBox>("carbonBudgetSpinBox");
    QVERIFY(!limit->isChecked());
    QVERIFY(tonnes->suffix().contains(QStringLiteral("tCO₂e")));
    limit->click();
    QVERIFY(plan().community.targets.carbonBudget.has_value());
    tonnes->setValue(12000);
    tonnes->setValue(15000);
    QCOMPARE(plan().community.targets.carbonBudget, std::optional<double>(15000));
    QCOMPARE(undoStack()->count(), 2); // the click, then the typing as one step
    limit->click();
    QCOMPARE(plan().community.targets.carbonBudget, std::optional<double>());
    undoStack()->undo();
    QCOMPARE(tonnes->value(), 15000.0);
    QVERIFY(limit->isChecked());
}

void TestCommunityPage::undoRefreshesSpinBoxes()
{
    auto *base = child<QSpinBox>("baseYearSpinBox");
    auto *horizon = child<QSpinBox>("horizonEndSpinBox");
    auto *rate = child<QDoubleSpinBox>("discountRateSpinBox");
    base->setValue(2025);
    horizon->setValue(2050);
    rate->setValue(3.5);
    QCOMPARE(plan().community.baseYear, 2025);
    QCOMPARE(plan().community.horizonEnd, 2050);
    QVERIFY(qAbs(plan().community.discountRate - 0.035) < 1e-12);
    QCOMPARE(undoStack()->count(), 3);
    undoStack()->undo();
    QVERIFY(qAbs(rate->value() - 5.0) < 1e-9);
    undoStack()->undo();
    QCOMPARE(horizon->value(), 2030);
    undoStack()->undo();
    QCOMPARE(base->value(), 2024);
    undoStack()->redo();
    QCOMPARE(base->value(), 2025);
    QCOMPARE(plan().community.baseYear, 2025);
}

void TestCommunityPage::currency()
{
    auto *currency = child<QComboBox>("currencyComboBox");
    auto *message = child<QLabel>("currencyMessageLabel");
    QCOMPARE(currency->currentText(), QStringLiteral("CNY"));
    currency->setCurrentIndex(currency->findText(QStringLiteral("EUR"))); // picked from the list
    QCOMPARE(plan().community.currency, QStringLiteral("EUR"));
    // Typed in lower case: pushed once complete, in capitals, as one step with the pick.
    currency->lineEdit()->selectAll();
    QTest::keyClicks(currency->lineEdit(), QStringLiteral("usd"));
    QCOMPARE(plan().community.currency, QStringLiteral("USD"));
    QCOMPARE(currency->currentText(), QStringLiteral("USD"));
    QCOMPARE(undoStack()->count(), 1);
    // Incomplete: not pushed, and said when the user leaves the field.
    currency->lineEdit()->selectAll();
    QTest::keyClicks(currency->lineEdit(), QStringLiteral("GB"));
    QTest::keyClick(currency->lineEdit(), Qt::Key_Return);
    QCOMPARE(plan().community.currency, QStringLiteral("USD"));
    QVERIFY(!message->isHidden());
    QVERIFY(message->text().startsWith(QStringLiteral("Currency")));
    undoStack()->undo();
    QCOMPARE(currency->currentText(), QStringLiteral("CNY"));
    QVERIFY(message->isHidden());
}

void TestCommunityPage::interimTargets()
{
    auto *view = child<QTableView>("interimTargetsView");
    auto *model = qobject_cast<InterimTargetModel *>(view->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *message = child<QLabel>("interimTargetsMessageLabel");
    QCOMPARE(model->rowCount(), 0);

    // Add: five years after the base year, cutting half of base-year gross.
    QTest::mouseClick(child<QPushButton>("addInterimTargetButton"), Qt::LeftButton);
    QCOMPARE(plan().community.targets.interim, (QList<InterimTarget>{{2029, 0.5}}));
    QCOMPARE(undoStack()->undoText(), QStringLiteral("Add interim target"));
    QCOMPARE(model->rowCount(), 1);

    // Edit the cut in percent; editing the same cell again is the same step.
    QVERIFY(model->setData(model->index(0, InterimTargetModel::CutColumn), 30, Qt::EditRole));
    QVERIFY(model->setData(model->index(0, InterimTargetModel::CutColumn), 40, Qt::EditRole));
    QCOMPARE(plan().community.targets.interim, (QList<InterimTarget>{{2029, 0.4}}));
    QCOMPARE(undoStack()->count(), 2);
    QCOMPARE(model->index(0, InterimTargetModel::CutColumn).data().toString(),
             QStringLiteral("40.0%"));
    QVERIFY(model->setData(model->index(0, InterimTargetModel::YearColumn), 2027, Qt::EditRole));
    QCOMPARE(plan().community.targets.interim.first().year, 2027);
    QCOMPARE(undoStack()->count(), 3);

    // Refused: a cut above 100 % and a year outside the horizon; the plan is unchanged.
    const Plan before = plan();
    QVERIFY(!model->setData(model->index(0, InterimTargetModel::CutColumn), 120, Qt::EditRole));
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().startsWith(QStringLiteral("Interim target 1")),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("0–100")));
    QVERIFY(!model->setData(model->index(0, InterimTargetModel::YearColumn), 2035, Qt::EditRole));
    QVERIFY(message->text().contains(QStringLiteral("2024–2030")));
    QVERIFY(plan() == before);
    QCOMPARE(undoStack()->count(), 3);

    // A second target in the same year is refused too.
    QTest::mouseClick(child<QPushButton>("addInterimTargetButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(plan().community.targets.interim.at(1), (InterimTarget{2030, 0.4}));
    QVERIFY(!model->setData(model->index(1, InterimTargetModel::YearColumn), 2027, Qt::EditRole));
    QVERIFY(message->text().contains(QStringLiteral("already")));

    // Remove the selected row.
    view->selectRow(0);
    QTest::mouseClick(child<QPushButton>("removeInterimTargetButton"), Qt::LeftButton);
    QCOMPARE(plan().community.targets.interim, (QList<InterimTarget>{{2030, 0.4}}));
    QCOMPARE(undoStack()->undoText(), QStringLiteral("Remove interim target"));
    QCOMPARE(model->rowCount(), 1);
    undoStack()->undo();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, InterimTargetModel::YearColumn).data().toString(),
             QStringLiteral("2027"));
    undoStack()->undo(); // the second add
    undoStack()->undo(); // the year edit
    QCOMPARE(plan().community.targets.interim, (QList<InterimTarget>{{2029, 0.4}}));
}

void TestCommunityPage::problemsAboutTheCommunity()
{
    auto *problems = child<QLabel>("communityProblemLabel");
    QVERIFY(problems->isHidden());
    auto *population = child<QDoubleSpinBox>("populationSpinBox");
    population->setValue(100); // fewer residents than the 400 households
    QVERIFY(!problems->isHidden());
    QVERIFY2(problems->text().contains(QStringLiteral("households")), qPrintable(problems->text()));
    undoStack()->undo();
    QVERIFY(problems->isHidden());
}

// The wheel over a spin box or combo box the user has not clicked scrolls the page; it used
// to change the base year or the currency on the way. Clicked (focused), a field takes it.
void TestCommunityPage::wheelScrollsTheFormNotAnUnfocusedField()
{
    m_page->resize(1000, 400); // short enough for the form to scroll
    QApplication::processEvents();
    auto *baseYear = child<QSpinBox>("baseYearSpinBox");
    auto *currency = child<QComboBox>("currencyComboBox");
    QCOMPARE(baseYear->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(currency->focusPolicy(), Qt::StrongFocus);
    QScrollBar *bar = m_page->findChild<QScrollArea *>()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    const int scrolled = bar->value();
    // One notch up, spontaneous as from the window system, so that an ignored wheel goes on
    // to the parents.
    const auto wheel = [](QWidget *widget) {
        const QPointF local(widget->width() / 2.0, widget->height() / 2.0);
        QWheelEvent event(local, widget->mapToGlobal(local), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QSpontaneKeyEvent::setSpontaneous(&event);
        qApp->notify(widget, &event);
    };
    wheel(baseYear);
    wheel(currency);
    QCOMPARE(plan().community.baseYear, 2024);
    QCOMPARE(plan().community.currency, QStringLiteral("CNY"));
    QCOMPARE(undoStack()->count(), 0);
    QVERIFY2(bar->value() < scrolled, "the wheel goes on to the scroll area");

    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    baseYear->setFocus();
    wheel(baseYear);
    QCOMPARE(plan().community.baseYear, 2025);
}

QTEST_MAIN(TestCommunityPage)
#include "TestCommunityPage.moc"
