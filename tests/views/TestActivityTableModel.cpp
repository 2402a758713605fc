// ActivityTableModel and its pickers: edits go through the undo stack and nowhere else, rows
// come and go with the commands, bad input is refused without a trace, and the emissions
// column holds amount × factor. The model is watched by QAbstractItemModelTester throughout.
#include "AddRemoveActivity.h"
#include "ImportActivities.h"
#include "PlanCommand.h"
#include "PlanDocument.h"
#include "PlanFixtures.h"
#include "ReplaceActivity.h"
#include "baseline/ActivityChoices.h"
#include "baseline/ActivityTableModel.h"
#include "common/ChoiceDelegate.h"
#include "common/ProblemIcon.h"
#include "present/LiveResults.h"
#include "storage/FactorLibraryJson.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// Puts a whole other plan in place, as opening or reverting does: says Part::Plan.
class ReplacePlan : public PlanCommand
{
public:
    ReplacePlan(PlanDocument *document, Plan plan) : PlanCommand(document), m_other(std::move(plan))
    {
    }
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap()
    {
        std::swap(plan(), m_other);
        notify(ChangeEvent::changed(ChangeEvent::Part::Plan));
    }
    Plan m_other;
};

// Three lines whose emissions are worked out by hand from the fixture factors
// (PlanFixtures.cpp, figures of docs/factors.md):
//   electricity 1,000,000 kWh × 0.4042 kg/kWh = 404.2 t
//   natural gas   100,000 m³  × 2.16 kg/m³    = 216.0 t
//   petrol         50,000 L   × 2.27 kg/L     = 113.5 t
Plan threeLines()
{
    Plan plan = basePlan(2024, 2030);
    plan.activities = {
        line(QStringLiteral("elec"), Sector::StationaryEnergy, QStringLiteral("residential"),
             QStringLiteral("electricity"), 1000000, QStringLiteral("kWh"), QStringLiteral("grid")),
        line(QStringLiteral("gas"), Sector::StationaryEnergy, QStringLiteral("residential"),
             QStringLiteral("natural_gas"), 100000, QStringLiteral("m³"), QStringLiteral("gas")),
        line(QStringLiteral("cars"), Sector::Transport, QStringLiteral("private_cars"),
             QStringLiteral("petrol"), 50000, QStringLiteral("L"), QStringLiteral("petrol")),
    };
    return plan;
}

QStringList texts(const QList<PickerChoice> &choices)
{
    QStringList out;
    for (const PickerChoice &c : choices)
        out << c.value.toString();
    return out;
}

} // namespace

class TestActivityTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheLines();
    void emissionsColumnIsAmountTimesFactor_data();
    void emissionsColumnIsAmountTimesFactor();
    void editAmountIsOneUndoStep();
    void editsOfTwoColumnsAreTwoSteps();
    void newCarrierKeepsTheLineConsistent();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void addAndRemoveLines();
    void importedLinesArriveAsOneInsert();
    void planReplacedResetsTheModel();
    void unitPickerOffersUnitsOfTheCarrier();
    void factorPickerOffersFactorsThatFit();
    void linesWithProblemsAreMarked();

