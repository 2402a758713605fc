// The district's own measures in the desktop app (docs/desktop.md, "Districts"; docs/district.md,
// "The district's own measures"), driven offscreen from the sample district made in a temporary
// folder: District Measures… on the district's page opens a new plan in place, spanning the
// district's years; a line added on its Baseline page and a measure added from the gallery move
// the district's net by exactly the own plan's own run (counted once, beside the three
// communities); undo there takes them back; Save on the own measures writes the district file,
// which holds them when opened again; and undoing an earlier district step leaves them alone.
#include "DistrictChange.h"
#include "DistrictTemplateEdits.h"
#include "MainWindowTest.h"
#include "SampleDistrict.h"
#include "baseline/BaselinePage.h"
#include "district/CommunityBar.h"
#include "district/DistrictPage.h"
#include "district/DistrictWorkspace.h"
#include "engine/PlanRun.h"
#include "measures/MeasureGalleryDialog.h"
#include "measures/MeasuresPage.h"

#include <QListWidget>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr double kTolerance = 1e-6; // tCO₂e: the same doubles summed in another order

// The net emissions of the scenario `plan` names as current (its first when none), as the
// plan's own run gives them.
YearSeries ownNet(const Plan &plan)
{
    const Scenario *scenario = plan.findScenario(plan.currentScenario);
    if (!scenario)
        scenario = &plan.scenarios.front();
    return PlanRun::run(plan, FactorLibraryJson::builtIn(), {scenario})
        .result.scenarios.front()
        .net;
}

QAction *actionNamed(MainWindow *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

} // namespace

class TestDistrictOwnMeasures : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("TestDistrictOwnMeasures"); }
    void init();
    void cleanup() { cleanupWindowTest(); }

    void openedInPlaceAndCountedOnce();
    void savedWithTheDistrict();
    void undoingADistrictStepKeepsThem();

private:
    std::unique_ptr<MainWindow> openDistrict();
    PlanDocument *openOwnMeasures(MainWindow *window);
    void addGridLine(MainWindow *window, double kWh);
    void addSolar(MainWindow *window);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_path;
};

void TestDistrictOwnMeasures::init()
{
    initWindowTest();
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_path = makeSampleDistrict(m_tmp->path());
    QVERIFY(!m_path.isEmpty());
}

std::unique_ptr<MainWindow> TestDistrictOwnMeasures::openDistrict()
{
    auto window = makeWindow();
    if (!window->openFile(m_path))
        return {};
    return window;
}

// As a user does: District Measures… on the district's page.
PlanDocument *TestDistrictOwnMeasures::openOwnMeasures(MainWindow *window)
{
    DistrictPage *page = window->district()->page();
    auto *button = page->findChild<QPushButton *>(QStringLiteral("districtMeasuresButton"));
    if (!button || !button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    if (window->districtMember() != DistrictWorkspace::kOwnMeasures)
        return nullptr;
    return window->document();
}

// A line of grid electricity added on the Baseline page, its amount typed in the table.
void TestDistrictOwnMeasures::addGridLine(MainWindow *window, double kWh)
{
    window->showPage(MainWindow::Page::Baseline);
    auto *baseline = window->findChild<BaselinePage *>();
    QVERIFY(baseline);
    QTest::mouseClick(baseline->findChild<QPushButton *>(QStringLiteral("addActivityButton")),
                      Qt::LeftButton);
    ActivityTableModel *activities = baseline->activityModel();
    const int row = activities->rowCount() - 1;
    QVERIFY(activities->setData(activities->index(row, ActivityTableModel::AmountColumn),
                                QString::number(kWh, 'f', 0)));
}

// Rooftop solar from the gallery of the Measures page: it goes into the current scenario.
void TestDistrictOwnMeasures::addSolar(MainWindow *window)
{
    window->showPage(MainWindow::Page::Measures);
    auto *measures = window->findChild<MeasuresPage *>();
    QVERIFY(measures);
    QTest::mouseClick(measures->findChild<QPushButton *>(QStringLiteral("addMeasureButton")),
                      Qt::LeftButton);
    MeasureGalleryDialog *gallery = nullptr;
    for (auto *dialog : measures->findChildren<MeasureGalleryDialog *>())
        if (dialog->isVisible())
            gallery = dialog;
    QVERIFY(gallery);
    auto *list = gallery->findChild<QListWidget *>(QStringLiteral("measureGalleryList"));
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toInt() == int(MeasureKind::RooftopSolar))
            list->setCurrentRow(row);
    QTest::mouseClick(gallery->findChild<QPushButton *>(QStringLiteral("addFromGalleryButton")),
                      Qt::LeftButton);
}

