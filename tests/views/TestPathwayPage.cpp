// The Pathway page on the Shenzhen sample: an edit of a measure level redraws the current
// scenario's line with the engine's new net emissions, the verdict names the neutrality
// year, hidden pages catch up when shown, the cumulative chart draws the sums with or
// without a budget.
#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "charts/CumulativeChart.h"
#include "charts/PathwayChart.h"
#include "charts/WedgeChart.h"
#include "inventory/FactorLibrary.h"
#include "pathway/PathwayPage.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QAreaSeries>
#include <QLabel>
#include <QLineSeries>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace zeroplan;

namespace {

// The line's points are (first year + i, values[i]) to within rounding.
bool samePoints(const QList<QPointF> &points, int firstYear, const YearSeries &values)
{
    if (points.size() != values.size())
        return false;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (qAbs(points[i].x() - (firstYear + double(i))) > 1e-9 ||
            qAbs(points[i].y() - values[i]) > 1e-6)
            return false;
    }
    return true;
}

} // namespace

class TestPathwayPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<PathwayPage> m_page;

    PathwayChart *pathway() const
    {
        return m_page->findChild<PathwayChart *>(QStringLiteral("pathwayChart"));
    }
    QList<QPointF> currentNetPoints() const
    {
        return pathway()->netSeries().at(m_results->currentScenario())->points();
    }
    int firstYear() const { return m_results->result().years.front(); }
    // The first measure of the current scenario whose level changes its net emissions.
    QString busyMeasure() const;
    void setLevel(const QString &measureId, double level)
    {
        const int s = m_results->currentScenario();
        m_doc->undoStack()->push(new ChangeValue<double>(
            m_doc.get(), PlanFields::scenarioMeasureLevel(m_doc->plan(), s, measureId), level));
    }

private slots:
    void init();
    void cleanup();
    void showsEveryChart();
    void levelChangeRedrawsCurrentScenario();
    void verdictNamesNeutralityYear();
    void scenarioChoiceMovesTheBoldLine();
    void hiddenPageCatchesUpOnShow();
    void cumulativeWithAndWithoutBudget();
};

void TestPathwayPage::init()
{
    QVERIFY(m_dir.isValid());
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(":/samples/shenzhen-xinqiao.json"), &FactorLibraryJson::builtIn());
    QVERIFY(read.plan);
    m_doc = PlanDocument::fromPlan(*read.plan, m_dir.path());
    m_results = std::make_unique<LiveResults>(m_doc.get(), FactorLibraryJson::builtIn());
    m_page = std::make_unique<PathwayPage>(m_doc.get(), m_results.get());
    m_page->resize(1366, 768);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestPathwayPage::cleanup()
{
    m_page.reset();
    m_results.reset();
    m_doc.reset();
}

QString TestPathwayPage::busyMeasure() const
{
    const ScenarioResult *current = m_results->currentResult();
    for (const MeasureResult &m : current->measures) {
        if (m.abatedTotal > 1)
            return m.measureId;
    }
    return {};
}

void TestPathwayPage::showsEveryChart()
{
    QCOMPARE(m_page->objectName(), QStringLiteral("pathwayPage"));
    QVERIFY(pathway());
    auto *wedges = m_page->findChild<WedgeChart *>(QStringLiteral("wedgeChart"));
    auto *cumulative = m_page->findChild<CumulativeChart *>(QStringLiteral("cumulativeChart"));
    QVERIFY(wedges && cumulative);
    const Plan &plan = m_doc->plan();
    QCOMPARE(pathway()->netSeries().size(), plan.scenarios.size());
    for (qsizetype i = 0; i < plan.scenarios.size(); ++i)
        QCOMPARE(pathway()->netSeries().at(i)->name(), plan.scenarios.at(i).name); // 稳健, 全面
    const ScenarioResult *current = m_results->currentResult();
    QVERIFY(samePoints(currentNetPoints(), firstYear(), current->net));
    // One wedge per measure of the current scenario, named as in the plan.
    QCOMPARE(wedges->wedges().size(), qsizetype(current->measures.size()));
    for (size_t i = 0; i < current->measures.size(); ++i) {
        const Measure *m = plan.findMeasure(current->measures[i].measureId);
        QVERIFY(m);
        QCOMPARE(wedges->wedges().at(qsizetype(i))->name(), m->name);
    }
    // The sample sets neutrality by 2030 and −50 % by 2026: the target path has 3 points.
    QCOMPARE(pathway()->targetSeries()->points().size(), 3);
    QCOMPARE(pathway()->targetSeries()->points().back(), QPointF(2030, 0));
}

void TestPathwayPage::levelChangeRedrawsCurrentScenario()
{
    const QString id = busyMeasure();
    QVERIFY(!id.isEmpty());
    const QList<QPointF> before = currentNetPoints();
    setLevel(id, 0.0);
    const YearSeries &net = m_results->currentResult()->net;
    QVERIFY(samePoints(currentNetPoints(), firstYear(), net));
    // The measure did cut emissions, so without it net is higher in some year.
    bool rose = false;
    for (qsizetype i = 0; i < before.size(); ++i)
        rose = rose || net[i] > before[i].y() + 1e-6;
    QVERIFY(rose);
    m_doc->undoStack()->undo();
    QCOMPARE(currentNetPoints(), before);
}

