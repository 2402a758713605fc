// Charts that fit, on screen and on paper (issue 14), and stay bounded for big plans
// (issue 12): legends that never cut a name short and draw each series' line style, tool
// tips with series, year and value, labels kept inside the plot, one colour per measure in
// every chart and scenario, the wedges and MACC bars of thousands of measures folded into
// "Other measures (N)".
#include "PlanDocument.h"
#include "charts/ChartPalette.h"
#include "charts/ChartSeries.h"
#include "charts/CumulativeChart.h"
#include "charts/FanChart.h"
#include "charts/MaccChart.h"
#include "charts/MeasureColours.h"
#include "charts/PathwayChart.h"
#include "charts/TornadoChart.h"
#include "charts/WedgeChart.h"
#include "costs/CostsPage.h"
#include "inventory/FactorLibrary.h"
#include "pathway/PathwayPage.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QAreaSeries>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>
#include <QValueAxis>
#include <QtTest>
#include <memory>

using namespace zeroplan;

namespace {

// Names that share their first word, as in the "Ambitiou…" three times.
const QStringList kLongNames{
    QStringLiteral("Ambitious — every roof solar and every home on a heat pump by 2035"),
    QStringLiteral("Ambitious but affordable — the measures that pay for themselves first"),
    QStringLiteral("Ambitious with offsets — credits bought for whatever is left in 2030")};

// The sample with its scenarios renamed to long names.
Plan longNamedSample()
{
    PlanReadResult read = PlanJson::readFile(QStringLiteral(":/samples/shenzhen-xinqiao.json"),
                                             &FactorLibraryJson::builtIn());
    if (!read.plan)
        qFatal("the bundled Shenzhen sample does not read");
    Plan plan = *read.plan;
    plan.scenarios.append(plan.scenarios.first());
    for (qsizetype i = 0; i < plan.scenarios.size() && i < kLongNames.size(); ++i)
        plan.scenarios[i].name = kLongNames.at(i);
    return plan;
}

// The number of lines a legend name is laid out on.
int lineCount(const QGraphicsTextItem *text)
{
    int lines = 0;
    for (QTextBlock b = text->document()->firstBlock(); b.isValid(); b = b.next())
        lines += b.layout() ? b.layout()->lineCount() : 0;
    return lines;
}

// Every legend name of `view` is whole: shown in full (as wide as QFontMetrics says it is)
// or wrapped onto several lines, and inside what the view shows.
void verifyLegendWhole(PlanChartView *view, const QStringList &expected)
{
    const ChartLegend *legend = view->legendPanel();
    QCOMPARE(legend->labels(), expected);
    // Inside what the view shows and on the chart's background.
    const QRectF shown = view->mapToScene(view->viewport()->rect())
                             .boundingRect()
                             .intersected(view->chart()->mapRectToScene(legend->innerRect()));
    const QRectF plot = view->chart()->mapRectToScene(view->chart()->plotArea());
    for (QGraphicsTextItem *text : legend->labelItems()) {
        const QFontMetricsF metrics(text->font());
        const qreal needed = metrics.horizontalAdvance(text->toPlainText());
        const bool whole = text->textWidth() < 0 && text->boundingRect().width() + 0.5 >= needed;
        QVERIFY2(whole || lineCount(text) > 1, qPrintable(QStringLiteral("%1: %2 px for %3 px")
                                                              .arg(text->toPlainText())
                                                              .arg(text->boundingRect().width())
                                                              .arg(needed)));
        const QRectF box = text->sceneBoundingRect();
        QVERIFY2(shown.contains(box), qPrintable(QStringLiteral("%1: %2,%3 %4×%5 not in %6×%7")
                                                     .arg(text->toPlainText())
                                                     .arg(box.x())
                                                     .arg(box.y())
                                                     .arg(box.width())
                                                     .arg(box.height())
                                                     .arg(shown.width())
                                                     .arg(shown.height())));
        QVERIFY2(!plot.intersects(box), qPrintable(text->toPlainText())); // beside, not over
    }
}

MeasureResult measureResult(const QString &id, const YearSeries &wedge)
{
    MeasureResult m;
    m.measureId = id;
    m.name = QStringLiteral("Measure %1").arg(id);
    m.wedge = wedge;
    m.sink = YearSeries::Zero(wedge.size());
    m.credit = YearSeries::Zero(wedge.size());
    return m;
}

QString shownTip()
{
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

class TestChartsFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase();
    void legendsNeverCutNamesOnScreen();
    void legendsNeverCutNamesOnPaper();
    void legendSwatchesDrawLineStyles();
    void toolTipsNameSeriesYearAndValue();
    void labelsAtTheEdgeStayInsideThePlot();
    void measureKeepsItsColourEverywhere();
    void manyMeasuresFoldIntoOtherWedge();
    void manyMeasuresFoldIntoOtherBars();
    void tornadoLabelsWholeDistinctAndCentred();
};

void TestChartsFit::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    // The fonts the app sets (LanguageFont): Latin families first, Chinese as the fallback.
    QApplication::setFont(Language::font(QStringLiteral("en_US"), QApplication::font()));
}

