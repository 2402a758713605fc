// The people side on the Community page (docs/people.md), through its widgets: a new plan
// (File → New) shows the guide's four working groups and adds one; the Shenzhen sample (six
// groups, the waste group 垃圾组 with 7 members in row 3; six activities, the monthly swap market
// 零碳市集 with 150 people each time, the quarterly talk from March, the yearly results show in
// December, the energy-saving week in June) edits a group and activities, the calendar follows,
// "Track as indicator" adds participation to monitoring, and the Measures page's owner group
// lists the plan's groups.
#include "MainWindowTest.h"
#include "people/ActivityCalendarEditor.h"
#include "people/WorkingGroupsEditor.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// Opens the editor of `table`'s cell, types `text` over it and presses Enter.
void typeInto(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    // The editor over this cell (one just closed may not be deleted yet).
    const QRect cell = table->visualItemRect(table->item(row, column));
    QLineEdit *editor = nullptr;
    for (QLineEdit *e : table->viewport()->findChildren<QLineEdit *>()) {
        if (e->isVisible() && e->geometry().intersects(cell))
            editor = e;
    }
    QVERIFY2(editor, "no editor opened");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits in a queued call
}

// The child of this name on the page shown (the window may still hold the pages of a plan
// before, to be deleted later).
template <typename T> T *shown(QWidget *window, const char *name)
{
    for (T *child : window->findChildren<T *>(QLatin1String(name))) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

} // namespace

class TestPeopleSection : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("TestPeopleSection"); }
    void init() { initWindowTest(); }
    void cleanup() { cleanupWindowTest(); }
    void newPlanShowsTheGuidesGroups();
    void sampleGroupAndActivities();
    void removingAGroupSaysWhatNamedIt();
};