private:
    QModelIndex cell(int row, int column) const { return m_model->index(row, column); }

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<ActivityTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestActivityTableModel::init()
{
    m_doc = PlanDocument::fromPlan(threeLines(), m_dir.path());
    m_results = std::make_unique<LiveResults>(m_doc.get(), noLibrary());
    m_model = std::make_unique<ActivityTableModel>(m_doc.get(), m_results.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestActivityTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_results.reset();
    m_doc.reset();
}

void TestActivityTableModel::showsTheLines()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(ActivityTableModel::ColumnCount));
    QCOMPARE(cell(0, ActivityTableModel::SectorColumn).data().toString(),
             sectorName(Sector::StationaryEnergy));
    QCOMPARE(cell(2, ActivityTableModel::SectorColumn).data().toString(),
             sectorName(Sector::Transport));
    QCOMPARE(cell(0, ActivityTableModel::CarrierColumn).data().toString(),
             QStringLiteral("Grid electricity"));
    QCOMPARE(cell(1, ActivityTableModel::UnitColumn).data().toString(), QStringLiteral("m³"));
    QCOMPARE(cell(0, ActivityTableModel::ScopeColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(cell(0, ActivityTableModel::DataQualityColumn).data().toString(),
             QStringLiteral("Medium"));
    QCOMPARE(cell(0, ActivityTableModel::SourceColumn).data(ActivityTableModel::LineIdRole),
             QVariant(QStringLiteral("elec")));
    QVERIFY(!(m_model->flags(cell(0, ActivityTableModel::EmissionsColumn)) & Qt::ItemIsEditable));
    QVERIFY(m_model->flags(cell(0, ActivityTableModel::AmountColumn)) & Qt::ItemIsEditable);
    QVERIFY(m_model->headerData(ActivityTableModel::EmissionsColumn, Qt::Horizontal)
                .toString()
                .contains(QStringLiteral("tCO₂e/yr")));
}

void TestActivityTableModel::emissionsColumnIsAmountTimesFactor_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<double>("tonnes");
    QTest::newRow("electricity 1e6 kWh × 0.4042 kg/kWh") << 0 << 404.2;
    QTest::newRow("gas 1e5 m³ × 2.16 kg/m³") << 1 << 216.0;
    QTest::newRow("petrol 5e4 L × 2.27 kg/L") << 2 << 113.5;
}

void TestActivityTableModel::emissionsColumnIsAmountTimesFactor()
{
    QFETCH(int, row);
    QFETCH(double, tonnes);
    const QVariant shown = cell(row, ActivityTableModel::EmissionsColumn).data(Qt::EditRole);
    QVERIFY(shown.isValid());
    QVERIFY2(qAbs(shown.toDouble() - tonnes) < 1e-6, qPrintable(shown.toString()));
    QVERIFY(m_model->emissions(row));
    QVERIFY(qAbs(*m_model->emissions(row) - tonnes) < 1e-6);
}

void TestActivityTableModel::editAmountIsOneUndoStep()
{
    QUndoStack *stack = m_doc->undoStack();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(cell(0, ActivityTableModel::AmountColumn), QStringLiteral("2000000")));
    QCOMPARE(m_doc->plan().activities.at(0).amount, 2000000.0);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Change amount of “elec”"));
    QVERIFY(!changed.isEmpty());
    // 2,000,000 kWh × 0.4042 kg/kWh = 808.4 t.
    QVERIFY(qAbs(*m_model->emissions(0) - 808.4) < 1e-6);
    QCOMPARE(cell(0, ActivityTableModel::AmountColumn).data(Qt::EditRole).toString(),
             QStringLiteral("2000000"));

    stack->undo();
    QCOMPARE(m_doc->plan().activities.at(0).amount, 1000000.0);
    QVERIFY(qAbs(*m_model->emissions(0) - 404.2) < 1e-6);
    QCOMPARE(m_doc->plan(), threeLines());
}

void TestActivityTableModel::editsOfTwoColumnsAreTwoSteps()
{
    QUndoStack *stack = m_doc->undoStack();
    QVERIFY(
        m_model->setData(cell(1, ActivityTableModel::SectorColumn), QStringLiteral("transport")));
    QVERIFY(m_model->setData(cell(1, ActivityTableModel::ScopeColumn), 3));
    QCOMPARE(stack->count(), 2);
    QCOMPARE(m_doc->plan().activities.at(1).sector, Sector::Transport);
    QCOMPARE(m_doc->plan().activities.at(1).scope, 3);
    QCOMPARE(cell(1, ActivityTableModel::ScopeColumn).data().toString(), QStringLiteral("3"));
    stack->undo();
    QCOMPARE(m_doc->plan().activities.at(1).scope, 1);
    QCOMPARE(m_doc->plan().activities.at(1).sector, Sector::Transport);
    stack->undo();
    QCOMPARE(m_doc->plan(), threeLines());
    // Words the import understands are taken too: 数据质量 "高" is high.
    QVERIFY(m_model->setData(cell(0, ActivityTableModel::DataQualityColumn), QStringLiteral("高")));
    QCOMPARE(m_doc->plan().activities.at(0).dataQuality, DataQuality::High);
    // The same value again is no step at all.
    QVERIFY(
        m_model->setData(cell(0, ActivityTableModel::DataQualityColumn), QStringLiteral("high")));
    QCOMPARE(stack->count(), 1);
}