// The Pathway page at 1366×768 with three scenarios whose names start alike: the pathway
// and wedge legends name each in full.
void TestChartsFit::legendsNeverCutNamesOnScreen()
{
    auto doc = PlanDocument::fromPlan(longNamedSample(), m_dir.path());
    LiveResults results(doc.get(), FactorLibraryJson::builtIn());
    PathwayPage page(doc.get(), &results);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *pathway = page.findChild<PathwayChart *>(QStringLiteral("pathwayChart"));
    QCoreApplication::processEvents();
    const QString current = kLongNames.at(results.currentScenario());
    // Qt's own legend would have drawn these as "Ambitiou…".
    verifyLegendWhole(pathway, {current + QStringLiteral(" — taken up by sinks"),
                                QStringLiteral("Business as usual"), QStringLiteral("Target path"),
                                current + QStringLiteral(" — gross emissions"), kLongNames.at(0),
                                kLongNames.at(1), kLongNames.at(2)});

    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("pathwayChartsTabWidget"));
    auto *wedges = page.findChild<WedgeChart *>(QStringLiteral("wedgeChart"));
    tabs->setCurrentWidget(wedges);
    QCoreApplication::processEvents();
    QStringList names;
    for (const MeasureResult &m : results.currentResult()->measures)
        names.append(m.name);
    names << QStringLiteral("Business as usual") << current + QStringLiteral(" — net emissions");
    verifyLegendWhole(wedges, names);
    // Beside the plot at this size: the column is as wide as the longest measure name.
    QCOMPARE(wedges->legendPanel()->placement(), ChartLegend::Placement::Right);

    // A narrow chart wraps the names rather than cut them.
    pathway->setParent(nullptr);
    pathway->resize(420, 420);
    pathway->show();
    QVERIFY(QTest::qWaitForWindowExposed(pathway));
    QCoreApplication::processEvents();
    verifyLegendWhole(pathway, pathway->legendPanel()->labels());
    bool wrapped = false;
    for (QGraphicsTextItem *text : pathway->legendPanel()->labelItems())
        wrapped = wrapped || lineCount(text) > 1;
    QVERIFY(wrapped);
    delete pathway;
}

// On paper a chart is laid out 643 px wide (ChartBlock, 170 mm of A4) with the report's
// 8 pt fonts; its legend names stay whole there too.
void TestChartsFit::legendsNeverCutNamesOnPaper()
{
    const Plan plan = longNamedSample();
    auto doc = PlanDocument::fromPlan(plan, m_dir.path());
    LiveResults results(doc.get(), FactorLibraryJson::builtIn());
    PathwayChart chart;
    QFont font = chart.chart()->legend()->font();
    font.setPointSizeF(8);
    chart.chart()->legend()->setFont(font);
    chart.resize(643, 350);
    chart.setResults(doc->plan(), results.result(), 0); // before the chart has a size
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();
    QCOMPARE(chart.chart()->size(), QSizeF(643, 350)); // the legend did not make it taller
    QCOMPARE(chart.legendPanel()->labelItems().first()->font().pointSizeF(), 8.0);
    QStringList expected = chart.legendPanel()->labels();
    QVERIFY(expected.contains(kLongNames.at(2)));
    verifyLegendWhole(&chart, expected);
}

