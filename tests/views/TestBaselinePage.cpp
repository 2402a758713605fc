// BaselinePage: the totals by sector and per resident are the sums of the lines, the add and
// remove buttons are one undo step each, the donut gets one slice per sector with
// emissions, and the import buttons' slots open the dialogs (meter readings with their
// coverage report before anything is applied).
#include "AddRemoveActivity.h"
#include "PlanDocument.h"
#include "PlanFixtures.h"
#include "baseline/ActivityTableModel.h"
#include "baseline/BaselinePage.h"
#include "charts/SectorDonutChart.h"
#include "common/MeterImportDialog.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPieSeries>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// Worked out by hand from the fixture factors (PlanFixtures.cpp, docs/factors.md):
//   stationary energy: 1,000,000 kWh × 0.4042 kg/kWh + 100,000 m³ × 2.16 kg/m³
//                      = 404.2 + 216.0 = 620.2 t
//   transport:         50,000 L × 2.27 kg/L = 113.5 t
//   total 733.7 t; per resident (1,000) 0.7337 t; per household (400) 1.834 25 t.
constexpr double kStationary = 620.2;
constexpr double kTransport = 113.5;
constexpr double kTotal = 733.7;

Plan smallPlan()
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

double tonnesIn(const QTableWidget *totals, int row)
{
    return totals->item(row, 1)->data(Qt::UserRole).toDouble();
}

} // namespace

class TestBaselinePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void totalsBySectorAreSumsOfLines();
    void perResidentAndHousehold();
    void donutHasOneSlicePerSectorWithEmissions();
    void addButtonIsOneUndoStep();
    void removeButtonIsOneUndoStepForSeveralLines();
    void refusedEditIsShown();
    void meterImportShowsCoverageFirst();
    void importWithoutFileWaitsForOne();

private:
    void selectRows(const QList<int> &rows);

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<BaselinePage> m_page;
};

void TestBaselinePage::initTestCase()
{
    Language::install(QStringLiteral("en")); // English plural forms and number format
}

