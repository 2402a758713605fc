// The Monitoring page on the Shenzhen sample (adopted 稳健 as 2023版, actuals 2024 and 2025,
// solar behind plan), assessed on 2026-03-01 as `zeroplan-cli track --as-of 2026-03-01`:
// the headline, the years' gaps and the lights as MonitoringRun computes them; reporting
// solar's progress through the form turns its light and undo turns it back; adopting through
// the button adds a version; an actual year added and an amount corrected through the widgets
// move the gap by amount × factor.
#include "PlanDocument.h"
#include "SampleDocument.h"
#include "charts/MonitoringChart.h"
#include "charts/WaterfallChart.h"
#include "monitoring/ActualLinesModel.h"
#include "monitoring/MeasureTrackModel.h"
#include "monitoring/MonitoringPage.h"
#include "monitoring/MonitoringRun.h"
#include "present/LiveResults.h"
#include "present/MonitoringText.h"
#include "storage/FactorLibraryJson.h"

#include <QApplication>
#include <QAreaSeries>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <functional>
#include <memory>

using namespace zeroplan;

namespace {

const QDate kAsOf(2026, 3, 1);
const QString kSolar = QStringLiteral("solar");

// Answers the next modal dialog (an input dialog) with `answer`, once it is open.
void answerNextDialog(std::function<void(QInputDialog *)> answer)
{
    QTimer::singleShot(0, [answer]() {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerNextDialog(answer); // not open yet
            return;
        }
        answer(dialog);
        dialog->accept();
    });
}

} // namespace

class TestMonitoringPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<MonitoringPage> m_page;

    void open(std::unique_ptr<PlanDocument> document)
    {
        m_page.reset();
        m_results.reset();
        m_doc = std::move(document);
        m_results = std::make_unique<LiveResults>(m_doc.get(), FactorLibraryJson::builtIn());
        m_page = std::make_unique<MonitoringPage>(m_doc.get(), m_results.get());
        m_page->resize(1200, 700);
        m_page->setAssessmentDate(kAsOf);
        m_page->show();
    }
    MonitoringRun expectedRun() const
    {
        return *MonitoringRun::of(m_doc->plan(), m_results->library(), kAsOf);
    }
    int rowOf(const QString &measure) const
    {
        for (int i = 0; i < m_page->measuresModel()->rowCount(); ++i) {
            if (m_page->measuresModel()->track(i)->measure == measure)
                return i;
        }
        return -1;
    }
    QString cell(int row, int column) const
    {
        MeasureTrackModel *model = m_page->measuresModel();
        return model->data(model->index(row, column)).toString();
    }
    template <typename T> T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }

private slots:
    void initTestCase();
    void showsTheSampleAsTheCliDoes();
    void reportingProgressTurnsTheLight();
    void adoptingAddsAVersionAndUndoRemovesIt();
    void anActualYearAddedAndCorrectedMovesTheGap();
    void aNewPlanCanBeAdopted();
    void theHeadlineSaysWhichWayEmissionsWent();
    void cleanup();
};

void TestMonitoringPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestMonitoringPage::cleanup()
{
    m_page.reset();
    m_results.reset();
    m_doc.reset();
}

