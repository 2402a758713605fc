// Every chart in views/charts fed with small hand-made results: whole-year axes, series named
// as the user named things, points equal to the input, empty states, MACC widths, tornado order.
#include "charts/CumulativeChart.h"
#include "charts/FanChart.h"
#include "charts/MaccChart.h"
#include "charts/PathwayChart.h"
#include "charts/RampChart.h"
#include "charts/SectorDonutChart.h"
#include "charts/TornadoChart.h"
#include "charts/WedgeChart.h"

#include <QAreaSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <QtTest>
#include <cmath>

using namespace zeroplan;

namespace {

YearSeries series(std::initializer_list<double> values)
{
    YearSeries s(Eigen::Index(values.size()));
    Eigen::Index i = 0;
    for (const double v : values)
        s[i++] = v;
    return s;
}

// The points of a line equal (firstYear + i, values[i]) exactly.
bool samePoints(const QList<QPointF> &points, int firstYear, const YearSeries &values)
{
    if (points.size() != values.size())
        return false;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (qAbs(points[i].x() - (firstYear + double(i))) > 1e-9 ||
            qAbs(points[i].y() - values[i]) > 1e-9)
            return false;
    }
    return true;
}

bool isWhole(double v)
{
    return qAbs(v - std::round(v)) < 1e-9;
}

// A year axis whose labels and ticks can only be whole years.
void verifyYearAxis(const QValueAxis *axis, int first, int last)
{
    QCOMPARE(axis->labelFormat(), QStringLiteral("%d"));
    QCOMPARE(axis->min(), double(first));
    QCOMPARE(axis->max(), double(last));
    QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
    QVERIFY(isWhole(axis->tickInterval()) && axis->tickInterval() >= 1);
    QVERIFY(isWhole(axis->tickAnchor()));
    QCOMPARE(axis->minorTickCount(), 0);
}

// Two scenarios over 2024–2030; the second reaches net zero in 2029 with sinks and credits.
PlanResult twoScenarios()
{
    PlanResult r;
    r.years = {2024, 2025, 2026, 2027, 2028, 2029, 2030};
    r.bauGross = series({100, 102, 104, 106, 108, 110, 112});
    ScenarioResult a;
    a.name = QStringLiteral("稳健");
    a.gross = series({100, 95, 90, 85, 80, 75, 70});
    a.sinks = YearSeries::Zero(7);
    a.credits = YearSeries::Zero(7);
    a.net = a.gross;
    ScenarioResult b;
    b.name = QStringLiteral("Ambitious");
    b.gross = series({100, 80, 60, 40, 20, 10, 5});
    b.sinks = series({0, 1, 2, 3, 4, 5, 6});
    b.credits = series({0, 0, 0, 2, 2, 5, 5});
    b.net = b.gross - b.sinks - b.credits;
    b.neutralityYear = 2029; // net 100, 79, 58, 35, 14, 0, −6: ≤ 0 from 2029 on
    b.neutralFrom = 2029;
    r.scenarios = {a, b};
    return r;
}

Plan twoScenarioPlan()
{
    Plan plan;
    plan.community.baseYear = 2024;
    plan.community.horizonEnd = 2030;
    plan.community.targets.neutralityYear = 2030;
    plan.community.targets.interim = {InterimTarget{2027, 0.4}};
    plan.activities = {ActivityLine{}}; // a baseline: without one the chart says to add it
    plan.scenarios = {Scenario{QStringLiteral("稳健"), {}, {}},
                      Scenario{QStringLiteral("Ambitious"), {}, {}}};
    return plan;
}

MeasureResult measure(const QString &name, const YearSeries &wedge, const YearSeries &sink,
                      const YearSeries &credit)
{
    MeasureResult m;
    m.name = name;
    m.wedge = wedge;
    m.sink = sink;
    m.credit = credit;
    return m;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void rampShowsAdoptionInPercent();
    void donutNamesSectorsAndTotal();
    void pathwayDrawsEveryScenarioAndTarget();
    void pathwayReusesSeries();
    void pathwayWithoutNeutrality();
    void wedgesStackFromNetToBau();
    void wedgeEmptyStates();
    void cumulativeAgainstBudget();
    void maccBarsHaveCumulativeWidths();
    void maccDrawsCreditsApartAfterTheCurve();
    void pathwayMarksTheYearNeutralityHoldsFrom();
    void tornadoPutsLargestSwingOnTop();
    void fanBandsAndEmptyState();
    void yearAxisTicksForLongHorizon();
    void streamedDataDrawsFastThenSharp();
};

