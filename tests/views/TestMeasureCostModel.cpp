#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "PlanFixtures.h"
#include "charts/MaccChart.h"
#include "costs/CostsPage.h"
#include "costs/MeasureCostSortModel.h"
#include "engine/ScenarioEngine.h"
#include "present/LiveResults.h"
#include "present/MeasureCostModel.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QAbstractItemModelTester>
#include <QFont>
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
    void sortingKeepsTheGroups();
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
    QCOMPARE(model.rowCount(), 4); // LED, its totals; the credits, theirs
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
    // NPV = −500 × a(3..6) = −500 × 3.216282 = −1,608.14; 40 t bought, which abate nothing:
    // the row says "(40.0 bought)" and the price per credit, exactly 50 CNY, in italics.
    QVERIFY(qAbs(number(model, credits, MeasureCostModel::NpvColumn) - -1608.1408) < 1e-3);
    QVERIFY(qAbs(-500 * kAnnuityFrom2027 - -1608.1408) < 1e-3);
    QVERIFY(model.isCreditRow(credits));
    QVERIFY(!model.isCreditRow(led));
    QVERIFY(credits > led + 1); // after the abating measures and their totals
    QVERIFY(qAbs(number(model, credits, MeasureCostModel::AbatedColumn) - 40) < 1e-6);
    QCOMPARE(model.index(credits, MeasureCostModel::AbatedColumn).data().toString(),
             QStringLiteral("(40.0 bought)"));
    QVERIFY(qAbs(number(model, credits, MeasureCostModel::CostPerTonneColumn) - 50) < 1e-6);
    QVERIFY(model.index(credits, MeasureCostModel::CostPerTonneColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .italic());
    QVERIFY(model.index(credits, MeasureCostModel::AbatedColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("abate nothing")));
}