void TestPeopleSection::newPlanShowsTheGuidesGroups()
{
    auto window = makeWindow();
    triggerNewPlan(window.get());
    QVERIFY(window->document());
    window->showPage(MainWindow::Page::Community);
    auto *groups = shown<QTableWidget>(window.get(), "workingGroupsView");
    QVERIFY(groups && groups->isVisible());
    QCOMPARE(groups->rowCount(), 4);
    QCOMPARE(groups->item(0, WorkingGroupsEditor::NameColumn)->text(),
             QStringLiteral("Energy group"));
    QCOMPARE(groups->item(3, WorkingGroupsEditor::NameColumn)->text(),
             QStringLiteral("Food group"));
    // Add group: a fifth row, its name typed at once.
    QTest::mouseClick(shown<QPushButton>(window.get(), "addGroupButton"), Qt::LeftButton);
    QCOMPARE(groups->rowCount(), 5);
    typeInto(groups, 4, WorkingGroupsEditor::NameColumn, QStringLiteral("Greening team"));
    const People &people = window->document()->plan().people;
    QCOMPARE(people.groups.size(), 5);
    QCOMPARE(people.groups[4].name, QStringLiteral("Greening team"));
    QCOMPARE(people.groups[4].id, QStringLiteral("new-group")); // made from "New group"
    // A negative count is refused and said why; the plan keeps 0.
    typeInto(groups, 4, WorkingGroupsEditor::MembersColumn, QStringLiteral("-2"));
    QCOMPARE(people.groups[4].members, 0);
    auto *message = shown<QLabel>(window.get(), "peopleMessageLabel");
    QVERIFY(message && message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Members and volunteers cannot be negative."));
    QCOMPARE(groups->item(4, WorkingGroupsEditor::MembersColumn)->text(), QStringLiteral("0"));
}

void TestPeopleSection::sampleGroupAndActivities()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    window->showPage(MainWindow::Page::Community);
    PlanDocument *document = window->document();
    const People &people = document->plan().people;
    auto *groups = shown<QTableWidget>(window.get(), "workingGroupsView");
    QVERIFY(groups);
    QCOMPARE(groups->rowCount(), 6);
    QCOMPARE(groups->item(3, WorkingGroupsEditor::NameColumn)->text(), QStringLiteral("垃圾组"));
    // The waste group owns composting and waste sorting.
    QVERIFY(groups->item(3, WorkingGroupsEditor::MeasuresColumn)
                ->text()
                .contains(QStringLiteral("厨余垃圾就地堆肥")));
    typeInto(groups, 3, WorkingGroupsEditor::MembersColumn, QStringLiteral("9"));
    QCOMPARE(people.groups[3].members, 9);
    document->undoStack()->undo();
    QCOMPARE(people.groups[3].members, 7);
    QCOMPARE(groups->item(3, WorkingGroupsEditor::MembersColumn)->text(), QStringLiteral("7"));

    auto *activities = shown<QTableWidget>(window.get(), "activitiesView");
    auto *calendar = shown<QTableWidget>(window.get(), "activityCalendarGrid");
    QVERIFY(activities && calendar);
    QCOMPARE(activities->rowCount(), 6);
    // The calendar starts the year after the base year (2023): column 0 is 2024. March has the
    // market and the quarterly talk; June the market, the talk and the energy-saving week.
    QCOMPARE(calendar->horizontalHeaderItem(0)->text(), QStringLiteral("2024"));
    const auto namesIn = [&](int year, int month) {
        return calendar->item(month - 1, year)->text().split(QLatin1Char('\n'));
    };
    QCOMPARE(namesIn(0, 3),
             (QStringList{QStringLiteral("零碳市集（旧物交换）"), QStringLiteral("社区环保讲座")}));
    QCOMPARE(namesIn(0, 6).size(), 3);
    QVERIFY(!namesIn(0, 3).contains(QStringLiteral("碳中和成果展")));
    // The results show (row 2), yearly in December, becomes quarterly: Mar, Jun, Sep, Dec.
    auto *recurrence = qobject_cast<QComboBox *>(
        activities->cellWidget(2, ActivityCalendarEditor::RecurrenceColumn));
    QVERIFY(recurrence);
    QCOMPARE(recurrence->objectName(), QStringLiteral("activityRecurrenceComboBox"));
    const int quarterly = recurrence->findData(int(Recurrence::Quarterly));
    recurrence->setCurrentIndex(quarterly);
    emit recurrence->activated(quarterly);
    QCOMPARE(people.activities[2].recurrence, Recurrence::Quarterly);
    QVERIFY(namesIn(0, 3).contains(QStringLiteral("碳中和成果展")));
    QVERIFY(namesIn(1, 9).contains(QStringLiteral("碳中和成果展")));
    // 200 people at each market.
    typeInto(activities, 0, ActivityCalendarEditor::ParticipantsColumn, QStringLiteral("200"));
    QCOMPARE(people.activities[0].participants, 200.0);
    // A month that does not exist is refused.
    typeInto(activities, 1, ActivityCalendarEditor::WhenColumn, QStringLiteral("13"));
    QCOMPARE(people.activities[1].month, 3);
    auto *message = shown<QLabel>(window.get(), "calendarMessageLabel");
    QVERIFY(message);
    QCOMPARE(message->text(), QStringLiteral("Month: a month is from 1 to 12."));

    // Track the market as an indicator: 12 × 200 = 2,400 people a year, 2024–2030.
    const qsizetype indicators = document->plan().monitoring.indicators.size();
    activities->selectRow(0);
    QTest::mouseClick(shown<QPushButton>(window.get(), "trackIndicatorButton"), Qt::LeftButton);
    const QList<Indicator> &tracked = document->plan().monitoring.indicators;
    QCOMPARE(tracked.size(), indicators + 1);
    QCOMPARE(tracked.last().values.size(), 7);
    QCOMPARE(*tracked.last().values.first().plan, 2400.0);

    // The Measures page's owner group lists the plan's six groups, by their names.
    window->showPage(MainWindow::Page::Measures);
    auto *owner = shown<QComboBox>(window.get(), "ownerGroupComboBox");
    QVERIFY(owner);
    QCOMPARE(owner->count(), 6);
    QCOMPARE(owner->itemText(3), QStringLiteral("垃圾组"));
    QCOMPARE(owner->itemData(3).toString(), QStringLiteral("waste"));
}

// Removing the waste group (row 3) that the swap market names: the Community page lists the
// warning at the top; composting keeps its owner id "waste", a catalogue group, without one.
void TestPeopleSection::removingAGroupSaysWhatNamedIt()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    window->showPage(MainWindow::Page::Community);
    auto *groups = shown<QTableWidget>(window.get(), "workingGroupsView");
    auto *problems = shown<QLabel>(window.get(), "communityProblemLabel");
    QVERIFY(groups);
    QVERIFY(!problems || !problems->text().contains(QStringLiteral("working groups")));
    groups->selectRow(3);
    QTest::mouseClick(shown<QPushButton>(window.get(), "removeGroupButton"), Qt::LeftButton);
    const People &people = window->document()->plan().people;
    QCOMPARE(people.groups.size(), 5);
    QVERIFY(!people.findGroup(QStringLiteral("waste")));
    QTRY_VERIFY((problems = shown<QLabel>(window.get(), "communityProblemLabel")));
    QTRY_VERIFY2(problems->text().contains(QStringLiteral(
                     "activity \"零碳市集（旧物交换）\": its group \"waste\" is not one of the "
                     "plan's working groups")),
                 qPrintable(problems->text()));
    QVERIFY(!problems->text().contains(QStringLiteral("owned by group")));
    window->document()->undoStack()->undo();
    QCOMPARE(people.groups.size(), 6);
}

QTEST_MAIN(TestPeopleSection)
#include "TestPeopleSection.moc"