void TestActivityTableModel::newCarrierKeepsTheLineConsistent()
{
    // Electricity in kWh becomes natural gas: the unit becomes gas's usual unit, m³ (as a gas
    // bill gives it; kept as kWh, 1,000,000 "kWh" of gas would be 10.8× too little gas), and
    // the plan's gas factor per m³ fits: 1,000,000 m³ × 2.16 kg = 2160 t. The scope was
    // electricity's default (2) and becomes gas's (1).
    QVERIFY(m_model->setData(cell(0, ActivityTableModel::CarrierColumn),
                             QStringLiteral("natural_gas")));
    const ActivityLine &gas = m_doc->plan().activities.at(0);
    QCOMPARE(gas.carrier, QStringLiteral("natural_gas"));
    QCOMPARE(gas.unit, QStringLiteral("m³"));
    QCOMPARE(gas.scope, 1);
    QCOMPARE(gas.sector, Sector::StationaryEnergy);
    QCOMPARE(gas.factor, QStringLiteral("gas"));
    QVERIFY(qAbs(*m_model->emissions(0) - 2160.0) < 1e-6);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    // Gas metered in kWh: none of the plan's gas factors is per kWh and there is no library,
    // so the line has no factor and no emissions (the validator lists it).
    QVERIFY(m_model->setData(cell(0, ActivityTableModel::UnitColumn), QStringLiteral("kWh")));
    QCOMPARE(m_doc->plan().activities.at(0).unit, QStringLiteral("kWh"));
    QCOMPARE(m_doc->plan().activities.at(0).factor, QString());
    QVERIFY(!m_model->emissions(0));
    // Petrol: litres, and the sector follows the fuel into transport (it was gas's default);
    // 1,000,000 L × 2.27 kg = 2270 t.
    QVERIFY(m_model->setData(cell(0, ActivityTableModel::CarrierColumn), QStringLiteral("汽油")));
    const ActivityLine &petrol = m_doc->plan().activities.at(0);
    QCOMPARE(petrol.carrier, QStringLiteral("petrol"));
    QCOMPARE(petrol.unit, QStringLiteral("L"));
    QCOMPARE(petrol.sector, Sector::Transport);
    QCOMPARE(petrol.scope, 1);
    QCOMPARE(petrol.factor, QStringLiteral("petrol"));
    QVERIFY(qAbs(*m_model->emissions(0) - 2270.0) < 1e-6);
    // 私家车, car travel: vehicle-km, still transport; the plan's car factor is per km:
    // 1,000,000 vehicle-km × 106.6 g/km = 106.6 t.
    QVERIFY(m_model->setData(cell(0, ActivityTableModel::CarrierColumn), QStringLiteral("私家车")));
    const ActivityLine &car = m_doc->plan().activities.at(0);
    QCOMPARE(car.carrier, QStringLiteral("car_travel"));
    QCOMPARE(car.unit, QStringLiteral("vehicle-km"));
    QCOMPARE(car.sector, Sector::Transport);
    QCOMPARE(car.factor, QStringLiteral("car"));
    QVERIFY(qAbs(*m_model->emissions(0) - 106.6) < 1e-6);
    // Mixed waste to landfill: tonnes, waste sector, scope 3; the plan's MSW factor:
    // 1,000,000 t × 45 kg CH4 × 27.0 (AR6 non-fossil) = 1,215,000 t.
    QVERIFY(m_model->setData(cell(0, ActivityTableModel::CarrierColumn),
                             QStringLiteral("landfill_waste")));
    const ActivityLine &waste = m_doc->plan().activities.at(0);
    QCOMPARE(waste.unit, QStringLiteral("t"));
    QCOMPARE(waste.sector, Sector::Waste);
    QCOMPARE(waste.scope, 3);
    QCOMPARE(waste.factor, QStringLiteral("msw-landfill"));
    QVERIFY(qAbs(*m_model->emissions(0) - 1.215e6) < 1e-3);
    QCOMPARE(m_doc->undoStack()->count(), 5);
    for (int i = 0; i < 5; ++i)
        m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), threeLines());
}

