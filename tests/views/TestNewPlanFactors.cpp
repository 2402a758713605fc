// A committee's own plan from File → New gets the library's factors for lines a community
// counts beyond its power bill, through the Baseline page as a user works: a Chinese plan's
// wastewater line starts in person-year (人·年) with the IPCC per-person factor, a US plan's
// district heat line gets the EPA's steam and heat factor, and a US bus line, for which no
// factor with a US source is shipped, is left without one. Figures are worked out by hand
// from docs/factors.md. A measure whose lifetime no source backs is marked "assumed".
#include "PlanDocument.h"
#include "baseline/ActivityTableModel.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "present/Preferences.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>

using namespace zeroplan;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// File → New, then `region` in the Community page's grid-region box, as a click on it does.
PlanDocument *newPlanIn(MainWindow &window, const QString &region)
{
    window.findChild<QAction *>(s("newPlanAction"))->trigger();
    auto *grid = window.findChild<QComboBox *>(s("gridRegionComboBox"));
    if (!grid)
        return nullptr;
    const int index = grid->findData(region);
    if (index < 0)
        return nullptr;
    grid->setCurrentIndex(index);
    emit grid->activated(index);
    return window.document();
}

// Adds a line on the Baseline page and gives it `carrier`; returns the table's model.
QAbstractItemModel *addLine(MainWindow &window, const QString &carrier)
{
    window.showPage(MainWindow::Page::Baseline);
    window.findChild<QPushButton *>(s("addActivityButton"))->click();
    auto *table = window.findChild<QTableView *>(s("activityTableView"));
    QAbstractItemModel *lines = table->model();
    const int row = lines->rowCount() - 1;
    if (!lines->setData(lines->index(row, ActivityTableModel::CarrierColumn), carrier))
        return nullptr;
    return lines;
}

double baseYearGross(const MainWindow &window)
{
    return window.results()->result().bauGross[0];
}

} // namespace

