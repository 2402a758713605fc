// The district's template editor (docs/district.md, "The template editor"), driven offscreen
// from the sample district (tests/support/SampleDistrict.h: copies of the three sample plans,
// whose own discount rates are 0.05, 0.05 and 0.04 and whose grid electricity costs 0.68,
// 0.538 and 0.285 per kWh, read from resources/samples/*.json). The discount rate set through
// its spin box reaches every community in one undo step and the roll-up runs them again;
// undo gives each its own rate back; a price added through the price row reaches every
// community, and editing its cell changes it again; a community told to keep its own value
// is passed by by the next template change and takes the template's value when reset; an edit
// in a community opened in place marks the value it changed as the community's own.
#include "MainWindowTest.h"
#include "SampleDistrict.h"
#include "community/CommunityPage.h"
#include "district/DistrictPage.h"
#include "district/DistrictWorkspace.h"
#include "engine/PlanRun.h"
#include "storage/FactorLibraryJson.h"

#include <QDoubleSpinBox>
#include <QTabWidget>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr double kRateTolerance = 1e-12; // a rate typed in percent, divided by 100
constexpr double kCostTolerance = 1e-6;  // currency: the same run done twice

// The present cost of `member`'s counted scenario, run afresh from its plan.
double freshPresentCost(const DistrictMember &member)
{
    const Scenario *scenario = member.scenarioToRun();
    return PlanRun::run(member.plan, FactorLibraryJson::builtIn(), {scenario})
        .result.scenarios.front()
        .presentCost;
}

} // namespace

class TestDistrictTemplateEditor : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("TestDistrictTemplateEditor"); }
    void init();
    void cleanup() { cleanupWindowTest(); }

    void discountRateReachesEveryCommunityInOneStep();
    void addsAndEditsAPrice();
    void communityKeepsItsOwnValueUntilReset();
    void removesAValueFromTheTemplate();
    void editInACommunityMarksItsOwnValue();

private:
    std::unique_ptr<MainWindow> openTemplateTab();
    DistrictDocument *document(MainWindow *window) const { return window->district()->document(); }
    void setDiscountRate(MainWindow *window, const QString &percent);
    void chooseCommunityKey(MainWindow *window, int member, const QString &key);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_path;
};

void TestDistrictTemplateEditor::init()
{
    initWindowTest();
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_path = makeSampleDistrict(m_tmp->path());
    QVERIFY(!m_path.isEmpty());
}

std::unique_ptr<MainWindow> TestDistrictTemplateEditor::openTemplateTab()
{
    auto window = makeWindow();
    if (!window->openFile(m_path) || !window->district())
        return {};
    if (!window->district()->page()->showTab(QStringLiteral("template")))
        return {};
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("districtTabs"));
    if (!tabs || tabs->currentWidget()->objectName() != QLatin1String("templateTab"))
        return {};
    return window;
}

void TestDistrictTemplateEditor::setDiscountRate(MainWindow *window, const QString &percent)
{
    // Within the district page: the community page has a spin box of the same name.
    auto *spin = window->district()->page()->findChild<QDoubleSpinBox *>(
        QStringLiteral("discountRateSpinBox"));
    QVERIFY(spin);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, percent);
    QTest::keyClick(spin, Qt::Key_Return);
}