// Gross dotted, net bold, BAU dashed: the swatches draw each line as the plot does.
void TestChartsFit::legendSwatchesDrawLineStyles()
{
    auto doc = PlanDocument::fromPlan(longNamedSample(), m_dir.path());
    LiveResults results(doc.get(), FactorLibraryJson::builtIn());
    PathwayChart chart;
    chart.resize(1200, 560);
    chart.setResults(doc->plan(), results.result(), 0);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const ChartLegend *legend = chart.legendPanel();
    const QStringList labels = legend->labels();
    const auto pen = [&](const QString &label) {
        const int i = int(labels.indexOf(label));
        if (i < 0)
            qFatal("no legend entry %s", qPrintable(label));
        return legend->swatchPen(i);
    };
    QCOMPARE(pen(QStringLiteral("Business as usual")).style(), Qt::DashLine);
    QCOMPARE(pen(kLongNames.at(0) + QStringLiteral(" — gross emissions")).style(), Qt::DotLine);
    QCOMPARE(pen(QStringLiteral("Target path")).style(), Qt::DashDotLine);
    // The current scenario bold (3.5 px), the others thin (1.5 px).
    QVERIFY(pen(kLongNames.at(0)).widthF() >= 3);
    QVERIFY(pen(kLongNames.at(1)).widthF() < 2);
    QCOMPARE(pen(kLongNames.at(0)).style(), Qt::SolidLine);
    // Areas are boxes (no line pen).
    QCOMPARE(pen(kLongNames.at(0) + QStringLiteral(" — taken up by sinks")).style(), Qt::NoPen);
    QVERIFY(legend->swatchRect(0).width() > 0);
}

