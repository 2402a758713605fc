// A committee's own plan from File → New, built through the widgets: the grid region brings
// its electricity factor, currency and sourced prices (and takes them along to another region
// only while nobody changed them), a price typed into the Community page's table values what
// LED lighting saves on the Costs page, and every step is undone by Edit → Undo.
#include "PlanDocument.h"
#include "PlanFixtures.h"
#include "baseline/ActivityTableModel.h"
#include "community/PriceTableModel.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "present/MeasureCostModel.h"
#include "present/Preferences.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Picks `region` in the Community page's grid-region box, as a click on the item does.
void chooseGridRegion(MainWindow &window, const QString &region)
{
    auto *combo = window.findChild<QComboBox *>(s("gridRegionComboBox"));
    QVERIFY(combo);
    const int index = combo->findData(region);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

} // namespace

class TestNewPlanCosts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Preferences::clear();
        Language::install(s("en"));
    }

    void regionBringsPricesAndTheyValueTheSavings()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        auto *newPlan = window.findChild<QAction *>(s("newPlanAction"));
        QVERIFY(newPlan);
        newPlan->trigger();
        QVERIFY(window.document());
        PlanDocument *document = window.document();
        QCOMPARE(window.currentPage(), MainWindow::Page::Community);
        QVERIFY(document->plan().prices.isEmpty()); // no region yet, so no prices

        // South China: the MEE grid factor, yuan, and Guangdong's first-tier tariff.
        chooseGridRegion(window, s("CN-South"));
        QCOMPARE(document->plan().community.electricityFactor, s("grid-cn-south-2023"));
        QCOMPARE(document->plan().community.currency, s("CNY"));
        auto *pricesView = window.findChild<QTableView *>(s("pricesView"));
        QVERIFY(pricesView);
        QAbstractItemModel *prices = pricesView->model();
        QAbstractItemModelTester tester(prices,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(prices->rowCount(), 2);
        QCOMPARE(prices->index(0, PriceTableModel::CarrierColumn).data().toString(),
                 s("Grid electricity"));
        QCOMPARE(prices->index(0, PriceTableModel::PriceColumn).data().toString(), s("0.68"));
        QCOMPARE(prices->headerData(PriceTableModel::PriceColumn, Qt::Horizontal).toString(),
                 s("Price (CNY per unit)"));

        // East China instead: nobody touched the prices, so Zhejiang's tariff replaces them.
        chooseGridRegion(window, s("CN-East"));
        QCOMPARE(priceOf(document->plan(), "electricity")->price, 0.538);

        // The committee's own tariff from its bills, typed into the table.
        QVERIFY(prices->setData(prices->index(0, PriceTableModel::PriceColumn), s("0.6")));
        QCOMPARE(priceOf(document->plan(), "electricity")->price, 0.6);
        // Another region now leaves the typed price alone (and changes the grid factor).
        chooseGridRegion(window, s("CN-North"));
        QCOMPARE(priceOf(document->plan(), "electricity")->price, 0.6);
        QCOMPARE(document->plan().community.electricityFactor, s("grid-cn-north-2023"));
        // A negative price is refused with the reason under the table; nothing changes.
        QVERIFY(!prices->setData(prices->index(0, PriceTableModel::PriceColumn), s("-1")));
        auto *message = window.findChild<QWidget *>(s("pricesMessageLabel"));
        QVERIFY(message && message->isVisible());
        QCOMPARE(priceOf(document->plan(), "electricity")->price, 0.6);

        // Baseline: one line of 1,000,000 kWh, which starts as grid electricity.
        window.showPage(MainWindow::Page::Baseline);
        auto *addLine = window.findChild<QPushButton *>(s("addActivityButton"));
        QVERIFY(addLine);
        addLine->click();
        auto *table = window.findChild<QTableView *>(s("activityTableView"));
        QVERIFY(table);
        QVERIFY(table->model()->setData(table->model()->index(0, ActivityTableModel::AmountColumn),
                                        s("1000000")));
        QCOMPARE(document->plan().activities.first().factor, s("grid-cn-north-2023"));

        // Measures: LED lighting from the gallery, into the plan's scenario.
        window.showPage(MainWindow::Page::Measures);
        QTimer::singleShot(50, [] {
            QWidget *dialog = nullptr;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->objectName() == QLatin1String("measureGalleryDialog") && w->isVisible())
                    dialog = w;
            }
            QVERIFY(dialog);
            auto *list = dialog->findChild<QListWidget *>(s("measureGalleryList"));
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->text().startsWith(s("Efficient lighting")))
                    list->setCurrentRow(i);
            }
            dialog->findChild<QPushButton *>(s("addFromGalleryButton"))->click();
        });
        window.findChild<QPushButton *>(s("addMeasureButton"))->click();
        QTRY_COMPARE(document->plan().measures.size(), 1);

        // Costs: LED saves 1,000,000 kWh × 15 % lighting × 75 % (the catalogue's defaults) =
        // 112,500 kWh a year from the year after the base year to 2060, at the typed 0.6
        // yuan/kWh: 67,500 yuan a year, summed undiscounted over those years.
        window.showPage(MainWindow::Page::Costs);
        auto *costs = window.findChild<QTableView *>(s("measureCostView"));
        QVERIFY(costs);
        const int years = 2060 - document->plan().community.baseYear;
        const double expected = 112500.0 * 0.6 * years;
        const QVariant savings = costs->model()
                                     ->index(0, MeasureCostModel::SavingsColumn)
                                     .data(MeasureCostModel::SortRole);
        QVERIFY2(std::abs(savings.toDouble() - expected) < 1e-6 * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(savings.toDouble()).arg(expected)));

        // Edit → Undo takes every step back, down to the empty new plan.
        auto *undo = window.findChild<QAction *>(s("undoAction"));
        QVERIFY(undo);
        while (document->undoStack()->canUndo())
            undo->trigger();
        QVERIFY(document->plan().prices.isEmpty());
        QVERIFY(document->plan().community.gridRegion.isEmpty());
        QVERIFY(document->plan().activities.isEmpty());
    }
};

QTEST_MAIN(TestNewPlanCosts)
#include "TestNewPlanCosts.moc"
