// The printed plan's "How the community takes part" (docs/people.md, docs/report.md) on the
// Shenzhen sample (resources/samples/shenzhen-xinqiao.json: six groups, 105 volunteers giving
// 2,400 hours a year; the monthly market 零碳市集 150 people each time, the quarterly talk from
// March 60, the yearly results show in December 300, the energy-saving week in June 400 — all
// 2024–2030 — and in 2025 only the Earth Day clean-up 200 and the car-free day 500), in English
// and Chinese; a plan without people prints no chapter.
// Participants a year: 2024 = 12 × 150 + 4 × 60 + 300 + 400 = 2,740; 2025 = 2,740 + 200 + 500
// = 3,440; 2026 = 2,740.
#include "ReportPdfText.h"
#include "report/PlanReport.h"
#include "report/ReportOptions.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zeroplan;

namespace {

// In the compatibility normal form (NFKC), every run of white space one space: a PDF reader
// extracts some Han characters as the Kangxi radicals the font shares (无 as ⽆).
QString normal(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

class TestReportPeople : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void english();
    void chinese();
    void noPeopleNoChapter();
    void activitiesOnTheTimeline();

private:
    QString peopleText(const Plan &plan, const QString &language);

    QTemporaryDir m_dir;
    Plan m_sample;
};

void TestReportPeople::initTestCase()
{
    QVERIFY(m_dir.isValid());
    PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
    QVERIFY(read.plan);
    m_sample = std::move(*read.plan);
    QCOMPARE(m_sample.people.activities.size(), 6);
}

QString TestReportPeople::peopleText(const Plan &plan, const QString &language)
{
    ReportOptions options;
    options.language = language;
    options.sections = {ReportSection::People};
    options.date = QDate(2026, 3, 1);
    return normal(test::reportPdfText(plan, FactorLibraryJson::builtIn(), options,
                                      m_dir.filePath(language + QStringLiteral(".pdf"))));
}

void TestReportPeople::english()
{
    const QString text = peopleText(m_sample, QStringLiteral("en"));
    for (const char *expected :
         {"How the community takes part", "Working groups", "垃圾组", "交通组", "厨余垃圾就地堆肥",
          "105 people, giving 2,400 hours a year", "Activity calendar", "零碳市集（旧物交换）",
          "every month", "quarterly, from March", "2024–2030", "22 April 2025",
          "Month by month, 2024–2026", "Mar", "not counted as reductions", "2024: 2,740",
          "2025: 3,440", "2026: 2,740"}) {
        QVERIFY2(text.contains(normal(QString::fromUtf8(expected))), expected);
    }
}

void TestReportPeople::chinese()
{
    QString text = peopleText(m_sample, QStringLiteral("zh_CN"));
    for (const char *expected : {"垃圾组", "零碳市集（旧物交换）", "地球日清洁行动",
                                 "2025年9月22日", "3月", "12月", "2025年4月22日"})
        QVERIFY2(text.contains(normal(QString::fromUtf8(expected))), expected);
    text.remove(QLatin1Char(','));
    QVERIFY2(text.contains(QStringLiteral("3440")), qPrintable(text.right(400)));
}

void TestReportPeople::noPeopleNoChapter()
{
    Plan plan = m_sample;
    plan.people = People{};
    const QString text = peopleText(plan, QStringLiteral("en"));
    QVERIFY(!text.isEmpty()); // the cover
    QVERIFY(!text.contains(QStringLiteral("How the community takes part")));
    QVERIFY(!text.contains(QStringLiteral("零碳市集")));
}

// The action timeline shows the activities apart from the measures, with how often and their
// years, and the groups by the plan's names.
void TestReportPeople::activitiesOnTheTimeline()
{
    ReportOptions options;
    options.language = QStringLiteral("en");
    options.sections = {ReportSection::Timeline};
    options.date = QDate(2026, 3, 1);
    const QString text =
        normal(test::reportPdfText(m_sample, FactorLibraryJson::builtIn(), options,
                                   m_dir.filePath(QStringLiteral("timeline.pdf"))));
    for (const char *expected :
         {"Community activities (no reduction of their own)", "零碳市集（旧物交换）",
          "Monthly · 2024–2030", "Once · 2025", "Quarterly · 2024–2030", "垃圾组", "能源组"})
        QVERIFY2(text.contains(normal(QString::fromUtf8(expected))), expected);
    Plan plain = m_sample;
    plain.people.activities.clear();
    const QString without =
        test::reportPdfText(plain, FactorLibraryJson::builtIn(), options,
                            m_dir.filePath(QStringLiteral("timeline-plain.pdf")));
    QVERIFY(!without.contains(QStringLiteral("Community activities")));
}

QTEST_MAIN(TestReportPeople)
#include "TestReportPeople.moc"