void TestDistrictTemplateEditor::chooseCommunityKey(MainWindow *window, int member,
                                                    const QString &key)
{
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("templateCommunityCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(member));
    QCOMPARE(combo->currentData().toInt(), member);
    auto *table = window->findChild<QTableWidget *>(QStringLiteral("templateOverridesView"));
    QVERIFY(table);
    const QString name = document(window)->district().templ.keyName(key);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name) {
            table->selectRow(row);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row %1").arg(name)));
}

void TestDistrictTemplateEditor::discountRateReachesEveryCommunityInOneStep()
{
    auto window = openTemplateTab();
    QVERIFY(window);
    DistrictDocument *district = document(window.get());
    QCOMPARE(district->memberCount(), 3);
    const double own[] = {0.05, 0.05, 0.04}; // the samples' community.discount_rate
    double costBefore[3];
    for (int i = 0; i < 3; ++i) {
        QVERIFY(qAbs(district->member(i).plan.community.discountRate - own[i]) < kRateTolerance);
        costBefore[i] = district->rollup().community(i).result.presentCost;
    }
    QUndoStack *stack = district->undoStack();
    const int steps = stack->count();

    setDiscountRate(window.get(), QStringLiteral("3"));
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(district->district().templ.discountRate.has_value());
    QVERIFY(qAbs(*district->district().templ.discountRate - 0.03) < kRateTolerance);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(qAbs(district->member(i).plan.community.discountRate - 0.03) < kRateTolerance);
        // The roll-up ran the community again: its present cost is a fresh run's of the new
        // plan, and another than before (every sample has measures with costs over years).
        const double cost = district->rollup().community(i).result.presentCost;
        QVERIFY2(qAbs(cost - freshPresentCost(district->member(i))) <
                     kCostTolerance * qMax(1.0, qAbs(cost)),
                 qPrintable(QString::number(i)));
        QVERIFY(qAbs(cost - costBefore[i]) > 1.0);
    }
    // The values table counts three communities following the discount rate.
    auto *values = window->findChild<QTableWidget *>(QStringLiteral("templateValuesView"));
    QVERIFY(values);
    QCOMPARE(values->rowCount(), 1);
    QCOMPARE(values->item(0, 0)->text(),
             district->district().templ.keyName(DistrictTemplate::discountRateKey()));
    QCOMPARE(values->item(0, 2)->text(), QLocale().toString(3));
    QCOMPARE(values->item(0, 3)->text(), QLocale().toString(0));

    stack->undo();
    QCOMPARE(stack->index(), steps);
    QVERIFY(!district->district().templ.discountRate.has_value());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(qAbs(district->member(i).plan.community.discountRate - own[i]) < kRateTolerance);
        QVERIFY(qAbs(district->rollup().community(i).result.presentCost - costBefore[i]) <
                kCostTolerance * qMax(1.0, qAbs(costBefore[i])));
    }
    // The editor followed the undo: no row, the spin box back at 0 and untouched.
    QCOMPARE(values->rowCount(), 0);
}

void TestDistrictTemplateEditor::addsAndEditsAPrice()
{
    auto window = openTemplateTab();
    QVERIFY(window);
    DistrictDocument *district = document(window.get());
    QUndoStack *stack = district->undoStack();
    const int steps = stack->count();
    // The samples' own grid prices: 0.68, 0.538, 0.285 per kWh.
    QVERIFY(qAbs(district->member(0).plan.priceOf(QStringLiteral("electricity"),
                                                  QStringLiteral("kWh")) -
                 0.68) < kRateTolerance);

    auto *carrier = window->findChild<QComboBox *>(QStringLiteral("addPriceCarrierCombo"));
    auto *price = window->findChild<QDoubleSpinBox *>(QStringLiteral("addPriceValueSpinBox"));
    auto *add = window->findChild<QPushButton *>(QStringLiteral("addPriceButton"));
    QVERIFY(carrier && price && add);
    const QString key =
        DistrictTemplate::priceKey(QStringLiteral("electricity"), QStringLiteral("kWh"));
    // Offered: the carriers and units the plans price (electricity/kWh, natural_gas/m³,
    // petrol/L, natural_gas/kWh), each once.
    QCOMPARE(carrier->count(), 4);
    carrier->setCurrentIndex(carrier->findData(key));
    QCOMPARE(carrier->currentData().toString(), key);
    price->setFocus();
    price->selectAll();
    QTest::keyClicks(price, QLocale().toString(0.6));
    QTest::keyClick(price, Qt::Key_Return);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(stack->count(), steps + 1);
    for (int i = 0; i < 3; ++i)
        QVERIFY(qAbs(district->member(i).plan.priceOf(QStringLiteral("electricity"),
                                                      QStringLiteral("kWh")) -
                     0.6) < kRateTolerance);

    // Its cell edited: 0.7525 (more places than a number cell's editor keeps) reaches every
    // community, one more step.
    auto *values = window->findChild<QTableWidget *>(QStringLiteral("templateValuesView"));
    QCOMPARE(values->rowCount(), 1);
    QCOMPARE(values->item(0, 1)->text(), QLocale().toString(0.6));
    values->item(0, 1)->setText(QLocale().toString(0.7525));
    QTRY_COMPARE(stack->count(), steps + 2);
    for (int i = 0; i < 3; ++i)
        QVERIFY(qAbs(district->member(i).plan.priceOf(QStringLiteral("electricity"),
                                                      QStringLiteral("kWh")) -
                     0.7525) < kRateTolerance);
}

