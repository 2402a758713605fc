// The Monitoring page's Indicators tab on the Shenzhen sample (resources/samples/
// shenzhen-xinqiao.json, "monitoring"/"indicators"): the sample's two indicators with their
// figures, in the list, the years' table and the chart; an indicator added through the dialog,
// two years added and their plan and actual typed into the table, each one undo step; the
// list's "actual vs plan" and the chart's points follow; a refused entry names its field and
// changes nothing; undo takes it all away.
#include "AdoptScenario.h"
#include "IndicatorEdits.h"
#include "PlanDocument.h"
#include "SampleDocument.h"
#include "WhenModal.h"
#include "charts/IndicatorChart.h"
#include "monitoring/IndicatorListModel.h"
#include "monitoring/IndicatorValuesModel.h"
#include "monitoring/IndicatorsTab.h"
#include "monitoring/MonitoringPage.h"
#include "plan/Plan.h"
#include "present/LiveResults.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QAbstractItemDelegate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QValueAxis>
#include <QtTest>
#include <memory>

using namespace zeroplan;

namespace {

const QString kAccounts = QStringLiteral("account-participation");
const QString kSorting = QStringLiteral("sorting-accuracy");

} // namespace

class TestMonitoringIndicators : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<MonitoringPage> m_page;
    IndicatorsTab *m_tab = nullptr;

    // The Shenzhen sample on the Monitoring page, its Indicators tab shown.
    void openSample()
    {
        m_doc = test::openShenzhenSample(m_dir.path());
        m_results = std::make_unique<LiveResults>(m_doc.get(), FactorLibraryJson::builtIn());
        m_page = std::make_unique<MonitoringPage>(m_doc.get(), m_results.get());
        m_page->resize(1300, 760);
        m_page->setAssessmentDate(QDate(2026, 3, 1));
        m_page->show();
        auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("monitoringTabWidget"));
        QVERIFY(tabs);
        QVERIFY(tabs->isVisible()); // the sample is adopted
        int index = -1;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == QStringLiteral("Indicators"))
                index = i;
        }
        QCOMPARE(index, 4); // the fifth tab
        tabs->setCurrentIndex(index);
        m_tab = m_page->findChild<IndicatorsTab *>(QStringLiteral("indicatorsTab"));
        QVERIFY(m_tab);
        QVERIFY(m_tab->isVisible());
    }
    template <typename T> T *child(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    QString listCell(int row, int column) const
    {
        IndicatorListModel *model = m_tab->listModel();
        return model->data(model->index(row, column)).toString();
    }
    QString valueCell(int row, int column) const
    {
        IndicatorValuesModel *model = m_tab->valuesModel();
        return model->data(model->index(row, column)).toString();
    }
    // Types `text` into the cell (row, column) of the years' table and presses Return, as a
    // user does after a double-click.
    void typeInto(int row, int column, const QString &text)
    {
        auto *view = child<QTableView>("indicatorValuesView");
        const QModelIndex index = m_tab->valuesModel()->index(row, column);
        view->setCurrentIndex(index);
        view->edit(index);
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
        if (!editor) {
            for (QLineEdit *e : view->viewport()->findChildren<QLineEdit *>()) {
                if (e->isVisible())
                    editor = e;
            }
        }
        QVERIFY2(editor, "no editor opened on the cell");
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete); // what was there goes
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
    }
    static QList<QPointF> points(QLineSeries *series) { return series->points(); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void showsTheSamplesIndicators();
    void addsAnIndicatorThroughTheWidgetsAndUndoTakesItAway();
    void refusedEntriesNameTheFieldAndChangeNothing();
    void reachableBeforeAdoption();
    void cleanup();
};

void TestMonitoringIndicators::cleanup()
{
    m_tab = nullptr;
    m_page.reset();
    m_results.reset();
    m_doc.reset();
}

