// The printed plan as a committee reads it (issue 14): no figure breaks over two lines in a
// table cell (the total NPV printed as "-4,333,63 / 2"), measured through the layout itself
// for every sample in both languages; a column too narrow for its figures takes the width
// from text, and a table too wide for the page is set smaller; the summary page is filled; a
// measure's heading doesn't repeat its kind; "What this means for residents" is written and
// offered in its place, between the action timeline and the assumptions.
#include "SampleRows.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"
#include "report/PlanReport.h"
#include "report/ReportLayout.h"
#include "report/ReportOptions.h"
#include "report/ReportSections.h"
#include "report/ReportStyle.h"
#include "report/TableBlock.h"
#include "report/TextBlock.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QBuffer>
#include <QHash>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
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

// The report of `plan` painted into a PDF in memory, `inspect` called on its laid-out pages.
bool paint(const Plan &plan, const ReportOptions &options, const PlanReport::Inspect &inspect,
           QByteArray *pdf = nullptr)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    bool painted = false;
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(600);
        painted =
            PlanReport::paint(plan, FactorLibraryJson::builtIn(), options, writer, &error, inspect);
    }
    if (pdf)
        *pdf = bytes;
    return painted;
}

ReportOptions options(const QString &language)
{
    ReportOptions o;
    o.language = language;
    o.date = QDate(2026, 12, 4);
    o.uncertaintySamples = 200; // the tables, not the fan chart, are what is looked at here
    return o;
}

} // namespace

class TestReportTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresNeverWrap_data();
    void figuresNeverWrap();
    void narrowColumnTakesWidthFromText();
    void tooWideATableIsSetSmaller();
    void measureHeadingWithoutTheRepeatedKind();
    void summaryFillsItsPage();
    void residentsChapterHasItsPlace();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<ReportStyle> m_style;
};

void TestReportTables::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_writer = std::make_unique<QPdfWriter>(m_dir.filePath(QStringLiteral("style.pdf")));
    m_writer->setResolution(600);
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_style = std::make_unique<ReportStyle>(m_writer.get());
}

void TestReportTables::figuresNeverWrap_data()
{
    zeroplan::test::addSampleLanguageRows();
}

