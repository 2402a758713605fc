// Issue 14, seen by a user: a plan started in English printed in Chinese names its catalogue
// measures, their default sources and its grid factor in Chinese, and keeps what the user
// typed as typed; neither report names internal references; the grid region field shows
// regions by name with their provinces, never by id, and picking a province picks its grid.
#include "InternalReferences.h"
#include "PlanDocument.h"
#include "ReportPdfText.h"
#include "community/GridRegionField.h"
#include "inventory/FactorLibrary.h"
#include "measures/MeasureCatalogue.h"
#include "measures/MeasureDefaults.h"
#include "plan/PriceLibrary.h"
#include "plan/StartingPlan.h"
#include "report/PlanReport.h"
#include "report/ReportOptions.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace zeroplan;

namespace {

const char *const kCatalogue = "zeroplan::MeasureCatalogue";

// Without white space and in NFKC: the PDF breaks lines inside Chinese text and may give a CJK
// character as the Kangxi radical that shares its glyph (TestCliReport).
QString squeezed(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s;
}

// A plan as File → New makes it in English for the East China grid, base year 2023, with two
// rooftop solar measures added while the window spoke English: one as the catalogue names it,
// one the user renamed and gave a source of their own.
Plan startedInEnglish()
{
    const FactorLibrary &library = FactorLibraryJson::builtIn();
    Plan plan = StartingPlan::make(QStringLiteral("Riverside"), QStringLiteral("CN-East"), 2023,
                                   library, PriceLibrary::builtIn());
    Measure asAdded = MeasureDefaults::make(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2025,
                                            plan.community.currency);
    Measure renamed = MeasureDefaults::make(MeasureKind::RooftopSolar, QStringLiteral("school"),
                                            2026, plan.community.currency);
    renamed.name = QStringLiteral("Solar on the school roof");
    renamed.parameters[QStringLiteral("capacity_kwp")].source =
        QStringLiteral("School board quote of May 2025");
    plan.measures = {asAdded, renamed};
    plan.scenarios[0].measures = {{asAdded.id, 1}, {renamed.id, 1}};
    return plan;
}

} // namespace

class TestBilingualText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chineseReportOfAPlanStartedInEnglish();
    void englishReportOfAPlanStartedInChinese();
    void sampleReportsNameNoInternalReference_data();
    void sampleReportsNameNoInternalReference();
    void gridRegionFieldShowsNamesAndPicksByProvince();

private:
    QString reportText(const Plan &plan, const QString &language, QList<ReportSection> sections);

    QTemporaryDir m_dir;
    QTranslator m_chinese;
};

void TestBilingualText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/zeroplan_zh_CN")));
}

QString TestBilingualText::reportText(const Plan &plan, const QString &language,
                                      QList<ReportSection> sections)
{
    ReportOptions options;
    options.language = language;
    options.sections = sections;
    options.uncertaintySamples = 200;
    return test::reportPdfText(plan, FactorLibraryJson::builtIn(), options,
                               m_dir.filePath(language + QStringLiteral(".pdf")));
}

// The Chinese report: 屋顶光伏 (translations/zeroplan_zh_CN.ts) for the measure as added, not
// "Rooftop solar PV"; the user's name and source as typed; the default's source (Jordan & Kurtz
// 2013 on degradation) and the grid factor in Chinese, the factor never by its id.
void TestBilingualText::chineseReportOfAPlanStartedInEnglish()
{
    const Plan plan = startedInEnglish();
    QCOMPARE(plan.measures[0].name, QStringLiteral("Rooftop solar PV"));
    const QString text = squeezed(
        reportText(plan, QStringLiteral("zh_CN"),
                   {ReportSection::Measures, ReportSection::Timeline, ReportSection::Assumptions}));
    QVERIFY(!text.isEmpty());
    const QString chineseName = m_chinese.translate(kCatalogue, "Rooftop solar PV");
    QCOMPARE(chineseName, QStringLiteral("屋顶光伏"));
    QVERIFY(text.contains(squeezed(chineseName)));
    QVERIFY2(!text.contains(squeezed(QStringLiteral("Rooftop solar PV"))), qPrintable(text));
    QVERIFY(text.contains(squeezed(QStringLiteral("Solar on the school roof"))));
    QVERIFY(text.contains(squeezed(QStringLiteral("School board quote of May 2025"))));

    const char *degradation = MeasureCatalogue::spec(MeasureKind::RooftopSolar)
                                  .parameter(QStringLiteral("degradation"))
                                  ->source;
    QVERIFY(text.contains(squeezed(m_chinese.translate(kCatalogue, degradation))));
    QVERIFY(!text.contains(QStringLiteral("Jordan&Kurtz2013:median")));

    const EmissionFactor *grid =
        FactorLibraryJson::builtIn().find(plan.community.electricityFactor);
    QVERIFY(grid);
    QCOMPARE(grid->id, QStringLiteral("grid-cn-east-2023"));
    QVERIFY(text.contains(squeezed(grid->nameZh)));
    QVERIFY(text.contains(squeezed(QStringLiteral("生态环境部"))));
    QVERIFY(!text.contains(squeezed(grid->name)));
    QVERIFY(!text.contains(grid->id));
    QVERIFY(!text.contains(QStringLiteral("CN-East")));
    const QString found = test::internalReference(text);
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

// The other way: measures added while the window spoke Chinese, printed in English.
void TestBilingualText::englishReportOfAPlanStartedInChinese()
{
    Plan plan = startedInEnglish(); // the scenario's default name stays English
    QCoreApplication::installTranslator(&m_chinese);
    plan.measures[0] = MeasureDefaults::make(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2025,
                                             plan.community.currency);
    QCoreApplication::removeTranslator(&m_chinese);
    QCOMPARE(plan.measures[0].name, QStringLiteral("屋顶光伏"));
    const QString text = squeezed(reportText(
        plan, QStringLiteral("en"), {ReportSection::Measures, ReportSection::Assumptions}));
    QVERIFY(text.contains(squeezed(QStringLiteral("Rooftop solar PV"))));
    QVERIFY(!text.contains(QStringLiteral("屋顶光伏")));
    QVERIFY(text.contains(squeezed(QStringLiteral("Solar on the school roof"))));
    QVERIFY(text.contains(squeezed(QStringLiteral("Jordan & Kurtz 2013"))));
    QVERIFY(
        text.contains(squeezed(QStringLiteral("East China grid (e.g. Hangzhou) average 2023"))));
    // No Chinese text but the titles of Chinese publications the catalogue cites in its English
    // sources (《碳中和社区实践指南…》): every catalogue and library text has its English.
    const QString outsideTitles =
        QString(text).remove(QRegularExpression(QStringLiteral("《[^》]*》")));
    const auto han = std::find_if(outsideTitles.cbegin(), outsideTitles.cend(), [](QChar c) {
        return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
    });
    QVERIFY2(han == outsideTitles.cend(),
             qPrintable(outsideTitles.mid(std::max<qsizetype>(0, han - outsideTitles.cbegin() - 80),
                                          120)));
}

void TestBilingualText::sampleReportsNameNoInternalReference_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("language");
    for (const char *sample : {"shenzhen-xinqiao.json", "european-ecodistrict.json"}) {
        for (const char *language : {"en", "zh_CN"})
            QTest::addRow("%s %s", sample, language)
                << QString::fromLatin1(sample) << QString::fromLatin1(language);
    }
}

