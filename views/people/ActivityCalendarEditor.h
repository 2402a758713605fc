#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace zeroplan {

class PlanDocument;
struct ChangeEvent;
struct CommunityActivity;

// The community's activity calendar on the Community page (docs/people.md): a table of the
// activities (name, group, how often, the month or the date, first and last year, expected
// participants, cost each time, the measures it supports, a note) with Add, Remove and "Track
// as indicator" (a monitoring indicator whose plan values are the participants a year), and
// under it the calendar of the first years after the base year, month by month (a row a
// month, a column a year). Activities
// reduce nothing: the engine never reads them. Each edit is one undo step (PeopleEdits).
// Object names: activitiesView, addCalendarActivityButton, removeCalendarActivityButton,
// trackIndicatorButton, calendarMessageLabel, activityCalendarGrid; in a row of
// activitiesView, the group and recurrence combo boxes are cell widgets named
// activityGroupComboBox and activityRecurrenceComboBox.
class ActivityCalendarEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        GroupColumn,
        RecurrenceColumn,
        WhenColumn,
        FirstYearColumn,
        LastYearColumn,
        ParticipantsColumn,
        CostColumn,
        MeasuresColumn,
        NoteColumn,
        ColumnCount
    };
    static constexpr int kCalendarYears = 3; // years the month-by-month calendar shows

    explicit ActivityCalendarEditor(PlanDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QTableWidget *calendar() const { return m_calendar; }

private:
    void refresh();
    void refreshCalendar();
    void fitCalendar(); // rows as tall as their names, the grid as tall as its rows
    void onChanged(const ChangeEvent &event);
    void itemEdited(QTableWidgetItem *item);
    void comboChosen(int row, int column, int index);
    void push(int row, const CommunityActivity &activity);
    void addActivity();
    void removeActivity();
    void trackAsIndicator();
    void showMessage(const QString &message);
    void updateButtons();

    PlanDocument *m_document;
    QTableWidget *m_table;
    QTableWidget *m_calendar;
    QPushButton *m_remove;
    QPushButton *m_track;
    QLabel *m_message;
};

} // namespace zeroplan
