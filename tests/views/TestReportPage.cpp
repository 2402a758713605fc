// The Report page: its preview is the PDF itself (Qt PDF), it follows the options — fewer
// sections, fewer pages; the language chosen for the report, not the window's — and the
// plan's edits; Export writes the file, and a file that can't be written leaves nothing.
#include "ChangeValue.h"
#include "PlanFields.h"
#include "SampleDocument.h"
#include "engine/Results.h"
#include "inventory/FactorLibrary.h"
#include "present/LiveResults.h"
#include "report/ReportOptions.h"
#include "reportpage/ReportPage.h"
#include "storage/FactorLibraryJson.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace zeroplan;

namespace {

// A page's text in NFKC: the PDF maps a few CJK glyphs back to the Kangxi radical that
// shares them (docs/report.md), which NFKC turns back into the character.
QString pageText(QPdfDocument *pdf, int page)
{
    return pdf->getAllText(page).text().normalized(QString::NormalizationForm_KC);
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
    QCOMPARE(sections->count(), 10);
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

QTEST_MAIN(TestReportPage)
#include "TestReportPage.moc"