void TestActivityTableModel::badInputIsRefused_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    const int amount = ActivityTableModel::AmountColumn;
    QTest::newRow("negative amount") << amount << QVariant(QStringLiteral("-5"))
                                     << QStringLiteral("Row 2 (“gas”), amount: -5 is negative");
    QTest::newRow("negative number")
        << amount << QVariant(-0.5) << QStringLiteral("Row 2 (“gas”), amount: -0.5 is negative");
    QTest::newRow("text amount") << amount << QVariant(QStringLiteral("abc"))
                                 << QStringLiteral("Row 2 (“gas”), amount: “abc” is not a number");
    QTest::newRow("empty amount") << amount << QVariant(QString())
                                  << QStringLiteral("Row 2 (“gas”), amount: the amount is empty");
    QTest::newRow("nan") << amount << QVariant(QStringLiteral("nan"))
                         << QStringLiteral("Row 2 (“gas”), amount: “nan” is not a number");
    QTest::newRow("unit of another kind")
        << int(ActivityTableModel::UnitColumn) << QVariant(QStringLiteral("t"))
        << QStringLiteral(
               "Row 2 (“gas”), unit: t is a unit of mass, which doesn't fit Natural gas");
    QTest::newRow("unknown unit") << int(ActivityTableModel::UnitColumn)
                                  << QVariant(QStringLiteral("bananas"))
                                  << QStringLiteral("Row 2 (“gas”), unit: “bananas” is not a unit");
    QTest::newRow("scope 7") << int(ActivityTableModel::ScopeColumn) << QVariant(7)
                             << QStringLiteral("Row 2 (“gas”), scope: “7” is not a scope");
    QTest::newRow("unknown factor")
        << int(ActivityTableModel::FactorColumn) << QVariant(QStringLiteral("nope"))
        << QStringLiteral("Row 2 (“gas”), emission factor: there is no emission factor “nope”");
    QTest::newRow("factor of another carrier")
        << int(ActivityTableModel::FactorColumn) << QVariant(QStringLiteral("grid"))
        << QStringLiteral("Row 2 (“gas”), emission factor: “grid” is a factor per kWh");
}

void TestActivityTableModel::badInputIsRefused()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QSignalSpy refused(m_model.get(), &ActivityTableModel::editRefused);
    QSignalSpy changed(m_doc.get(), &PlanDocument::changed);
    QVERIFY(!m_model->setData(cell(1, column), value));
    QCOMPARE(refused.size(), 1);
    const QString message = refused.first().first().toString();
    QVERIFY2(message.startsWith(expected), qPrintable(message));
    QCOMPARE(m_doc->plan(), threeLines());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_doc->isModified());
}

void TestActivityTableModel::addAndRemoveLines()
{
    QUndoStack *stack = m_doc->undoStack();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    ActivityLine extra = line(QStringLiteral("diesel"), Sector::Transport, {},
                              QStringLiteral("diesel"), 10, QStringLiteral("L"), {});
    stack->push(new AddActivity(m_doc.get(), extra, 1));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(cell(1, 0).data(ActivityTableModel::LineIdRole).toString(), QStringLiteral("diesel"));
    QCOMPARE(cell(2, 0).data(ActivityTableModel::LineIdRole).toString(), QStringLiteral("gas"));
    // No factor: the engine leaves it out, the column says so.
    QVERIFY(!m_model->emissions(1));
    QCOMPARE(cell(1, ActivityTableModel::EmissionsColumn).data().toString(), QStringLiteral("—"));

    stack->push(new RemoveActivity(m_doc.get(), 0));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(cell(0, 0).data(ActivityTableModel::LineIdRole).toString(), QStringLiteral("diesel"));
    stack->undo();
    stack->undo();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_doc->plan(), threeLines());
    QCOMPARE(cell(0, 0).data(ActivityTableModel::LineIdRole).toString(), QStringLiteral("elec"));
}