void TestDistrictOwnMeasures::openedInPlaceAndCountedOnce()
{
    auto window = openDistrict();
    QVERIFY(window);
    DistrictDocument *district = window->district()->document();
    QVERIFY(!district->rollup().hasOwnPlan());
    const YearSeries before = district->rollup().net();
    const YearSeries bauBefore = district->rollup().total(DistrictRollup::Quantity::Bau);

    PlanDocument *own = openOwnMeasures(window.get());
    QVERIFY(own);
    // A new plan spanning the district's years, named after it, in the region of its
    // communities (the first one's grid region: Shenzhen's, CN-South).
    QCOMPARE(own->plan().community.baseYear, 2023);
    QCOMPARE(own->plan().community.horizonEnd, 2060);
    QCOMPARE(own->plan().community.name, QStringLiteral("Sample district district measures"));
    QCOMPARE(own->plan().community.gridRegion, district->member(0).plan.community.gridRegion);
    QCOMPARE(own->plan().scenarios.size(), 1);
    auto *bar = window->findChild<CommunityBar *>();
    QVERIFY(bar && bar->isVisible());
    QVERIFY(bar->text().contains(QStringLiteral("own measures of district Sample district")));
    QVERIFY(
        window->windowTitle().startsWith(QStringLiteral("District measures of Sample district")));
    QVERIFY(!district->isModified()); // opened, not edited

    // The district's buses charged from the grid: 1,000,000 kWh a year at the South China grid's
    // 0.4042 kg CO₂/kWh (MEE, regional grid average emission factor 2023): the district's BAU in
    // the base year grows by 1,000,000 × 0.4042 ÷ 1,000 = 404.2 t.
    addGridLine(window.get(), 1'000'000);
    QCOMPARE(own->plan().activities.size(), 1);
    QCOMPARE(own->plan().activities[0].factor, QStringLiteral("grid-cn-south-2023"));
    const double lineTonnes = 404.2;
    const YearSeries bauAfter = district->rollup().total(DistrictRollup::Quantity::Bau);
    QVERIFY(qAbs(bauAfter[0] - (bauBefore[0] + lineTonnes)) < kTolerance);
    QVERIFY(district->rollup().hasOwnPlan());
    QCOMPARE(district->rollup().size(), 3); // still three communities: the own plan is beside
    QVERIFY(district->isModified());
    QVERIFY(window->isWindowModified());

    // Rooftop solar on the depot's roof, into the own plan's scenario: the district's net is
    // the three communities' as before plus the own plan's own run, in every year.
    addSolar(window.get());
    QCOMPARE(own->plan().measures.size(), 1);
    const YearSeries mine = ownNet(district->district().ownPlan);
    const YearSeries after = district->rollup().net();
    for (Eigen::Index y = 0; y < after.size(); ++y)
        QVERIFY2(qAbs(after[y] - (before[y] + mine[y])) < kTolerance,
                 qPrintable(QString::number(y)));
    QVERIFY(mine[after.size() - 1] < lineTonnes - 1); // the panels take something off

    // Back to the district: its page shows the new figure; in again, the same document.
    bar->findChild<QPushButton *>(QStringLiteral("backToDistrictButton"))->click();
    QCOMPARE(window->districtMember(), -1);
    QVERIFY(!window->document());
    QVERIFY(qAbs(window->district()->page()->figures().baseNet - after[0]) < kTolerance);
    QCOMPARE(openOwnMeasures(window.get()), own);
    // Edit → Undo three times in the own plan (the panels, the amount, the line): the district
    // is as it was.
    QAction *undo = actionNamed(window.get(), "undoAction");
    for (int step = 0; step < 3; ++step) {
        QVERIFY(undo->isEnabled());
        undo->trigger();
    }
    QVERIFY(own->plan().activities.isEmpty());
    const YearSeries undone = district->rollup().net();
    for (Eigen::Index y = 0; y < undone.size(); ++y)
        QVERIFY(qAbs(undone[y] - before[y]) < kTolerance);
    QVERIFY(!district->rollup().hasOwnPlan());
}

void TestDistrictOwnMeasures::savedWithTheDistrict()
{
    auto window = openDistrict();
    QVERIFY(window);
    PlanDocument *own = openOwnMeasures(window.get());
    QVERIFY(own);
    addGridLine(window.get(), 250'000);
    const Plan edited = window->district()->document()->district().ownPlan;
    const double net = window->district()->document()->rollup().net()[0];
    // Save while the own measures are shown: the district file takes them (Save As is not
    // offered: they have no file of their own).
    actionNamed(window.get(), "saveAction")->trigger();
    QVERIFY(!window->district()->document()->isModified());
    QVERIFY(!own->isModified());
    QVERIFY(!window->isWindowModified());
    window.reset();

    QString error;
    const DistrictStoreResult stored = DistrictStore::load(m_path);
    QVERIFY2(stored.ok(), qPrintable(stored.error));
    QCOMPARE(stored.district->ownPlan, edited);
    QCOMPARE(stored.district->ownPlan.activities[0].amount, 250'000.0);
    // Opened again: the roll-up counts them as before.
    auto again = openDistrict();
    QVERIFY(again);
    QVERIFY(again->district()->document()->rollup().hasOwnPlan());
    QVERIFY(qAbs(again->district()->document()->rollup().net()[0] - net) < kTolerance);
    PlanDocument *reopened = openOwnMeasures(again.get());
    QVERIFY(reopened);
    QCOMPARE(reopened->plan().activities.size(), 1);
}

void TestDistrictOwnMeasures::undoingADistrictStepKeepsThem()
{
    auto window = openDistrict();
    QVERIFY(window);
    DistrictDocument *district = window->district()->document();
    // A district step first (the template's discount rate), then an edit of the own plan.
    DistrictTemplateEdits::push(*district, DistrictTemplateEdits::setDiscountRate(*district, 0.03));
    QVERIFY(openOwnMeasures(window.get()));
    addGridLine(window.get(), 100'000);
    const Plan edited = district->district().ownPlan;
    QCOMPARE(edited.activities.size(), 1);
    // Undoing the district step takes the discount rate back, not the own plan's line.
    window->findChild<CommunityBar *>()
        ->findChild<QPushButton *>(QStringLiteral("backToDistrictButton"))
        ->click();
    district->undoStack()->undo();
    QVERIFY(!district->district().templ.discountRate.has_value());
    QCOMPARE(district->district().ownPlan, edited);
    QVERIFY(district->rollup().hasOwnPlan());
}

QTEST_MAIN(TestDistrictOwnMeasures)
#include "TestDistrictOwnMeasures.moc"
