// Issue 12: a 10,000-character title overprinted the PDF — the cover's title ran off the page
// and the running header, one line at the top of every later page, wrapped down over the
// summary; control characters and emoji printed as boxes. Now the cover's parts each keep to a
// bounded number of lines and stay apart, the header keeps to one line, both cut with "…", and
// what no font can print is dropped or replaced (ReportStyle::printable).
#include "SampleDocument.h"
#include "inventory/FactorLibrary.h"
#include "report/CoverBlock.h"
#include "report/PlanReport.h"
#include "report/ReportOptions.h"
#include "report/ReportStyle.h"
#include "storage/FactorLibraryJson.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace zeroplan;

namespace {

// "Lorem 1 Lorem 2 …" to 10,000 characters: words, so that it wraps as a real title would.
QString longTitle()
{
    QString title;
    for (int i = 1; title.size() < 10000; ++i)
        title += QStringLiteral("Lorem%1 ").arg(i);
    return title.left(10000);
}

} // namespace

class TestReportLongNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coverPartsStayApartAndOnThePage();
    void fittedCutsWithEllipsis();
    void printableDropsControlsAndReplacesWhatNoFontHas();
    void pdfOfALongTitle();
    void pdfOfControlsAndEmoji();

private:
    QByteArray report(const QString &title) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<ReportStyle> m_style;
};

void TestReportLongNames::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_writer = std::make_unique<QPdfWriter>(m_dir.filePath(QStringLiteral("style.pdf")));
    m_writer->setResolution(600);
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_style = std::make_unique<ReportStyle>(m_writer.get());
}

// The cover's title at most kTitleLines lines; the community below it, the details below that,
// the colophon last, all inside the page.
void TestReportLongNames::coverPartsStayApartAndOnThePage()
{
    CoverBlock::Content content;
    content.kicker = longTitle();
    content.title = longTitle();
    content.community = longTitle();
    for (int i = 0; i < 6; ++i)
        content.details.append({QStringLiteral("Caption %1").arg(i), longTitle()});
    content.colophon = QStringLiteral("Made with ZeroPlan");
    const CoverBlock cover(content);
    const QRectF rect = m_style->content();
    const CoverBlock::Parts parts = cover.parts(*m_style, rect);

    const qreal titleLine =
        m_style->textHeight(ReportStyle::Role::Title, QStringLiteral("Lorem"), rect.width());
    QVERIFY(titleLine > 0);
    QVERIFY2(parts.title.height() <= CoverBlock::kTitleLines * titleLine * 1.01,
             qPrintable(QString::number(parts.title.height() / titleLine)));
    QVERIFY(parts.title.height() >= (CoverBlock::kTitleLines - 1) * titleLine); // it is full
    QVERIFY(parts.kicker.bottom() <= parts.band.bottom());
    QVERIFY(parts.band.bottom() <= parts.title.top());
    QVERIFY(parts.title.bottom() <= parts.community.top());
    QCOMPARE(parts.details.size(), 6);
    QVERIFY(parts.community.bottom() <= parts.details.first().top());
    for (qsizetype i = 1; i < parts.details.size(); ++i)
        QVERIFY(parts.details[i - 1].bottom() <= parts.details[i].top());
    QVERIFY2(parts.details.last().bottom() <= parts.colophon.top(),
             qPrintable(QStringLiteral("%1 > %2")
                            .arg(parts.details.last().bottom())
                            .arg(parts.colophon.top())));
    QVERIFY(parts.colophon.bottom() <= m_style->page().bottom());
}

void TestReportLongNames::fittedCutsWithEllipsis()
{
    const qreal width = m_style->mm(80);
    const QString title = longTitle();
    const QString one = m_style->fitted(ReportStyle::Role::Small, title, width, 1);
    QVERIFY(one.endsWith(QChar(0x2026)));
    QVERIFY(one.size() < 200);
    const qreal line = m_style->textHeight(ReportStyle::Role::Small, QStringLiteral("x"), width);
    QCOMPARE(m_style->textHeight(ReportStyle::Role::Small, title, width, 1), line);
    QCOMPARE(m_style->textHeight(ReportStyle::Role::Small, title, width, 3), 3 * line);
    // Short text is left as it is.
    QCOMPARE(m_style->fitted(ReportStyle::Role::Small, QStringLiteral("Xinqiao"), width, 1),
             QStringLiteral("Xinqiao"));
}