void TestActivityTableModel::importedLinesArriveAsOneInsert()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QList<ActivityLine> lines{
        line(QStringLiteral("a"), Sector::StationaryEnergy, {}, QStringLiteral("electricity"), 1,
             QStringLiteral("kWh"), QStringLiteral("grid")),
        line(QStringLiteral("b"), Sector::StationaryEnergy, {}, QStringLiteral("electricity"), 2,
             QStringLiteral("kWh"), QStringLiteral("grid"))};
    m_doc->undoStack()->push(new ImportActivities(m_doc.get(), lines));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(inserted.first().at(2).toInt(), 4);
    QCOMPARE(reset.size(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 3);
}

void TestActivityTableModel::planReplacedResetsTheModel()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Plan other = basePlan();
    other.activities = {line(QStringLiteral("only"), Sector::Waste, {},
                             QStringLiteral("food_waste"), 100, QStringLiteral("t"),
                             QStringLiteral("food-landfill"))};
    m_doc->undoStack()->push(new ReplacePlan(m_doc.get(), other));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0, ActivityTableModel::SectorColumn).data().toString(),
             sectorName(Sector::Waste));
    m_doc->undoStack()->undo();
    QCOMPARE(reset.size(), 2);
    QCOMPARE(m_model->rowCount(), 3);
}