void TestCharts::rampShowsAdoptionInPercent()
{
    RampChart chart;
    QVERIFY(chart.isShowingEmptyMessage());
    chart.setAdoption(2024, series({0, 0.25, 0.5, 1.0}));
    QVERIFY(!chart.isShowingEmptyMessage());
    QVERIFY(samePoints(chart.adoptionSeries()->points(), 2024, series({0, 25, 50, 100})));
    verifyYearAxis(chart.yearAxis(), 2024, 2027);
    // The ramp chart sits small beside the form: at most three year labels, so none is cut
    // to "…". 2024–2027 takes a tick every 2 years, back from the last year (2025, 2027);
    // 2023–2060 every 20 (2040, 2060): the horizon's end is always labelled.
    QCOMPARE(chart.yearAxis()->tickInterval(), 2.0);
    QCOMPARE(chart.yearAxis()->tickAnchor(), 2027.0);
    chart.setAdoption(2023, YearSeries::Constant(38, 1.0));
    QCOMPARE(chart.yearAxis()->tickInterval(), 20.0);
    QCOMPARE(chart.yearAxis()->tickAnchor(), 2060.0);
    QCOMPARE(chart.yearAxis()->max(), 2060.0);
    // A horizon ending in 2053: 2033 and 2053 labelled, never 2040 alone.
    chart.setAdoption(2023, YearSeries::Constant(31, 1.0));
    QCOMPARE(chart.yearAxis()->max(), 2053.0);
    QCOMPARE(chart.yearAxis()->tickAnchor(), 2053.0);
    QCOMPARE(chart.shareAxis()->min(), 0.0);
    QCOMPARE(chart.shareAxis()->max(), 100.0);
    QVERIFY(chart.shareAxis()->titleText().contains(QLatin1Char('%')));
    chart.setAdoption(2024, YearSeries());
    QVERIFY(chart.isShowingEmptyMessage());
}

void TestCharts::donutNamesSectorsAndTotal()
{
    SectorDonutChart chart;
    chart.setSectors({{Sector::Waste, 0}});
    QVERIFY(chart.isShowingEmptyMessage());
    chart.setSectors(
        {{Sector::StationaryEnergy, 300}, {Sector::Transport, 100}, {Sector::AFOLU, -50}});
    QVERIFY(!chart.isShowingEmptyMessage());
    // The sink cannot be a slice; shares are of the 400 t that are: 75 % and 25 %.
    const QList<QPieSlice *> slices = chart.pieSeries()->slices();
    QCOMPARE(slices.size(), 2);
    QCOMPARE(slices[0]->value(), 300.0);
    QVERIFY(slices[0]->label().contains(sectorName(Sector::StationaryEnergy)));
    QVERIFY(slices[0]->label().contains(QStringLiteral("75")));
    QVERIFY(slices[1]->label().contains(sectorName(Sector::Transport)));
    QVERIFY(slices[1]->label().contains(QStringLiteral("25")));
    QVERIFY(chart.totalText().contains(QStringLiteral("350"))); // 300 + 100 − 50
    chart.setSectors({});
    QVERIFY(chart.isShowingEmptyMessage());
}

