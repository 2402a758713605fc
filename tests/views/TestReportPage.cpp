// The Report page: its preview is the PDF itself (Qt PDF), it follows the options — fewer
// sections, fewer pages; the language chosen for the report, not the window's — and the
// plan's edits; Export writes the file, and a file that can't be written leaves nothing.
// The preview zooms, fits the width and goes page by page through its tool bar; Print…
// prints what it shows; once exported, "Open the PDF" offers the file.
#include "AdoptScenario.h"
#include "ChangeValue.h"
#include "PlanFields.h"
#include "SampleDocument.h"
#include "engine/Results.h"
#include "inventory/FactorLibrary.h"
#include "present/LiveResults.h"
#include "report/PlanReport.h"
#include "report/ReportOptions.h"
#include "reportpage/ReportPage.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfView>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <algorithm>

using namespace zeroplan;

namespace {

// A page's text in NFKC: the PDF maps a few CJK glyphs back to the Kangxi radical that
// shares them (docs/report.md), which NFKC turns back into the character.
QString pageText(QPdfDocument *pdf, int page)
{
    return pdf->getAllText(page).text().normalized(QString::NormalizationForm_KC);
}

// Clicks the tool bar's button for the action named `name`.
void clickAction(QWidget *page, const char *name)
{
    auto *bar = page->findChild<QToolBar *>(QStringLiteral("reportPreviewToolBar"));
    auto *action = page->findChild<QAction *>(QLatin1String(name));
    QVERIFY2(bar && action, name);
    QWidget *button = bar->widgetForAction(action);
    QVERIFY2(button && button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

QString allText(QPdfDocument *pdf)
{
    QString text;
    for (int page = 0; page < pdf->pageCount(); ++page)
        text += pageText(pdf, page) + QLatin1Char(' ');
    return text.simplified();
}

} // namespace

class TestReportPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewIsTheWholeReport();
    void fewerSectionsFewerPages();
    void languageIsTheReports();
    void followsTheScenarioAndThePlan();
    void exportWritesThePdf();
    void printedInvestmentIsTheEngines();
    void investmentAtTheScenariosLevel();
    void zoomThroughTheToolBar();
    void pageByPageThroughTheToolBar();
    void printsToAPdfPrinter();
    void openThePdfOnceExported();
    void monitoringReportOfTheAdoptedPlan();
    void monitoringReportOnceAdopted();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<ReportPage> m_page;
};

void TestReportPage::init()
{
    m_doc = test::openShenzhenSample(m_dir.path());
    m_results = std::make_unique<LiveResults>(m_doc.get(), FactorLibraryJson::builtIn());
    m_page = std::make_unique<ReportPage>(m_doc.get(), m_results.get());
    auto *language = m_page->findChild<QComboBox *>(QStringLiteral("reportLanguageComboBox"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    m_page->refreshPreview();
}

void TestReportPage::cleanup()
{
    m_page.reset();
    m_results.reset();
    m_doc.reset();
}

void TestReportPage::previewIsTheWholeReport()
{
    QPdfDocument *pdf = m_page->previewDocument();
    QCOMPARE(pdf->status(), QPdfDocument::Status::Ready);
    QVERIFY2(pdf->pageCount() >= 12, qPrintable(QString::number(pdf->pageCount())));
    QVERIFY(pageText(pdf, 0).contains(
        m_doc->plan().community.name.normalized(QString::NormalizationForm_KC)));
    QVERIFY(pageText(pdf, 1).contains(QStringLiteral("Summary")));
    QCOMPARE(pdf->pagePointSize(0).toSize(), QSize(595, 842)); // A4 in points
}

void TestReportPage::fewerSectionsFewerPages()
{
    const int all = m_page->previewDocument()->pageCount();
    auto *sections = m_page->findChild<QListWidget *>(QStringLiteral("reportSectionList"));
    QCOMPARE(sections->count(), 13); // every chapter written: the residents' and people's too
    for (int i = 1; i < sections->count(); ++i) // only the summary
        sections->item(i)->setCheckState(Qt::Unchecked);
    QCOMPARE(m_page->options().sections.size(), 1);
    m_page->refreshPreview();
    QCOMPARE(m_page->previewDocument()->pageCount(), 2); // cover and summary
    QVERIFY(m_page->previewDocument()->pageCount() < all);
}

void TestReportPage::languageIsTheReports()
{
    auto *language = m_page->findChild<QComboBox *>(QStringLiteral("reportLanguageComboBox"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    m_page->refreshPreview();
    const QString summary = pageText(m_page->previewDocument(), 1);
    QVERIFY2(summary.contains(QStringLiteral("摘要")), qPrintable(summary.left(200)));
    // The window still speaks English.
    QCOMPARE(ReportOptions::sectionName(ReportSection::Summary), QStringLiteral("Summary"));
}

void TestReportPage::followsTheScenarioAndThePlan()
{
    auto *scenario = m_page->findChild<QComboBox *>(QStringLiteral("reportScenarioComboBox"));
    QCOMPARE(scenario->count(), int(m_doc->plan().scenarios.size()));
    scenario->setCurrentIndex(1);
    m_page->refreshPreview();
    const QString second = m_doc->plan().scenarios.at(1).name;
    const QString cover = pageText(m_page->previewDocument(), 0);
    QVERIFY2(cover.contains(second), qPrintable(second + QLatin1Char('|') + cover));
    QCOMPARE(m_page->options().scenario, 1);
    // The report's scenario is the window's: chosen here, the key figures and the other pages
    // show it too, and the one chosen there is the report's.
    QCOMPARE(m_results->currentScenario(), 1);
    m_results->setCurrentScenario(0);
    QCOMPARE(scenario->currentIndex(), 0);
    QCOMPARE(m_page->options().scenario, 0);
    m_results->setCurrentScenario(1);
    QCOMPARE(m_page->options().scenario, 1);

    // A new title is an edit of the plan: the next preview has it on its cover.
    m_doc->undoStack()->push(new ChangeValue<QString>(m_doc.get(), PlanFields::title(),
                                                      QStringLiteral("Adopted plan 2027")));
    m_page->refreshPreview();
    QVERIFY(pageText(m_page->previewDocument(), 0).contains(QStringLiteral("Adopted plan 2027")));
}

void TestReportPage::exportWritesThePdf()
{
    const QString path = m_dir.filePath(QStringLiteral("plan.pdf"));
    QString error;
    QVERIFY2(m_page->exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    const QString nowhere = m_dir.filePath(QStringLiteral("missing/plan.pdf"));
    QVERIFY(!m_page->exportTo(nowhere, &error));
    QVERIFY2(error.contains(nowhere), qPrintable(error));
    QVERIFY(!QFile::exists(nowhere));
}

// The measure details print the investment the engine counts, not the lump sum alone: the
// sample's rooftop solar has no lump sum (costs.capex 0, which the report used to print) but
// 600 kWp × 3,500 CNY/kWp (resources/samples/shenzhen-xinqiao.json) = 2,100,000 CNY, bought
// over its 3-year ramp 2024–2026 in the report's scenario.
void TestReportPage::printedInvestmentIsTheEngines()
{
    const ScenarioResult *scenario = m_results->currentResult();
    QVERIFY(scenario);
    const auto solar =
        std::find_if(scenario->measures.cbegin(), scenario->measures.cend(),
                     [](const MeasureResult &m) { return m.measureId == QLatin1String("solar"); });
    QVERIFY(solar != scenario->measures.cend());
    const double engine = solar->capex.segment(1, 3).sum(); // 2024–2026, base year 2023
    QVERIFY(qAbs(engine - 600 * 3500.0) < 1e-6);
    // Its 3-year S-curve x²(3 − 2x) reaches 7/27 of full adoption in 2024 (x = 1/3).
    QVERIFY(qAbs(solar->capex[1] - 600 * 3500.0 * 7 / 27) < 1e-6);
    QString text;
    QPdfDocument *pdf = m_page->previewDocument();
    for (int page = 0; page < pdf->pageCount(); ++page)
        text += pageText(pdf, page) + QLatin1Char(' ');
    text = text.simplified();
    const QString printed =
        QStringLiteral("Investment at full adoption: 2,100,000 CNY (600 kWp × 3,500 CNY/kWp)");
    QVERIFY2(text.contains(printed),
             qPrintable(text.mid(text.indexOf(QStringLiteral("Rooftop")), 600)));
    // Its running cost the same way: 600 kWp × 50 CNY/kWp/yr = 30,000 CNY a year.
    QVERIFY2(
        text.contains(QStringLiteral("Running cost: 30,000 CNY a year (600 kWp × 50 CNY/kWp/yr)")),
        qPrintable(text.mid(text.indexOf(printed), 300)));
}

// The first scenario, "稳健", takes the green-building retrofit (resources/samples/
// shenzhen-xinqiao.json: a lump sum of 2,000,000 CNY, 2025 over 5 years, 25-year life) up at a
// level of 50 %: the engine buys 50 % × 2,000,000 = 1,000,000 CNY in its ramp years 2025–2029,
// and the report says that is what the costs count, not only the 2,000,000 at full adoption.
void TestReportPage::investmentAtTheScenariosLevel()
{
    const ScenarioResult *scenario = m_results->currentResult();
    QVERIFY(scenario);
    QCOMPARE(scenario->name, QStringLiteral("稳健"));
    const auto retrofit = std::find_if(
        scenario->measures.cbegin(), scenario->measures.cend(),
        [](const MeasureResult &m) { return m.measureId == QLatin1String("green-building"); });
    QVERIFY(retrofit != scenario->measures.cend());
    QVERIFY(qAbs(retrofit->capex.segment(2, 5).sum() - 0.5 * 2000000) < 1e-6); // 2025–2029
    QVERIFY(qAbs(retrofit->capex.head(2).sum()) < 1e-9); // nothing before 2025
    const QString text = allText(m_page->previewDocument());
    QVERIFY(text.contains(QStringLiteral("Investment at full adoption: 2,000,000 CNY")));
    const QString scaled = QStringLiteral(
        "In “稳健” the measure is taken up at a level of 50%, and its costs with it: the costs "
        "count an investment of 1,000,000 CNY at full adoption.");
    QVERIFY2(text.contains(scaled),
             qPrintable(text.mid(text.indexOf(QStringLiteral("绿色建筑")), 900)));
    // A measure at 100 % says nothing more: LED lighting is at 100 % in "稳健".
    QVERIFY(!text.contains(QStringLiteral("at a level of 100%")));
}

// Zoom in and out from the fitted width by 1.25 a step, down to a quarter at the least; Fit
// width brings it back.
void TestReportPage::zoomThroughTheToolBar()
{
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    auto *preview = m_page->findChild<QPdfView *>(QStringLiteral("reportPreview"));
    auto *fit = m_page->findChild<QAction *>(QStringLiteral("fitWidthAction"));
    QVERIFY(preview && fit);
    QCOMPARE(preview->zoomMode(), QPdfView::ZoomMode::FitToWidth);
    QVERIFY(fit->isChecked());
    // Fitted: the viewport's width less the margins over an A4 page's 595 points at the
    // screen's dots per inch.
    const QMargins margins = preview->documentMargins();
    const qreal fitted = (preview->viewport()->width() - margins.left() - margins.right()) /
                         (595.0 * preview->logicalDpiX() / 72.0);
    QVERIFY(qAbs(m_page->zoomFactor() - fitted) < 0.01);

    clickAction(m_page.get(), "zoomInAction");
    QCOMPARE(preview->zoomMode(), QPdfView::ZoomMode::Custom);
    QVERIFY(!fit->isChecked());
    QVERIFY(qAbs(preview->zoomFactor() - fitted * 1.25) < 0.01);
    clickAction(m_page.get(), "zoomOutAction");
    clickAction(m_page.get(), "zoomOutAction");
    QVERIFY(qAbs(preview->zoomFactor() - fitted / 1.25) < 0.01);
    // Out to the least zoom, a quarter: then the button can do no more.
    auto *zoomOut = m_page->findChild<QAction *>(QStringLiteral("zoomOutAction"));
    for (int i = 0; i < 20 && zoomOut->isEnabled(); ++i)
        zoomOut->trigger();
    QVERIFY(!zoomOut->isEnabled());
    QCOMPARE(preview->zoomFactor(), 0.25);

    clickAction(m_page.get(), "fitWidthAction");
    QCOMPARE(preview->zoomMode(), QPdfView::ZoomMode::FitToWidth);
    QVERIFY(fit->isChecked());
    QVERIFY(zoomOut->isEnabled());
}

// "Page 1 of N": next, a page number typed in, previous; the buttons off at either end.
void TestReportPage::pageByPageThroughTheToolBar()
{
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    const int count = m_page->previewDocument()->pageCount();
    QVERIFY(count >= 12);
    auto *number = m_page->findChild<QSpinBox *>(QStringLiteral("reportPageSpinBox"));
    auto *of = m_page->findChild<QLabel *>(QStringLiteral("reportPageCountLabel"));
    auto *previous = m_page->findChild<QAction *>(QStringLiteral("previousPageAction"));
    auto *next = m_page->findChild<QAction *>(QStringLiteral("nextPageAction"));
    QVERIFY(number && of && previous && next);
    QCOMPARE(number->value(), 1);
    QCOMPARE(number->maximum(), count);
    QCOMPARE(of->text(), QStringLiteral("of %1").arg(count));
    QVERIFY(!previous->isEnabled());
    QVERIFY(next->isEnabled());

    clickAction(m_page.get(), "nextPageAction");
    QCOMPARE(m_page->currentPage(), 1);
    QCOMPARE(number->value(), 2);
    QVERIFY(previous->isEnabled());

    number->selectAll();
    QTest::keyClicks(number, QString::number(count));
    QTest::keyClick(number, Qt::Key_Return);
    QCOMPARE(m_page->currentPage(), count - 1);
    QVERIFY(!next->isEnabled());
    clickAction(m_page.get(), "previousPageAction");
    QCOMPARE(m_page->currentPage(), count - 2);
    QCOMPARE(number->value(), count - 1);
}

// Print… is there and on; what it prints, to a printer set to write a PDF file (the dialog
// is not opened here), is the report the preview shows: as many A4 pages, the same cover.
void TestReportPage::printsToAPdfPrinter()
{
    auto *print = m_page->findChild<QAction *>(QStringLiteral("printAction"));
    QVERIFY(print);
    QVERIFY(print->isEnabled());
    QCOMPARE(print->text(), QStringLiteral("Print…"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    QString error;
    QVERIFY2(m_page->printTo(&printer, &error), qPrintable(error));
    QPdfDocument printed;
    QCOMPARE(printed.load(path), QPdfDocument::Error::None);
    QCOMPARE(printed.pageCount(), m_page->previewDocument()->pageCount());
    QCOMPARE(printed.pagePointSize(0).toSize(), QSize(595, 842));
    QCOMPARE(pageText(&printed, 0), pageText(m_page->previewDocument(), 0));
    QVERIFY(pageText(&printed, 1).contains(QStringLiteral("Summary")));
}

// "Open the PDF" is off until a PDF is exported, then offers that file (a file URL, never
// opened here); a failed export leaves the last one offered.
void TestReportPage::openThePdfOnceExported()
{
    auto *open = m_page->findChild<QPushButton *>(QStringLiteral("openPdfButton"));
    QVERIFY(open);
    QCOMPARE(open->text(), QStringLiteral("Open the PDF"));
    QVERIFY(!open->isEnabled());
    QVERIFY(m_page->exportedUrl().isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("adopted.pdf"));
    QString error;
    QVERIFY2(m_page->exportTo(path, &error), qPrintable(error));
    QVERIFY(open->isEnabled());
    QCOMPARE(m_page->exportedUrl(), QUrl::fromLocalFile(path));
    QVERIFY(m_page->exportedUrl().isLocalFile());
    QVERIFY(QFile::exists(m_page->exportedUrl().toLocalFile()));
    QVERIFY(!m_page->exportTo(m_dir.filePath(QStringLiteral("missing/x.pdf")), &error));
    QCOMPARE(m_page->exportedUrl(), QUrl::fromLocalFile(path));
    QVERIFY(open->isEnabled());
}

void TestReportPage::monitoringReportOfTheAdoptedPlan()
{
    // The Shenzhen sample was adopted as "2023版" on 2023-12-18 (resources/samples) and has
    // actual emissions for 2024 and 2025.
    const int planPages = m_page->previewDocument()->pageCount();
    auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("reportKindComboBox"));
    auto *sections = m_page->findChild<QListWidget *>(QStringLiteral("reportSectionList"));
    auto *scenario = m_page->findChild<QComboBox *>(QStringLiteral("reportScenarioComboBox"));
    QVERIFY(kind && sections && scenario);
    QCOMPARE(kind->count(), 2);
    QCOMPARE(kind->currentText(), QStringLiteral("Carbon-neutrality plan"));
    const int monitoring = kind->findData(int(ReportKind::Monitoring));
    QVERIFY(qobject_cast<QStandardItemModel *>(kind->model())->item(monitoring)->isEnabled());

    kind->setCurrentIndex(monitoring);
    QVERIFY(!sections->isEnabled()); // the monitoring report is the Monitoring chapter alone
    QVERIFY(!scenario->isEnabled()); // of the adopted plan
    const ReportOptions options = m_page->options();
    QCOMPARE(options.kind, ReportKind::Monitoring);
    QCOMPARE(options.sections, QList<ReportSection>{ReportSection::Monitoring});
    m_page->refreshPreview();
    QPdfDocument *pdf = m_page->previewDocument();
    QVERIFY2(pdf->pageCount() >= 2 && pdf->pageCount() < planPages,
             qPrintable(QString::number(pdf->pageCount())));
    const QString cover = pageText(pdf, 0).simplified();
    for (const char *expected :
         {"Annual monitoring report", "Adopted plan", "2023版", "Latest actual emissions", "2025"})
        QVERIFY2(cover.contains(QString::fromUtf8(expected)), qPrintable(cover));
    QVERIFY(!cover.contains(QStringLiteral("About the scenario")));

    auto *language = m_page->findChild<QComboBox *>(QStringLiteral("reportLanguageComboBox"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    m_page->refreshPreview();
    const QString chinese = pageText(m_page->previewDocument(), 0).simplified();
    QVERIFY2(chinese.contains(QStringLiteral("年度自评报告")), qPrintable(chinese));

    kind->setCurrentIndex(kind->findData(int(ReportKind::Plan)));
    QVERIFY(sections->isEnabled());
    QVERIFY(scenario->isEnabled());
    QCOMPARE(m_page->options().kind, ReportKind::Plan);
}

void TestReportPage::monitoringReportOnceAdopted()
{
    // The Hangzhou sample was never adopted: no monitoring report until a scenario is.
    PlanReadResult read = PlanJson::readFile(QStringLiteral(":/samples/hangzhou-hemu.json"));
    QVERIFY(read.plan && !read.plan->monitoring.adopted());
    auto doc = PlanDocument::fromPlan(std::move(*read.plan), m_dir.path());
    LiveResults results(doc.get(), FactorLibraryJson::builtIn());
    ReportPage page(doc.get(), &results);
    auto *kind = page.findChild<QComboBox *>(QStringLiteral("reportKindComboBox"));
    const auto *items = qobject_cast<QStandardItemModel *>(kind->model());
    const int monitoring = kind->findData(int(ReportKind::Monitoring));
    QVERIFY(!items->item(monitoring)->isEnabled());
    ReportOptions refused;
    refused.setKind(ReportKind::Monitoring);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(
        !PlanReport::write(doc->plan(), FactorLibraryJson::builtIn(), refused, &buffer, &error));
    QVERIFY2(error.contains(QStringLiteral("not been adopted")), qPrintable(error));
    QVERIFY(buffer.data().isEmpty()); // nothing written

    doc->undoStack()->push(new AdoptScenario(doc.get(), 0, FactorLibraryJson::builtIn(),
                                             QDate(2026, 3, 1), QStringLiteral("v1")));
    QTRY_VERIFY(items->item(monitoring)->isEnabled());
    kind->setCurrentIndex(monitoring);
    QCOMPARE(page.options().kind, ReportKind::Monitoring);
    doc->undoStack()->undo(); // no adopted plan: back to the plan itself
    QTRY_VERIFY(!items->item(monitoring)->isEnabled());
    QCOMPARE(page.options().kind, ReportKind::Plan);
}

QTEST_MAIN(TestReportPage)
#include "TestReportPage.moc"