// Hovering a point or a bar: the series, the year and the value, in every chart.
void TestChartsFit::toolTipsNameSeriesYearAndValue()
{
    PlanResult r;
    r.years = {2024, 2025, 2026};
    r.bauGross = YearSeries::Constant(3, 100);
    ScenarioResult s;
    s.name = QStringLiteral("Bold");
    // One measure cuts 0, 10, 20: net = 100, 90, 80.
    s.measures = {measureResult(QStringLiteral("led"), (YearSeries(3) << 0, 10, 20).finished())};
    s.net = (YearSeries(3) << 100, 90, 80).finished();
    WedgeChart wedges;
    wedges.resize(800, 500);
    wedges.setResults(r, &s);
    wedges.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wedges));
    // In the middle of 2026's wedge (80 to 100), the cursor a little off the year.
    emit wedges.wedges().first()->hovered(QPointF(2025.8, 90), true);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(shownTip(),
             QStringLiteral("<b>Measure led</b><br>2026: ") + NumberFormat::tonnesPerYear(20));
    emit wedges.wedges().first()->hovered(QPointF(2025.8, 90), false);
    QTRY_VERIFY(!QToolTip::isVisible());
    emit wedges.bauSeries()->hovered(QPointF(2024.1, 100), true);
    QTRY_COMPARE(shownTip(), QStringLiteral("<b>Business as usual</b><br>2024: ") +
                                 NumberFormat::tonnesPerYear(100));

    // The MACC: a bar names its measure, tonnes and cost per tonne.
    MaccChart macc;
    macc.setPoints({{QStringLiteral("led"), QStringLiteral("LED & lamps"), 1234, -20}},
                   QStringLiteral("CNY"));
    emit macc.bars().first()->hovered(QPointF(600, -10), true);
    QTRY_COMPARE(shownTip(), QStringLiteral("<b>LED &amp; lamps</b><br>1,234 tCO₂e abated over the "
                                            "plan<br>-20 CNY/tCO₂e"));

    // The fan: the band's range in the year.
    FanChart fan;
    UncertaintyResult u;
    u.samples = 100;
    u.targetYear = 2026;
    u.net.p5 = (YearSeries(3) << 80, 40, -10).finished();
    u.net.p25 = (YearSeries(3) << 90, 55, 5).finished();
    u.net.p50 = (YearSeries(3) << 100, 60, 10).finished();
    u.net.p75 = (YearSeries(3) << 110, 70, 20).finished();
    u.net.p95 = (YearSeries(3) << 120, 85, 35).finished();
    fan.setUncertainty(2024, u);
    emit fan.outerBand()->hovered(QPointF(2025.2, 60), true);
    QTRY_COMPARE(shownTip(),
                 QStringLiteral("<b>90 % of outcomes (p5–p95)</b><br>2025: %1 to %2")
                     .arg(NumberFormat::tonnesPerYear(40), NumberFormat::tonnesPerYear(85)));
    emit fan.medianSeries()->hovered(QPointF(2026, 10), true);
    QTRY_COMPARE(shownTip(),
                 QStringLiteral("<b>Median</b><br>2026: ") + NumberFormat::tonnesPerYear(10));

    // The tornado: the figure and the net at its low value.
    TornadoChart tornado;
    SensitivityResult sens;
    sens.targetYear = 2050;
    sens.baseNet = 1000;
    sens.bars = {{QStringLiteral("solar"), QStringLiteral("Solar"), QStringLiteral("capacity_kwp"),
                  50, 100, 150, 1050, 950}};
    tornado.setMeasureKinds({{QStringLiteral("solar"), MeasureKind::RooftopSolar}});
    tornado.setSensitivity(sens);
    emit tornado.lowBars().first()->hovered(QPointF(1020, 1), true);
    QTRY_COMPARE(shownTip(), QStringLiteral("<b>Solar — Installed capacity</b><br>At its low "
                                            "value: net %1 in 2050")
                                 .arg(NumberFormat::tonnesPerYear(1050)));
    // The pathway's lines (scenario, year, value).
    PathwayChart pathway;
    auto doc = PlanDocument::fromPlan(longNamedSample(), m_dir.path());
    LiveResults results(doc.get(), FactorLibraryJson::builtIn());
    pathway.setResults(doc->plan(), results.result(), 0);
    const ScenarioResult &first = results.result().scenarios.front();
    const int year = results.result().years.front() + 3;
    emit pathway.netSeries().first()->hovered(QPointF(year + 0.2, 0), true);
    QTRY_COMPARE(shownTip(), ChartSeries::tip(kLongNames.at(0),
                                              QStringLiteral("%1: %2").arg(
                                                  QString::number(year),
                                                  NumberFormat::tonnesPerYear(first.net[3]))));
    emit pathway.netSeries().first()->hovered(QPointF(year, 0), false);
}

// "Target path" ending in the horizon's last year, "Target year" on the last year: both
// labels stay inside the plot.
void TestChartsFit::labelsAtTheEdgeStayInsideThePlot()
{
    Plan plan = longNamedSample();
    plan.community.targets.neutralityYear = plan.community.horizonEnd;
    auto doc = PlanDocument::fromPlan(plan, m_dir.path());
    LiveResults results(doc.get(), FactorLibraryJson::builtIn());
    PathwayChart pathway;
    pathway.resize(900, 500);
    pathway.setResults(doc->plan(), results.result(), 0);
    pathway.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pathway));
    QCoreApplication::processEvents();
    QCOMPARE(pathway.targetSeries()->points().last().x(), double(plan.community.horizonEnd));
    const QGraphicsSimpleTextItem *target = pathway.plotLabel(pathway.targetSeries());
    QVERIFY(target && target->isVisible());
    QCOMPARE(target->text(), QStringLiteral("Target path"));
    QRectF plot = pathway.chart()->plotArea();
    QVERIFY2(plot.contains(target->mapRectToParent(target->boundingRect())),
             qPrintable(QStringLiteral("%1,%2 in %3..%4")
                            .arg(target->pos().x())
                            .arg(target->pos().y())
                            .arg(plot.left())
                            .arg(plot.right())));

    FanChart fan;
    fan.resize(700, 450);
    UncertaintyResult u;
    u.samples = 100;
    u.targetYear = 2026; // the last year
    u.net.p5 = u.net.p25 = u.net.p50 = u.net.p75 = u.net.p95 =
        (YearSeries(3) << 100, 60, 10).finished();
    fan.setUncertainty(2024, u);
    fan.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fan));
    QCoreApplication::processEvents();
    const QGraphicsSimpleTextItem *year = fan.plotLabel(fan.targetMarker());
    QVERIFY(year && year->isVisible());
    QCOMPARE(year->text(), QStringLiteral("Target year 2026"));
    plot = fan.chart()->plotArea();
    QVERIFY(plot.contains(year->mapRectToParent(year->boundingRect())));
    // Beside the marker on its left, since the right is outside.
    QVERIFY(year->pos().x() + year->boundingRect().width() <=
            fan.chart()->mapToPosition(QPointF(2026, 0), fan.targetMarker()).x());
}