// Every cell of every printed table that is a figure ("-2,674,242", "433.4", "601 元/tCO₂e",
// "45.3%") is one line no wider than the room inside its cell, and no table is wider than
// the page's text; in the baseline's sector table and the Costs table, each column's numbers
// have the same places in every row.
void TestReportTables::figuresNeverWrap()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QStringList wrapped;
    int figures = 0;
    int tables = 0;
    // The tables whose rows are one quantity (the baseline's sectors, the Costs table): each
    // column's numbers with the same places in every row ("79.5%" … "100.0%"; "0.0" … "433.4").
    QHash<const TableColumns *, QHash<int, QSet<int>>> places;
    const QRegularExpression plain(QStringLiteral("^[-−]?[\\d,]+(?:\\.(\\d+))?%?$"));
    const auto uniform = [](const TableColumns &columns) {
        const QStringList header =
            columns.rows.isEmpty() ? QStringList() : columns.rows.first().cells;
        for (const QString &cell : header) {
            for (const char *mark : {"Share", "NPV (", "占比", "净现值"}) {
                if (cell.startsWith(QString::fromUtf8(mark)))
                    return true;
            }
        }
        return false;
    };
    const bool painted = paint(
        sample(file), options(language), [&](const ReportLayout &layout, const ReportStyle &style) {
            const qreal tolerance = style.mm(0.05);
            const TableColumns *last = nullptr;
            for (const ReportLayout::Page &page : layout.pages()) {
                for (const ReportLayout::Placement &p : page) {
                    const auto *row = dynamic_cast<const TableRowBlock *>(p.block);
                    if (!row)
                        continue;
                    const qreal width = p.rect.width();
                    const TableColumns &columns = row->columns();
                    if (&columns != last) {
                        ++tables;
                        last = &columns;
                        qreal total = 0;
                        for (int c = 0; c < columns.weights.size(); ++c)
                            total += columns.width(c, style, width);
                        if (total > width + tolerance)
                            wrapped.append(QStringLiteral("table %1 mm wide on %2 mm")
                                               .arg(total / style.mm(1))
                                               .arg(width / style.mm(1)));
                    }
                    const QFont font = row->font(style, width);
                    const QStringList cells = row->cells();
                    for (int c = 0; c < cells.size(); ++c) {
                        if (!columns.isFigure(c, cells.at(c)))
                            continue;
                        ++figures;
                        const QRegularExpressionMatch number = plain.match(cells.at(c));
                        if (number.hasMatch() && uniform(columns))
                            places[&columns][c].insert(int(number.captured(1).size()));
                        const qreal room = row->cellWidth(c, style, width);
                        if (style.textWidth(font, cells.at(c)) > room + tolerance ||
                            style.lineCount(font, cells.at(c), room) != 1)
                            wrapped.append(cells.at(c));
                    }
                }
            }
        });
    QVERIFY(painted);
    QVERIFY2(wrapped.isEmpty(), qPrintable(wrapped.join(QStringLiteral(" | "))));
    QVERIFY2(places.size() >= 2, qPrintable(QString::number(places.size()))); // both tables
    for (auto table = places.cbegin(); table != places.cend(); ++table) {
        for (auto column = table->cbegin(); column != table->cend(); ++column)
            QVERIFY2(column->size() == 1,
                     qPrintable(QStringLiteral("column %1 mixes places").arg(column.key())));
    }
    // Not a test of nothing: each sample prints a dozen tables and hundreds of figures.
    QVERIFY2(tables >= 10, qPrintable(QString::number(tables)));
    QVERIFY2(figures >= 200, qPrintable(QString::number(figures)));
}