void TestCharts::pathwayDrawsEveryScenarioAndTarget()
{
    PathwayChart chart;
    QVERIFY(chart.isShowingEmptyMessage());
    const PlanResult r = twoScenarios();
    chart.setResults(twoScenarioPlan(), r, 1);
    QVERIFY(!chart.isShowingEmptyMessage());
    verifyYearAxis(chart.yearAxis(), 2024, 2030);
    QVERIFY(chart.tonnesAxis()->titleText().contains(QStringLiteral("tCO₂e/yr")));
    QCOMPARE(chart.netSeries().size(), 2);
    QCOMPARE(chart.netSeries()[0]->name(), QStringLiteral("稳健"));
    QCOMPARE(chart.netSeries()[1]->name(), QStringLiteral("Ambitious"));
    QVERIFY(samePoints(chart.netSeries()[0]->points(), 2024, r.scenarios[0].net));
    QVERIFY(samePoints(chart.netSeries()[1]->points(), 2024, r.scenarios[1].net));
    QVERIFY(chart.netSeries()[1]->pen().widthF() > chart.netSeries()[0]->pen().widthF());
    QVERIFY(samePoints(chart.bauSeries()->points(), 2024, r.bauGross));
    QCOMPARE(chart.bauSeries()->pen().style(), Qt::DashLine);
    // Gross, sinks and credits of the current scenario apart: sinks from 0 down to −sinks,
    // credits below them.
    QVERIFY(chart.grossSeries()->isVisible());
    QVERIFY(samePoints(chart.grossSeries()->points(), 2024, r.scenarios[1].gross));
    QVERIFY(samePoints(chart.sinksArea()->lowerSeries()->points(), 2024, -r.scenarios[1].sinks));
    QVERIFY(samePoints(chart.creditsArea()->lowerSeries()->points(), 2024,
                       -r.scenarios[1].sinks - r.scenarios[1].credits));
    // Target path: 100 t in 2024, −40 % of it (60 t) in 2027, 0 in 2030.
    QCOMPARE(chart.targetSeries()->name(), QStringLiteral("Target path"));
    const QList<QPointF> target{QPointF(2024, 100), QPointF(2027, 60), QPointF(2030, 0)};
    QCOMPARE(chart.targetSeries()->points(), target);
    QVERIFY(chart.neutralityMarker()->isVisible());
    QCOMPARE(chart.neutralityMarker()->name(), QStringLiteral("Neutral from 2029"));
    QCOMPARE(chart.neutralityMarker()->points().front().x(), 2029.0);
    // Nice round value axis from the lowest stacked credit (−11) to BAU's 112.
    QVERIFY(chart.tonnesAxis()->min() <= -11 && chart.tonnesAxis()->max() >= 112);
    QVERIFY(isWhole(chart.tonnesAxis()->max() / 20) || isWhole(chart.tonnesAxis()->max() / 25));
    QVERIFY(!chart.grab().isNull());
}

void TestCharts::pathwayReusesSeries()
{
    PathwayChart chart;
    PlanResult r = twoScenarios();
    const Plan plan = twoScenarioPlan();
    chart.setResults(plan, r, 0);
    const QList<QLineSeries *> before = chart.netSeries();
    r.scenarios[0].net[3] = 42;
    chart.setResults(plan, r, 0);
    QCOMPARE(chart.netSeries(), before); // same objects: new points only
    QCOMPARE(chart.netSeries()[0]->at(3).y(), 42.0);
    // The scenario without sinks or credits: no gross line, no sink areas.
    QVERIFY(!chart.grossSeries()->isVisible());
    QVERIFY(!chart.sinksArea()->isVisible());
    QVERIFY(!chart.neutralityMarker()->isVisible());
    r.scenarios.pop_back();
    Plan onePlan = plan;
    onePlan.scenarios.removeLast();
    chart.setResults(onePlan, r, 0);
    QCOMPARE(chart.netSeries().size(), 1);
    QCOMPARE(chart.chart()->series().count(chart.netSeries()[0]), 1);
}

void TestCharts::pathwayWithoutNeutrality()
{
    PathwayChart chart;
    Plan plan = twoScenarioPlan();
    plan.community.targets = Targets{};
    chart.setResults(plan, twoScenarios(), 1);
    QVERIFY(PathwayChart::targetPath(plan, twoScenarios()).isEmpty());
    QVERIFY(!chart.targetSeries()->isVisible());
    chart.setResults(plan, PlanResult{}, -1);
    QVERIFY(chart.isShowingEmptyMessage());
    plan.activities.clear();
    chart.setResults(plan, twoScenarios(), 1);
    QCOMPARE(chart.emptyMessage(),
             QStringLiteral("Add activity lines on the Baseline page to see the pathway."));
}