// The same measure has the same colour in the wedges and the MACC, in both scenarios of
// the sample, and the sample's 13 measures have 13 colours.
void TestChartsFit::measureKeepsItsColourEverywhere()
{
    PlanReadResult read = PlanJson::readFile(QStringLiteral(":/samples/shenzhen-xinqiao.json"),
                                             &FactorLibraryJson::builtIn());
    QVERIFY(read.plan);
    auto doc = PlanDocument::fromPlan(*read.plan, m_dir.path());
    LiveResults results(doc.get(), FactorLibraryJson::builtIn());
    PathwayPage pathway(doc.get(), &results);
    CostsPage costs(doc.get(), &results);
    pathway.show();
    costs.show();
    auto *wedges = pathway.findChild<WedgeChart *>(QStringLiteral("wedgeChart"));
    auto *macc = costs.findChild<MaccChart *>(QStringLiteral("maccChart"));
    QVERIFY(wedges && macc);
    QCOMPARE(doc->plan().scenarios.size(), 2);
    QHash<QString, QColor> seen;
    int compared = 0;
    for (int s = 0; s < 2; ++s) {
        results.setCurrentScenario(s);
        QCoreApplication::processEvents();
        const QStringList wedgeIds = wedges->wedgeMeasureIds();
        QCOMPARE(wedgeIds.size(), qsizetype(results.currentResult()->measures.size()));
        for (qsizetype i = 0; i < wedgeIds.size(); ++i) {
            const QColor colour = wedges->wedges().at(i)->brush().color();
            if (seen.contains(wedgeIds.at(i)))
                QCOMPARE(colour, seen.value(wedgeIds.at(i))); // the other scenario's
            seen.insert(wedgeIds.at(i), colour);
        }
        const QStringList barIds = macc->barMeasureIds();
        QVERIFY(barIds.size() >= 5);
        for (qsizetype i = 0; i < barIds.size(); ++i) {
            QCOMPARE(macc->bars().at(i)->brush().color(), seen.value(barIds.at(i)));
            ++compared;
        }
    }
    QVERIFY(compared >= 10);
    // The MACC's legend at 1366×768 names every measure whole, inside the chart.
    costs.resize(1366 - 130, 768 - 110);
    QVERIFY(QTest::qWaitForWindowExposed(&costs));
    QCoreApplication::processEvents();
    verifyLegendWhole(macc, macc->legendPanel()->labels());
    QCOMPARE(seen.size(), 13);
    QSet<QRgb> distinct;
    for (const QColor &c : std::as_const(seen))
        distinct.insert(c.rgb());
    QCOMPARE(distinct.size(), 13); // 13 measures, 16 colours: none shared
    // The colour is the measure's place in the plan.
    QCOMPARE(seen.value(doc->plan().measures.at(2).id), ChartPalette::measure(2));
}

