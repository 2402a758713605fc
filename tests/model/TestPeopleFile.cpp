// The people side of the plan (docs/people.md) in the plan file (format version 4,
// docs/plan-format.md "people") and the .zeroplan project file (schema version 5): the
// calendar's months, a round trip of both files, an older file without people, the default
// groups of a new plan, and the checks naming the row of each mistake.
#include "PlanFixtures.h"
#include "ProblemList.h"
#include "engine/ScenarioEngine.h"
#include "inventory/FactorLibrary.h"
#include "plan/PriceLibrary.h"
#include "plan/StartingPlan.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "storage/PlanSchema.h"
#include "storage/PlanStore.h"
#include "storage/PlanValidator.h"
#include "storage/ResultJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

CommunityActivity activity(const QString &name, const QString &group, Recurrence recurrence,
                           int month, int first, int last, double participants, double cost)
{
    CommunityActivity a;
    a.name = name;
    a.group = group;
    a.recurrence = recurrence;
    a.month = month;
    a.firstYear = first;
    a.lastYear = last;
    a.participants = participants;
    a.costPerOccurrence = cost;
    return a;
}

// Two measures (waste sorting owned by the waste group, shared transport by transport), the
// guide's four groups and one activity of each recurrence.
Plan peoplePlan()
{
    Plan plan = basePlan(2024, 2030);
    plan.measures = {measure(MeasureKind::WasteSorting, QStringLiteral("sorting"), 2025),
                     measure(MeasureKind::SharedTransport, QStringLiteral("bikes"), 2025)};
    plan.measures[0].name = QStringLiteral("Waste sorting");
    plan.measures[0].ownerGroup = QStringLiteral("waste");
    plan.measures[1].name = QStringLiteral("Shared bikes");
    plan.measures[1].ownerGroup = QStringLiteral("transport");
    plan.scenarios = {allMeasures(plan)};
    plan.people.groups = {
        {QStringLiteral("energy"), QStringLiteral("Energy group"), QString(), 5, 10},
        {QStringLiteral("transport"), QStringLiteral("Transport group"), QStringLiteral("Mr Li"), 4,
         8},
        {QStringLiteral("waste"), QStringLiteral("Waste group"), QStringLiteral("Ms Chen"), 6, 20},
        {QStringLiteral("food"), QStringLiteral("Food group"), QString(), 3, 0}};
    plan.people.volunteers = {80, 1500, QStringLiteral("committee roll 2024")};
    CommunityActivity market = activity(QStringLiteral("Swap market"), QStringLiteral("waste"),
                                        Recurrence::Monthly, 1, 2025, 2030, 150, 800);
    market.measures = {QStringLiteral("sorting")};
    CommunityActivity talk = activity(QStringLiteral("Quarterly talk"), QString(),
                                      Recurrence::Quarterly, 2, 2025, 2027, 60, 1500);
    CommunityActivity show = activity(QStringLiteral("Results show"), QStringLiteral("energy"),
                                      Recurrence::Yearly, 12, 2025, 2030, 300, 8000);
    CommunityActivity carFree =
        activity(QStringLiteral("Car-free day"), QStringLiteral("transport"), Recurrence::Once, 1,
                 0, 0, 500, 5000);
    carFree.date = QDate(2025, 9, 22);
    carFree.measures = {QStringLiteral("bikes")};
    carFree.note = QStringLiteral("supports shared transport's take-up");
    plan.people.activities = {market, talk, show, carFree};
    return plan;
}

PlanProblems validated(const Plan &plan)
{
    return PlanValidator::validate(plan, noLibrary());
}

} // namespace

class TestPeopleFile : public QObject
{
    Q_OBJECT

private slots:
    void months();
    void jsonRoundTrip();
    void olderJsonHasNoPeople();
    void projectFileRoundTrip();
    void olderProjectFileMigrates();
    void newPlanHasTheGuidesGroups();
    void groupNames();
    void checks_data();
    void checks();
    void engineIgnoresPeople();

private:
    QTemporaryDir m_dir;
};

// When each recurrence takes place (People.cpp, CommunityActivity::monthsIn).
void TestPeopleFile::months()
{
    const Plan plan = peoplePlan();
    const QList<CommunityActivity> &a = plan.people.activities;
    QCOMPARE(a[0].monthsIn(2025).size(), 12);    // monthly: every month
    QCOMPARE(a[0].monthsIn(2024), QList<int>()); // before its first year
    // Quarterly from February: Feb, May, Aug, Nov; not after 2027.
    QCOMPARE(a[1].monthsIn(2026), (QList<int>{2, 5, 8, 11}));
    QCOMPARE(a[1].monthsIn(2028), QList<int>());
    QCOMPARE(a[2].monthsIn(2030), QList<int>{12});
    QCOMPARE(a[3].monthsIn(2025), QList<int>{9}); // once, on 2025-09-22
    QCOMPARE(a[3].monthsIn(2026), QList<int>());
    QCOMPARE(a[3].startYear(), 2025);
    QCOMPARE(a[3].endYear(), 2025);
}

