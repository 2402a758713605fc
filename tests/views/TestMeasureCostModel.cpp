#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "PlanFixtures.h"
#include "charts/MaccChart.h"
#include "common/LiveResults.h"
#include "costs/CostsPage.h"
#include "costs/MeasureCostModel.h"
#include "costs/MeasureCostSortModel.h"
#include "engine/ScenarioEngine.h"
#include "storage/PlanJson.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

namespace {

// 2024–2030 (7 years), discount rate 5 %, electricity 0.68 CNY/kWh, 100,000 kWh a year of
// residential electricity at 0.4042 kg/kWh, and two measures:
//  - "LED in the stairwells" from 2024 at once: lighting share 0.2 × savings 0.5 = 10 % of
//    the electricity, capex 50,000 (bought once: its 25-year life outlasts the horizon),
//    opex 1,000 a year;
//  - "Offset purchase": carbon credits from 2027, 10 t a year at 50 CNY/t.
Plan costPlan()
{
    Plan p = test::basePlan(2024, 2030);
    p.prices = {
        {QStringLiteral("electricity"), QStringLiteral("kWh"), 0.68, QStringLiteral("test")}};
    p.activities = {test::line(QStringLiteral("elec"), Sector::StationaryEnergy,
                               QStringLiteral("residential"), QStringLiteral("electricity"), 100000,
                               QStringLiteral("kWh"), QStringLiteral("grid"))};
    Measure led = test::measure(MeasureKind::LedLighting, QStringLiteral("led"), 2024,
                                {{"lighting_share", 0.2}, {"savings", 0.5}});
    led.name = QStringLiteral("LED in the stairwells");
    led.costs = {50000, 1000};
    Measure credits = test::measure(MeasureKind::CarbonCredits, QStringLiteral("credits"), 2027,
                                    {{"tonnes_per_year", 10}, {"price_per_t", 50}});
    credits.name = QStringLiteral("Offset purchase");
    p.measures = {led, credits};
    p.scenarios = {test::allMeasures(p)};
    return p;
}

// Annuity factors at 5 %: a(0..6) = Σ_{t=0}^{6} 1.05^−t
//   = 1 + 0.952381 + 0.907029 + 0.863838 + 0.822702 + 0.783526 + 0.746215 = 6.075692
// and a(3..6) = 0.863838 + 0.822702 + 0.783526 + 0.746215 = 3.216282 (2027–2030).
constexpr double kAnnuity7 = 6.0756920673;
constexpr double kAnnuityFrom2027 = 3.2162816364;

int rowNamed(const QAbstractItemModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, MeasureCostModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

double number(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(MeasureCostModel::SortRole).toDouble();
}

} // namespace

class TestMeasureCostModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void costsWorkedOutByHand();
    void totalsRowIsTheSum();
    void headersAndText();
    void changingScenario();
    void sortingKeepsTotalsLast();
    void costsPageFollowsTheScenario();

private:
    PlanResult m_result;
};

void TestMeasureCostModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_result = ScenarioEngine(test::noLibrary()).run(costPlan());
    QCOMPARE(m_result.scenarios.size(), size_t(1));
}