void TestMonitoringIndicators::showsTheSamplesIndicators()
{
    openSample();
    // The sample's JSON: 碳账户参与率 (%) plan 20 / actual 15 in 2024, 28 / 30 in 2025;
    // 垃圾分类准确率 (%) 70 / 72 in 2024, 80 / 78 in 2025.
    QCOMPARE(m_tab->listModel()->rowCount(), 2);
    QCOMPARE(listCell(0, IndicatorListModel::Name), QStringLiteral("碳账户参与率"));
    QCOMPARE(listCell(0, IndicatorListModel::Unit), QStringLiteral("%"));
    QCOMPARE(listCell(0, IndicatorListModel::LatestYear), QStringLiteral("2025"));
    QCOMPARE(listCell(0, IndicatorListModel::Actual), QStringLiteral("30"));
    QCOMPARE(listCell(0, IndicatorListModel::Plan), QStringLiteral("28"));
    // 30 − 28 = +2; 30 / 28 = 1.0714 → 107 %.
    QCOMPARE(listCell(0, IndicatorListModel::Versus), QStringLiteral("+2 (107% of plan)"));
    QCOMPARE(listCell(0, IndicatorListModel::Source), QStringLiteral("社区碳账户平台后台统计"));
    QCOMPARE(listCell(1, IndicatorListModel::Name), QStringLiteral("垃圾分类准确率"));
    // 78 − 80 = −2; 78 / 80 = 0.975 → 97 % or 98 % by rounding: only the difference is sure.
    QVERIFY2(listCell(1, IndicatorListModel::Versus).startsWith(QStringLiteral("−2 (9")),
             qPrintable(listCell(1, IndicatorListModel::Versus)));

    // The first is shown: its years and its chart.
    QCOMPARE(m_tab->selectedIndicator(), kAccounts);
    QCOMPARE(m_tab->valuesModel()->rowCount(), 2);
    QCOMPARE(valueCell(0, IndicatorValuesModel::Year), QStringLiteral("2024"));
    QCOMPARE(valueCell(0, IndicatorValuesModel::Plan), QStringLiteral("20"));
    QCOMPARE(valueCell(0, IndicatorValuesModel::Actual), QStringLiteral("15"));
    QCOMPARE(valueCell(1, IndicatorValuesModel::Plan), QStringLiteral("28"));
    QCOMPARE(valueCell(1, IndicatorValuesModel::Actual), QStringLiteral("30"));
    IndicatorChart *chart = m_tab->chart();
    QVERIFY(!chart->isShowingEmptyMessage());
    QCOMPARE(points(chart->planSeries()), (QList<QPointF>{{2024, 20}, {2025, 28}}));
    QCOMPARE(points(chart->actualSeries()), (QList<QPointF>{{2024, 15}, {2025, 30}}));
    QCOMPARE(chart->valueAxis()->titleText(), QStringLiteral("%"));
    QCOMPARE(chart->yearAxis()->labelFormat(), QStringLiteral("%d")); // whole years
    QCOMPARE(chart->actualSeries()->pen().style(), Qt::SolidLine);
    QCOMPARE(chart->planSeries()->pen().style(), Qt::DashLine);

    // Choosing the second shows its figures.
    auto *list = child<QTableView>("indicatorListView");
    list->setCurrentIndex(m_tab->listModel()->index(1, 0));
    QCOMPARE(m_tab->selectedIndicator(), kSorting);
    QCOMPARE(points(chart->planSeries()), (QList<QPointF>{{2024, 70}, {2025, 80}}));
    QCOMPARE(points(chart->actualSeries()), (QList<QPointF>{{2024, 72}, {2025, 78}}));
}