// Every section of the printed plan of a sample, in both languages.
void TestBilingualText::sampleReportsNameNoInternalReference()
{
    QFETCH(QString, sample);
    QFETCH(QString, language);
    PlanReadResult read = PlanJson::readFile(QStringLiteral(":/samples/") + sample);
    QVERIFY(read.plan);
    const QString text = reportText(*read.plan, language, ReportOptions::allSections());
    QVERIFY(text.size() > 2000);
    const QString found = test::internalReference(text);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    // No grid factor or region by its id.
    QVERIFY(!text.contains(QStringLiteral("grid-cn-")));
    QVERIFY(!text.contains(QStringLiteral("grid-eu-")));
}

// Through the widget: the regions are named with their provinces; typing "Zhe" in the province
// list picks Zhejiang and, with it, the East China grid and its 2023 factor (0.5500 kg/kWh,
// resources/factors/factors.json), in one undo step.
void TestBilingualText::gridRegionFieldShowsNamesAndPicksByProvince()
{
    const FactorLibrary &library = FactorLibraryJson::builtIn();
    std::unique_ptr<PlanDocument> document = PlanDocument::fromPlan(
        StartingPlan::make(QStringLiteral("Futian"), QStringLiteral("CN-South"), 2023, library,
                           PriceLibrary::builtIn()),
        m_dir.path());
    GridRegionField field(document.get(), library);
    auto *regions = field.findChild<QComboBox *>(QStringLiteral("gridRegionComboBox"));
    auto *provinces = field.findChild<QComboBox *>(QStringLiteral("gridProvinceComboBox"));
    auto *factor = field.findChild<QLabel *>(QStringLiteral("gridFactorLabel"));
    QVERIFY(regions && provinces && factor);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));

    QCOMPARE(regions->count(), library.gridRegions().size());
    for (int i = 0; i < regions->count(); ++i) {
        const QString text = regions->itemText(i);
        QVERIFY2(!text.contains(regions->itemData(i).toString()), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("CN-")), qPrintable(text));
    }
    QCOMPARE(regions->currentText(),
             QStringLiteral("China Southern grid (Guangdong, Guangxi, Yunnan, Guizhou, Hainan)"));
    QVERIFY2(!factor->text().contains(QStringLiteral("grid-cn-")), qPrintable(factor->text()));
    QVERIFY(
        factor->text().contains(QStringLiteral("South China grid (e.g. Shenzhen) average 2023")));
    QCOMPARE(provinces->count(), 31);
    QCOMPARE(provinces->currentIndex(), -1);

    provinces->setFocus();
    QTest::keyClicks(provinces, QStringLiteral("Zhe"));
    QCOMPARE(provinces->currentText(), QStringLiteral("Zhejiang"));
    const Community &c = document->plan().community;
    QCOMPARE(c.gridRegion, QStringLiteral("CN-East"));
    QCOMPARE(c.electricityFactor, QStringLiteral("grid-cn-east-2023"));
    QCOMPARE(regions->currentText(),
             QStringLiteral("East China grid (Shanghai, Jiangsu, Zhejiang, Anhui, Fujian)"));
    QVERIFY(factor->text().contains(QStringLiteral("0.5500")));
    QCOMPARE(provinces->currentText(), QStringLiteral("Zhejiang"));

    document->undoStack()->undo();
    field.refresh();
    QCOMPARE(document->plan().community.gridRegion, QStringLiteral("CN-South"));
    QCOMPARE(provinces->currentIndex(), -1); // Zhejiang is not in the southern grid
}

QTEST_MAIN(TestBilingualText)
#include "TestBilingualText.moc"
