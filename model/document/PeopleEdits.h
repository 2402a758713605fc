#pragma once

#include "MonitoringEdits.h"
#include "PlanCommand.h"
#include "plan/People.h"

#include <QCoreApplication>

namespace zeroplan {

struct Plan;
struct IndicatorValue;

// One undoable change of the plan's people side (docs/people.md): it keeps the working groups,
// volunteers and calendar as they were and as they are after the change, and puts one or the
// other back (as EditMonitoring).
class EditPeople : public PlanCommand
{
public:
    EditPeople(PlanDocument *document, People after, const QString &text,
               QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    void apply(const People &people);

    People m_before;
    People m_after;
};

// The edits of the people side, each one undo step. Every factory returns nullptr when nothing
// would change; when the input is invalid it also sets `error` (if given) to a message naming
// the field, and the plan stays as it was.
class PeopleEdits
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PeopleEdits)

public:
    // A new group named `name`; its id is made from the name's Latin letters and digits
    // ("group" when it has none), unique among the plan's groups. Refused: an empty name.
    static EditPeople *addGroup(PlanDocument *document, const QString &name,
                                QString *error = nullptr, QString *id = nullptr);
    // The measures it owned keep its id (they show the catalogue's name of it, or the id).
    static EditPeople *removeGroup(PlanDocument *document, qsizetype row);
    // Name, lead and counts of group `row` (its id stays). Refused: an empty name, a negative
    // count.
    static EditPeople *setGroup(PlanDocument *document, qsizetype row, const WorkingGroup &group,
                                QString *error = nullptr);
    // Refused: a negative size or hours.
    static EditPeople *setVolunteers(PlanDocument *document, const VolunteerNetwork &volunteers,
                                     QString *error = nullptr);
    // A new yearly activity named `name` run by `group`, from the year after the base year to
    // the horizon's end. Refused: an empty name.
    static EditPeople *addActivity(PlanDocument *document, const QString &name,
                                   const QString &group, QString *error = nullptr);
    static EditPeople *removeActivity(PlanDocument *document, qsizetype row);
    // Refused: an empty name, a month outside 1–12, a last year before the first, negative
    // participants or cost, a one-off without a valid date.
    static EditPeople *setActivity(PlanDocument *document, qsizetype row,
                                   const CommunityActivity &activity, QString *error = nullptr);

    // What the activity's participants add up to in each year it runs within the plan's
    // horizon: occurrences × expected participants, as indicator plan values.
    static QList<IndicatorValue> participationPlan(const Plan &plan,
                                                   const CommunityActivity &activity);
    // A monitoring indicator "Participants: NAME" (people a year) whose plan values are
    // participationPlan(), so monitoring can set actual participation beside them. Nothing
    // when there is no such activity or it has no year in the horizon. `id` receives the new
    // indicator's id.
    static EditMonitoring *trackAsIndicator(PlanDocument *document, qsizetype row,
                                            QString *id = nullptr);
    // An id made from `name`, unique among `people`'s groups.
    static QString uniqueGroupId(const People &people, const QString &name);
};

} // namespace zeroplan
