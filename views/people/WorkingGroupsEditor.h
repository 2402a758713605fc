#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QDoubleSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace zeroplan {

class PlanDocument;
struct ChangeEvent;

// The working groups and the volunteer network of the Community page (docs/people.md): a
// table of the groups (name, lead, members, volunteers, and the measures each owns, read
// only) with Add and Remove, and the network's size and hours a year. Each edit is one undo
// step (PeopleEdits); a refused one leaves the plan as it was and says why under the table.
// Object names: workingGroupsView, addGroupButton, removeGroupButton, volunteerSizeSpinBox,
// volunteerHoursSpinBox, peopleMessageLabel.
class WorkingGroupsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        LeadColumn,
        MembersColumn,
        VolunteersColumn,
        MeasuresColumn,
        ColumnCount
    };

    explicit WorkingGroupsEditor(PlanDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void refresh();
    void onChanged(const ChangeEvent &event);
    void itemEdited(QTableWidgetItem *item);
    void addGroup();
    void removeGroup();
    void volunteersEdited();
    void showMessage(const QString &message);

    PlanDocument *m_document;
    QTableWidget *m_table;
    QPushButton *m_remove;
    QSpinBox *m_size;
    QDoubleSpinBox *m_hours;
    QLabel *m_message;
};

} // namespace zeroplan