void TestBaselinePage::init()
{
    m_doc = PlanDocument::fromPlan(smallPlan(), m_dir.path());
    m_results = std::make_unique<LiveResults>(m_doc.get(), noLibrary());
    m_page = std::make_unique<BaselinePage>(m_doc.get(), m_results.get());
    m_page->resize(1300, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestBaselinePage::cleanup()
{
    m_page.reset();
    m_results.reset();
    m_doc.reset();
}

void TestBaselinePage::totalsBySectorAreSumsOfLines()
{
    QCOMPARE(m_page->objectName(), QStringLiteral("baselinePage"));
    auto *totals = m_page->findChild<QTableWidget *>(QStringLiteral("sectorTotalsView"));
    QVERIFY(totals);
    QCOMPARE(totals->rowCount(), 3); // stationary energy, transport, total
    QCOMPARE(totals->item(0, 0)->text(), sectorName(Sector::StationaryEnergy));
    QVERIFY(qAbs(tonnesIn(totals, 0) - kStationary) < 1e-6);
    QCOMPARE(totals->item(0, 1)->text(), QStringLiteral("620"));
    QCOMPARE(totals->item(1, 0)->text(), sectorName(Sector::Transport));
    QVERIFY(qAbs(tonnesIn(totals, 1) - kTransport) < 1e-6);
    QVERIFY(qAbs(tonnesIn(totals, 2) - kTotal) < 1e-6);
    // 113.5 / 733.7 = 15.47 %.
    QCOMPARE(totals->item(1, 2)->text(), NumberFormat::percent(kTransport / kTotal));

    // The gas line to 200,000 m³ through the table: stationary 404.2 + 432 = 836.2 t.
    ActivityTableModel *model = m_page->activityModel();
    QVERIFY(model->setData(model->index(1, ActivityTableModel::AmountColumn),
                           QStringLiteral("200000")));
    QVERIFY(qAbs(tonnesIn(totals, 0) - 836.2) < 1e-6);
    QVERIFY(qAbs(tonnesIn(totals, 2) - 949.7) < 1e-6);
    // The column the lines show adds up to the sector's total.
    QVERIFY(qAbs(*model->emissions(0) + *model->emissions(1) - tonnesIn(totals, 0)) < 1e-6);
}

void TestBaselinePage::perResidentAndHousehold()
{
    auto *perCapita = m_page->findChild<QLabel *>(QStringLiteral("perCapitaLabel"));
    auto *perHousehold = m_page->findChild<QLabel *>(QStringLiteral("perHouseholdLabel"));
    QVERIFY(perCapita && perHousehold);
    // 733.7 t / 1,000 residents = 0.7337 → "0.73"; / 400 households = 1.834 → "1.83".
    QCOMPARE(perCapita->text(), QStringLiteral("Per resident: 0.73 tCO₂e/yr"));
    QCOMPARE(perHousehold->text(), QStringLiteral("Per household: 1.83 tCO₂e/yr"));
    QVERIFY(qAbs(*m_page->totals().perResident - 0.7337) < 1e-9);
    QVERIFY(qAbs(*m_page->totals().perHousehold - 1.83425) < 1e-9);
}

void TestBaselinePage::donutHasOneSlicePerSectorWithEmissions()
{
    auto *donut = m_page->findChild<SectorDonutChart *>(QStringLiteral("sectorDonutChart"));
    QVERIFY(donut);
    QCOMPARE(donut->pieSeries()->count(), 2);
    QVERIFY(qAbs(donut->pieSeries()->slices().at(0)->value() - kStationary) < 1e-6);
    QVERIFY(qAbs(donut->pieSeries()->slices().at(1)->value() - kTransport) < 1e-6);
    // A waste line adds a slice: 100 t food waste × 45 kg CH₄/t.
    ActivityLine waste =
        line(QStringLiteral("food"), Sector::Waste, {}, QStringLiteral("food_waste"), 100,
             QStringLiteral("t"), QStringLiteral("food-landfill"));
    m_doc->undoStack()->push(new AddActivity(m_doc.get(), waste));
    QCOMPARE(donut->pieSeries()->count(), 3);
    // While the page is hidden the donut waits; shown again, it catches up.
    m_page->hide();
    m_doc->undoStack()->undo();
    QCOMPARE(donut->pieSeries()->count(), 3);
    m_page->show();
    QCOMPARE(donut->pieSeries()->count(), 2);
}

void TestBaselinePage::addButtonIsOneUndoStep()
{
    auto *add = m_page->findChild<QPushButton *>(QStringLiteral("addActivityButton"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->plan().activities.size(), 4);
    // Grid electricity, scope 2, stationary energy, the community's electricity factor;
    // "electricity" is a free id.
    const ActivityLine &added = m_doc->plan().activities.last();
    QCOMPARE(added.id, QStringLiteral("electricity"));
    QCOMPARE(added.carrier, QStringLiteral("electricity"));
    QCOMPARE(added.unit, QStringLiteral("kWh"));
    QCOMPARE(added.scope, 2);
    QCOMPARE(added.sector, Sector::StationaryEnergy);
    QCOMPARE(added.factor, QStringLiteral("grid"));
    QCOMPARE(added.amount, 0.0);
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("activityTableView"));
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(table->currentIndex().row(), 3);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_doc->plan().activities.last().id, QStringLiteral("electricity-2"));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), smallPlan());
}

void TestBaselinePage::selectRows(const QList<int> &rows)
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("activityTableView"));
    table->clearSelection();
    for (const int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestBaselinePage::removeButtonIsOneUndoStepForSeveralLines()
{
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("removeActivityButton"));
    QVERIFY(remove);
    QVERIFY(!remove->isEnabled()); // nothing selected
    selectRows({0, 2});
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->plan().activities.size(), 1);
    QCOMPARE(m_doc->plan().activities.first().id, QStringLiteral("gas"));
    // "Remove 2 activity lines" once the English translation has the plural forms.
    QCOMPARE(m_doc->undoStack()->undoText(),
             QCoreApplication::translate("zeroplan::BaselinePage", "Remove %n activity line(s)",
                                         nullptr, 2));
    QVERIFY(m_doc->undoStack()->undoText().startsWith(QStringLiteral("Remove 2 activity line")));
    // Totals follow: only the gas line is left, 216 t.
    auto *totals = m_page->findChild<QTableWidget *>(QStringLiteral("sectorTotalsView"));
    QCOMPARE(totals->rowCount(), 2);
    QVERIFY(qAbs(tonnesIn(totals, 1) - 216.0) < 1e-6);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), smallPlan());

    selectRows({1});
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), 1); // the undone step is gone, this one replaced it
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Remove activity line “gas”"));
    QCOMPARE(m_doc->plan().activities.size(), 2);
}