void TestCharts::wedgesStackFromNetToBau()
{
    PlanResult r;
    r.years = {2024, 2025, 2026};
    r.bauGross = series({100, 100, 100});
    ScenarioResult s;
    s.name = QStringLiteral("全面");
    s.measures = {measure(QStringLiteral("屋顶光伏"), series({0, 10, 20}), YearSeries::Zero(3),
                          YearSeries::Zero(3)),
                  measure(QStringLiteral("Trees & credits"), series({0, 0, 5}), series({0, 2, 4}),
                          series({0, 1, 1}))};
    // net = BAU − all abatement: 100, 87, 70
    s.net = series({100, 87, 70});
    WedgeChart chart;
    chart.setResults(r, &s);
    QVERIFY(!chart.isShowingEmptyMessage());
    verifyYearAxis(chart.yearAxis(), 2024, 2026);
    QCOMPARE(chart.wedges().size(), 2);
    QCOMPARE(chart.wedges()[0]->name(), QStringLiteral("屋顶光伏"));
    // Escaped: Qt Charts draws legends as rich text, so the legend shows "Trees & credits"
    // as typed, and a name like "<b>x</b>" is never taken for markup.
    QCOMPARE(chart.wedges()[1]->name(), QStringLiteral("Trees &amp; credits"));
    // The last measure sits on the net line (70 + 10 in 2026), the first reaches BAU (100).
    QVERIFY(samePoints(chart.wedges()[1]->lowerSeries()->points(), 2024, s.net));
    QVERIFY(samePoints(chart.wedges()[1]->upperSeries()->points(), 2024, series({100, 90, 80})));
    QVERIFY(samePoints(chart.wedges()[0]->lowerSeries()->points(), 2024, series({100, 90, 80})));
    QVERIFY(samePoints(chart.wedges()[0]->upperSeries()->points(), 2024, r.bauGross));
    chart.resize(800, 500); // the legend is laid out for the chart's size
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(
        chart.legendPanel()->labels(),
        (QStringList{QStringLiteral("屋顶光伏"), QStringLiteral("Trees & credits"),
                     QStringLiteral("Business as usual"), QStringLiteral("全面 — net emissions")}));
    QCOMPARE(chart.tonnesAxis()->min(), 0.0);
    QVERIFY(chart.tonnesAxis()->titleText().contains(QStringLiteral("tCO₂e/yr")));
}

void TestCharts::wedgeEmptyStates()
{
    WedgeChart chart;
    PlanResult r = twoScenarios();
    chart.setResults(r, &r.scenarios[0]); // no measures
    QCOMPARE(chart.emptyMessage(),
             QStringLiteral("Add a measure to this scenario to see its wedge."));
    QVERIFY(!chart.grab().isNull()); // the message is drawn instead of the chart
    r.scenarios[0].measures = {measure(QStringLiteral("LED"), YearSeries::Ones(7),
                                       YearSeries::Zero(7), YearSeries::Zero(7))};
    chart.setResults(r, &r.scenarios[0]);
    QVERIFY(!chart.isShowingEmptyMessage());
    chart.setResults(r, nullptr);
    QVERIFY(chart.isShowingEmptyMessage());
}

