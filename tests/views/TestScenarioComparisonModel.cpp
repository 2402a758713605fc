// The scenarios side by side, on a small plan whose every figure is worked out by hand:
// one electricity line of 1,000,000 kWh at 0.4042 kg/kWh (404.2 t a year, no growth),
// 2024–2030, an LED retrofit from 2025 costing 10,000 and 400 t of credits a year from 2028
// at 100 a tonne; targets: neutrality by 2030, −40 % by 2027, a budget of 2,000 t.
#include "AddRemoveScenario.h"
#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "PlanFixtures.h"
#include "RenameScenario.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "present/ScenarioComparisonModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <memory>

using namespace zeroplan;
using Figure = ScenarioComparisonModel::Figure;

namespace {

constexpr double kBau = 404.2;                              // 1e6 kWh × 0.4042e-3 t/kWh
constexpr double kLedCut = 1.0e6 * 0.15 * 0.75 * 0.4042e-3; // catalogue defaults: 45.4725 t
constexpr double kCredits = 400;

// Σ (1.05)^−t for t in [from, to]: discounting to the base year 2024 (t = 0) at 5 %.
double annuity(int from, int to)
{
    double sum = 0;
    for (int t = from; t <= to; ++t)
        sum += std::pow(1.05, -t);
    return sum;
}

Plan fixturePlan()
{
    Plan p = test::basePlan(2024, 2030);
    p.activities = {test::line(QStringLiteral("homes"), Sector::StationaryEnergy,
                               QStringLiteral("residential"), QStringLiteral("electricity"), 1.0e6,
                               QStringLiteral("kWh"), QStringLiteral("grid"))};
    p.community.targets.neutralityYear = 2030;
    p.community.targets.interim = {{2027, 0.4}};
    p.community.targets.carbonBudget = 2000;
    Measure led = test::measure(MeasureKind::LedLighting, QStringLiteral("led"), 2025);
    led.costs.capex = 10000;
    const Measure credits =
        test::measure(MeasureKind::CarbonCredits, QStringLiteral("credits"), 2028,
                      {{"tonnes_per_year", kCredits}, {"price_per_t", 100}});
    p.measures = {led, credits};
    p.scenarios = {Scenario{QStringLiteral("LED only"), QString(), {{QStringLiteral("led"), 1.0}}},
                   Scenario{QStringLiteral("LED and credits"),
                            QString(),
                            {{QStringLiteral("led"), 1.0}, {QStringLiteral("credits"), 1.0}}}};
    return p;
}

} // namespace

class TestScenarioComparisonModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<ScenarioComparisonModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QVariant value(Figure f, int column, int year = 0) const
    {
        return m_model->index(m_model->rowOf(f, year), column)
            .data(ScenarioComparisonModel::ValueRole);
    }
    QString text(Figure f, int column, int year = 0) const
    {
        return m_model->index(m_model->rowOf(f, year), column).data().toString();
    }
    void near(Figure f, int column, double expected, int year = 0) const
    {
        const double actual = value(f, column, year).toDouble();
        QVERIFY2(qAbs(actual - expected) < 1e-6,
                 qPrintable(QStringLiteral("row %1 column %2: %3, expected %4")
                                .arg(int(f))
                                .arg(column)
                                .arg(actual)
                                .arg(expected)));
        QCOMPARE(text(f, column, year), NumberFormat::significant(expected));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_document = PlanDocument::fromPlan(fixturePlan(), m_dir.path());
        m_results = std::make_unique<LiveResults>(m_document.get(), test::noLibrary());
        m_model = std::make_unique<ScenarioComparisonModel>(m_results.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_results.reset();
        m_document.reset();
    }

    void shapeAndHeaders()
    {
        // Rows: base year, the 2027 interim target, 2030, neutrality year, cumulative net,
        // budget, present cost, cost per tonne, measures included.
        QCOMPARE(m_model->rowCount(), 9);
        QCOMPARE(m_model->columnCount(), 3); // BAU and the two scenarios
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Business as usual"));
        QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(),
                 QStringLiteral("LED and credits"));
        QCOMPARE(m_model->rowOf(Figure::InterimNet, 2027), 1);
        const QString interim = m_model->headerData(1, Qt::Vertical).toString();
        QVERIFY(interim.contains(QStringLiteral("2027")));
        QVERIFY(interim.contains(NumberFormat::tonnesPerYearUnit()));
        QVERIFY(m_model->headerData(m_model->rowOf(Figure::PresentCost), Qt::Vertical)
                    .toString()
                    .contains(QStringLiteral("CNY")));
        const QModelIndex number = m_model->index(0, 1);
        QCOMPARE(number.data(Qt::TextAlignmentRole).toInt() & Qt::AlignHorizontal_Mask,
                 int(Qt::AlignRight));
    }

    void businessAsUsual()
    {
        near(Figure::BaseYearEmissions, 0, kBau);
        near(Figure::InterimNet, 0, kBau, 2027);
        near(Figure::HorizonNet, 0, kBau);
        near(Figure::CumulativeNet, 0, 7 * kBau); // 2024–2030: 2,829.4 t
        QVERIFY(value(Figure::NeutralityYear, 0).isNull());
        QCOMPARE(text(Figure::NeutralityYear, 0), QStringLiteral("not reached by 2030"));
        QCOMPARE(value(Figure::BudgetMet, 0).toBool(), false); // 2,829.4 t > 2,000 t
        QCOMPARE(text(Figure::BudgetMet, 0), QStringLiteral("No"));
        QCOMPARE(value(Figure::PresentCost, 0).toDouble(), 0.0);
        QVERIFY(value(Figure::CostPerTonne, 0).isNull());
        QCOMPARE(value(Figure::MeasuresIncluded, 0).toInt(), 0);
    }

    void ledOnly()
    {
        // LED from 2025: 1e6 kWh × 15 % lighting × 75 % saved × 0.4042e-3 = 45.4725 t a year.
        const double withLed = kBau - kLedCut; // 358.7275 t
        near(Figure::BaseYearEmissions, 1, kBau);
        near(Figure::InterimNet, 1, withLed, 2027);
        near(Figure::HorizonNet, 1, withLed);
        near(Figure::CumulativeNet, 1, kBau + 6 * withLed); // 2,556.565 t
        QCOMPARE(text(Figure::NeutralityYear, 1), QStringLiteral("not reached by 2030"));
        QCOMPARE(text(Figure::BudgetMet, 1), QStringLiteral("No"));
        // 10,000 bought in 2025 (t = 1); no prices in the plan, so no savings.
        const double cost = 10000 / 1.05;              // 9,523.81
        const double abated = kLedCut * annuity(1, 6); // 45.4725 × 5.0757 = 230.81 t
        QVERIFY(qAbs(value(Figure::PresentCost, 1).toDouble() - cost) < 1e-6);
        QCOMPARE(text(Figure::PresentCost, 1), NumberFormat::number(cost, 0));
        QVERIFY(qAbs(value(Figure::CostPerTonne, 1).toDouble() - cost / abated) < 1e-6); // 41.26
        QCOMPARE(value(Figure::MeasuresIncluded, 1).toInt(), 1);
        QCOMPARE(text(Figure::MeasuresIncluded, 1), QStringLiteral("1 of 2"));
    }

    void ledAndCredits()
    {
        // Credits of 400 t a year from 2028 bring net below zero that year: 358.7275 − 400.
        const double withLed = kBau - kLedCut;
        near(Figure::InterimNet, 2, withLed, 2027);
        near(Figure::HorizonNet, 2, withLed - kCredits); // −41.2725 t
        // Net ≤ 0 in 2028, 2029 and 2030: neutral from 2028, first reached then too.
        QCOMPARE(value(Figure::NeutralityYear, 2).toInt(), 2028);
        QCOMPARE(text(Figure::NeutralityYear, 2), QStringLiteral("2028"));
        QVERIFY(m_model->headerData(m_model->rowOf(Figure::NeutralityYear), Qt::Vertical)
                    .toString()
                    .startsWith(QStringLiteral("Neutral from")));
        near(Figure::CumulativeNet, 2, kBau + 6 * withLed - 3 * kCredits); // 1,356.565 t
        QCOMPARE(value(Figure::BudgetMet, 2).toBool(), true);
        QCOMPARE(text(Figure::BudgetMet, 2), QStringLiteral("Yes"));
        // 40,000 a year for the credits in 2028–2030 (t = 4..6), on top of the LED's cost:
        // the present cost counts both. The cost per tonne abated counts the LED alone —
        // credits abate nothing — so it is the LED-only scenario's 41.26, not the
        // (cost of both) / (LED tonnes + credits) = 88.43 that counted credits as abatement.
        const double cost = 10000 / 1.05 + 40000 * annuity(4, 6); // 103,621.5
        const double ledCost = 10000 / 1.05;
        const double abated = kLedCut * annuity(1, 6);
        QVERIFY(qAbs(value(Figure::PresentCost, 2).toDouble() - cost) < 1e-6);
        QVERIFY(qAbs(value(Figure::CostPerTonne, 2).toDouble() - ledCost / abated) < 1e-6); // 41.26
        QCOMPARE(value(Figure::CostPerTonne, 2), value(Figure::CostPerTonne, 1));
        QCOMPARE(text(Figure::MeasuresIncluded, 2), QStringLiteral("2 of 2"));
    }

    void followsEditsInsertsAndRemovals()
    {
        QUndoStack *stack = m_document->undoStack();
        // A level: same shape, new figures. Half the LED halves its cut.
        stack->push(new ChangeValue<double>(
            m_document.get(),
            PlanFields::scenarioMeasureLevel(m_document->plan(), 0, QStringLiteral("led")), 0.5));
        near(Figure::HorizonNet, 1, kBau - kLedCut / 2);
        // A rename shows in the header.
        stack->push(new RenameScenario(m_document.get(), 0, QStringLiteral("Half LED")));
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Half LED"));
        // A new scenario adds a column; BAU stays first.
        stack->push(
            new AddScenario(m_document.get(), Scenario{QStringLiteral("Empty"), {}, {}}, 0));
        QCOMPARE(m_model->columnCount(), 4);
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Empty"));
        near(Figure::HorizonNet, 1, kBau);
        // A second interim target adds a row, in year order.
        stack->push(
            new ChangeValue<QList<InterimTarget>>(m_document.get(), PlanFields::interimTargets(),
                                                  QList<InterimTarget>{{2029, 0.6}, {2027, 0.4}}));
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(m_model->rowOf(Figure::InterimNet, 2027), 1);
        QCOMPARE(m_model->rowOf(Figure::InterimNet, 2029), 2);
        near(Figure::InterimNet, 3, kBau - kLedCut - kCredits, 2029);
        // No budget: the row says so.
        stack->push(new ChangeValue<std::optional<double>>(
            m_document.get(), PlanFields::carbonBudget(), std::optional<double>()));
        QVERIFY(value(Figure::BudgetMet, 1).isNull());
        QCOMPARE(text(Figure::BudgetMet, 1), QStringLiteral("no budget set"));
        // Removing a scenario removes its column; undoing everything restores the table.
        stack->push(new RemoveScenario(m_document.get(), 2));
        QCOMPARE(m_model->columnCount(), 3);
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(m_model->rowCount(), 9);
        QCOMPARE(m_model->columnCount(), 3);
        near(Figure::HorizonNet, 1, kBau - kLedCut);
    }
};

QTEST_MAIN(TestScenarioComparisonModel)
#include "TestScenarioComparisonModel.moc"
