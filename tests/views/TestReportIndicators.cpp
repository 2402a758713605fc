// The printed plan's Monitoring chapter lists the committee's indicators (docs/report.md,
// docs/monitoring.md, "Indicators"): on the Shenzhen sample (resources/samples/
// shenzhen-xinqiao.json: 碳账户参与率 % plan/actual 20/15 in 2024, 28/30 in 2025; 垃圾分类准确率
// % 70/72, 80/78) each year's plan / actual, in English and Chinese; with more years than fit,
// the latest year with an actual figure alone. (A PDF reader extracts 户 of 碳账户 as the Kangxi
// radical ⼾, U+2F3E, the glyph the CJK font shares: the test looks for 参与率.)
#include "ReportPdfText.h"
#include "report/PlanReport.h"
#include "report/ReportOptions.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zeroplan;

class TestReportIndicators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachYearInEnglish();
    void eachYearInChinese();
    void manyYearsPrintTheLatest();

private:
    QString monitoringText(const Plan &plan, const QString &language);

    QTemporaryDir m_dir;
    Plan m_sample;
};

void TestReportIndicators::initTestCase()
{
    QVERIFY(m_dir.isValid());
    PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
    QVERIFY(read.plan);
    m_sample = std::move(*read.plan);
    QCOMPARE(m_sample.monitoring.indicators.size(), 2);
}

QString TestReportIndicators::monitoringText(const Plan &plan, const QString &language)
{
    ReportOptions options;
    options.language = language;
    options.sections = {ReportSection::Monitoring};
    options.date = QDate(2026, 3, 1);
    return test::reportPdfText(plan, FactorLibraryJson::builtIn(), options,
                               m_dir.filePath(language + QStringLiteral(".pdf")))
        .simplified();
}

void TestReportIndicators::eachYearInEnglish()
{
    const QString text = monitoringText(m_sample, QStringLiteral("en"));
    // 30 − 28 = +2, 30 / 28 = 107 %; 78 − 80 = −2.
    for (const char *expected :
         {"Indicators", "参与率", "垃圾分类准确率", "2024", "2025", "20 / 15", "28 / 30", "70 / 72",
          "80 / 78", "+2 (107% of plan)", "−2 (", "Each year shows the plan", "平台后台统计"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(!text.contains(QStringLiteral("Latest actual")));
}

void TestReportIndicators::eachYearInChinese()
{
    const QString text = monitoringText(m_sample, QStringLiteral("zh_CN"));
    for (const char *expected : {"参与率", "垃圾分类准确率", "20 / 15", "80 / 78"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
}

void TestReportIndicators::manyYearsPrintTheLatest()
{
    // Six years (2024–2029) are more than the five the page takes: the latest year with an
    // actual figure, 2026 (plan 36, actual 33: −3, 33 / 36 = 91.7 % → 92 %).
    Plan plan = m_sample;
    Indicator &accounts = plan.monitoring.indicators[0];
    accounts.values.append({2026, 36.0, 33.0, QString()});
    for (int year = 2027; year <= 2029; ++year)
        accounts.values.append({year, 40.0 + year - 2027, std::nullopt, QString()});
    const QString text = monitoringText(plan, QStringLiteral("en"));
    for (const char *expected : {"Indicators", "Latest actual", "参与率", "2026",
                                 "−3 (92% of plan)", "垃圾分类准确率", "−2 ("}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(!text.contains(QStringLiteral("20 / 15")));
}

QTEST_MAIN(TestReportIndicators)
#include "TestReportIndicators.moc"