void TestMonitoringPage::showsTheSampleAsTheCliDoes()
{
    open(test::openShenzhenSample(m_dir.path()));
    QVERIFY(m_page->run());
    const MonitoringRun expected = expectedRun();
    QCOMPARE(child<QLabel>("monitoringHeaderLabel")->text(),
             QStringLiteral("Adopted 2023版, 2023-12-18"));
    // zeroplan-cli track --as-of 2026-03-01: "208.1 tCO2e reduced since 2023; 250.0 tCO2e
    // still to reduce by 2030".
    QCOMPARE(*expected.reducedSinceBase(), *m_page->run()->reducedSinceBase());
    QVERIFY(qAbs(*expected.reducedSinceBase() - 208.1) < 0.05);
    QCOMPARE(child<QLabel>("monitoringHeadlineLabel")->text(),
             QStringLiteral("208 tCO₂e reduced since 2023; 250 tCO₂e still to reduce by 2030."));
    QVERIFY(child<QLabel>("monitoringExplanationLabel")->isHidden());

    // The years: 2025 planned 341.3, actual 421.8 (the CLI's table), gap 80.4 = 23.6 %.
    auto *years = child<QTableWidget>("monitoringYearsTable");
    QCOMPARE(years->rowCount(), 2);
    QCOMPARE(years->item(1, 0)->text(), QStringLiteral("2025"));
    QCOMPARE(years->item(1, 1)->text(), QStringLiteral("341.3"));
    QCOMPARE(years->item(1, 2)->text(), QStringLiteral("421.8"));
    QCOMPARE(years->item(1, 3)->text(), QStringLiteral("80.4"));
    QVERIFY(qAbs(expected.years.at(1).gap() - 80.4) < 0.05);

    // Solar is late: 250 kWp of 444.44 planned; the others as the CLI says.
    const int solar = rowOf(kSolar);
    QVERIFY(solar >= 0);
    QCOMPARE(m_page->measuresModel()->year(), 2025);
    QCOMPARE(cell(solar, MeasureTrackModel::Light), QStringLiteral("late"));
    QCOMPARE(cell(solar, MeasureTrackModel::Actual), QStringLiteral("250.00"));
    QCOMPARE(cell(solar, MeasureTrackModel::Planned), QStringLiteral("444.44"));
    QCOMPARE(cell(solar, MeasureTrackModel::RealisedTonnes), QStringLiteral("94.0"));
    for (const MeasureTrack &t : expected.tracking->measures) {
        QCOMPARE(cell(rowOf(t.measure), MeasureTrackModel::Light), trackLightName(t.light));
    }

    // The chart: the actual line from the base year through 2024 and 2025; the adopted gross
    // from 2023 to 2060; three re-forecasts; BAU grey.
    MonitoringChart *chart = m_page->chart();
    QVERIFY(!chart->isShowingEmptyMessage());
    const QList<QPointF> actual = chart->actualSeries()->points();
    QCOMPARE(actual.size(), 3);
    QCOMPARE(actual.at(2), QPointF(2025, expected.years.at(1).actual));
    QCOMPARE(chart->plannedSeries()->points().size(), 2060 - 2023 + 1);
    QCOMPARE(chart->reforecastSeries().size(), 3);
    for (QLineSeries *path : chart->reforecastSeries()) {
        QVERIFY(path->isVisible());
        QCOMPARE(path->points().first().x(), 2025.0); // from the latest actual year
    }
    QVERIFY(chart->legendPanel()->labels().contains(QStringLiteral("Re-forecast: Catch up")));

    // Why and what next: the change −208.1 t; catch up names solar out of reach.
    auto *decomposition = child<QTableWidget>("decompositionTable");
    QCOMPARE(decomposition->rowCount(), 6);
    QCOMPARE(decomposition->item(5, 1)->text(), QStringLiteral("-208.1"));
    // The waterfall: 2023's 629.8 t, five effects, 2025's 421.8 t; the measures' bar spans
    // their 217.3 t to the left of the running total 629.8 + 8.8 + 0 + 0 = 638.6 t.
    WaterfallChart *waterfall = m_page->waterfall();
    QCOMPARE(waterfall->bars().size(), 7);
    const ChangeDecomposition &d = *expected.decomposition;
    const QList<QPointF> measures = waterfall->bars().at(4)->upperSeries()->points();
    const double runningBefore = d.first + d.drivers + d.weather + d.emissionFactor;
    QVERIFY(qAbs(measures.at(0).x() - (runningBefore + d.measures)) < 1e-9);
    QVERIFY(qAbs(measures.at(1).x() - runningBefore) < 1e-9);
    QVERIFY(qAbs(d.measures + 217.3) < 0.05);
    const QList<QPointF> last = waterfall->bars().at(6)->upperSeries()->points();
    QCOMPARE(last.at(0).x(), 0.0);
    QVERIFY(qAbs(last.at(1).x() - expected.years.at(1).actual) < 1e-9);

    auto *reforecast = child<QTableWidget>("reforecastTable");
    QCOMPARE(reforecast->rowCount(), 3);
    QCOMPARE(reforecast->item(0, 0)->text(), QStringLiteral("Catch up"));
    QCOMPARE(reforecast->item(0, 1)->text(), QStringLiteral("not reached"));
    QCOMPARE(reforecast->item(0, 2)->text(), QStringLiteral("153.5"));
    QVERIFY(reforecast->item(0, 3)->text().contains(QStringLiteral("光伏")));
}