// 200 measures: 12 named wedges and one "Other measures (188)"; the wedges still add up to
// BAU − net in every year.
void TestChartsFit::manyMeasuresFoldIntoOtherWedge()
{
    constexpr int kYears = 5;
    constexpr int kMeasures = 200;
    PlanResult r;
    for (int y = 0; y < kYears; ++y)
        r.years.push_back(2024 + y);
    r.bauGross = YearSeries::Constant(kYears, 100000);
    ScenarioResult s;
    s.name = QStringLiteral("Big");
    YearSeries cut = YearSeries::Zero(kYears);
    for (int m = 0; m < kMeasures; ++m) {
        // Measure m cuts (m % 37 + 1) × 0.5 t per year of the plan, times the year's index.
        YearSeries w(kYears);
        for (int y = 0; y < kYears; ++y)
            w[y] = (m % 37 + 1) * 0.5 * y;
        s.measures.push_back(measureResult(QString::number(m), w));
        cut += w;
    }
    s.net = r.bauGross - cut;
    WedgeChart chart;
    chart.resize(1200, 600);
    chart.setResults(r, &s);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.wedges().size(), 13);
    QVERIFY(chart.chart()->series().size() <= 15); // 13 wedges, BAU, net
    QCOMPARE(chart.wedges().last()->name(), QStringLiteral("Other measures (188)"));
    QCOMPARE(chart.wedgeMeasureIds().last(), QString());
    // The named ones are the largest: m % 37 == 36 (m = 36, 73, 110, 147, 184) then 35 …
    QVERIFY(chart.wedgeMeasureIds().contains(QStringLiteral("36")));
    QVERIFY(chart.wedgeMeasureIds().contains(QStringLiteral("184")));
    QVERIFY(!chart.wedgeMeasureIds().contains(QStringLiteral("0")));
    // Σ (upper − lower) over the wedges = BAU − net, year by year (here 0, 1 × …, 4 × Σ).
    for (int y = 0; y < kYears; ++y) {
        double sum = 0;
        for (QAreaSeries *w : chart.wedges())
            sum += w->upperSeries()->points().at(y).y() - w->lowerSeries()->points().at(y).y();
        QVERIFY2(std::abs(sum - (r.bauGross[y] - s.net[y])) < 1e-6,
                 qPrintable(QString::number(sum, 'f', 9)));
    }
    // Σ_m (m % 37 + 1) × 0.5 over 200 measures: 5 full rounds of 1..37 (5 × 703 = 3515)
    // plus 1..15 (120) = 3635, × 0.5 = 1817.5 per year index; in 2028 (index 4): 7270.
    QCOMPARE(r.bauGross[4] - s.net[4], 7270.0);
    // The stack reaches BAU at the top.
    QCOMPARE(chart.wedges().first()->upperSeries()->points().at(4).y(), 100000.0);
    QCOMPARE(chart.legendPanel()->labels().size(), 15);
    // 10,000 measures make no more series.
    for (int m = kMeasures; m < 10000; ++m)
        s.measures.push_back(measureResult(QString::number(m), YearSeries::Zero(kYears)));
    chart.setResults(r, &s);
    QCOMPARE(chart.wedges().size(), 13);
    QCOMPARE(chart.wedges().last()->name(), QStringLiteral("Other measures (9,988)"));
}

// 200 MACC bars: the 12 widest keep their own series, the others share one stepped series
// drawn in their places on the curve.
void TestChartsFit::manyMeasuresFoldIntoOtherBars()
{
    std::vector<MaccPoint> points;
    double total = 0;
    for (int m = 0; m < 200; ++m) {
        // Width m + 1 t (so 189..200 are the 12 widest), cost m − 100 per tonne.
        points.push_back(
            {QString::number(m), QStringLiteral("M%1").arg(m), double(m + 1), double(m - 100)});
        total += m + 1;
    }
    MaccChart chart;
    chart.setPoints(points, QStringLiteral("CNY"));
    QCOMPARE(chart.bars().size(), 12);
    QVERIFY(chart.otherBars()->isVisible());
    QCOMPARE(chart.otherBars()->name(), QStringLiteral("Other measures (188)"));
    QVERIFY(chart.chart()->series().size() <= 13);
    QCOMPARE(chart.barMeasureIds().first(), QStringLiteral("188"));
    // Cheapest first: bar 188 starts after the widths of 0..187, Σ (m + 1) = 188 × 189 / 2.
    QCOMPARE(chart.bars().first()->upperSeries()->points().first().x(), 17766.0);
    // The other bars' outline ends where the curve does (Σ 1..200 = 20,100 t).
    QCOMPARE(total, 20100.0);
    QCOMPARE(chart.otherBars()->upperSeries()->points().last().x(), 20100.0);
    // Hovering the other bars names the one under the cursor: 0.5 t is bar 0 (0..1).
    emit chart.otherBars()->hovered(QPointF(0.5, -50), true);
    QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("<b>M0</b>")));
    // Few bars again: every bar named, no other series.
    chart.setPoints({points.front(), points.back()}, QStringLiteral("CNY"));
    QCOMPARE(chart.bars().size(), 2);
    QVERIFY(!chart.otherBars()->isVisible());
}

