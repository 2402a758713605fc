// What one slider step costs on the Pathway page: a measure level edited through the undo
// stack, the engine rerun (LiveResults), every chart given the new results, and the page
// painted. The generated plan: 50 measures × 40 activity lines × 2024–2060, shown
// offscreen at 1366×768. Target: median ≤ 16 ms (one frame at 60 Hz).
#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "PlanFixtures.h"
#include "RandomPlan.h"
#include "charts/PathwayChart.h"
#include "charts/WedgeChart.h"
#include "pathway/PathwayPage.h"
#include "present/LiveResults.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// Counts the paint events of a chart, to be sure the benchmark measured painting.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class BenchPathwayPage : public QObject
{
    Q_OBJECT

    void editRecomputeAndRepaint(int tab);

private slots:
    void pathwayTab() { editRecomputeAndRepaint(0); }
    void wedgeTab() { editRecomputeAndRepaint(1); } // 50 stacked areas: the heaviest chart
};

void BenchPathwayPage::editRecomputeAndRepaint(int tab)
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto doc = PlanDocument::fromPlan(randomPlan(2024, 40, 50, 2024, 2060), dir.path());
    QCOMPARE(doc->plan().measures.size(), 50);
    QCOMPARE(doc->plan().activities.size(), 40);
    LiveResults results(doc.get(), noLibrary());
    PathwayPage page(doc.get(), &results);
    page.chartTabs()->setCurrentIndex(tab);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCoreApplication::processEvents();
    QWidget *shown = page.chartTabs()->currentWidget();
    PaintCounter counter;
    qobject_cast<QAbstractScrollArea *>(shown)->viewport()->installEventFilter(&counter);
    const QString measureId = doc->plan().scenarios.front().measures.front().measure;
    bool high = false;
    int edits = 0;
    QBENCHMARK
    {
        // Alternate the level, as a slider dragged back and forth does.
        high = !high;
        ++edits;
        doc->undoStack()->push(new ChangeValue<double>(
            doc.get(), PlanFields::scenarioMeasureLevel(doc->plan(), 0, measureId),
            high ? 0.9 : 0.3));
        // What the event loop does next: lay the charts out, let their graphics scenes
        // process the changed series (which paints them), then paint the page.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
        page.repaint();
    }
    QVERIFY2(counter.paints >= edits, "the chart was not painted on every edit");
    QCOMPARE(page.wedgeChart()->wedges().size(), 50);
    const QList<QPointF> net = page.pathwayChart()->netSeries().front()->points();
    const YearSeries &expected = results.currentResult()->net;
    QCOMPARE(net.size(), expected.size());
    for (qsizetype i = 0; i < net.size(); ++i)
        QVERIFY(qAbs(net[i].y() - expected[i]) < 1e-6);
}

QTEST_MAIN(BenchPathwayPage)
#include "BenchPathwayPage.moc"