void TestPeopleFile::jsonRoundTrip()
{
    const Plan plan = peoplePlan();
    const PlanProblems problems = validated(plan);
    for (const PlanProblem &p : problems)
        QVERIFY2(!p.path.startsWith(QLatin1String("/people")), qPrintable(p.toString()));
    const QByteArray json = PlanJson::write(plan);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("format_version")).toInt(), Plan::kFormatVersion);
    const QJsonObject people = root.value(QStringLiteral("people")).toObject();
    const QJsonArray activities = people.value(QStringLiteral("activities")).toArray();
    QCOMPARE(activities.size(), 4);
    // A monthly activity has no month, a one-off only its date.
    QVERIFY(!activities.at(0).toObject().contains(QStringLiteral("month")));
    QCOMPARE(activities.at(3).toObject().value(QStringLiteral("date")).toString(),
             QStringLiteral("2025-09-22"));
    QVERIFY(!activities.at(3).toObject().contains(QStringLiteral("first_year")));
    QCOMPARE(people.value(QStringLiteral("groups"))
                 .toArray()
                 .at(2)
                 .toObject()
                 .value(QStringLiteral("lead")),
             QJsonValue(QStringLiteral("Ms Chen")));
    const PlanReadResult read = PlanJson::read(json, &noLibrary());
    QVERIFY2(read.ok(), listed(read.problems).constData());
    QVERIFY(read.plan->people == plan.people);
    QVERIFY(*read.plan == plan);
    // A plan without people writes no people section.
    Plan plain = plan;
    plain.people = People{};
    QVERIFY(!QJsonDocument::fromJson(PlanJson::write(plain))
                 .object()
                 .contains(QStringLiteral("people")));
}

// A version 3 file has no people; its owner ids keep working and show the catalogue's names.
void TestPeopleFile::olderJsonHasNoPeople()
{
    QJsonObject root = PlanJson::toJson(peoplePlan());
    root.remove(QStringLiteral("people"));
    root.insert(QStringLiteral("format_version"), 3);
    const PlanReadResult read = PlanJson::read(QJsonDocument(root).toJson(), &noLibrary());
    QVERIFY2(read.ok(), listed(read.problems).constData());
    QVERIFY(read.plan->people.isEmpty());
    QCOMPARE(read.plan->measures[0].ownerGroup, QStringLiteral("waste"));
    QCOMPARE(read.plan->people.groupName(QStringLiteral("waste")), QStringLiteral("Waste group"));
    for (const PlanProblem &p : validated(*read.plan))
        QVERIFY2(!p.path.contains(QLatin1String("owner_group")), qPrintable(p.toString()));
}

void TestPeopleFile::projectFileRoundTrip()
{
    const Plan plan = peoplePlan();
    const QString path = m_dir.filePath(QStringLiteral("people.zeroplan"));
    QString error;
    QVERIFY2(PlanStore::save(plan, path, &error), qPrintable(error));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("people-check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), PlanSchema::kVersion);
        QVERIFY(PlanSchema::kVersion >= 5); // the first schema with the people table
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM people")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("people-check"));
    const PlanStoreResult loaded = PlanStore::load(path);
    QVERIFY2(loaded.plan, listed(loaded.problems).constData());
    QVERIFY(loaded.plan->people == plan.people);
    QVERIFY(*loaded.plan == plan);
}

// A version 4 project file (before people) migrates: it loads without people, and saved with
// people it keeps them.
void TestPeopleFile::olderProjectFileMigrates()
{
    const PlanStoreResult loaded = PlanStore::load(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/paid-v4.zeroplan"));
    QVERIFY2(loaded.plan, listed(loaded.problems).constData());
    QVERIFY(loaded.plan->people.isEmpty());
    Plan plan = *loaded.plan;
    plan.people = peoplePlan().people;
    const QString path = m_dir.filePath(QStringLiteral("from-v4.zeroplan"));
    QString error;
    QVERIFY2(PlanStore::save(plan, path, &error), qPrintable(error));
    const PlanStoreResult again = PlanStore::load(path);
    QVERIFY(again.plan);
    QVERIFY(again.plan->people == plan.people);
}

void TestPeopleFile::newPlanHasTheGuidesGroups()
{
    const Plan plan = StartingPlan::make(QStringLiteral("Riverside"), QString(), 2024,
                                         FactorLibraryJson::builtIn(), PriceLibrary::builtIn());
    QCOMPARE(plan.people.groups.size(), 4);
    QStringList ids;
    for (const WorkingGroup &g : plan.people.groups)
        ids << g.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("energy"), QStringLiteral("transport"),
                               QStringLiteral("waste"), QStringLiteral("food")}));
    QCOMPARE(plan.people.groups[3].name, QStringLiteral("Food group"));
    QVERIFY(plan.people.activities.isEmpty());
}