void TestDistrictTemplateEditor::communityKeepsItsOwnValueUntilReset()
{
    auto window = openTemplateTab();
    QVERIFY(window);
    DistrictDocument *district = document(window.get());
    QUndoStack *stack = district->undoStack();
    const QString key = DistrictTemplate::discountRateKey();
    setDiscountRate(window.get(), QStringLiteral("3"));
    QCOMPARE(district->member(1).plan.community.discountRate, 0.03);

    // Community 1 (hangzhou-hemu) keeps its own discount rate: one step, its plan unchanged.
    auto *keep = window->findChild<QPushButton *>(QStringLiteral("keepOwnValueButton"));
    auto *reset = window->findChild<QPushButton *>(QStringLiteral("resetToTemplateButton"));
    QVERIFY(keep && reset);
    chooseCommunityKey(window.get(), 1, key);
    QVERIFY(keep->isEnabled());
    QVERIFY(!reset->isEnabled()); // it follows the template: nothing to reset
    int steps = stack->count();
    QTest::mouseClick(keep, Qt::LeftButton);
    QCOMPARE(stack->count(), steps + 1);
    const int link = district->linkOfMember(1);
    QVERIFY(district->district().communities[link].overrides.contains(key));

    // The template changes to 6 %: communities 0 and 2 follow, community 1 keeps 3 %.
    setDiscountRate(window.get(), QStringLiteral("6"));
    QVERIFY(qAbs(district->member(0).plan.community.discountRate - 0.06) < kRateTolerance);
    QVERIFY(qAbs(district->member(1).plan.community.discountRate - 0.03) < kRateTolerance);
    QVERIFY(qAbs(district->member(2).plan.community.discountRate - 0.06) < kRateTolerance);
    auto *values = window->findChild<QTableWidget *>(QStringLiteral("templateValuesView"));
    QCOMPARE(values->item(0, 2)->text(), QLocale().toString(2)); // follow
    QCOMPARE(values->item(0, 3)->text(), QLocale().toString(1)); // keep their own

    // Reset: it takes 6 % and no longer overrides the key.
    chooseCommunityKey(window.get(), 1, key);
    QVERIFY(reset->isEnabled());
    QVERIFY(!keep->isEnabled());
    steps = stack->count();
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(qAbs(district->member(1).plan.community.discountRate - 0.06) < kRateTolerance);
    QVERIFY(!district->district().communities[link].overrides.contains(key));
}

void TestDistrictTemplateEditor::removesAValueFromTheTemplate()
{
    auto window = openTemplateTab();
    QVERIFY(window);
    DistrictDocument *district = document(window.get());
    setDiscountRate(window.get(), QStringLiteral("3"));
    auto *values = window->findChild<QTableWidget *>(QStringLiteral("templateValuesView"));
    auto *remove = window->findChild<QPushButton *>(QStringLiteral("removeTemplateValueButton"));
    QVERIFY(values && remove);
    QVERIFY(!remove->isEnabled()); // no row chosen
    values->selectRow(0);
    QVERIFY(remove->isEnabled());
    const int steps = district->undoStack()->count();
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(district->undoStack()->count(), steps + 1);
    QVERIFY(!district->district().templ.discountRate.has_value());
    QCOMPARE(values->rowCount(), 0);
    // The plans keep what they hold.
    for (int i = 0; i < 3; ++i)
        QVERIFY(qAbs(district->member(i).plan.community.discountRate - 0.03) < kRateTolerance);
}

void TestDistrictTemplateEditor::editInACommunityMarksItsOwnValue()
{
    auto window = openTemplateTab();
    QVERIFY(window);
    DistrictDocument *district = document(window.get());
    const QString key = DistrictTemplate::discountRateKey();
    setDiscountRate(window.get(), QStringLiteral("3"));
    const int districtSteps = district->undoStack()->count();
    const int link = district->linkOfMember(0);
    QVERIFY(!district->district().communities[link].overrides.contains(key));

    // Community 0 opened in place, its discount rate set to 7 % on its Community page.
    QVERIFY(window->openCommunity(0));
    PlanDocument *community = window->document();
    QVERIFY(community);
    window->showPage(MainWindow::Page::Community);
    auto *communityPage = window->findChild<CommunityPage *>();
    QVERIFY(communityPage);
    auto *spin = communityPage->findChild<QDoubleSpinBox *>(QStringLiteral("discountRateSpinBox"));
    QVERIFY(spin);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("7"));
    QTest::keyClick(spin, Qt::Key_Return);
    QVERIFY(qAbs(community->plan().community.discountRate - 0.07) < kRateTolerance);
    QVERIFY(qAbs(district->member(0).plan.community.discountRate - 0.07) < kRateTolerance);
    // The district marks the value as the community's own, without a step of its own.
    QVERIFY(district->district().communities[link].overrides.contains(key));
    QCOMPARE(district->undoStack()->count(), districtSteps);

    // The next template change passes it by.
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("backToDistrictButton")),
                      Qt::LeftButton);
    setDiscountRate(window.get(), QStringLiteral("6"));
    QVERIFY(qAbs(district->member(0).plan.community.discountRate - 0.07) < kRateTolerance);
    QVERIFY(qAbs(district->member(1).plan.community.discountRate - 0.06) < kRateTolerance);
}

QTEST_MAIN(TestDistrictTemplateEditor)
#include "TestDistrictTemplateEditor.moc"