void TestMonitoringPage::reportingProgressTurnsTheLight()
{
    open(test::openShenzhenSample(m_dir.path()));
    auto *view = child<QTableView>("measureTrackView");
    const int solar = rowOf(kSolar);
    const double realisedBefore = *m_page->measuresModel()->track(solar)->realisedAbatement;
    const double planned = m_page->measuresModel()->track(solar)->plannedAbatement;
    // The scale re-forecast in 2030 (its last point of interest: the target year).
    auto scaleIn2030 = [this]() {
        for (const QPointF &p : m_page->chart()->reforecastSeries().at(2)->points()) {
            if (p.x() == 2030)
                return p.y();
        }
        return -1.0;
    };
    const double scaleBefore = scaleIn2030();
    QVERIFY(scaleBefore > 0);
    child<QTabWidget>("monitoringTabWidget")->setCurrentIndex(1); // "Measures"
    view->setCurrentIndex(m_page->measuresModel()->index(solar, 0));
    auto *adoption = child<QDoubleSpinBox>("progressAdoptionSpinBox");
    QCOMPARE(adoption->value(), 250.0); // its 2025 report
    adoption->selectAll();
    QTest::keyClicks(adoption, QStringLiteral("444.45"));
    QCOMPARE(adoption->value(), 444.45);
    QTest::mouseClick(child<QPushButton>("reportProgressButton"), Qt::LeftButton);

    // One undo step; solar at 444.45 kWp is on track (the plan expects 444.444… kWp by the end
    // of 2025, `zeroplan-cli track --format json`; 444.44 is still short of it), and realises what
    // the plan expects of it in 2025 (167.1 t, the CLI's planned tCO2e), more than 94.0 before.
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const int row = rowOf(kSolar);
    QCOMPARE(cell(row, MeasureTrackModel::Light), QStringLiteral("on track"));
    const double realised = *m_page->measuresModel()->track(row)->realisedAbatement;
    QVERIFY2(realised > realisedBefore + 50, qPrintable(QString::number(realised)));
    QVERIFY2(qAbs(realised - planned) < 0.5, qPrintable(QString::number(realised)));
    QCOMPARE(view->currentIndex().row(), row); // the form stays on solar
    QCOMPARE(cell(row, MeasureTrackModel::LastUpdate), QStringLiteral("2026-03-01"));
    // The re-forecast: nothing is out of reach any more; scaled by solar's realisation (now
    // 1 instead of 250 / 444.4), the path in 2030 is lower on the chart.
    QVERIFY(m_page->run()->reforecast->paths.front().unreachable.isEmpty());
    QVERIFY2(scaleIn2030() < scaleBefore - 1, qPrintable(QString::number(scaleIn2030())));

    m_doc->undoStack()->undo();
    QCOMPARE(cell(rowOf(kSolar), MeasureTrackModel::Light), QStringLiteral("late"));
    QCOMPARE(scaleIn2030(), scaleBefore);
    QCOMPARE(*m_page->measuresModel()->track(rowOf(kSolar))->realisedAbatement, realisedBefore);
}

