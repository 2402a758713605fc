// The printed plan's chapter "What this means for residents" (docs/report.md,
// docs/residents.md): for the Shenzhen Xinqiao sample, in English and Chinese, the households
// reached, the typical household's upfront cost and subsidy worked out by hand from the
// sample's inputs, the sponsors' money over the horizon, the funding plan's shortfall years
// and what the carbon-accounts points budget buys; a plan without a residents section says so
// in one sentence and points to the Residents page.
#include "ReportPdfText.h"
#include "engine/PlanRun.h"
#include "present/NumberFormat.h"
#include "report/ReportLanguage.h"
#include "report/ReportOptions.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zeroplan;

namespace {

Plan sample(const char *file)
{
    PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/") + QLatin1String(file));
    if (!read.plan)
        qFatal("sample %s does not read", file);
    return std::move(*read.plan);
}

} // namespace

class TestReportResidents : public QObject
{
    Q_OBJECT

private slots:
    void shenzhenInEnglish();
    void shenzhenInChinese();
    void planWithoutResidentsSaysSo();

private:
    // The text of the report of `plan` with the residents chapter alone, for the scenario
    // 全面 (index 1) of the sample, whitespace simplified.
    QString residentsText(const Plan &plan, const QString &language, int scenario = 1);

    QTemporaryDir m_dir;
};

QString TestReportResidents::residentsText(const Plan &plan, const QString &language, int scenario)
{
    ReportOptions options;
    options.language = language;
    options.scenario = scenario;
    options.sections = {ReportSection::Residents};
    options.date = QDate(2026, 12, 6);
    return test::reportPdfText(plan, FactorLibraryJson::builtIn(), options,
                               m_dir.filePath(language + QStringLiteral(".pdf")))
        .simplified();
}

void TestReportResidents::shenzhenInEnglish()
{
    // By hand from the sample (TestResidentsOutcome has the sums): 372 households; up front
    // 2,337,000 ÷ 372 = 6,282 CNY; subsidy 2,902,000 ÷ 372 = 7,801 CNY; the sponsors invest
    // 2 × 600,000 = 1,200,000 over 2023–2060 (green building and its renewal), NPV −640,912;
    // their source (120,000 a year in 2025–2029) covers the first purchase, not the renewal.
    // The government's upkeep of the greening (20,000 a year to 2060) has no source after
    // 2029, so the shortfall years run to 2060.
    QVERIFY(m_dir.isValid());
    const QString text = residentsText(sample("shenzhen-xinqiao.json"), QStringLiteral("en"));
    for (const char *expected :
         {"What this means for residents", "reach up to 372 households", "pays 6,282 CNY up front",
          "receives 7,801 CNY of subsidy", "Who pays how much", "Sponsors", "1,200,000", "-640,912",
          "Funding plan", "2060", "Carbon accounts:", "per credited tonne", "per additional tonne",
          "The points budget is"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(text.contains(QStringLiteral("fall short in")));
    // Affordability is judged against the sample's 10 % of 160,000, and met.
    QVERIFY(text.contains(QStringLiteral("within 10% of the median income in every year")));
}

void TestReportResidents::shenzhenInChinese()
{
    // In Chinese amounts below 10,000 元 are in 元, totals in 万元 with one place: the
    // sponsors' 1,200,000 is 120.0 万元 and their NPV −64.1 万元. (The heading is looked for
    // without 居民: the PDF's text gives 民 as the radical ⺠ of the CJK font's mapping.)
    const QString text = residentsText(sample("shenzhen-xinqiao.json"), QStringLiteral("zh_CN"));
    for (const char *expected :
         {"意味着什么", "372", "6,282 元", "7,801 元", "120.0", "-64.1", "2060"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(!text.contains(QStringLiteral("CNY")));
}

void TestReportResidents::planWithoutResidentsSaysSo()
{
    const QString text = residentsText(sample("hangzhou-hemu.json"), QStringLiteral("en"), 0);
    QVERIFY(text.contains(QStringLiteral("What this means for residents")));
    QVERIFY(text.contains(QStringLiteral("The plan does not say yet who pays for its measures")));
    QVERIFY(text.contains(QStringLiteral("Residents page")));
    QVERIFY(!text.contains(QStringLiteral("Who pays how much")));
}

QTEST_MAIN(TestReportResidents)
#include "TestReportResidents.moc"