void TestBaselinePage::refusedEditIsShown()
{
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("activityMessageLabel"));
    QVERIFY(message);
    QVERIFY(!message->isVisible());
    ActivityTableModel *model = m_page->activityModel();
    QVERIFY(
        !model->setData(model->index(0, ActivityTableModel::AmountColumn), QStringLiteral("-1")));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Row 1 (“elec”), amount: -1 is negative")),
             qPrintable(message->text()));
    QCOMPARE(m_doc->plan(), smallPlan());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(model->setData(model->index(0, ActivityTableModel::AmountColumn), QStringLiteral("1")));
    QVERIFY(!message->isVisible());
}

void TestBaselinePage::meterImportShowsCoverageFirst()
{
    // The fixture plan of the import tests: base year 2023, CN-South grid.
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/plan-2023.json"));
    QVERIFY(read.plan);
    m_page.reset();
    m_results.reset();
    m_doc = PlanDocument::fromPlan(*read.plan, m_dir.path());
    m_results = std::make_unique<LiveResults>(m_doc.get(), FactorLibraryJson::builtIn());
    m_page = std::make_unique<BaselinePage>(m_doc.get(), m_results.get());
    m_page->importMeterReadingsFrom(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/meters-small.csv"));
    auto *dialog = m_page->findChild<MeterImportDialog *>(QStringLiteral("meterImportDialog"));
    QVERIFY(dialog);
    auto *coverage = dialog->findChild<QTableWidget *>(QStringLiteral("meterCoverageView"));
    QVERIFY(coverage);
    // Electricity: A01 12 months, A02 10 (no March, April), A03 12 = 34 readings of
    // 3 × 12 = 36 meter-months (94.4 %), one meter with gaps, A03's July an outlier;
    // 1,200 + 1,000 + 2,000 = 4,200 kWh. Gas: B01 two months (10 + 12 m³), 16.7 %.
    QCOMPARE(coverage->rowCount(), 2);
    QCOMPARE(coverage->item(0, 1)->text(), QStringLiteral("3"));
    QCOMPARE(coverage->item(0, 2)->text(), QStringLiteral("34"));
    QCOMPARE(coverage->item(0, 3)->text(), NumberFormat::percent(34.0 / 36.0, 1));
    QCOMPARE(coverage->item(0, 4)->text(), QStringLiteral("1"));
    QCOMPARE(coverage->item(0, 5)->text(), QStringLiteral("1"));
    QCOMPARE(coverage->item(0, 6)->text(), QStringLiteral("4,200 kWh"));
    QCOMPARE(coverage->item(1, 2)->text(), QStringLiteral("2"));
    QCOMPARE(coverage->item(1, 6)->text(), QStringLiteral("22.0 m³"));
    // Line 39's 千立方米 is rejected: Import waits for the user to skip it.
    QPushButton *import = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!import->isEnabled());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    dialog->findChild<QCheckBox *>(QStringLiteral("skipRejectedCheckBox"))->setChecked(true);
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->plan().activities.size(), 6);
    QCOMPARE(m_doc->plan().activities.at(4).amount, 4200.0);
    QCOMPARE(m_doc->plan().activities.at(5).amount, 22.0);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), *read.plan);
}

void TestBaselinePage::importWithoutFileWaitsForOne()
{
    // The main window's File menu calls the slot with no file: the dialog opens and waits.
    m_page->importActivitiesFrom(QString());
    auto *dialog = m_page->findChild<QDialog *>(QStringLiteral("activityImportDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"))->text(),
             QStringLiteral("Choose a file to import."));
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<QDialog *>(QStringLiteral("activityImportDialog")));
    QCOMPARE(m_doc->plan(), smallPlan());
}

QTEST_MAIN(TestBaselinePage)
#include "TestBaselinePage.moc"