void TestMonitoringPage::adoptingAddsAVersionAndUndoRemovesIt()
{
    // A plan never adopted: the sample without its monitoring.
    auto sample = test::openShenzhenSample(m_dir.path());
    Plan plan = sample->plan();
    plan.monitoring = Monitoring();
    open(PlanDocument::fromPlan(plan, m_dir.path()));
    QCOMPARE(child<QLabel>("monitoringHeaderLabel")->text(), QStringLiteral("Not adopted yet"));
    QVERIFY(child<QLabel>("monitoringExplanationLabel")->isVisible());
    QVERIFY(!m_page->run());

    answerNextDialog([](QInputDialog *dialog) {
        QCOMPARE(dialog->textValue(), QStringLiteral("v1")); // the label offered
    });
    QTest::mouseClick(child<QPushButton>("adoptScenarioButton"), Qt::LeftButton);
    QCOMPARE(m_doc->plan().monitoring.adoptions.size(), 1);
    QCOMPARE(child<QLabel>("monitoringHeaderLabel")->text(),
             QStringLiteral("Adopted v1, 2026-03-01"));
    // The current scenario, frozen: its gross in the base year is the baseline's.
    const AdoptedPlan &adopted = m_doc->plan().monitoring.adoptions.front();
    QCOMPARE(adopted.scenario().name,
             m_doc->plan().scenarios.at(m_results->currentScenario()).name);
    QVERIFY(qAbs(adopted.gross.front() - m_results->result().bauGross[0]) < 1e-6);
    QVERIFY(m_page->run());
    QVERIFY(child<QLabel>("monitoringHeadlineLabel")
                ->text()
                .startsWith(QStringLiteral("No actual year yet")));

    // Again: a second version, named v2.
    answerNextDialog([](QInputDialog *) {});
    QTest::mouseClick(child<QPushButton>("adoptScenarioButton"), Qt::LeftButton);
    QCOMPARE(m_doc->plan().monitoring.adoptions.size(), 2);
    QCOMPARE(child<QLabel>("monitoringHeaderLabel")->text(),
             QStringLiteral("Adopted v2, 2026-03-01"));

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->plan().monitoring.adoptions.isEmpty());
    QCOMPARE(child<QLabel>("monitoringHeaderLabel")->text(), QStringLiteral("Not adopted yet"));
}