// Two parameters sharing a key ("share") and two of one measure get labels that differ,
// name the parameter as the catalogue does, and are drawn whole; the axis is centred on the
// base, so bars of a few tonnes around a base of thousands still show.
void TestChartsFit::tornadoLabelsWholeDistinctAndCentred()
{
    TornadoChart chart;
    chart.resize(600, 500);
    SensitivityResult r;
    r.targetYear = 2030;
    r.baseNet = 5000;
    r.bars = {{QStringLiteral("green"), QStringLiteral("Green power with a long name to wrap"),
               QStringLiteral("share"), 0.2, 0.3, 0.5, 5010, 4980},
              {QStringLiteral("custom"), QStringLiteral("Green power with a long name to wrap"),
               QStringLiteral("share"), 0.4, 0.6, 0.8, 5008, 4990},
              {QStringLiteral("solar"), QStringLiteral("屋顶与车棚分布式光伏"),
               QStringLiteral("capacity_kwp"), 50, 100, 150, 5006, 4995}};
    chart.setMeasureKinds({{QStringLiteral("green"), MeasureKind::GreenPower},
                           {QStringLiteral("custom"), MeasureKind::Custom},
                           {QStringLiteral("solar"), MeasureKind::RooftopSolar}});
    chart.setSensitivity(r);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();
    const QStringList labels = chart.rowLabels();
    QCOMPARE(labels.size(), 3);
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), 3);
    for (const QString &label : labels)
        QVERIFY2(!label.endsWith(QStringLiteral(" share")) &&
                     !label.endsWith(QStringLiteral("capacity_kwp")),
                 qPrintable(label));
    // The same measure name and the same key, two kinds: the catalogue's two names.
    QCOMPARE(labels.at(0),
             QStringLiteral("Green power with a long name to wrap — Share bought green"));
    QCOMPARE(labels.at(1),
             QStringLiteral("Green power with a long name to wrap — Share of activity cut"));
    // Drawn: every word of the label, on the chart, left of the plot.
    const QRectF plot = chart.chart()->plotArea();
    for (int k = 0; k < 3; ++k) {
        QGraphicsTextItem *text = chart.rowLabelItems().at(k);
        QVERIFY(text->isVisible());
        QCOMPARE(text->toPlainText().replace(QLatin1Char('\n'), QStringLiteral(" — ")),
                 labels.at(k));
        const QRectF box = text->mapRectToParent(text->boundingRect());
        QVERIFY(box.right() <= plot.left());
        QVERIFY(box.left() >= 0);
    }
    // Centred on 5,000: the reach is 20 t (4,980 … 5,010), not 0 … 5,010.
    const double low = chart.tonnesAxis()->min();
    const double high = chart.tonnesAxis()->max();
    QVERIFY(low <= 4980 && high >= 5010);
    QVERIFY2(high - low <= 100, qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
    QVERIFY(std::abs((low + high) / 2 - 5000) <= 10);
    QVERIFY(!chart.tonnesAxis()->titleText().isEmpty());
    QVERIFY(chart.legendPanel()->labels().contains(QStringLiteral("Figure at its low value")));
}

QTEST_MAIN(TestChartsFit)
#include "TestChartsFit.moc"
