// The people commands (PeopleEdits) on the Shenzhen sample (base year 2023, horizon 2060; six
// working groups, community … greening; six activities, the first the monthly swap market
// 零碳市集 2024–2030 with 150 participants each time, the second the quarterly talk from March
// with 60, the fifth the Earth Day clean-up on 2025-04-22 with 200): each one EditPeople that
// says so (Part::People), names itself and undoes exactly; invalid input gives no command and a
// message; "Track as indicator" adds an indicator with the calendar's participants a year.
#include "IndicatorEdits.h"
#include "PeopleEdits.h"
#include "PlanDocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using namespace zeroplan;

class TestPeopleEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;

    const People &people() const { return m_document->plan().people; }
    // Pushes `command` (which must exist) and checks it is one step that undoes exactly.
    void pushAndCheckUndo(QUndoCommand *command)
    {
        QVERIFY(command);
        const Plan before = m_document->plan();
        const int steps = m_document->undoStack()->count();
        m_document->undoStack()->push(command);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QVERIFY(!(m_document->plan() == before));
        const Plan after = m_document->plan();
        m_document->undoStack()->undo();
        QVERIFY(m_document->plan() == before);
        m_document->undoStack()->redo();
        QVERIFY(m_document->plan() == after);
    }

private slots:
    void init();
    void groupsAreAddedChangedAndRemoved();
    void invalidGroupsAreRefused();
    void volunteers();
    void activitiesAreAddedChangedAndRemoved();
    void invalidActivitiesAreRefused();
    void trackAsIndicator();
};

void TestPeopleEdits::init()
{
    QVERIFY(m_dir.isValid());
    m_document = PlanDocument::open(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"),
        m_dir.path(), nullptr);
    QVERIFY(m_document);
    QCOMPARE(people().groups.size(), 6);
    QCOMPARE(people().activities.size(), 6);
}

void TestPeopleEdits::groupsAreAddedChangedAndRemoved()
{
    QSignalSpy changed(m_document.get(), &PlanDocument::changed);
    QString id;
    QUndoCommand *add =
        PeopleEdits::addGroup(m_document.get(), QStringLiteral(" Youth club "), nullptr, &id);
    QCOMPARE(id, QStringLiteral("youth-club"));
    QCOMPARE(add->text(), QStringLiteral("Add working group “Youth club”"));
    pushAndCheckUndo(add);
    QCOMPARE(people().groups.size(), 7);
    QCOMPARE(people().groups.last().name, QStringLiteral("Youth club"));
    QCOMPARE(changed.last().at(0).value<ChangeEvent>(),
             ChangeEvent::changed(ChangeEvent::Part::People));
    // A second group of the same name gets its own id; a Chinese name gives "group".
    QString second;
    delete PeopleEdits::addGroup(m_document.get(), QStringLiteral("Youth club"), nullptr, &second);
    QCOMPARE(second, QStringLiteral("youth-club-2"));
    QString chinese;
    delete PeopleEdits::addGroup(m_document.get(), QStringLiteral("青年组"), nullptr, &chinese);
    QCOMPARE(chinese, QStringLiteral("group"));

    // Changing the waste group (row 3) keeps its id, which the measures refer to.
    WorkingGroup waste = people().groups[3];
    QCOMPARE(waste.id, QStringLiteral("waste"));
    waste.id = QStringLiteral("changed");
    waste.lead = QStringLiteral("陈女士");
    waste.members = 8;
    pushAndCheckUndo(PeopleEdits::setGroup(m_document.get(), 3, waste));
    QCOMPARE(people().groups[3].id, QStringLiteral("waste"));
    QCOMPARE(people().groups[3].lead, QStringLiteral("陈女士"));
    QCOMPARE(people().groups[3].members, 8);
    QVERIFY(!PeopleEdits::setGroup(m_document.get(), 3, people().groups[3])); // unchanged

    // Removing it leaves composting's owner id; it then shows the catalogue's name.
    pushAndCheckUndo(PeopleEdits::removeGroup(m_document.get(), 3));
    QVERIFY(!people().findGroup(QStringLiteral("waste")));
    QCOMPARE(m_document->plan().findMeasure(QStringLiteral("composting"))->ownerGroup,
             QStringLiteral("waste"));
    QCOMPARE(people().groupName(QStringLiteral("waste")), QStringLiteral("Waste group"));
    QVERIFY(!PeopleEdits::removeGroup(m_document.get(), 99));
}

void TestPeopleEdits::invalidGroupsAreRefused()
{
    const Plan before = m_document->plan();
    QString error;
    QVERIFY(!PeopleEdits::addGroup(m_document.get(), QStringLiteral("  "), &error));
    QCOMPARE(error, QStringLiteral("Name: a working group needs a name."));
    WorkingGroup g = people().groups[0];
    g.volunteers = -1;
    error.clear();
    QVERIFY(!PeopleEdits::setGroup(m_document.get(), 0, g, &error));
    QCOMPARE(error, QStringLiteral("Members and volunteers cannot be negative."));
    g = people().groups[0];
    g.name = QString();
    QVERIFY(!PeopleEdits::setGroup(m_document.get(), 0, g, &error));
    QVERIFY(m_document->plan() == before);
}