void TestMonitoringPage::anActualYearAddedAndCorrectedMovesTheGap()
{
    open(test::openShenzhenSample(m_dir.path()));
    answerNextDialog([](QInputDialog *dialog) {
        QCOMPARE(dialog->intValue(), 2026); // the year after the latest actual
    });
    QTest::mouseClick(child<QPushButton>("addActualYearButton"), Qt::LeftButton);
    const ActualInventory *added = m_doc->plan().monitoring.actual(2026);
    QVERIFY(added);
    QCOMPARE(added->activities, m_doc->plan().activities); // the baseline's lines
    QCOMPARE(child<QComboBox>("actualYearComboBox")->currentText(), QStringLiteral("2026"));
    QCOMPARE(m_page->run()->years.back().year, 2026);
    const double before = m_page->run()->years.back().actual;

    // Residents' electricity (res-electricity, 790,500 kWh in the baseline) corrected to
    // 690,500 kWh through the table: 100,000 kWh less at the sample's grid factor
    // grid-cn-south-2023, 0.4042 kg/kWh, is 100,000 × 0.4042 / 1000 = 40.42 t less.
    ActualLinesModel *lines = m_page->actualLinesModel();
    int row = -1;
    for (int i = 0; i < added->activities.size(); ++i) {
        if (added->activities.at(i).id == QLatin1String("res-electricity"))
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(added->activities.at(row).amount, 790500.0);
    auto *view = child<QTableView>("actualLinesView");
    child<QTabWidget>("monitoringTabWidget")->setCurrentIndex(2); // "Actual emissions"
    QVERIFY(view->isVisible());
    const QModelIndex amount = lines->index(row, ActualLinesModel::Amount);
    view->setCurrentIndex(amount);
    view->edit(amount);
    auto *editor = view->viewport()->findChild<QDoubleSpinBox *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("690500"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(m_doc->plan().monitoring.actual(2026)->activities.at(row).amount, 690500.0);
    QCOMPARE(m_doc->undoStack()->count(), 2); // the year, the amount

    const MonitoredYear &y = m_page->run()->years.back();
    QVERIFY2(qAbs(before - y.actual - 40.42) < 1e-6,
             qPrintable(QString::number(before - y.actual)));
    // The gap is the actual minus the adopted plan's gross in 2026.
    const double planned = m_doc->plan().monitoring.adopted()->grossIn(2026);
    QVERIFY(qAbs(y.gap() - (y.actual - planned)) < 1e-9);
    QCOMPARE(y.actual, expectedRun().years.back().actual);
    // The chart's actual line ends at the corrected 2026.
    QCOMPARE(m_page->chart()->actualSeries()->points().constLast(), QPointF(2026, y.actual));

    m_doc->undoStack()->undo();
    QVERIFY(qAbs(m_page->run()->years.back().actual - before) < 1e-9);
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->plan().monitoring.actual(2026));
    QCOMPARE(m_page->run()->years.back().year, 2025);
}

// File → New: a plan without a baseline can be adopted (its pathway is all zeros) and shows
// that no actual year is entered yet; an actual year of it has no lines to correct.
void TestMonitoringPage::aNewPlanCanBeAdopted()
{
    open(PlanDocument::newDocument(2024, m_dir.path()));
    QCOMPARE(child<QLabel>("monitoringHeaderLabel")->text(), QStringLiteral("Not adopted yet"));
    QVERIFY(child<QPushButton>("adoptScenarioButton")->isEnabled());
    answerNextDialog([](QInputDialog *) {});
    QTest::mouseClick(child<QPushButton>("adoptScenarioButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("monitoringHeaderLabel")->text(),
             QStringLiteral("Adopted v1, 2026-03-01"));
    QVERIFY(m_page->run());
    QVERIFY(child<QLabel>("monitoringHeadlineLabel")
                ->text()
                .startsWith(QStringLiteral("No actual year yet")));
    QVERIFY(m_page->addActualYear(2025));
    QCOMPARE(m_page->actualLinesModel()->rowCount(), 0);
    QVERIFY(!m_page->addActualYear(2025)); // already there
    QCOMPARE(m_page->run()->years.size(), size_t(1));
    QCOMPARE(m_page->run()->years.front().actual, 0.0);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(child<QLabel>("monitoringHeaderLabel")->text(), QStringLiteral("Not adopted yet"));
}

// The headline from a run's figures: base 600 t in 2023, the plan aiming at 100 t in 2030.
void TestMonitoringPage::theHeadlineSaysWhichWayEmissionsWent()
{
    MonitoringRun run;
    run.baseYear = 2023;
    run.baseYearGross = 600;
    run.targetYear = 2030;
    run.targetGross = 100;
    QVERIFY(MonitoringText::headline(run).startsWith(QStringLiteral("No actual year yet")));
    run.years.push_back({2025, 450, 500});
    // 600 − 500 = 100 t reduced; 500 − 100 = 400 t to go.
    QCOMPARE(MonitoringText::headline(run),
             QStringLiteral("100 tCO₂e reduced since 2023; 400 tCO₂e still to reduce by 2030."));
    run.years.back().actual = 650; // 50 t more than in the base year (one place below 100)
    QCOMPARE(MonitoringText::headline(run),
             QStringLiteral("50.0 tCO₂e more than in 2023; 550 tCO₂e still to reduce by 2030."));
    run.years.back().actual = 90; // below the plan's 100 t
    QCOMPARE(MonitoringText::headline(run),
             QStringLiteral(
                 "510 tCO₂e reduced since 2023; already below what the plan aims at for 2030."));
}

QTEST_MAIN(TestMonitoringPage)
#include "TestMonitoringPage.moc"