void TestMeasureCostModel::costsWorkedOutByHand()
{
    MeasureCostModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScenario(&m_result.scenarios[0], QStringLiteral("CNY"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.measureCount(), 2);

    const int led = rowNamed(model, QStringLiteral("LED in the stairwells"));
    QVERIFY(led >= 0);
    // Capex 50,000 once in 2024; opex 1,000 × 7 years = 7,000.
    QVERIFY(qAbs(number(model, led, MeasureCostModel::CapexColumn) - 50000) < 1e-6);
    QVERIFY(qAbs(number(model, led, MeasureCostModel::OpexColumn) - 7000) < 1e-6);
    // Savings: 10 % of 100,000 kWh = 10,000 kWh a year × 0.68 CNY = 6,800 a year, × 7 = 47,600.
    QVERIFY(qAbs(number(model, led, MeasureCostModel::SavingsColumn) - 47600) < 1e-6);
    // NPV = Σ_{t=0}^{6} (savings_t − capex_t − opex_t) / (1 + r)^t
    //     = (6,800 − 1,000) × a(0..6) − 50,000 = 5,800 × 6.075692 − 50,000 = −14,760.99
    QVERIFY(qAbs(5800 * kAnnuity7 - 50000 - -14760.986) < 1e-3);
    QVERIFY(qAbs(number(model, led, MeasureCostModel::NpvColumn) - -14760.986) < 1e-2);
    // Abated: 10,000 kWh × 0.4042 kg/kWh = 4.042 t a year, × 7 = 28.294 t.
    QVERIFY(qAbs(number(model, led, MeasureCostModel::AbatedColumn) - 28.294) < 1e-6);
    // Cost per tonne = present cost / present abatement = 14,760.99 / (4.042 × 6.075692)
    //                = 14,760.99 / 24.557947 = 601.07 CNY/t.
    QVERIFY(qAbs(number(model, led, MeasureCostModel::CostPerTonneColumn) - 601.0676) < 1e-3);

    const int credits = rowNamed(model, QStringLiteral("Offset purchase"));
    QVERIFY(credits >= 0);
    // No capex and no energy saved; opex 10 t × 50 CNY = 500 a year for 2027–2030 = 2,000.
    QVERIFY(qAbs(number(model, credits, MeasureCostModel::CapexColumn)) < 1e-6);
    QVERIFY(qAbs(number(model, credits, MeasureCostModel::SavingsColumn)) < 1e-6);
    QVERIFY(qAbs(number(model, credits, MeasureCostModel::OpexColumn) - 2000) < 1e-6);
    // NPV = −500 × a(3..6) = −500 × 3.216282 = −1,608.14; 40 t; exactly 50 CNY/t.
    QVERIFY(qAbs(number(model, credits, MeasureCostModel::NpvColumn) - -1608.1408) < 1e-3);
    QVERIFY(qAbs(-500 * kAnnuityFrom2027 - -1608.1408) < 1e-3);
    QVERIFY(qAbs(number(model, credits, MeasureCostModel::AbatedColumn) - 40) < 1e-6);
    QVERIFY(qAbs(number(model, credits, MeasureCostModel::CostPerTonneColumn) - 50) < 1e-6);
}

void TestMeasureCostModel::totalsRowIsTheSum()
{
    MeasureCostModel model;
    model.setScenario(&m_result.scenarios[0], QStringLiteral("CNY"));
    const int totals = model.rowCount() - 1;
    QVERIFY(model.isTotalsRow(totals));
    QVERIFY(model.index(totals, 0).data(MeasureCostModel::TotalsRole).toBool());
    QVERIFY(!model.index(0, 0).data(MeasureCostModel::TotalsRole).toBool());
    QCOMPARE(model.index(totals, MeasureCostModel::NameColumn).data().toString(),
             QStringLiteral("Total"));
    for (int column : {MeasureCostModel::CapexColumn, MeasureCostModel::OpexColumn,
                       MeasureCostModel::SavingsColumn, MeasureCostModel::NpvColumn,
                       MeasureCostModel::AbatedColumn}) {
        const double sum = number(model, 0, column) + number(model, 1, column);
        QVERIFY2(qAbs(number(model, totals, column) - sum) < 1e-6,
                 qPrintable(QString::number(column)));
    }
    // By hand: capex 50,000; opex 7,000 + 2,000; savings 47,600; NPV −14,760.99 − 1,608.14;
    // 28.294 + 40 t.
    QVERIFY(qAbs(number(model, totals, MeasureCostModel::CapexColumn) - 50000) < 1e-6);
    QVERIFY(qAbs(number(model, totals, MeasureCostModel::OpexColumn) - 9000) < 1e-6);
    QVERIFY(qAbs(number(model, totals, MeasureCostModel::NpvColumn) - -16369.127) < 1e-2);
    QVERIFY(qAbs(number(model, totals, MeasureCostModel::AbatedColumn) - 68.294) < 1e-6);
    // Cost per tonne of the whole is levelised, not summed:
    // 16,369.13 / (24.557947 + 32.162816) = 288.59 CNY/t.
    QVERIFY(qAbs(number(model, totals, MeasureCostModel::CostPerTonneColumn) - 288.5914) < 1e-3);
}

void TestMeasureCostModel::headersAndText()
{
    MeasureCostModel model;
    model.setScenario(&m_result.scenarios[0], QStringLiteral("EUR"));
    QCOMPARE(
        model.headerData(MeasureCostModel::CapexColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Capex (EUR)"));
    QCOMPARE(model.headerData(MeasureCostModel::CostPerTonneColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             QStringLiteral("Cost (EUR/tCO₂e)"));
    QVERIFY(model.headerData(MeasureCostModel::AbatedColumn, Qt::Horizontal, Qt::DisplayRole)
                .toString()
                .contains(QStringLiteral("tCO₂e")));
    const int led = rowNamed(model, QStringLiteral("LED in the stairwells"));
    // Locale-formatted: grouped thousands, no decimals for money.
    QCOMPARE(model.index(led, MeasureCostModel::CapexColumn).data().toString(),
             QStringLiteral("50,000"));
    QCOMPARE(model.index(led, MeasureCostModel::NpvColumn).data().toString(),
             QStringLiteral("-14,761"));
    QCOMPARE(model.index(led, MeasureCostModel::OwnerColumn).data().toString(),
             QStringLiteral("Energy group"));
    const int align =
        model.index(led, MeasureCostModel::NpvColumn).data(Qt::TextAlignmentRole).toInt();
    QVERIFY(align & Qt::AlignRight);
    const int nameAlign =
        model.index(led, MeasureCostModel::NameColumn).data(Qt::TextAlignmentRole).toInt();
    QVERIFY(nameAlign & Qt::AlignLeft);
    // Changing only the currency keeps the rows and renames the headers.
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setScenario(&m_result.scenarios[0], QStringLiteral("CNY"));
    QCOMPARE(headers.count(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(
        model.headerData(MeasureCostModel::NpvColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("NPV (CNY)"));
}

void TestMeasureCostModel::changingScenario()
{
    MeasureCostModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setScenario(&m_result.scenarios[0], QStringLiteral("CNY"));
    QCOMPARE(model.rowCount(), 3);

    // Only the LED: one measure and its totals, equal to it.
    Plan plan = costPlan();
    plan.scenarios[0].measures.removeLast();
    const PlanResult ledOnly = ScenarioEngine(test::noLibrary()).run(plan);
    model.setScenario(&ledOnly.scenarios[0], QStringLiteral("CNY"));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(qAbs(number(model, 1, MeasureCostModel::NpvColumn) -
                 number(model, 0, MeasureCostModel::NpvColumn)) < 1e-9);

    // A scenario without measures, and no scenario at all: empty, no totals row.
    plan.scenarios[0].measures.clear();
    const PlanResult none = ScenarioEngine(test::noLibrary()).run(plan);
    model.setScenario(&none.scenarios[0], QStringLiteral("CNY"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.measureCount(), 0);
    model.setScenario(&m_result.scenarios[0], QStringLiteral("CNY"));
    model.setScenario(nullptr, QStringLiteral("CNY"));
    QCOMPARE(model.rowCount(), 0);
}

void TestMeasureCostModel::sortingKeepsTotalsLast()
{
    MeasureCostModel model;
    MeasureCostSortModel sorted;
    sorted.setSourceModel(&model);
    QAbstractItemModelTester tester(&sorted,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScenario(&m_result.scenarios[0], QStringLiteral("CNY"));
    const auto nameAt = [&](int row) {
        return sorted.index(row, MeasureCostModel::NameColumn).data().toString();
    };
    // NPV by number: LED −14,761 < credits −1,608 (as text "-1,608" would come first).
    sorted.sort(MeasureCostModel::NpvColumn, Qt::AscendingOrder);
    QCOMPARE(nameAt(0), QStringLiteral("LED in the stairwells"));
    QCOMPARE(nameAt(1), QStringLiteral("Offset purchase"));
    QCOMPARE(nameAt(2), QStringLiteral("Total"));
    sorted.sort(MeasureCostModel::NpvColumn, Qt::DescendingOrder);
    QCOMPARE(nameAt(0), QStringLiteral("Offset purchase"));
    QCOMPARE(nameAt(1), QStringLiteral("LED in the stairwells"));
    QCOMPARE(nameAt(2), QStringLiteral("Total"));
    // Cost per tonne: LED 601 CNY/t above credits 50 CNY/t.
    sorted.sort(MeasureCostModel::CostPerTonneColumn, Qt::DescendingOrder);
    QCOMPARE(nameAt(0), QStringLiteral("LED in the stairwells"));
    QCOMPARE(nameAt(2), QStringLiteral("Total"));
    sorted.sort(MeasureCostModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(nameAt(0), QStringLiteral("Offset purchase"));
    QCOMPARE(nameAt(2), QStringLiteral("Total"));
}

// The page on the Shenzhen sample: a row per measure of the current scenario and the totals,
// the MACC drawn; a scenario without measures shows the empty state; hidden, the page waits
// until it is shown again.
void TestMeasureCostModel::costsPageFollowsTheScenario()
{
    QTemporaryDir dir;
    const PlanReadResult read =
        PlanJson::readFile(QStringLiteral(":/samples/shenzhen-xinqiao.json"));
    QVERIFY(read.plan);
    auto document = PlanDocument::fromPlan(*read.plan, dir.path());
    LiveResults results(document.get(), FactorLibrary::builtIn());
    CostsPage page(document.get(), &results);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto *view = page.findChild<QTableView *>(QStringLiteral("measureCostView"));
    auto *chart = page.findChild<MaccChart *>(QStringLiteral("maccChart"));
    auto *empty = page.findChild<QLabel *>(QStringLiteral("costsEmptyLabel"));
    QVERIFY(view && chart && empty);
    QVERIFY(qobject_cast<QSortFilterProxyModel *>(view->model()));
    const size_t measures = results.currentResult()->measures.size();
    QVERIFY(measures > 0);
    QCOMPARE(view->model()->rowCount(), int(measures) + 1);
    QVERIFY(view->model()
                ->headerData(MeasureCostModel::NpvColumn, Qt::Horizontal)
                .toString()
                .contains(QStringLiteral("CNY")));
    QVERIFY(!chart->isShowingEmptyMessage());
    QVERIFY(view->isVisible());
    QVERIFY(!empty->isVisible());

    // Hidden: nothing redrawn until shown again.
    page.hide();
    const Plan &plan = document->plan();
    document->undoStack()->push(new ChangeValue<QList<ScenarioMeasure>>(
        document.get(), PlanFields::scenarioMeasures(plan, results.currentScenario()), {}));
    QCOMPARE(view->model()->rowCount(), int(measures) + 1);
    page.show();
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY(!view->isVisible());
    QVERIFY(empty->text().contains(document->plan().scenarios.at(0).name));

    document->undoStack()->undo();
    QCOMPARE(view->model()->rowCount(), int(measures) + 1);
    QVERIFY(view->isVisible());
}

QTEST_MAIN(TestMeasureCostModel)
#include "TestMeasureCostModel.moc"