void TestPeopleEdits::volunteers()
{
    VolunteerNetwork v = people().volunteers;
    QCOMPARE(v.size, 105);
    v.hoursPerYear = 3000;
    pushAndCheckUndo(PeopleEdits::setVolunteers(m_document.get(), v));
    QCOMPARE(people().volunteers.hoursPerYear, 3000.0);
    v.size = -1;
    QString error;
    QVERIFY(!PeopleEdits::setVolunteers(m_document.get(), v, &error));
    QVERIFY(!error.isEmpty());
}

void TestPeopleEdits::activitiesAreAddedChangedAndRemoved()
{
    QUndoCommand *add = PeopleEdits::addActivity(m_document.get(), QStringLiteral("节能周"),
                                                 QStringLiteral("energy"));
    QCOMPARE(add->text(), QStringLiteral("Add activity “节能周”"));
    pushAndCheckUndo(add);
    const CommunityActivity &added = people().activities.last();
    // Yearly, from the year after the base year (2024) to the horizon's end (2060).
    QCOMPARE(added.recurrence, Recurrence::Yearly);
    QCOMPARE(added.firstYear, 2024);
    QCOMPARE(added.lastYear, 2060);
    QCOMPARE(added.group, QStringLiteral("energy"));

    CommunityActivity market = people().activities[0];
    market.participants = 200;
    market.recurrence = Recurrence::Quarterly;
    market.month = 1;
    pushAndCheckUndo(PeopleEdits::setActivity(m_document.get(), 0, market));
    QCOMPARE(people().activities[0].monthsIn(2025), (QList<int>{1, 4, 7, 10}));
    pushAndCheckUndo(PeopleEdits::removeActivity(m_document.get(), 0));
    QCOMPARE(people().activities.size(), 6);
    QCOMPARE(people().activities[0].name, QStringLiteral("社区环保讲座"));
}

void TestPeopleEdits::invalidActivitiesAreRefused()
{
    const Plan before = m_document->plan();
    QString error;
    CommunityActivity a = people().activities[1];
    a.month = 13;
    QVERIFY(!PeopleEdits::setActivity(m_document.get(), 1, a, &error));
    QCOMPARE(error, QStringLiteral("Month: a month is from 1 to 12."));
    a = people().activities[1];
    a.lastYear = 2020;
    QVERIFY(!PeopleEdits::setActivity(m_document.get(), 1, a, &error));
    QCOMPARE(error, QStringLiteral("Years: the last year is before the first."));
    a = people().activities[1];
    a.costPerOccurrence = -1;
    QVERIFY(!PeopleEdits::setActivity(m_document.get(), 1, a, &error));
    QCOMPARE(error, QStringLiteral("Participants and cost cannot be negative."));
    a = people().activities[4]; // the one-off Earth Day clean-up
    a.date = QDate();
    QVERIFY(!PeopleEdits::setActivity(m_document.get(), 4, a, &error));
    QCOMPARE(error, QStringLiteral("Date: a one-off activity needs a date."));
    QVERIFY(!PeopleEdits::addActivity(m_document.get(), QString(), QString(), &error));
    QVERIFY(m_document->plan() == before);
}

void TestPeopleEdits::trackAsIndicator()
{
    const qsizetype indicators = m_document->plan().monitoring.indicators.size();
    QString id;
    // The swap market: 12 markets × 150 = 1,800 people a year in 2024 … 2030 (7 years).
    QUndoCommand *track = PeopleEdits::trackAsIndicator(m_document.get(), 0, &id);
    pushAndCheckUndo(track);
    QCOMPARE(m_document->plan().monitoring.indicators.size(), indicators + 1);
    const Indicator *market = IndicatorEdits::find(m_document->plan().monitoring, id);
    QVERIFY(market);
    QCOMPARE(market->name, QStringLiteral("Participants: 零碳市集（旧物交换）"));
    QCOMPARE(market->values.size(), 7);
    QCOMPARE(market->values.first().year, 2024);
    QCOMPARE(market->values.last().year, 2030);
    for (const IndicatorValue &v : market->values) {
        QCOMPARE(*v.plan, 1800.0);
        QVERIFY(!v.actual);
    }
    // The quarterly talk: 4 × 60 = 240 a year.
    const QList<IndicatorValue> talk =
        PeopleEdits::participationPlan(m_document->plan(), people().activities[1]);
    QCOMPARE(talk.size(), 7);
    QCOMPARE(*talk.first().plan, 240.0);
    // The Earth Day clean-up: 200 in 2025 only.
    const QList<IndicatorValue> earthDay =
        PeopleEdits::participationPlan(m_document->plan(), people().activities[4]);
    QCOMPARE(earthDay.size(), 1);
    QCOMPARE(earthDay.first().year, 2025);
    QCOMPARE(*earthDay.first().plan, 200.0);
    // Tracked twice: two indicators with their own ids.
    QString again;
    m_document->undoStack()->push(PeopleEdits::trackAsIndicator(m_document.get(), 0, &again));
    QVERIFY(again != id);
    QVERIFY(!PeopleEdits::trackAsIndicator(m_document.get(), 42));
}

QTEST_GUILESS_MAIN(TestPeopleEdits)
#include "TestPeopleEdits.moc"
