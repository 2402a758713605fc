// The printed plan's action timeline (issue 14): the time axis always labels the horizon's
// end year, every tick is a whole year and no two labels overlap, and every bar and label
// stays inside the page's text margins, for every sample in both languages and for plans
// with a long (2020–2060) and a short (2024–2030, 2024–2026) horizon. Checked on the layout
// the report paints (PlanReport::paint's Inspect callback).
#include "SampleRows.h"
#include "plan/Plan.h"
#include "report/PlanReport.h"
#include "report/ReportLayout.h"
#include "report/ReportOptions.h"
#include "report/ReportStyle.h"
#include "report/TimelineBlock.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTest>

using namespace zeroplan;

namespace {

Plan sample(const QString &file)
{
    PlanReadResult read =
        PlanJson::readFile(QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/") + file);
    if (!read.plan)
        qFatal("sample %s does not read", qPrintable(file));
    return std::move(*read.plan);
}

// What the timeline checks found, to be compared after the report is painted.
struct TimelineFindings
{
    int axes = 0;
    int rows = 0;
    QStringList problems;
};

// Checks every timeline block of the laid-out report against the plan's horizon.
void inspectTimeline(const ReportLayout &layout, const ReportStyle &style, const Plan &plan,
                     TimelineFindings *found)
{
    const QRectF content = style.content();
    // A tolerance of a hundredth of a millimetre for the sums of device units.
    const qreal eps = style.mm(0.01);
    const auto inside = [&](const QRectF &r, const QRectF &outer) {
        return r.left() >= outer.left() - eps && r.right() <= outer.right() + eps &&
               r.top() >= outer.top() - eps && r.bottom() <= outer.bottom() + eps;
    };
    const auto describe = [](const QRectF &r) {
        return QStringLiteral("[%1, %2]").arg(r.left(), 0, 'f', 1).arg(r.right(), 0, 'f', 1);
    };
    const QFont axisFont = style.font(ReportStyle::Role::TableHeader);
    for (const ReportLayout::Page &page : layout.pages()) {
        for (const ReportLayout::Placement &placed : page) {
            if (!inside(placed.rect, content) &&
                (dynamic_cast<const TimelineAxisBlock *>(placed.block) ||
                 dynamic_cast<const TimelineRowBlock *>(placed.block)))
                found->problems << QStringLiteral("timeline block outside the text area");
            if (const auto *axis = dynamic_cast<const TimelineAxisBlock *>(placed.block)) {
                ++found->axes;
                const QList<TimelineAxisBlock::Tick> ticks = axis->ticks(placed.rect, style);
                if (ticks.isEmpty() || ticks.last().year != plan.community.horizonEnd)
                    found->problems << QStringLiteral("the axis does not end on %1")
                                           .arg(plan.community.horizonEnd);
                for (int i = 0; i < ticks.size(); ++i) {
                    const TimelineAxisBlock::Tick &t = ticks.at(i);
                    if (t.year < plan.community.baseYear || t.year > plan.community.horizonEnd)
                        found->problems
                            << QStringLiteral("tick %1 outside the horizon").arg(t.year);
                    if (!inside(t.label, placed.rect))
                        found->problems << QStringLiteral("label %1 at %2 outside the row %3")
                                               .arg(t.year)
                                               .arg(describe(t.label), describe(placed.rect));
                    if (style.textWidth(axisFont, QString::number(t.year)) > t.label.width())
                        found->problems
                            << QStringLiteral("label %1 wider than its room").arg(t.year);
                    if (i > 0 && (t.year <= ticks.at(i - 1).year ||
                                  t.label.left() < ticks.at(i - 1).label.right() - eps))
                        found->problems << QStringLiteral("labels %1 and %2 overlap")
                                               .arg(ticks.at(i - 1).year)
                                               .arg(t.year);
                }
            }
            if (const auto *row = dynamic_cast<const TimelineRowBlock *>(placed.block)) {
                ++found->rows;
                const TimelineRowBlock::Geometry g = row->geometry(placed.rect, style);
                // The end of the bar area is the end year's tick, computed as the axis does.
                const TimelineAxisBlock axis(
                    std::make_shared<TimelineScale>(
                        TimelineScale{plan.community.baseYear, plan.community.horizonEnd}),
                    QString());
                const qreal endTick = axis.ticks(placed.rect, style).last().x;
                for (const QRectF &part : {g.name, g.detail, g.ramp, g.full}) {
                    if (!part.isEmpty() && !inside(part, placed.rect))
                        found->problems
                            << QStringLiteral("%1: a part at %2 outside the row %3")
                                   .arg(row->bar().name, describe(part), describe(placed.rect));
                }
                if (g.ramp.isEmpty() || g.ramp.right() > endTick + eps ||
                    (!g.full.isEmpty() && g.full.right() > endTick + eps))
                    found->problems << QStringLiteral("%1: the bar runs past the end year")
                                           .arg(row->bar().name);
            }
        }
    }
}

TimelineFindings checkTimeline(const Plan &plan, const QString &language)
{
    ReportOptions options;
    options.language = language;
    options.date = QDate(2026, 12, 4);
    options.uncertaintySamples = 50; // the timeline, not the fan chart, is looked at here
    options.sections = {ReportSection::Timeline};
    TimelineFindings found;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    QString error;
    const bool painted =
        PlanReport::paint(plan, FactorLibraryJson::builtIn(), options, writer, &error,
                          [&](const ReportLayout &layout, const ReportStyle &style) {
                              inspectTimeline(layout, style, plan, &found);
                          });
    if (!painted)
        found.problems << error;
    return found;
}

} // namespace

class TestReportTimeline : public QObject
{
    Q_OBJECT

private slots:
    void samplesStayInsideTheMargins_data();
    void samplesStayInsideTheMargins();
    void horizons_data();
    void horizons();
    void endYearIsLabelledWhereItIsNotRound();
};

void TestReportTimeline::samplesStayInsideTheMargins_data()
{
    zeroplan::test::addSampleLanguageRows();
}

void TestReportTimeline::samplesStayInsideTheMargins()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    const Plan plan = sample(file);
    const TimelineFindings found = checkTimeline(plan, language);
    QVERIFY2(found.problems.isEmpty(), qPrintable(found.problems.join(QLatin1Char('\n'))));
    QVERIFY(found.axes >= 1);
    // One row a measure of the printed scenario; every sample has several.
    QVERIFY(found.rows >= 5);
}

