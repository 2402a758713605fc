// The printed plan's monitoring chapter (docs/report.md, docs/monitoring.md): for an adopted
// plan it prints the adopted version, the headline, the gap of each actual year, every measure
// with its traffic light, why emissions changed and the re-forecasts, in English and Chinese,
// with the figures `zeroplan-cli track` gives for the Shenzhen sample; a plan never adopted
// prints no such chapter.
#include "ReportPdfText.h"
#include "report/PlanReport.h"
#include "report/ReportOptions.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QBuffer>
#include <QFile>
#include <QPdfDocument>
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

class TestReportMonitoring : public QObject
{
    Q_OBJECT

private slots:
    void adoptedPlanInEnglish();
    void adoptedPlanInChinese();
    void planNeverAdoptedPrintsNoChapter();

private:
    // The text of the report of `plan` with the monitoring chapter alone, assessed on
    // 1 March 2026 (the cover's date).
    QString monitoringText(const Plan &plan, const QString &language);

    QTemporaryDir m_dir;
};

QString TestReportMonitoring::monitoringText(const Plan &plan, const QString &language)
{
    ReportOptions options;
    options.language = language;
    options.sections = {ReportSection::Monitoring};
    options.date = QDate(2026, 3, 1);
    return test::reportPdfText(plan, FactorLibraryJson::builtIn(), options,
                               m_dir.filePath(language + QStringLiteral(".pdf")))
        .simplified();
}

void TestReportMonitoring::adoptedPlanInEnglish()
{
    // As `zeroplan-cli track resources/samples/shenzhen-xinqiao.json --as-of 2026-03-01`:
    // 208 t reduced since 2023, 250 t still to reduce by 2030; 2025 planned 341.3, actual
    // 421.8, gap 80.4 t (23.6 %); rooftop solar late (250 of 444.44 kWp, 42 %, realised 94.0 of
    // 167.1 t); measures −217.3 t of a −208.1 t change; catch up leaves 153.5 t in 2030.
    QVERIFY(m_dir.isValid());
    const QString text = monitoringText(sample("shenzhen-xinqiao.json"), QStringLiteral("en"));
    for (const char *expected :
         {"Monitoring", "Adopted 2023版, 2023-12-18", "208 tCO₂e reduced since 2023",
          "250 tCO₂e still to reduce by 2030", "341.3", "421.8", "80.4", "23.6%", "late", "444.44",
          "250.00", "167.1", "94.0", "-217.3", "-208.1", "Catch up", "153.5",
          "Why emissions changed, 2023 to 2025", "Re-forecast from 2025"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
}

void TestReportMonitoring::adoptedPlanInChinese()
{
    const QString text = monitoringText(sample("shenzhen-xinqiao.json"), QStringLiteral("zh_CN"));
    for (const char *expected :
         {"监测", "已采纳 2023版", "滞后", "追赶", "排放变化的原因", "2025 年重新预测", "80.4"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(!text.contains(QStringLiteral("Catch up")));
}

void TestReportMonitoring::planNeverAdoptedPrintsNoChapter()
{
    const QString text = monitoringText(sample("hangzhou-hemu.json"), QStringLiteral("en"));
    QVERIFY(!text.isEmpty()); // the cover
    QVERIFY(!text.contains(QStringLiteral("Monitoring")));
    QVERIFY(!text.contains(QStringLiteral("Re-forecast")));
}

QTEST_MAIN(TestReportMonitoring)
#include "TestReportMonitoring.moc"