void TestCharts::cumulativeAgainstBudget()
{
    CumulativeChart chart;
    const PlanResult r = twoScenarios();
    ScenarioResult s = r.scenarios[1];
    s.cumulativeNet = series({100, 179, 237, 272, 286, 286, 275});
    // Without a budget the sums are drawn all the same, with no budget line (issue 14).
    chart.resize(800, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setResults(r, &s, std::nullopt);
    QVERIFY(!chart.isShowingEmptyMessage());
    QVERIFY(samePoints(chart.cumulativeSeries()->points(), 2024, s.cumulativeNet));
    QVERIFY(!chart.budgetSeries()->isVisible());
    QVERIFY(!chart.legendPanel()
                 ->labels()
                 .join(QLatin1Char('|'))
                 .contains(QStringLiteral("Carbon budget")));
    chart.setResults(r, nullptr, std::nullopt);
    QVERIFY(chart.isShowingEmptyMessage());
    chart.setResults(r, &s, 250.0);
    QVERIFY(chart.budgetSeries()->isVisible());
    QVERIFY(!chart.isShowingEmptyMessage());
    verifyYearAxis(chart.yearAxis(), 2024, 2030);
    QVERIFY(samePoints(chart.cumulativeSeries()->points(), 2024, s.cumulativeNet));
    const QList<QPointF> budget{QPointF(2024, 250), QPointF(2027, 250), QPointF(2030, 250)};
    QCOMPARE(chart.budgetSeries()->points(), budget);
    QVERIFY(chart.budgetSeries()->name().contains(QStringLiteral("250")));
    // BAU summed: 100 + 102 + … + 112 = 742 in 2030.
    QCOMPARE(chart.bauSeries()->points().back().y(), 742.0);
    QCOMPARE(chart.tonnesAxis()->min(), 0.0);
    QVERIFY(chart.tonnesAxis()->max() >= 742);
    QVERIFY(chart.tonnesAxis()->titleText().contains(QStringLiteral("tCO₂e")));
}

// Credits bought are not abatement: hatched bars after the last measure, named as credits.
void TestCharts::maccDrawsCreditsApartAfterTheCurve()
{
    MaccChart chart;
    // Curve: LED (−20/t, 300 t) 0–300, trees (40/t, 100 t) 300–400; then credits, cheapest
    // first: CCER (60/credit, 200 t) 400–600, VCS (90/credit, 50 t) 600–650.
    chart.setPoints({{QStringLiteral("trees"), QStringLiteral("Trees"), 100, 40},
                     {QStringLiteral("led"), QStringLiteral("LED"), 300, -20}},
                    QStringLiteral("CNY"),
                    {{QStringLiteral("vcs"), QStringLiteral("VCS"), 50, 90},
                     {QStringLiteral("ccer"), QStringLiteral("CCER"), 200, 60}});
    QCOMPARE(chart.bars().size(), 2);
    QCOMPARE(chart.creditBars().size(), 2);
    QCOMPARE(chart.bars().back()->upperSeries()->points().back().x(), 400.0);
    const double left[] = {400, 600};
    const double right[] = {600, 650};
    const double price[] = {60, 90};
    const QStringList names{QStringLiteral("CCER"), QStringLiteral("VCS")};
    for (int i = 0; i < 2; ++i) {
        QAreaSeries *bar = chart.creditBars()[i];
        const QList<QPointF> upper = bar->upperSeries()->points();
        QCOMPARE(upper.front().x(), left[i]);
        QCOMPARE(upper.back().x(), right[i]);
        QCOMPARE(upper.front().y(), price[i]);
        QCOMPARE(bar->name(), QStringLiteral("Credits: %1").arg(names[i]));
        QCOMPARE(bar->brush().style(), Qt::BDiagPattern); // hatched
    }
    for (QAreaSeries *bar : chart.bars()) {
        QCOMPARE(bar->brush().style(), Qt::SolidPattern);
        QVERIFY(!bar->name().contains(QStringLiteral("credits")));
    }
    QVERIFY(chart.tonnesAxis()->max() >= 650);
    QCOMPARE(chart.tonnesAxis()->titleText(),
             QStringLiteral("Abated, then credits bought (tCO₂e)"));
    // Credits alone still draw (no empty message), and without credits the axis says nothing
    // of them.
    chart.setPoints({}, QStringLiteral("CNY"),
                    {{QStringLiteral("ccer"), QStringLiteral("CCER"), 200, 60}});
    QVERIFY(!chart.isShowingEmptyMessage());
    QCOMPARE(chart.bars().size(), 0);
    QCOMPARE(chart.creditBars().size(), 1);
    chart.setPoints({{QStringLiteral("led"), QStringLiteral("LED"), 300, -20}},
                    QStringLiteral("CNY"));
    QCOMPARE(chart.creditBars().size(), 0);
    QVERIFY(!chart.tonnesAxis()->titleText().contains(QStringLiteral("credits")));
    QVERIFY(!chart.grab().isNull());
}

// Net dips to zero in 2026 and rises again; it stays ≤ 0 only from 2029: the marker says 2029.
void TestCharts::pathwayMarksTheYearNeutralityHoldsFrom()
{
    PathwayChart chart;
    PlanResult r = twoScenarios();
    r.scenarios[1].neutralityYear = 2026;
    r.scenarios[1].neutralFrom = 2029;
    chart.setResults(twoScenarioPlan(), r, 1);
    QVERIFY(chart.neutralityMarker()->isVisible());
    QCOMPARE(chart.neutralityMarker()->name(), QStringLiteral("Neutral from 2029"));
    QCOMPARE(chart.neutralityMarker()->points().front().x(), 2029.0);
    // Reached once but never held: no marker.
    r.scenarios[1].neutralFrom.reset();
    chart.setResults(twoScenarioPlan(), r, 1);
    QVERIFY(!chart.neutralityMarker()->isVisible());
}

void TestCharts::maccBarsHaveCumulativeWidths()
{
    MaccChart chart;
    chart.setPoints({}, QStringLiteral("CNY"));
    QVERIFY(chart.isShowingEmptyMessage());
    // Cheapest first: B (−20/t, 300 t) from 0 to 300, D (10/t, 50 t) to 350, A (50/t, 100 t)
    // to 450; C abates nothing and gets no bar.
    chart.setPoints({{QStringLiteral("a"), QStringLiteral("社区光伏"), 100, 50},
                     {QStringLiteral("b"), QStringLiteral("LED"), 300, -20},
                     {QStringLiteral("c"), QStringLiteral("Nothing"), 0, 5},
                     {QStringLiteral("d"), QStringLiteral("Compost"), 50, 10}},
                    QStringLiteral("CNY"));
    QVERIFY(!chart.isShowingEmptyMessage());
    const QList<QAreaSeries *> bars = chart.bars();
    QCOMPARE(bars.size(), 3);
    const QStringList names{QStringLiteral("LED"), QStringLiteral("Compost"),
                            QStringLiteral("社区光伏")};
    const double left[] = {0, 300, 350};
    const double right[] = {300, 350, 450};
    const double cost[] = {-20, 10, 50};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(bars[i]->name(), names[i]);
        const QList<QPointF> upper = bars[i]->upperSeries()->points();
        const QList<QPointF> lower = bars[i]->lowerSeries()->points();
        QCOMPARE(upper.front().x(), left[i]);
        QCOMPARE(upper.back().x(), right[i]);
        QCOMPARE(upper.front().y(), cost[i]);
        QCOMPARE(lower.front().y(), 0.0);
        QVERIFY(bars[i]->brush().color() != bars[(i + 1) % 3]->brush().color());
    }
    QVERIFY(chart.costAxis()->min() <= -20 && chart.costAxis()->max() >= 50);
    QVERIFY(chart.costAxis()->titleText().contains(QStringLiteral("CNY/tCO₂e")));
    QCOMPARE(chart.tonnesAxis()->min(), 0.0);
    QVERIFY(chart.tonnesAxis()->max() >= 450);
    QVERIFY(chart.tonnesAxis()->titleText().contains(QStringLiteral("tCO₂e")));
    chart.setPoints({{QStringLiteral("b"), QStringLiteral("LED"), 300, -20}},
                    QStringLiteral("CNY"));
    QCOMPARE(chart.bars().size(), 1);
    QCOMPARE(chart.bars()[0], bars[0]); // kept, not rebuilt
}