// The Costs table's total row as the English Shenzhen report printed it before: by the
// weights alone (1.4 of 12.9 of 170 mm, 16.0 mm inside the padding) "23,293,485" in bold
// does not fit its column and broke as "23,293,48 / 5". Fitted, it and every other figure
// fit on one line, the name column giving the width and wrapping instead.
void TestReportTables::narrowColumnTakesWidthFromText()
{
    TableColumns columns;
    columns.weights = {2.6, 1.8, 1.4, 1.4, 1.4, 1.4, 1.4, 1.5};
    columns.alignments = {Qt::AlignLeft,  Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight,
                          Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    const QStringList header = {QStringLiteral("Measure"),        QStringLiteral("Working group"),
                                QStringLiteral("Capex (CNY)"),    QStringLiteral("Opex (CNY)"),
                                QStringLiteral("Savings (CNY)"),  QStringLiteral("NPV (CNY)"),
                                QStringLiteral("Abated (tCO₂e)"), QStringLiteral("Cost")};
    const QStringList total = {QStringLiteral("Total, measures that abate"),
                               QString(),
                               QStringLiteral("16,172,000"),
                               QStringLiteral("9,272,528"),
                               QStringLiteral("23,293,485"),
                               QStringLiteral("-2,674,242"),
                               QStringLiteral("17,063"),
                               QStringLiteral("363")};
    columns.rows = {{header, true, true}, {total, true, false}};
    const qreal width = m_style->content().width();
    QCOMPARE(qRound(width / m_style->mm(1)), 170);
    const qreal padding = 2 * m_style->mm(TableColumns::paddingMm());
    const QFont bold = m_style->font(ReportStyle::Role::TableHeader);
    const qreal byWeight = width * 1.4 / 12.9 - padding;
    QVERIFY2(m_style->textWidth(bold, QStringLiteral("23,293,485")) > byWeight,
             "the weights alone leave the figure too little room: the case of the issue");

    const auto shared = std::make_shared<TableColumns>(columns);
    const TableRowBlock row(shared, total, TableRowBlock::Kind::Total, false);
    QCOMPARE(shared->fit(*m_style, width).scale, 1.0); // room enough without smaller type
    qreal sum = 0;
    for (int c = 0; c < total.size(); ++c) {
        sum += shared->width(c, *m_style, width);
        if (!shared->isFigure(c, total.at(c)))
            continue;
        const qreal room = row.cellWidth(c, *m_style, width);
        QVERIFY2(m_style->textWidth(row.font(*m_style, width), total.at(c)) <= room,
                 qPrintable(total.at(c)));
        QCOMPARE(m_style->lineCount(row.font(*m_style, width), total.at(c), room), 1);
    }
    QVERIFY(qAbs(sum - width) < 1e-6 * width); // the table keeps the page's width
    // The width came from the text columns, which wrap.
    QVERIFY(shared->width(0, *m_style, width) < width * 2.6 / 12.9);
    QVERIFY(!shared->isFigure(0, total.at(0)));
    QVERIFY(!shared->isFigure(2, QStringLiteral("cost not entered")));
    QVERIFY(shared->isFigure(7, QStringLiteral("-1,612 元/tCO₂e")));
}

// Eight columns of thirteen-digit figures need more than 170 mm at 8 pt: the type is set
// smaller (but not below 70 %) and every figure still keeps to one line.
void TestReportTables::tooWideATableIsSetSmaller()
{
    auto columns = std::make_shared<TableColumns>();
    QStringList cells;
    for (int c = 0; c < 8; ++c) {
        columns->weights.append(1);
        columns->alignments.append(Qt::AlignRight);
        cells.append(QStringLiteral("-1,234,567,890"));
    }
    columns->rows = {{cells, true, false}};
    const qreal width = m_style->content().width();
    const QFont full = m_style->font(ReportStyle::Role::TableHeader);
    QVERIFY(
        8 * (m_style->textWidth(full, cells.first()) + 2 * m_style->mm(TableColumns::paddingMm())) >
        width);
    const TableRowBlock row(columns, cells, TableRowBlock::Kind::Total, false);
    const qreal scale = columns->fit(*m_style, width).scale;
    QVERIFY2(scale < 1 && scale >= 0.7, qPrintable(QString::number(scale)));
    QCOMPARE(row.font(*m_style, width).pointSizeF(), full.pointSizeF() * scale);
    for (int c = 0; c < 8; ++c)
        QCOMPARE(m_style->lineCount(row.font(*m_style, width), cells.at(c),
                                    row.cellWidth(c, *m_style, width)),
                 1);
}

// "Rooftop solar PV (Rooftop solar PV)" was the heading of a measure left with its catalogue
// name; a name of the user's own keeps the kind in brackets.
void TestReportTables::measureHeadingWithoutTheRepeatedKind()
{
    const QString kind = MeasureCatalogue::spec(MeasureKind::RooftopSolar).displayName();
    QCOMPARE(kind, QStringLiteral("Rooftop solar PV"));
    Measure m;
    m.kind = MeasureKind::RooftopSolar;
    m.name = kind;
    QCOMPARE(ReportSections::measureHeading(m), kind);
    m.name = QStringLiteral("rooftop solar pv ");
    QCOMPARE(ReportSections::measureHeading(m), QStringLiteral("rooftop solar pv"));
    m.name = QStringLiteral("屋顶与车棚分布式光伏");
    QCOMPARE(ReportSections::measureHeading(m),
             QStringLiteral("屋顶与车棚分布式光伏 (Rooftop solar PV)"));
    m.name.clear();
    QCOMPARE(ReportSections::measureHeading(m), kind);

    // In the printed plan: the Shenzhen sample's solar measure renamed to its kind's name.
    Plan plan = sample(QStringLiteral("shenzhen-xinqiao.json"));
    const auto solar =
        std::find_if(plan.measures.begin(), plan.measures.end(),
                     [](const Measure &x) { return x.id == QLatin1String("solar"); });
    QVERIFY(solar != plan.measures.end());
    solar->name = kind;
    QStringList headings;
    ReportOptions o = options(QStringLiteral("en"));
    o.sections = {ReportSection::Measures};
    QVERIFY(paint(plan, o, [&](const ReportLayout &layout, const ReportStyle &) {
        for (const ReportLayout::Page &page : layout.pages()) {
            for (const ReportLayout::Placement &p : page) {
                if (const auto *text = dynamic_cast<const TextBlock *>(p.block))
                    headings.append(text->text());
            }
        }
    }));
    QVERIFY(headings.contains(kind));
    QVERIFY(!headings.contains(QStringLiteral("Rooftop solar PV (Rooftop solar PV)")));
    // Another measure keeps its kind: the sample's own name, then the kind.
    const QString led = QStringLiteral("LED 照明改造（住户与公共区域） (%1)")
                            .arg(MeasureCatalogue::spec(MeasureKind::LedLighting).displayName());
    QVERIFY2(headings.contains(led), qPrintable(led));
}

// The summary was a half-empty page: the pathway chart (85 mm) now runs down to the foot of
// its page, by at most 1.6 times its height.
void TestReportTables::summaryFillsItsPage()
{
    for (const char *language : {"en", "zh_CN"}) {
        qreal bottom = 0, chart = 0, contentBottom = 0, mm = 0;
        ReportOptions o = options(QString::fromLatin1(language));
        QVERIFY(paint(sample(QStringLiteral("shenzhen-xinqiao.json")), o,
                      [&](const ReportLayout &layout, const ReportStyle &style) {
                          const ReportLayout::Page &summary = layout.pages().at(1);
                          bottom = summary.back().rect.bottom();
                          chart = summary.back().rect.height();
                          contentBottom = style.content().bottom();
                          mm = style.mm(1);
                      }));
        QVERIFY2(chart > 85 * mm + 1 && chart <= 1.6 * 85 * mm + 1,
                 qPrintable(QString::number(chart / mm)));
        // Either at the foot of the page or grown as far as it may.
        QVERIFY2(contentBottom - bottom < mm || qAbs(chart - 1.6 * 85 * mm) < 1,
                 qPrintable(QString::number((contentBottom - bottom) / mm)));
    }
}

// The residents chapter is written and offered, between the action timeline and the people
// chapter; asked for, it adds pages to the report (its text: TestReportResidents).
void TestReportTables::residentsChapterHasItsPlace()
{
    const QList<ReportSection> chapters = ReportOptions::chapters();
    const qsizetype residents = chapters.indexOf(ReportSection::Residents);
    QVERIFY(residents > 0);
    QCOMPARE(chapters.at(residents - 1), ReportSection::Timeline);
    QCOMPARE(chapters.at(residents + 1), ReportSection::People);
    QCOMPARE(chapters.at(residents + 2), ReportSection::Assumptions);
    QVERIFY(ReportOptions::isWritten(ReportSection::Residents));
    QVERIFY(ReportOptions::allSections().contains(ReportSection::Residents));
    QCOMPARE(ReportOptions::allSections().size(), chapters.size());
    QCOMPARE(ReportOptions::sectionName(ReportSection::Residents),
             QStringLiteral("What this means for residents"));

    const Plan plan = sample(QStringLiteral("shenzhen-xinqiao.json"));
    ReportOptions without = options(QStringLiteral("en"));
    without.sections = {ReportSection::Summary, ReportSection::Timeline};
    ReportOptions with = without;
    with.sections.append(ReportSection::Residents);
    int pagesWithout = 0, pagesWith = 0;
    QVERIFY(paint(plan, without, [&](const ReportLayout &layout, const ReportStyle &) {
        pagesWithout = int(layout.pages().size());
    }));
    QVERIFY(paint(plan, with, [&](const ReportLayout &layout, const ReportStyle &) {
        pagesWith = int(layout.pages().size());
    }));
    QVERIFY(pagesWithout >= 3);        // cover, summary, timeline
    QVERIFY(pagesWith > pagesWithout); // the chapter starts on a page of its own
}

QTEST_MAIN(TestReportTables)
#include "TestReportTables.moc"