void TestReportTimeline::horizons_data()
{
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "zh_CN"}) {
        QTest::addRow("2020-2060 %s", language) << 2020 << 2060 << QString::fromLatin1(language);
        QTest::addRow("2023-2100 %s", language) << 2023 << 2100 << QString::fromLatin1(language);
        QTest::addRow("2024-2030 %s", language) << 2024 << 2030 << QString::fromLatin1(language);
        QTest::addRow("2024-2026 %s", language) << 2024 << 2026 << QString::fromLatin1(language);
    }
}

// The Shenzhen sample set to another horizon: its measures start from 2024 to 2027 and some
// ramp for more than ten years, so on the short horizons bars run past the end year and
// (2024–2026) measures start after it; they are drawn to the end of the axis, not beyond.
void TestReportTimeline::horizons()
{
    QFETCH(int, base);
    QFETCH(int, end);
    QFETCH(QString, language);
    Plan plan = sample(QStringLiteral("shenzhen-xinqiao.json"));
    plan.community.baseYear = base;
    plan.community.horizonEnd = end;
    const TimelineFindings found = checkTimeline(plan, language);
    QVERIFY2(found.problems.isEmpty(), qPrintable(found.problems.join(QLatin1Char('\n'))));
    QVERIFY(found.axes >= 1);
    QVERIFY(found.rows >= 5);
}

// 2023–2048: a span of 25 years labels every fifth year (ChartAxes::yearTickInterval), and
// 2048 is no multiple of five; it is labelled, and 2045, three years before it, is left out
// only if the two labels would overlap. The 2020–2060 axis labels 2020, 2025, …, 2060:
// nine labels of about 10 mm in a bar area of about 110 mm, all whole years.
void TestReportTimeline::endYearIsLabelledWhereItIsNotRound()
{
    QPdfWriter writer(QStringLiteral("/dev/null"));
    writer.setResolution(600);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    const ReportStyle style(&writer);
    const QRectF row(style.content().left(), 0, style.content().width(), style.mm(8));

    const TimelineScale odd{2023, 2048};
    const QList<int> oddYears = odd.tickYears(row, style);
    QCOMPARE(oddYears.last(), 2048);
    QCOMPARE(oddYears.first(), 2025);
    QVERIFY(oddYears.contains(2040));
    const qreal gap = odd.xOfYear(row, style, 2048) - odd.xOfYear(row, style, 2045);
    QCOMPARE(oddYears.contains(2045), gap >= TimelineScale::yearLabelWidth(style));
    // The end year's tick is at the end of the bar area, half a label inside the margin.
    QCOMPARE(odd.xOfYear(row, style, 2048), odd.barRight(row, style));
    QVERIFY(odd.barRight(row, style) + TimelineScale::yearLabelWidth(style) / 2 <=
            row.right() + style.mm(0.01));

    const TimelineScale round{2020, 2060};
    QCOMPARE(round.tickYears(row, style),
             QList<int>({2020, 2025, 2030, 2035, 2040, 2045, 2050, 2055, 2060}));
}

QTEST_MAIN(TestReportTimeline)
#include "TestReportTimeline.moc"