void TestCharts::tornadoPutsLargestSwingOnTop()
{
    TornadoChart chart;
    QVERIFY(chart.isShowingEmptyMessage());
    SensitivityResult r;
    r.targetYear = 2050;
    r.baseNet = 1000;
    // swings: 100, 500, 300
    r.bars = {{QStringLiteral("solar"), QStringLiteral("屋顶光伏"), QStringLiteral("capacity_kwp"),
               50, 100, 150, 1050, 950},
              {QStringLiteral("green"), QStringLiteral("Green power"), QStringLiteral("share"), 0.2,
               0.3, 0.5, 1200, 700},
              {QStringLiteral("hp"), QStringLiteral("Heat pumps"), QStringLiteral("cop"), 2.5, 3, 4,
               1100, 800}};
    chart.setMeasureKinds({{QStringLiteral("green"), MeasureKind::GreenPower}});
    chart.setSensitivity(r, 10);
    QVERIFY(!chart.isShowingEmptyMessage());
    const QStringList expected{
        QStringLiteral("Green power — Share bought green"),
        QStringLiteral("Heat pumps — Seasonal COP"),
        QStringLiteral("屋顶光伏 — Installed capacity"),
    };
    QCOMPARE(chart.rowLabels(), expected);
    // The top bar: low value at 1200, high at 700, around the base 1000.
    const QList<QPointF> low = chart.lowBars()[0]->upperSeries()->points();
    QCOMPARE(low.front().x(), 1000.0);
    QCOMPARE(low.back().x(), 1200.0);
    const QList<QPointF> high = chart.highBars()[0]->upperSeries()->points();
    QCOMPARE(high.front().x(), 700.0);
    QCOMPARE(high.back().x(), 1000.0);
    QVERIFY(low.front().y() > chart.lowBars()[1]->upperSeries()->points().front().y());
    QCOMPARE(chart.baseLine()->points().front().x(), 1000.0);
    QVERIFY(chart.tonnesAxis()->titleText().contains(QStringLiteral("2050")));
    chart.setSensitivity(r, 2);
    QCOMPARE(chart.rowLabels().size(), 2);
    QCOMPARE(chart.lowBars().size(), 2);
    chart.clear(QStringLiteral("Running…"));
    QCOMPARE(chart.emptyMessage(), QStringLiteral("Running…"));
    QVERIFY(chart.rowLabels().isEmpty());
}

