// The monitoring part of the JSON plan format (format version 2, docs/plan-format.md): an exact
// round trip of adopted plans, actual inventories, progress and indicators; a version 1 file
// reads as a plan without monitoring and is written as version 2; malformed monitoring is
// reported at its JSON pointer.
#include "MonitoringFixtures.h"
#include "PlanFixtures.h"
#include "PlanJsonTestData.h"
#include "monitoring/Adoption.h"

#include <QJsonDocument>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

PlanReadResult readBack(const QByteArray &json)
{
    return PlanJson::read(json, &noLibrary());
}

QByteArray withMonitoring(const char *monitoring)
{
    QJsonObject plan = PlanJson::toJson(monitoredSolarPlan());
    plan.insert(QStringLiteral("monitoring"),
                QJsonDocument::fromJson(QByteArray(monitoring)).object());
    return QJsonDocument(plan).toJson();
}

// The message at `path`, or an empty string.
QString messageAt(const PlanProblems &problems, const QString &path)
{
    for (const PlanProblem &p : problems) {
        if (p.path == path)
            return p.message;
    }
    return {};
}

} // namespace

class TestMonitoringJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void roundTripIsExact();
    void writtenAsTheCurrentVersionWithTheFrozenPlanInside();
    void aVersion1FileReadsWithoutMonitoringAndIsWrittenAsTheCurrentVersion();
    void aPlanWithoutMonitoringWritesNone();
    void badDateIsReportedAtItsPath();
    void unknownStatusNamesTheAllowedOnes();
    void adoptionWithoutItsPlanIsAnError();
    void problemsOfTheFrozenPlanAreReportedInsideIt();
};

void TestMonitoringJson::roundTripIsExact()
{
    const Plan plan = monitoredSolarPlan();
    const PlanReadResult back = readBack(PlanJson::write(plan));
    QVERIFY2(back.ok(), listed(back.problems).constData());
    QVERIFY(back.plan->monitoring == plan.monitoring);
    QVERIFY(*back.plan == plan);
    // The frozen plan is read as a plan of its own, with the adopted scenario alone.
    const AdoptedPlan &adopted = back.plan->monitoring.adoptions.front();
    QCOMPARE(adopted.scenario().name, plan.scenarios.front().name);
    QVERIFY(adopted.plan->monitoring.isEmpty());
}

void TestMonitoringJson::writtenAsTheCurrentVersionWithTheFrozenPlanInside()
{
    const QJsonObject json = PlanJson::toJson(monitoredSolarPlan());
    QCOMPARE(json.value(QStringLiteral("format_version")).toInt(), 4); // 4 since people
    const QJsonObject monitoring = json.value(QStringLiteral("monitoring")).toObject();
    const QJsonObject adoption =
        monitoring.value(QStringLiteral("adoptions")).toArray().at(0).toObject();
    QCOMPARE(adoption.value(QStringLiteral("date")).toString(), QStringLiteral("2024-01-15"));
    QCOMPARE(adoption.value(QStringLiteral("plan")).toObject().value(QStringLiteral("format")),
             QJsonValue(QStringLiteral("zeroplan-plan")));
    QCOMPARE(adoption.value(QStringLiteral("years")).toArray().size(), 8); // 2023–2030
    const QJsonObject progress =
        monitoring.value(QStringLiteral("progress")).toArray().at(0).toObject();
    QCOMPARE(progress.value(QStringLiteral("status")).toString(), QStringLiteral("implementing"));
    QCOMPARE(progress.value(QStringLiteral("adoption")).toDouble(), 40.0);
    QVERIFY(!progress.contains(QStringLiteral("opex_to_date"))); // not reported: left out
}

void TestMonitoringJson::aVersion1FileReadsWithoutMonitoringAndIsWrittenAsTheCurrentVersion()
{
    const QByteArray v1 = planFixture("minimal.json");
    QVERIFY(v1.contains("\"format_version\": 1"));
    const PlanReadResult read = PlanJson::read(v1, &testLibrary());
    QVERIFY2(read.ok(), listed(read.problems).constData());
    QVERIFY(read.plan->monitoring.isEmpty());
    QCOMPARE(PlanJson::toJson(*read.plan).value(QStringLiteral("format_version")).toInt(), 4);
}

void TestMonitoringJson::aPlanWithoutMonitoringWritesNone()
{
    Plan plan = monitoredSolarPlan();
    plan.monitoring = Monitoring{};
    QVERIFY(!PlanJson::toJson(plan).contains(QStringLiteral("monitoring")));
}

void TestMonitoringJson::badDateIsReportedAtItsPath()
{
    const PlanReadResult read = readBack(withMonitoring(
        R"({"progress": [{"measure": "solar", "year": 2025, "updates": [{"date": "20.12.2025"}]}]})"));
    QVERIFY(!read.ok());
    QCOMPARE(messageAt(read.problems, QStringLiteral("/monitoring/progress/0/updates/0/date")),
             QStringLiteral("\"20.12.2025\" is not a date; write it as year-month-day, e.g. "
                            "\"2026-03-01\""));
}

void TestMonitoringJson::unknownStatusNamesTheAllowedOnes()
{
    const PlanReadResult read = readBack(
        withMonitoring(R"({"progress": [{"measure": "solar", "year": 2025, "status": "done"}]})"));
    const QString message =
        messageAt(read.problems, QStringLiteral("/monitoring/progress/0/status"));
    QVERIFY2(message.contains(QStringLiteral("\"done\"")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("completed")), qPrintable(message));
}

void TestMonitoringJson::adoptionWithoutItsPlanIsAnError()
{
    const PlanReadResult read = readBack(withMonitoring(
        R"({"adoptions": [{"label": "v1", "date": "2024-01-15", "years": [], "gross_t": [], "net_t": []}]})"));
    QVERIFY(!read.ok());
    QVERIFY(messageAt(read.problems, QStringLiteral("/monitoring/adoptions/0/plan"))
                .startsWith(QStringLiteral("the adopted plan is missing")));
}

void TestMonitoringJson::problemsOfTheFrozenPlanAreReportedInsideIt()
{
    QJsonObject plan = PlanJson::toJson(monitoredSolarPlan());
    QJsonObject monitoring = plan.value(QStringLiteral("monitoring")).toObject();
    QJsonArray adoptions = monitoring.value(QStringLiteral("adoptions")).toArray();
    QJsonObject adoption = adoptions.at(0).toObject();
    QJsonObject frozen = adoption.value(QStringLiteral("plan")).toObject();
    QJsonObject community = frozen.value(QStringLiteral("community")).toObject();
    community.insert(QStringLiteral("population"), QStringLiteral("many"));
    frozen.insert(QStringLiteral("community"), community);
    adoption.insert(QStringLiteral("plan"), frozen);
    adoptions.replace(0, adoption);
    monitoring.insert(QStringLiteral("adoptions"), adoptions);
    plan.insert(QStringLiteral("monitoring"), monitoring);
    const PlanReadResult read = readBack(QJsonDocument(plan).toJson());
    QVERIFY(!read.ok());
    QVERIFY(!messageAt(read.problems,
                       QStringLiteral("/monitoring/adoptions/0/plan/community/population"))
                 .isEmpty());
}

QTEST_APPLESS_MAIN(TestMonitoringJson)
#include "TestMonitoringJson.moc"