void TestMonitoringIndicators::addsAnIndicatorThroughTheWidgetsAndUndoTakesItAway()
{
    openSample();
    QUndoStack *undo = m_doc->undoStack();
    const int steps = undo->count();
    const QList<Indicator> before = m_doc->plan().monitoring.indicators;

    // Add indicator… : the dialog's OK is off until a name is typed.
    bool okWasOff = false;
    test::whenModal([&](QWidget *dialog) {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        okWasOff = !box->button(QDialogButtonBox::Ok)->isEnabled();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("indicatorNameEdit")),
                         QStringLiteral("Waste sorted per household"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("indicatorUnitEdit")),
                         QStringLiteral("kg/household"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("indicatorSourceEdit")),
                         QStringLiteral("Sorting station scales"));
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("addIndicatorButton"), Qt::LeftButton);
    QVERIFY(okWasOff);
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(m_tab->listModel()->rowCount(), 3);
    const QString id = QStringLiteral("waste-sorted-per-household");
    QCOMPARE(m_tab->selectedIndicator(), id);
    QCOMPARE(listCell(2, IndicatorListModel::Unit), QStringLiteral("kg/household"));
    QCOMPARE(listCell(2, IndicatorListModel::LatestYear), QStringLiteral("—"));
    QVERIFY(m_tab->chart()->isShowingEmptyMessage()); // no figures yet

    // Two years: the spin box suggests the base year 2023 for a series with none; 2024 is
    // chosen, then the suggestion is the year after, 2025.
    auto *year = child<QSpinBox>("indicatorYearSpinBox");
    QCOMPARE(year->value(), 2023);
    QCOMPARE(year->minimum(), 2023); // the base year …
    QCOMPARE(year->maximum(), 2060); // … to the horizon's end
    year->setValue(2024);
    QTest::mouseClick(child<QPushButton>("addIndicatorYearButton"), Qt::LeftButton);
    QCOMPARE(year->value(), 2025);
    QTest::mouseClick(child<QPushButton>("addIndicatorYearButton"), Qt::LeftButton);
    QCOMPARE(undo->count(), steps + 3);
    QCOMPARE(m_tab->valuesModel()->rowCount(), 2);

    // The figures, typed into the table: 2024 plan 10, actual 8; 2025 plan 12, actual 15.
    typeInto(0, IndicatorValuesModel::Plan, QStringLiteral("10"));
    typeInto(0, IndicatorValuesModel::Actual, QStringLiteral("8"));
    typeInto(1, IndicatorValuesModel::Plan, QStringLiteral("12"));
    typeInto(1, IndicatorValuesModel::Actual, QStringLiteral("15"));
    QCOMPARE(undo->count(), steps + 7); // one step each
    const Indicator *added = IndicatorEdits::find(m_doc->plan().monitoring, id);
    QVERIFY(added);
    QCOMPARE(added->values.at(1).plan, std::optional<double>(12));
    QCOMPARE(added->values.at(1).actual, std::optional<double>(15));

    // The list: latest actual 2025, 15 against 12: +3, 15 / 12 = 1.25 → 125 %.
    QCOMPARE(listCell(2, IndicatorListModel::LatestYear), QStringLiteral("2025"));
    QCOMPARE(listCell(2, IndicatorListModel::Actual), QStringLiteral("15"));
    QCOMPARE(listCell(2, IndicatorListModel::Plan), QStringLiteral("12"));
    QCOMPARE(listCell(2, IndicatorListModel::Versus), QStringLiteral("+3 (125% of plan)"));
    // The chart: the points typed, the unit on the value axis.
    IndicatorChart *chart = m_tab->chart();
    QVERIFY(!chart->isShowingEmptyMessage());
    QCOMPARE(points(chart->planSeries()), (QList<QPointF>{{2024, 10}, {2025, 12}}));
    QCOMPARE(points(chart->actualSeries()), (QList<QPointF>{{2024, 8}, {2025, 15}}));
    QCOMPARE(chart->valueAxis()->titleText(), QStringLiteral("kg/household"));
    QVERIFY(chart->valueAxis()->max() >= 15);

    // A year's figure cleared (an empty cell): the 2025 actual goes, 2024 is now the latest.
    typeInto(1, IndicatorValuesModel::Actual, QString());
    QCOMPARE(undo->count(), steps + 8);
    QCOMPARE(listCell(2, IndicatorListModel::LatestYear), QStringLiteral("2024"));
    QCOMPARE(listCell(2, IndicatorListModel::Versus), QStringLiteral("−2 (80% of plan)")); // 8/10
    QCOMPARE(points(chart->actualSeries()), (QList<QPointF>{{2024, 8}}));

    // Undo, step by step, takes it all away: the sample's indicators as they were.
    for (int i = 0; i < 8; ++i)
        undo->undo();
    QCOMPARE(undo->index(), steps);
    QCOMPARE(m_doc->plan().monitoring.indicators, before);
    QCOMPARE(m_tab->listModel()->rowCount(), 2);
    QCOMPARE(m_tab->listModel()->rowOf(id), -1);
    QCOMPARE(m_tab->selectedIndicator(), kAccounts); // back to the first
    QCOMPARE(points(chart->actualSeries()), (QList<QPointF>{{2024, 15}, {2025, 30}}));
    // Redo brings the indicator back with its figures.
    for (int i = 0; i < 8; ++i)
        undo->redo();
    QCOMPARE(m_tab->listModel()->rowCount(), 3);
    QCOMPARE(IndicatorEdits::find(m_doc->plan().monitoring, id)->values.at(0).actual,
             std::optional<double>(8));
}