void TestCharts::fanBandsAndEmptyState()
{
    FanChart chart;
    QCOMPARE(chart.emptyMessage(),
             QStringLiteral("Run the analysis to see the range of outcomes."));
    UncertaintyResult u;
    u.samples = 1000;
    u.targetYear = 2026;
    u.pNeutralByTarget = 0.25;
    u.net.p5 = series({80, 40, -10});
    u.net.p25 = series({90, 55, 5});
    u.net.p50 = series({100, 60, 10});
    u.net.p75 = series({110, 70, 20});
    u.net.p95 = series({120, 85, 35});
    chart.setUncertainty(2024, u);
    QVERIFY(!chart.isShowingEmptyMessage());
    verifyYearAxis(chart.yearAxis(), 2024, 2026);
    QVERIFY(samePoints(chart.outerBand()->upperSeries()->points(), 2024, u.net.p95));
    QVERIFY(samePoints(chart.outerBand()->lowerSeries()->points(), 2024, u.net.p5));
    QVERIFY(samePoints(chart.innerBand()->upperSeries()->points(), 2024, u.net.p75));
    QVERIFY(samePoints(chart.innerBand()->lowerSeries()->points(), 2024, u.net.p25));
    QVERIFY(samePoints(chart.medianSeries()->points(), 2024, u.net.p50));
    QVERIFY(chart.outerBand()->brush().color().alpha() <
            chart.innerBand()->brush().color().alpha());
    QCOMPARE(chart.targetMarker()->points().front().x(), 2026.0);
    QVERIFY(chart.tonnesAxis()->min() <= -10 && chart.tonnesAxis()->max() >= 120);
    chart.clear(QString());
    QCOMPARE(chart.emptyMessage(),
             QStringLiteral("Run the analysis to see the range of outcomes."));
    chart.setUncertainty(2024, UncertaintyResult{});
    QVERIFY(chart.isShowingEmptyMessage());
}

void TestCharts::yearAxisTicksForLongHorizon()
{
    // 2024–2060: a tick every 5 years from 2025, so no label is a fraction of a year.
    QValueAxis axis;
    PlanChartView::setupYearAxis(&axis, 2024, 2060);
    verifyYearAxis(&axis, 2024, 2060);
    QCOMPARE(axis.tickInterval(), 5.0);
    QCOMPARE(axis.tickAnchor(), 2025.0);
    // A value axis: the unit in the title, a round range that starts at 0.
    QValueAxis value;
    PlanChartView::setupValueAxis(&value, QStringLiteral("Emissions (tCO₂e/yr)"), 0, 1234);
    QCOMPARE(value.min(), 0.0);
    QCOMPARE(value.max(), 1250.0); // steps of 250
    QCOMPARE(value.tickCount(), 6);
    QCOMPARE(value.titleText(), QStringLiteral("Emissions (tCO₂e/yr)"));
    QCOMPARE(value.labelFormat(), QStringLiteral("%'.0f")); // "1,250": thousands grouped
    PlanChartView::setupValueAxis(&value, QStringLiteral("Share"), 0, 0.8);
    QCOMPARE(value.max(), 0.8); // steps of 0.2, one decimal
    QCOMPARE(value.labelFormat(), QStringLiteral("%'.1f"));
}

void TestCharts::streamedDataDrawsFastThenSharp()
{
    // A slider drag: results arrive every few milliseconds. The first is drawn antialiased,
    // the following ones without (a tenth of the cost), and the last one sharp again once
    // the stream pauses.
    RampChart chart;
    chart.show();
    QVERIFY(chart.renderHints().testFlag(QPainter::Antialiasing));
    chart.setAdoption(2024, series({0, 0.5, 1}));
    QVERIFY(chart.renderHints().testFlag(QPainter::Antialiasing));
    chart.setAdoption(2024, series({0, 0.6, 1}));
    QVERIFY(!chart.renderHints().testFlag(QPainter::Antialiasing));
    chart.setAdoption(2024, series({0, 0.7, 1}));
    QVERIFY(!chart.renderHints().testFlag(QPainter::Antialiasing));
    QTRY_VERIFY_WITH_TIMEOUT(chart.renderHints().testFlag(QPainter::Antialiasing), 2000);
}

QTEST_MAIN(TestCharts)
#include "TestCharts.moc"
