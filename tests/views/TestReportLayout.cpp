// The printed plan's pagination (ReportLayout): no block is split, a heading stays with what
// follows it, a table's header row comes back on the page a table runs onto, page breaks
// start a new page; and the report's language (ReportLanguage) is the one asked for, while
// the window's comes back afterwards without the window hearing of it.
#include "report/ReportLanguage.h"
#include "report/ReportLayout.h"

#include <QApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWidget>

using namespace zeroplan;

namespace {

// A block of a fixed height in millimetres, named for the test.
class FixedBlock : public ReportBlock
{
public:
    FixedBlock(QString name, qreal heightMm) : m_name(std::move(name)), m_heightMm(heightMm) {}
    qreal height(const ReportStyle &style, qreal) const override { return style.mm(m_heightMm); }
    void paint(QPainter &, const QRectF &, const ReportStyle &) const override {}
    QString name() const { return m_name; }

private:
    QString m_name;
    qreal m_heightMm;
};

QStringList namesOn(const ReportLayout::Page &page)
{
    QStringList names;
    for (const ReportLayout::Placement &p : page)
        names.append(static_cast<const FixedBlock *>(p.block)->name());
    return names;
}

class LanguageChangeCounter : public QWidget
{
public:
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void blocksAreNeverSplit();
    void headingStaysWithWhatFollows();
    void tableHeaderRepeats();
    void pageBreaks();
    void chartShrinksToStayOnThePage();
    void lastBlockGrowsIntoTheSpaceBelow();
    void languageIsTheReportsAndComesBack();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<ReportStyle> m_style;
};

void TestReportLayout::initTestCase()
{
    m_writer = std::make_unique<QPdfWriter>(m_dir.filePath(QStringLiteral("layout.pdf")));
    m_writer->setResolution(600);
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_style = std::make_unique<ReportStyle>(m_writer.get());
    // A4: 297 mm less margins, header and footer; the geometry the tests below count with.
    QCOMPARE(m_style->content().height() / m_style->mm(1), 297.0 - 14 - 10 - 4 - 3 - 8 - 12);
}

// 246 mm of content per page: blocks of 100 mm, two to a page, never three.
void TestReportLayout::blocksAreNeverSplit()
{
    ReportLayout layout;
    for (int i = 0; i < 5; ++i)
        layout.add<FixedBlock>(QString::number(i), 100);
    const auto &pages = layout.paginate(*m_style);
    QCOMPARE(int(pages.size()), 3);
    QCOMPARE(namesOn(pages[0]), QStringList({QStringLiteral("0"), QStringLiteral("1")}));
    QCOMPARE(namesOn(pages[2]), QStringList({QStringLiteral("4")}));
    for (const auto &page : pages) {
        for (const ReportLayout::Placement &p : page) {
            QVERIFY(p.rect.top() >= m_style->content().top() - 1e-6);
            QVERIFY(p.rect.bottom() <= m_style->content().bottom() + 1e-6);
        }
    }
}

// A heading that fits but whose paragraph doesn't goes to the next page with it.
void TestReportLayout::headingStaysWithWhatFollows()
{
    ReportLayout layout;
    layout.add<FixedBlock>(QStringLiteral("text"), 200);
    layout.add<FixedBlock>(QStringLiteral("heading"), 10)->keepWithNext = true;
    layout.add<FixedBlock>(QStringLiteral("chart"), 80);
    const auto &pages = layout.paginate(*m_style);
    QCOMPARE(int(pages.size()), 2);
    QCOMPARE(namesOn(pages[0]), QStringList({QStringLiteral("text")}));
    QCOMPARE(namesOn(pages[1]), QStringList({QStringLiteral("heading"), QStringLiteral("chart")}));
    // Space before a block counts within a page and is dropped at its top.
    QCOMPARE(pages[1][0].rect.top(), m_style->content().top());
}

void TestReportLayout::tableHeaderRepeats()
{
    ReportLayout layout;
    auto *header = layout.add<FixedBlock>(QStringLiteral("header"), 8);
    header->keepWithNext = true;
    for (int i = 0; i < 40; ++i) // 40 rows of 10 mm: 23 fit under the header on page 1
        layout.add<FixedBlock>(QStringLiteral("row"), 10)->repeatedHeader = header;
    const auto &pages = layout.paginate(*m_style);
    QCOMPARE(int(pages.size()), 2);
    QCOMPARE(namesOn(pages[0]).count(QStringLiteral("row")), 23);
    QCOMPARE(namesOn(pages[1]).first(), QStringLiteral("header"));
    QCOMPARE(namesOn(pages[1]).count(QStringLiteral("row")), 17);
}

void TestReportLayout::pageBreaks()
{
    ReportLayout layout;
    layout.add<FixedBlock>(QStringLiteral("cover"), 30);
    layout.breakPage();
    layout.add<FixedBlock>(QStringLiteral("summary"), 30);
    layout.add<FixedBlock>(QStringLiteral("more"), 30)->spaceBeforeMm = 5;
    const auto &pages = layout.paginate(*m_style);
    QCOMPARE(int(pages.size()), 2);
    QCOMPARE(namesOn(pages[1]), QStringList({QStringLiteral("summary"), QStringLiteral("more")}));
    QCOMPARE(pages[1][1].rect.top() - pages[1][0].rect.bottom(), m_style->mm(5));
}

// 246 mm a page: a 200 mm table, then a heading (10 mm, kept with it) and a 60 mm chart that
// may be set at 70 %: 200 + 10 + 42 = 252 mm is too much, so they go to page 2 at full height;
// with a 190 mm table, 190 + 10 + 42 = 242 mm fits, and the chart takes the 46 mm left.
void TestReportLayout::chartShrinksToStayOnThePage()
{
    for (const qreal table : {200.0, 190.0}) {
        ReportLayout layout;
        layout.add<FixedBlock>(QStringLiteral("table"), table);
        layout.add<FixedBlock>(QStringLiteral("heading"), 10)->keepWithNext = true;
        layout.add<FixedBlock>(QStringLiteral("chart"), 60)->shrinkTo = 0.7;
        const auto &pages = layout.paginate(*m_style);
        if (table == 200.0) {
            QCOMPARE(int(pages.size()), 2);
            QCOMPARE(namesOn(pages[1]),
                     QStringList({QStringLiteral("heading"), QStringLiteral("chart")}));
            QVERIFY(qAbs(pages[1][1].rect.height() - m_style->mm(60)) < 1e-6);
        } else {
            QCOMPARE(int(pages.size()), 1);
            QVERIFY(qAbs(pages[0][2].rect.height() - m_style->mm(246 - 190 - 10)) < 1e-6);
            QVERIFY(qAbs(pages[0][2].rect.bottom() - m_style->content().bottom()) < 1e-6);
        }
    }
}

// The last block of a page that may grow takes the room below it up to its limit; one that
// is not last, or may not grow, keeps its height.
void TestReportLayout::lastBlockGrowsIntoTheSpaceBelow()
{
    ReportLayout layout;
    layout.add<FixedBlock>(QStringLiteral("figures"), 60);
    layout.add<FixedBlock>(QStringLiteral("chart"), 85)->growTo = 1.6; // up to 136 mm
    layout.breakPage();
    layout.add<FixedBlock>(QStringLiteral("short"), 20)->growTo = 1.5; // 30 mm at the most
    layout.add<FixedBlock>(QStringLiteral("last"), 40);
    const auto &pages = layout.paginate(*m_style);
    QCOMPARE(int(pages.size()), 2);
    // 246 − 60 = 186 mm free below the figures: the chart grows to its limit, 136 mm.
    QVERIFY(qAbs(pages[0][1].rect.height() - m_style->mm(136)) < 1e-6);
    QVERIFY(qAbs(pages[1][0].rect.height() - m_style->mm(20)) < 1e-6); // not the last
    QVERIFY(qAbs(pages[1][1].rect.height() - m_style->mm(40)) < 1e-6); // may not grow
    // With 120 mm of figures only 126 mm are left: it stops at the foot of the page.
    ReportLayout full;
    full.add<FixedBlock>(QStringLiteral("figures"), 120);
    full.add<FixedBlock>(QStringLiteral("chart"), 85)->growTo = 1.6;
    const auto &one = full.paginate(*m_style);
    QVERIFY(qAbs(one[0][1].rect.bottom() - m_style->content().bottom()) < 1e-6);
    QVERIFY(qAbs(one[0][1].rect.height() - m_style->mm(126)) < 1e-6);
}

void TestReportLayout::languageIsTheReportsAndComesBack()
{
    // The window speaks English (with its translator installed, as Language does).
    auto *english = new QTranslator(QCoreApplication::instance());
    QVERIFY(english->load(QStringLiteral(":/i18n/zeroplan_en")));
    QCoreApplication::installTranslator(english);
    const QLocale before = QLocale();
    LanguageChangeCounter window;
    window.show();
    QCoreApplication::processEvents();
    window.changes = 0;
    const char *context = "zeroplan::ReportOptions";
    {
        const ReportLanguage chinese(QStringLiteral("zh_CN"));
        QVERIFY(chinese.isChinese());
        QCOMPARE(QCoreApplication::translate(context, "Action timeline"),
                 QStringLiteral("行动时间表"));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    }
    QCOMPARE(QCoreApplication::translate(context, "Action timeline"),
             QStringLiteral("Action timeline"));
    QCOMPARE(QLocale(), before);
    QCoreApplication::processEvents();
    QCOMPARE(window.changes, 0);
    QCOMPARE(ReportLanguage::normalise(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
    QCOMPARE(ReportLanguage::normalise(QStringLiteral("en_GB")), QStringLiteral("en"));
    QCOMPARE(ReportLanguage::normalise(QStringLiteral("fr")), QString());
}

QTEST_MAIN(TestReportLayout)
#include "TestReportLayout.moc"