void TestActivityTableModel::unitPickerOffersUnitsOfTheCarrier()
{
    const QModelIndex unit = cell(0, ActivityTableModel::UnitColumn); // electricity
    const QStringList offered =
        texts(unit.data(ActivityTableModel::ChoicesRole).value<QList<PickerChoice>>());
    QVERIFY(offered.contains(QStringLiteral("kWh")));
    QVERIFY(offered.contains(QStringLiteral("MWh")));
    QVERIFY(!offered.contains(QStringLiteral("L")));
    QVERIFY(!offered.contains(QStringLiteral("m³")));

    // What the delegate's editor shows is what the model offers, with the line's unit chosen.
    ChoiceDelegate delegate;
    QWidget parent;
    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), unit));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    QVERIFY(combo);
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    QVERIFY(items.contains(QStringLiteral("kWh")));
    QVERIFY(items.contains(QStringLiteral("MWh")));
    QVERIFY(!items.contains(QStringLiteral("L")));
    delegate.setEditorData(combo, unit);
    QCOMPARE(combo->currentText(), QStringLiteral("kWh"));
    // Picking MWh writes it through the model: one undo step; 1,000,000 MWh is 1e9 kWh.
    combo->setCurrentIndex(combo->findData(QStringLiteral("MWh")));
    delegate.setModelData(combo, m_model.get(), unit);
    QCOMPARE(m_doc->plan().activities.at(0).unit, QStringLiteral("MWh"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(qAbs(*m_model->emissions(0) - 404200.0) < 1e-6);

    // Petrol can be given in volume, mass and energy, not in distance.
    const QStringList petrol = texts(cell(2, ActivityTableModel::UnitColumn)
                                         .data(ActivityTableModel::ChoicesRole)
                                         .value<QList<PickerChoice>>());
    QVERIFY(petrol.contains(QStringLiteral("L")));
    QVERIFY(petrol.contains(QStringLiteral("t")));
    QVERIFY(!petrol.contains(QStringLiteral("vehicle-km")));
}

void TestActivityTableModel::factorPickerOffersFactorsThatFit()
{
    const QList<PickerChoice> electricity = cell(0, ActivityTableModel::FactorColumn)
                                                .data(ActivityTableModel::ChoicesRole)
                                                .value<QList<PickerChoice>>();
    // The plan's grid factor, then "New factor…", which opens the form for the line's own.
    QCOMPARE(texts(electricity),
             (QStringList{QStringLiteral("grid"), ActivityChoices::newFactorValue()}));
    QCOMPARE(electricity.last().text, QStringLiteral("New factor…"));
    // Name, value in CO₂e and source.
    QCOMPARE(electricity.first().text,
             QStringLiteral("grid · 0.4042 kgCO₂e/kWh · MEE: South China grid 2023"));
    // The built-in library has more for gas per m³; per kWh of gas, only the IPCC one.
    const Plan &plan = m_doc->plan();
    const FactorLibrary &library = FactorLibraryJson::builtIn();
    const QStringList gasM3 = texts(ActivityChoices::factors(
        plan, library, QStringLiteral("natural_gas"), QStringLiteral("m³")));
    QVERIFY(gasM3.contains(QStringLiteral("gas")));
    QVERIFY(gasM3.contains(QStringLiteral("natural-gas-cn-m3")));
    QVERIFY(!gasM3.contains(QStringLiteral("natural-gas-ipcc-kwh")));
    QVERIFY(!gasM3.contains(QStringLiteral("grid-cn-south-2023")));
    QCOMPARE(
        texts(ActivityChoices::factors(plan, library, QStringLiteral("natural_gas"),
                                       QStringLiteral("GJ"))),
        (QStringList{QStringLiteral("natural-gas-ipcc-kwh"), ActivityChoices::newFactorValue()}));
}

// A line with problems shows the icon of the worst in its first column and the validator's
// messages as the tool tip; the marks follow the lines when one above goes, and undo clears
// them. (LiveResults validates on every change; the model only reads what it found.)
void TestActivityTableModel::linesWithProblemsAreMarked()
{
    const auto image = [](const QVariant &icon) {
        return icon.value<QIcon>().pixmap(16, 16).toImage();
    };
    const QImage error = problemIcon(PlanProblem::Severity::Error).pixmap(16, 16).toImage();
    const QImage warning = problemIcon(PlanProblem::Severity::Warning).pixmap(16, 16).toImage();
    QVERIFY(error != warning);
    const auto mark = [this](int row, int role) {
        return cell(row, ActivityTableModel::SectorColumn).data(role);
    };
    for (int row = 0; row < 3; ++row)
        QVERIFY(mark(row, Qt::DecorationRole).isNull());
    const QString before = mark(1, Qt::ToolTipRole).toString();

    ActivityLine gas = m_doc->plan().activities.at(1);
    gas.factor.clear(); // an error
    gas.amount = 0;     // and a warning
    ActivityLine cars = m_doc->plan().activities.at(2);
    cars.amount = 0; // a warning only
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_doc->undoStack()->push(new ReplaceActivity(m_doc.get(), 1, gas));
    m_doc->undoStack()->push(new ReplaceActivity(m_doc.get(), 2, cars));
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
        return args.at(0).toModelIndex().column() == ActivityTableModel::SectorColumn &&
               args.at(2).value<QList<int>>().contains(Qt::DecorationRole);
    }));
    QVERIFY(mark(0, Qt::DecorationRole).isNull());
    QCOMPARE(image(mark(1, Qt::DecorationRole)), error);
    QCOMPARE(image(mark(2, Qt::DecorationRole)), warning);
    QCOMPARE(mark(1, Qt::ToolTipRole).toString(),
             QStringLiteral("Warning: amount is 0; give a notation key (NO, IE, NE or C) to say "
                            "why there is no number\n"
                            "Error: the line has no emission factor; give a factor id"));
    // Other columns keep their own tool tips.
    QVERIFY(!cell(1, ActivityTableModel::AmountColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("Error")));

    m_doc->undoStack()->push(new RemoveActivity(m_doc.get(), 0));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(image(mark(0, Qt::DecorationRole)), error);
    QCOMPARE(image(mark(1, Qt::DecorationRole)), warning);

    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(mark(row, Qt::DecorationRole).isNull());
    QCOMPARE(mark(1, Qt::ToolTipRole).toString(), before);
}

QTEST_MAIN(TestActivityTableModel)
#include "TestActivityTableModel.moc"