void TestMonitoringIndicators::refusedEntriesNameTheFieldAndChangeNothing()
{
    openSample();
    QUndoStack *undo = m_doc->undoStack();
    const int steps = undo->count();
    const Monitoring before = m_doc->plan().monitoring;

    // Not a number in the actual cell of 2024 (碳账户参与率).
    typeInto(0, IndicatorValuesModel::Actual, QStringLiteral("abc"));
    QCOMPARE(undo->count(), steps);
    QCOMPARE(m_doc->plan().monitoring, before);
    QCOMPARE(m_tab->message(), QStringLiteral("Actual: “abc” is not a number."));
    QVERIFY(child<QLabel>("indicatorMessageLabel")->isVisible());

    // A year the indicator already has.
    child<QSpinBox>("indicatorYearSpinBox")->setValue(2024);
    QTest::mouseClick(child<QPushButton>("addIndicatorYearButton"), Qt::LeftButton);
    QCOMPARE(undo->count(), steps);
    QCOMPARE(m_tab->message(), QStringLiteral("Year: “碳账户参与率” already has a row for 2024."));

    // The name cleared in the list.
    QVERIFY(!m_tab->listModel()->setData(m_tab->listModel()->index(0, IndicatorListModel::Name),
                                         QString()));
    QCOMPARE(m_tab->message(), QStringLiteral("Name: an indicator needs a name."));
    QCOMPARE(m_doc->plan().monitoring, before);

    // A good entry clears the message: 2026 added.
    child<QSpinBox>("indicatorYearSpinBox")->setValue(2026);
    QTest::mouseClick(child<QPushButton>("addIndicatorYearButton"), Qt::LeftButton);
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(m_tab->message(), QString());
    QVERIFY(child<QLabel>("indicatorMessageLabel")->isHidden());
    QCOMPARE(m_tab->valuesModel()->yearAt(2), 2026);

    // Remove year with the 2026 row chosen; Remove indicator takes the indicator away.
    child<QTableView>("indicatorValuesView")
        ->setCurrentIndex(m_tab->valuesModel()->index(2, IndicatorValuesModel::Year));
    QTest::mouseClick(child<QPushButton>("removeIndicatorYearButton"), Qt::LeftButton);
    QCOMPARE(m_tab->valuesModel()->rowCount(), 2);
    QCOMPARE(m_doc->plan().monitoring, before);
    QTest::mouseClick(child<QPushButton>("removeIndicatorButton"), Qt::LeftButton);
    QCOMPARE(m_tab->listModel()->rowCount(), 1);
    QCOMPARE(m_tab->selectedIndicator(), kSorting);
    QCOMPARE(undo->count(), steps + 3);
    undo->undo();
    QCOMPARE(m_doc->plan().monitoring, before);
}

// A plan never adopted (the Hangzhou sample) shows the Indicators tab alone: a committee may
// set its indicators and their plan values before it adopts a scenario.
void TestMonitoringIndicators::reachableBeforeAdoption()
{
    PlanReadResult read = PlanJson::readFile(QStringLiteral(":/samples/hangzhou-hemu.json"));
    QVERIFY(read.plan && !read.plan->monitoring.adopted());
    m_doc = PlanDocument::fromPlan(std::move(*read.plan), m_dir.path());
    m_results = std::make_unique<LiveResults>(m_doc.get(), FactorLibraryJson::builtIn());
    m_page = std::make_unique<MonitoringPage>(m_doc.get(), m_results.get());
    m_page->show();
    auto *tabs = child<QTabWidget>("monitoringTabWidget");
    QVERIFY(tabs->isVisible());
    for (int i = 0; i < tabs->count(); ++i)
        QCOMPARE(tabs->isTabVisible(i), tabs->tabText(i) == QStringLiteral("Indicators"));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Indicators"));
    m_tab = m_page->findChild<IndicatorsTab *>(QStringLiteral("indicatorsTab"));
    QVERIFY(m_tab && m_tab->isVisible());
    QCOMPARE(m_tab->listModel()->rowCount(), 0);
    EditMonitoring *added = IndicatorEdits::add(
        m_doc.get(), QStringLiteral("Households sorting waste"), QStringLiteral("%"), QString());
    QVERIFY(added);
    m_doc->undoStack()->push(added);
    QCOMPARE(m_tab->listModel()->rowCount(), 1);

    // Once adopted, every tab.
    m_doc->undoStack()->push(new AdoptScenario(m_doc.get(), 0, FactorLibraryJson::builtIn(),
                                               QDate(2026, 3, 1), QStringLiteral("v1")));
    QTRY_VERIFY(tabs->isTabVisible(0));
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY(tabs->isTabVisible(i));
}

QTEST_MAIN(TestMonitoringIndicators)
#include "TestMonitoringIndicators.moc"