void TestReportLongNames::printableDropsControlsAndReplacesWhatNoFontHas()
{
    QCOMPARE(ReportStyle::printable(QStringLiteral("Bell\u0007 and\ttab")),
             QStringLiteral("Bell and tab"));
    QCOMPARE(ReportStyle::printable(QStringLiteral("a\r\nb\nc")),
             QStringLiteral("a\u2028b\u2028c"));
    QCOMPARE(ReportStyle::printable(QStringLiteral("x\u0085\u009b\u007fy")), QStringLiteral("x"
                                                                                            "y"));
    QCOMPARE(ReportStyle::printable(QStringLiteral("新桥社区 Xinqiao")),
             QStringLiteral("新桥社区 Xinqiao"));
    const QString smile = QStringLiteral("😀");
    const QString printed = ReportStyle::printable(smile);
    if (ReportStyle::families().contains(QStringLiteral("Noto Color Emoji")))
        QCOMPARE(printed, smile);
    else
        QVERIFY2(printed == smile || printed == QString(QChar(QChar::ReplacementCharacter)),
                 qPrintable(printed)); // kept only where a fallback font has it
}

QByteArray TestReportLongNames::report(const QString &title) const
{
    std::unique_ptr<PlanDocument> doc = test::openShenzhenSample(m_dir.path());
    Plan plan = doc->plan();
    plan.title = title;
    ReportOptions options;
    options.language = QStringLiteral("en");
    options.sections = {ReportSection::Summary};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!PlanReport::write(plan, FactorLibraryJson::builtIn(), options, &buffer, &error))
        qWarning("report not written: %s", qPrintable(error));
    return buffer.data();
}

// The PDF itself: the text on the cover and on the summary page holds a few lines of the
// title, not all 10,000 characters of it (before: all of it, twice).
void TestReportLongNames::pdfOfALongTitle()
{
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(report(longTitle()));
    }
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QVERIFY(pdf.pageCount() >= 2);
    const QString cover = pdf.getAllText(0).text();
    const QString summary = pdf.getAllText(1).text();
    // 4 lines of 26 pt over 170 mm hold some 25 of the words; one 7.5 pt header line, 15.
    QVERIFY2(cover.count(QStringLiteral("Lorem")) <= 60, qPrintable(cover.left(300)));
    QVERIFY(cover.contains(QStringLiteral("Lorem1 ")));
    QVERIFY(cover.contains(QChar(0x2026)));
    QVERIFY2(summary.count(QStringLiteral("Lorem")) <= 30, qPrintable(summary.left(300)));
    QVERIFY(summary.contains(QStringLiteral("Summary")));
    // The header is one line: its bounding box ends above the page's content area.
    const QPdfSelection header =
        pdf.getSelectionAtIndex(1, summary.indexOf(QStringLiteral("Lorem1")), 6);
    QVERIFY(header.isValid());
    const qreal pageHeight = pdf.pagePointSize(1).height();
    // The header band: 14 mm to 24 mm from the top (ReportStyle), in points.
    QVERIFY2(header.boundingRectangle().bottom() < 26 / 25.4 * 72,
             qPrintable(QString::number(header.boundingRectangle().bottom())));
    QVERIFY(pageHeight > 800);
    QVERIFY(QFile::remove(path));
}

// A bell and an emoji in the title print as nothing and as the emoji (with an emoji font) or
// U+FFFD: never as a box, never a control character in the PDF's text.
void TestReportLongNames::pdfOfControlsAndEmoji()
{
    const QString path = m_dir.filePath(QStringLiteral("controls.pdf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(report(QStringLiteral("Bell\u0007 and 😀 smile")));
    }
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    const QString cover = pdf.getAllText(0).text();
    QVERIFY2(cover.contains(QStringLiteral("Bell and")), qPrintable(cover));
    QVERIFY(!cover.contains(QChar(0x0007)));
    QVERIFY(cover.contains(QStringLiteral("smile")));
    QVERIFY(QFile::remove(path));
}

QTEST_MAIN(TestReportLongNames)
#include "TestReportLongNames.moc"