class TestNewPlanFactors : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Preferences::clear();
        Language::install(s("en"));
    }

    void chineseWastewaterLineGetsTheIpccFactor()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        PlanDocument *document = newPlanIn(window, s("CN-South"));
        QVERIFY(document);
        QAbstractItemModel *lines = addLine(window, s("wastewater"));
        QVERIFY(lines);
        const ActivityLine &line = document->plan().activities.first();
        // The carrier's usual unit, and the one factor per person for a Chinese plan.
        QCOMPARE(line.unit, s("person-year"));
        QCOMPARE(line.factor, s("wastewater-domestic-cn-aerobic-ipcc"));
        QCOMPARE(line.scope, 3); // treated outside the community
        // The unit as a treatment plant's report writes it is read as person-year.
        QVERIFY(lines->setData(lines->index(0, ActivityTableModel::UnitColumn), s("人·年")));
        QCOMPARE(document->plan().activities.first().unit, s("person-year"));
        QCOMPARE(document->plan().activities.first().factor,
                 s("wastewater-domestic-cn-aerobic-ipcc"));
        // A unit of another kind is refused: wastewater is not weighed in tonnes.
        QVERIFY(!lines->setData(lines->index(0, ActivityTableModel::UnitColumn), s("t")));

        // 10,000 residents connected: 40 g BOD × 365 × 1.25 × 0.6 × 0.03 = 0.3285 kg CH4 each
        // (IPCC 2006 V5 Ch6 T6.4, Eq. 6.3, T6.2; 2019 Refinement T6.3), × 27.0 (AR6 non-fossil
        // CH4, the new plan's GWP set) = 8.8695 kg CO2e; × 10,000 = 88.695 t. Tolerance 1e-6 t.
        QVERIFY(lines->setData(lines->index(0, ActivityTableModel::AmountColumn), s("10000")));
        QTRY_VERIFY2(std::abs(baseYearGross(window) - 88.695) < 1e-6,
                     qPrintable(QString::number(baseYearGross(window), 'g', 10)));
        // The table's emissions column shows the same, to three significant figures.
        QTRY_COMPARE(lines->index(0, ActivityTableModel::EmissionsColumn).data().toString(),
                     s("88.7"));

        // Edit → Undo takes the line back.
        auto *undo = window.findChild<QAction *>(s("undoAction"));
        while (document->undoStack()->canUndo())
            undo->trigger();
        QVERIFY(document->plan().activities.isEmpty());
    }

    void usPlanGetsTheEpaSteamFactorAndNoUnsourcedBusFactor()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        PlanDocument *document = newPlanIn(window, s("US"));
        QVERIFY(document);
        QCOMPARE(document->plan().community.electricityFactor, s("grid-us-2022"));

        // District heat starts in GJ with the EPA Hub 2024 steam and heat factor.
        QAbstractItemModel *lines = addLine(window, s("district_heat"));
        QVERIFY(lines);
        QCOMPARE(document->plan().activities.at(0).unit, s("GJ"));
        QCOMPARE(document->plan().activities.at(0).factor, s("district-steam-us-epa-2024"));
        // 1,000 GJ × (62.87 kg CO2 + 0.001185 kg CH4 × 27.9 + 0.0001185 kg N2O × 273, AR6)
        // = 1,000 × 62.935412 kg = 62.935412 t. Tolerance 1e-6 t.
        QVERIFY(lines->setData(lines->index(0, ActivityTableModel::AmountColumn), s("1000")));
        QTRY_VERIFY2(std::abs(baseYearGross(window) - 62.935412) < 1e-6,
                     qPrintable(QString::number(baseYearGross(window), 'g', 10)));
        // The same heat in MWh is converted into GJ for the factor: 277.7778 MWh = 1,000 GJ.
        QVERIFY(lines->setData(lines->index(0, ActivityTableModel::UnitColumn), s("MWh")));
        QCOMPARE(document->plan().activities.at(0).factor, s("district-steam-us-epa-2024"));
        QVERIFY(lines->setData(lines->index(0, ActivityTableModel::AmountColumn), s("277.7778")));
        QTRY_VERIFY2(std::abs(baseYearGross(window) - 62.935412 * 277.7778 * 3.6 / 1000.0) < 1e-6,
                     qPrintable(QString::number(baseYearGross(window), 'g', 10)));

        // A bus line: the library has UK bus figures only, so a US plan's line gets none and
        // adds nothing until the committee enters its transit agency's figure.
        const double before = baseYearGross(window);
        QVERIFY(addLine(window, s("public_transport")));
        QCOMPARE(document->plan().activities.at(1).unit, s("passenger-km"));
        QVERIFY(document->plan().activities.at(1).factor.isEmpty());
        QVERIFY(lines->setData(lines->index(1, ActivityTableModel::AmountColumn), s("500000")));
        QTRY_COMPARE(document->plan().activities.at(1).amount, 500000.0);
        QCOMPARE(baseYearGross(window), before);
    }

    // A measure whose kind has no sourced lifetime (composting: docs/measures.md, "Default
    // lifetimes") shows "assumed" beside its Lifetime field until the committee enters the
    // supplier's figure; Undo brings the default, and the mark, back.
    void unsourcedLifetimeIsMarkedAssumed()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        PlanDocument *document = newPlanIn(window, s("CN-South"));
        QVERIFY(document);
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
                if (list->item(i)->text().startsWith(s("Community composting")))
                    list->setCurrentRow(i);
            }
            dialog->findChild<QPushButton *>(s("addFromGalleryButton"))->click();
        });
        window.findChild<QPushButton *>(s("addMeasureButton"))->click();
        QTRY_COMPARE(document->plan().measures.size(), 1);
        QCOMPARE(document->plan().measures.first().lifetimeYears, 25); // the format's default

        QLabel *assumed = nullptr;
        QTRY_VERIFY((assumed = window.findChild<QLabel *>(s("lifetimeAssumedLabel"))));
        auto *lifetime = window.findChild<QSpinBox *>(s("lifetimeSpinBox"));
        QVERIFY(lifetime);
        QVERIFY(!assumed->isHidden());
        QVERIFY(assumed->text().contains(s("assumed")));
        // The supplier's figure, typed in: the mark goes.
        lifetime->setValue(8);
        QTRY_COMPARE(document->plan().measures.first().lifetimeYears, 8);
        QTRY_VERIFY(assumed->isHidden());
        document->undoStack()->undo();
        QCOMPARE(document->plan().measures.first().lifetimeYears, 25);
        QTRY_VERIFY(!assumed->isHidden());
    }
};

QTEST_MAIN(TestNewPlanFactors)
#include "TestNewPlanFactors.moc"