void TestMeasureCostModel::totalsRowIsTheSum()
{
    MeasureCostModel model;
    model.setScenario(&m_result.scenarios[0], QStringLiteral("CNY"));
    // Rows: 0 LED, 1 totals of the measures that abate, 2 credits, 3 totals of the credits.
    QVERIFY(model.isTotalsRow(1));
    QVERIFY(model.isTotalsRow(3));
    QVERIFY(!model.isTotalsRow(0) && !model.isTotalsRow(2));
    QVERIFY(model.index(1, 0).data(MeasureCostModel::TotalsRole).toBool());
    QVERIFY(!model.index(0, 0).data(MeasureCostModel::TotalsRole).toBool());
    QCOMPARE(model.index(1, MeasureCostModel::NameColumn).data().toString(),
             QStringLiteral("Total, measures that abate"));
    QCOMPARE(model.index(3, MeasureCostModel::NameColumn).data().toString(),
             QStringLiteral("Credits bought (not abatement)"));
    // The abatement totals are the LED's alone: the credits are never added to them. Before,
    // one "Total" summed both: 68.294 t "abated" and 288.59 CNY/t, counting 40 t of credits
    // as abatement.
    for (int column : {MeasureCostModel::CapexColumn, MeasureCostModel::OpexColumn,
                       MeasureCostModel::SavingsColumn, MeasureCostModel::NpvColumn,
                       MeasureCostModel::AbatedColumn, MeasureCostModel::CostPerTonneColumn}) {
        QVERIFY2(qAbs(number(model, 1, column) - number(model, 0, column)) < 1e-6,
                 qPrintable(QString::number(column)));
        QVERIFY2(qAbs(number(model, 3, column) - number(model, 2, column)) < 1e-6,
                 qPrintable(QString::number(column)));
    }
    // By hand: capex 50,000; opex 7,000; NPV −14,760.99; 28.294 t; 601.07 CNY/t.
    QVERIFY(qAbs(number(model, 1, MeasureCostModel::CapexColumn) - 50000) < 1e-6);
    QVERIFY(qAbs(number(model, 1, MeasureCostModel::OpexColumn) - 7000) < 1e-6);
    QVERIFY(qAbs(number(model, 1, MeasureCostModel::NpvColumn) - -14760.986) < 1e-2);
    QVERIFY(qAbs(number(model, 1, MeasureCostModel::AbatedColumn) - 28.294) < 1e-6);
    QVERIFY(qAbs(number(model, 1, MeasureCostModel::CostPerTonneColumn) - 601.0676) < 1e-3);
    // Credits apart: opex 2,000; NPV −1,608.14; 40 t bought at 50 CNY per credit.
    QVERIFY(qAbs(number(model, 3, MeasureCostModel::OpexColumn) - 2000) < 1e-6);
    QVERIFY(qAbs(number(model, 3, MeasureCostModel::NpvColumn) - -1608.1408) < 1e-3);
    QCOMPARE(model.index(3, MeasureCostModel::AbatedColumn).data().toString(),
             QStringLiteral("(40.0 bought)"));
    QVERIFY(qAbs(number(model, 3, MeasureCostModel::CostPerTonneColumn) - 50) < 1e-6);
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
    QCOMPARE(model.rowCount(), 4);

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

void TestMeasureCostModel::sortingKeepsTheGroups()
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
    // The groups keep their order whichever way: LED, its totals, the credits, theirs —
    // though by NPV alone the credits (−1,608) would come after the LED (−14,761) ascending
    // and before it descending.
    const QStringList groups{
        QStringLiteral("LED in the stairwells"), QStringLiteral("Total, measures that abate"),
        QStringLiteral("Offset purchase"), QStringLiteral("Credits bought (not abatement)")};
    for (int column : {int(MeasureCostModel::NpvColumn), int(MeasureCostModel::CostPerTonneColumn),
                       int(MeasureCostModel::NameColumn)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            sorted.sort(column, order);
            for (int row = 0; row < 4; ++row)
                QCOMPARE(nameAt(row), groups[row]);
        }
    }
    // Within a group, the numbers sort: a second measure that abates, dearer than the LED.
    Plan plan = costPlan();
    Measure led2 = plan.measures[0];
    led2.id = QStringLiteral("led2");
    led2.name = QStringLiteral("LED in the car park");
    led2.costs = {90000, 1000};
    plan.measures.insert(1, led2);
    plan.scenarios = {test::allMeasures(plan)};
    const PlanResult two = ScenarioEngine(test::noLibrary()).run(plan);
    model.setScenario(&two.scenarios[0], QStringLiteral("CNY"));
    sorted.sort(MeasureCostModel::CapexColumn, Qt::DescendingOrder);
    QCOMPARE(nameAt(0), QStringLiteral("LED in the car park")); // 90,000 before 50,000
    QCOMPARE(nameAt(1), QStringLiteral("LED in the stairwells"));
    QCOMPARE(nameAt(2), QStringLiteral("Total, measures that abate"));
    QCOMPARE(nameAt(3), QStringLiteral("Offset purchase"));
    sorted.sort(MeasureCostModel::CapexColumn, Qt::AscendingOrder);
    QCOMPARE(nameAt(0), QStringLiteral("LED in the stairwells"));
    QCOMPARE(nameAt(1), QStringLiteral("LED in the car park"));
    QCOMPARE(nameAt(4), QStringLiteral("Credits bought (not abatement)"));
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
    LiveResults results(document.get(), FactorLibraryJson::builtIn());
    CostsPage page(document.get(), &results);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto *view = page.findChild<QTableView *>(QStringLiteral("measureCostView"));
    auto *chart = page.findChild<MaccChart *>(QStringLiteral("maccChart"));
    auto *empty = page.findChild<QLabel *>(QStringLiteral("costsEmptyLabel"));
    QVERIFY(view && chart && empty);
    QVERIFY(qobject_cast<QSortFilterProxyModel *>(view->model()));
    const ScenarioResult *current = results.currentResult();
    const size_t measures = current->measures.size();
    QVERIFY(measures > 0);
    // One totals row per group: the measures that abate, and the credits if there are any.
    const auto credits = std::count_if(current->measures.begin(), current->measures.end(),
                                       [](const MeasureResult &m) { return m.isCredit(); });
    const int totals = (size_t(credits) < measures ? 1 : 0) + (credits > 0 ? 1 : 0);
    QCOMPARE(view->model()->rowCount(), int(measures) + totals);
    // The MACC: the measures that abate on the curve, credits hatched after it.
    QCOMPARE(chart->bars().size(), qsizetype(current->macc().size()));
    QCOMPARE(chart->creditBars().size(), qsizetype(current->creditPoints().size()));
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
    QCOMPARE(view->model()->rowCount(), int(measures) + totals);
    page.show();
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY(!view->isVisible());
    QVERIFY(empty->text().contains(document->plan().scenarios.at(0).name));

    document->undoStack()->undo();
    QCOMPARE(view->model()->rowCount(), int(measures) + totals);
    QVERIFY(view->isVisible());
}

QTEST_MAIN(TestMeasureCostModel)
#include "TestMeasureCostModel.moc"