void TestPathwayPage::verdictNamesNeutralityYear()
{
    // The sample: neutrality target 2030, interim −50 % by 2026, horizon 2060. The verdict
    // names the target year whether it is met or not, and judges it on the year neutrality
    // holds from (net ≤ 0 from then to 2060).
    auto *label = m_page->findChild<QLabel *>(QStringLiteral("pathwayVerdictLabel"));
    QVERIFY(label);
    for (int s = 0; s < 2; ++s) {
        m_results->setCurrentScenario(s);
        const ScenarioResult *current = m_results->currentResult();
        QVERIFY(label->text().startsWith(current->name));
        const QString text = label->text();
        if (!current->neutralFrom) {
            const YearSeries &net = current->net;
            QVERIFY2(
                text.contains(QStringLiteral("2030 neutrality target missed, %1 remain in 2060")
                                  .arg(NumberFormat::tonnesPerYear(net[net.size() - 1]))),
                qPrintable(text));
        } else if (*current->neutralFrom > 2030) {
            QVERIFY2(text.contains(QStringLiteral("2030 neutrality target missed: neutral only "
                                                  "from %1")
                                       .arg(*current->neutralFrom)),
                     qPrintable(text));
        } else {
            QVERIFY2(text.contains(QStringLiteral("Neutral from %1").arg(*current->neutralFrom)),
                     qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("2030 target")), qPrintable(text));
        }
        // The sample's −50 % by 2026 target is judged too, with the cut asked for.
        QVERIFY2(text.contains(QStringLiteral("interim target of a 50% cut by 2026")),
                 qPrintable(text));
        for (const TargetOutcome &t : current->targets) {
            if (t.kind == TargetOutcome::Kind::Interim)
                QVERIFY2(text.contains(t.met ? QStringLiteral("by 2026 met")
                                             : QStringLiteral("by 2026 missed")),
                         qPrintable(text));
        }
    }
    // With every measure off, nothing is neutral: the verdict says what remains in 2060.
    const QList<ScenarioMeasure> measures = m_doc->plan().scenarios.at(1).measures;
    for (const ScenarioMeasure &m : measures)
        setLevel(m.measure, 0.0);
    const YearSeries &net = m_results->currentResult()->net;
    QVERIFY(!m_results->currentResult()->neutralFrom);
    QVERIFY2(
        label->text().contains(QStringLiteral("2030 neutrality target missed, %1 remain in 2060")
                                   .arg(NumberFormat::tonnesPerYear(net[net.size() - 1]))),
        qPrintable(label->text()));
    // Without a neutrality target the verdict says so plainly.
    m_doc->undoStack()->push(new ChangeValue<std::optional<int>>(
        m_doc.get(), PlanFields::neutralityYear(), std::nullopt));
    QVERIFY2(label->text().contains(QStringLiteral("the plan sets no neutrality target")),
             qPrintable(label->text()));
}

void TestPathwayPage::scenarioChoiceMovesTheBoldLine()
{
    m_results->setCurrentScenario(1);
    const QList<QLineSeries *> nets = pathway()->netSeries();
    QVERIFY(nets.at(1)->pen().widthF() > nets.at(0)->pen().widthF());
    QVERIFY(samePoints(nets.at(1)->points(), firstYear(), m_results->result().scenarios[1].net));
    auto *wedges = m_page->findChild<WedgeChart *>(QStringLiteral("wedgeChart"));
    QVERIFY(wedges->netSeries()->name().startsWith(m_doc->plan().scenarios.at(1).name));
    m_results->setCurrentScenario(0);
    QVERIFY(pathway()->netSeries().at(0)->pen().widthF() > nets.at(1)->pen().widthF());
}

void TestPathwayPage::hiddenPageCatchesUpOnShow()
{
    const QString id = busyMeasure();
    const QList<QPointF> before = currentNetPoints();
    m_page->hide();
    setLevel(id, 0.0);
    QCOMPARE(currentNetPoints(), before); // hidden: not redrawn
    m_page->show();
    QVERIFY(samePoints(currentNetPoints(), firstYear(), m_results->currentResult()->net));
    QVERIFY(currentNetPoints() != before);
}

void TestPathwayPage::cumulativeWithAndWithoutBudget()
{
    auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("pathwayChartsTabWidget"));
    auto *cumulative = m_page->findChild<CumulativeChart *>(QStringLiteral("cumulativeChart"));
    tabs->setCurrentWidget(cumulative);
    // The sample sets no budget: the "Cumulative" tab still shows the scenario's sums and
    // BAU's (issue 14), only the budget line is missing.
    QVERIFY(!m_doc->plan().community.targets.carbonBudget);
    QVERIFY(!cumulative->isShowingEmptyMessage());
    QVERIFY(samePoints(cumulative->cumulativeSeries()->points(), firstYear(),
                       m_results->currentResult()->cumulativeNet));
    QVERIFY(cumulative->bauSeries()->isVisible());
    QVERIFY(!cumulative->budgetSeries()->isVisible());
    const QStringList legend = cumulative->legendPanel()->labels();
    QVERIFY2(legend.contains(QStringLiteral("Business as usual")),
             qPrintable(legend.join(QLatin1Char('|'))));
    QVERIFY(
        legend.contains(m_results->currentResult()->name + QStringLiteral(" — cumulative net")));
    m_doc->undoStack()->push(new ChangeValue<std::optional<double>>(
        m_doc.get(), PlanFields::carbonBudget(), std::optional<double>(50000)));
    QVERIFY(!cumulative->isShowingEmptyMessage());
    QVERIFY(samePoints(cumulative->cumulativeSeries()->points(), firstYear(),
                       m_results->currentResult()->cumulativeNet));
    QCOMPARE(cumulative->budgetSeries()->points().front().y(), 50000.0);
    QVERIFY(cumulative->budgetSeries()->isVisible());
    auto *label = m_page->findChild<QLabel *>(QStringLiteral("pathwayVerdictLabel"));
    QVERIFY(label->text().contains(QStringLiteral("carbon budget")));
}

QTEST_MAIN(TestPathwayPage)
#include "TestPathwayPage.moc"