void TestPeopleFile::groupNames()
{
    People people;
    people.groups = {{QStringLiteral("waste"), QStringLiteral("垃圾组"), QString(), 0, 0}};
    QCOMPARE(people.groupName(QStringLiteral("waste")), QStringLiteral("垃圾组"));
    // Not a plan group: the catalogue's name, else the id itself.
    QCOMPARE(people.groupName(QStringLiteral("greening")), QStringLiteral("Greening group"));
    QCOMPARE(people.groupName(QStringLiteral("youth club")), QStringLiteral("youth club"));
}

void TestPeopleFile::checks_data()
{
    QTest::addColumn<int>("mistake");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("error");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative members") << 0 << "/people/groups/2/members" << true
                                      << "working group \"Waste group\": members is -3";
    QTest::newRow("duplicate id") << 1 << "/people/groups/3/id" << true << "\"energy\"";
    QTest::newRow("negative hours")
        << 2 << "/people/volunteers/hours_per_year" << true << "-10 hours a year";
    QTest::newRow("unknown group of an activity")
        << 3 << "/people/activities/0/group" << false
        << "activity \"Swap market\": its group \"youth\" is not one of the plan's working groups";
    QTest::newRow("unknown measure of an activity")
        << 4 << "/people/activities/3/measures/1" << false
        << "activity \"Car-free day\" supports measure \"metro\", which the plan does not have";
    QTest::newRow("unknown owner group")
        << 5 << "/measures/1/owner_group" << false
        << "measure \"Shared bikes\" is owned by group \"cycling\", which is not one of the "
           "plan's working groups";
    QTest::newRow("negative participants") << 6 << "/people/activities/1/participants" << true
                                           << "activity \"Quarterly talk\": -5 participants";
    QTest::newRow("month 13") << 7 << "/people/activities/2/month" << true
                              << "activity \"Results show\": month 13 does not exist";
    QTest::newRow("last before first") << 8 << "/people/activities/1/last_year" << true
                                       << "its last year 2024 is before its first year 2025";
    QTest::newRow("no name") << 9 << "/people/activities/0/name" << true
                             << "activity #1 has no name";
}

void TestPeopleFile::checks()
{
    QFETCH(int, mistake);
    QFETCH(QString, path);
    QFETCH(bool, error);
    QFETCH(QString, message);
    Plan plan = peoplePlan();
    People &p = plan.people;
    switch (mistake) {
    case 0:
        p.groups[2].members = -3;
        break;
    case 1:
        p.groups[3].id = QStringLiteral("energy");
        break;
    case 2:
        p.volunteers.hoursPerYear = -10;
        break;
    case 3:
        p.activities[0].group = QStringLiteral("youth");
        break;
    case 4:
        p.activities[3].measures << QStringLiteral("metro");
        break;
    case 5:
        plan.measures[1].ownerGroup = QStringLiteral("cycling");
        break;
    case 6:
        p.activities[1].participants = -5;
        break;
    case 7:
        p.activities[2].month = 13;
        break;
    case 8:
        p.activities[1].lastYear = 2024;
        break;
    case 9:
        p.activities[0].name.clear();
        break;
    }
    const PlanProblems problems = validated(plan);
    const PlanProblem *problem = problemAt(problems, path);
    QVERIFY2(problem, listed(problems).constData());
    QVERIFY2(problem->message.contains(message), qPrintable(problem->toString()));
    QCOMPARE(problem->severity == PlanProblem::Severity::Error, error);
    // The mistake written to a file and read back is found again at the same path.
    const PlanReadResult read = PlanJson::read(PlanJson::write(plan), &noLibrary());
    QVERIFY(problemAt(read.problems, path) || !read.plan);
}

// Activities reduce nothing (docs/people.md): the Shenzhen sample with its calendar and
// groups gives the same results, scenario by scenario, as without them.
void TestPeopleFile::engineIgnoresPeople()
{
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
    QVERIFY2(read.plan, listed(read.problems).constData());
    const Plan &with = *read.plan;
    QCOMPARE(with.people.activities.size(), 6);
    Plan without = with;
    without.people = People{};
    const ScenarioEngine engine(FactorLibraryJson::builtIn());
    const QJsonObject a = ResultJson::toJson(with, engine.run(with));
    const QJsonObject b = ResultJson::toJson(without, engine.run(without));
    QVERIFY(!a.isEmpty());
    QCOMPARE(QJsonDocument(a).toJson(), QJsonDocument(b).toJson());
    // The sample's activities and owners name only groups and measures it has.
    for (const PlanProblem &p : PlanValidator::validate(with, FactorLibraryJson::builtIn()))
        QVERIFY2(!p.path.startsWith(QLatin1String("/people")) &&
                     !p.path.contains(QLatin1String("owner_group")),
                 qPrintable(p.toString()));
}

QTEST_GUILESS_MAIN(TestPeopleFile)
#include "TestPeopleFile.moc"
