#include "PeopleEdits.h"

#include "IndicatorEdits.h"
#include "PlanDocument.h"
#include "plan/IdSlug.h"
#include "plan/Plan.h"

#include <algorithm>
#include <cmath>

namespace zeroplan {
namespace {

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool validRow(qsizetype row, qsizetype size)
{
    return row >= 0 && row < size;
}

} // namespace

EditPeople::EditPeople(PlanDocument *document, People after, const QString &text,
                       QUndoCommand *parent)
    : PlanCommand(document, parent), m_before(document->plan().people), m_after(std::move(after))
{
    setText(text);
}

void EditPeople::undo()
{
    apply(m_before);
}

void EditPeople::redo()
{
    apply(m_after);
}

void EditPeople::apply(const People &people)
{
    plan().people = people;
    notify(ChangeEvent::changed(ChangeEvent::Part::People));
}

QString PeopleEdits::uniqueGroupId(const People &people, const QString &name)
{
    QString base = idSlug(name);
    if (base.isEmpty())
        base = QStringLiteral("group");
    QString id = base;
    for (int n = 2; people.findGroup(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

EditPeople *PeopleEdits::addGroup(PlanDocument *document, const QString &name, QString *error,
                                  QString *id)
{
    if (name.trimmed().isEmpty()) {
        fail(error, tr("Name: a working group needs a name."));
        return nullptr;
    }
    People after = document->plan().people;
    WorkingGroup group;
    group.id = uniqueGroupId(after, name);
    group.name = name.trimmed();
    if (id)
        *id = group.id;
    after.groups.append(group);
    return new EditPeople(document, std::move(after), tr("Add working group “%1”").arg(group.name));
}

EditPeople *PeopleEdits::removeGroup(PlanDocument *document, qsizetype row)
{
    People after = document->plan().people;
    if (!validRow(row, after.groups.size()))
        return nullptr;
    const QString name = after.groups.at(row).name;
    after.groups.removeAt(row);
    return new EditPeople(document, std::move(after), tr("Remove working group “%1”").arg(name));
}

EditPeople *PeopleEdits::setGroup(PlanDocument *document, qsizetype row, const WorkingGroup &group,
                                  QString *error)
{
    People after = document->plan().people;
    if (!validRow(row, after.groups.size()))
        return nullptr;
    if (group.name.trimmed().isEmpty()) {
        fail(error, tr("Name: a working group needs a name."));
        return nullptr;
    }
    if (group.members < 0 || group.volunteers < 0) {
        fail(error, tr("Members and volunteers cannot be negative."));
        return nullptr;
    }
    WorkingGroup &g = after.groups[row];
    WorkingGroup changed = group;
    changed.id = g.id; // the id measures refer to stays
    changed.name = changed.name.trimmed();
    if (changed == g)
        return nullptr;
    g = changed;
    return new EditPeople(document, std::move(after),
                          tr("Change working group “%1”").arg(changed.name));
}

EditPeople *PeopleEdits::setVolunteers(PlanDocument *document, const VolunteerNetwork &volunteers,
                                       QString *error)
{
    if (volunteers.size < 0 || !(volunteers.hoursPerYear >= 0) ||
        !std::isfinite(volunteers.hoursPerYear)) {
        fail(error, tr("Volunteers and their hours cannot be negative."));
        return nullptr;
    }
    People after = document->plan().people;
    if (after.volunteers == volunteers)
        return nullptr;
    after.volunteers = volunteers;
    return new EditPeople(document, std::move(after), tr("Change volunteer network"));
}

EditPeople *PeopleEdits::addActivity(PlanDocument *document, const QString &name,
                                     const QString &group, QString *error)
{
    if (name.trimmed().isEmpty()) {
        fail(error, tr("Name: an activity needs a name."));
        return nullptr;
    }
    const Plan &plan = document->plan();
    People after = plan.people;
    CommunityActivity a;
    a.name = name.trimmed();
    a.group = group;
    a.recurrence = Recurrence::Yearly;
    a.month = 1;
    a.firstYear = std::min(plan.community.baseYear + 1, plan.community.horizonEnd);
    a.lastYear = plan.community.horizonEnd;
    a.date = QDate(a.firstYear, 1, 1);
    after.activities.append(a);
    return new EditPeople(document, std::move(after), tr("Add activity “%1”").arg(a.name));
}

EditPeople *PeopleEdits::removeActivity(PlanDocument *document, qsizetype row)
{
    People after = document->plan().people;
    if (!validRow(row, after.activities.size()))
        return nullptr;
    const QString name = after.activities.at(row).name;
    after.activities.removeAt(row);
    return new EditPeople(document, std::move(after), tr("Remove activity “%1”").arg(name));
}

EditPeople *PeopleEdits::setActivity(PlanDocument *document, qsizetype row,
                                     const CommunityActivity &activity, QString *error)
{
    People after = document->plan().people;
    if (!validRow(row, after.activities.size()))
        return nullptr;
    if (activity.name.trimmed().isEmpty()) {
        fail(error, tr("Name: an activity needs a name."));
        return nullptr;
    }
    if (activity.recurrence == Recurrence::Once && !activity.date.isValid()) {
        fail(error, tr("Date: a one-off activity needs a date."));
        return nullptr;
    }
    if (activity.month < 1 || activity.month > 12) {
        fail(error, tr("Month: a month is from 1 to 12."));
        return nullptr;
    }
    if (activity.recurrence != Recurrence::Once && activity.lastYear < activity.firstYear) {
        fail(error, tr("Years: the last year is before the first."));
        return nullptr;
    }
    if (!(activity.participants >= 0) || !(activity.costPerOccurrence >= 0) ||
        !std::isfinite(activity.participants) || !std::isfinite(activity.costPerOccurrence)) {
        fail(error, tr("Participants and cost cannot be negative."));
        return nullptr;
    }
    if (after.activities.at(row) == activity)
        return nullptr;
    after.activities[row] = activity;
    return new EditPeople(document, std::move(after),
                          tr("Change activity “%1”").arg(activity.name));
}

QList<IndicatorValue> PeopleEdits::participationPlan(const Plan &plan,
                                                     const CommunityActivity &activity)
{
    QList<IndicatorValue> values;
    const int first = std::max(activity.startYear(), IndicatorEdits::firstYear(plan));
    const int last = std::min(activity.endYear(), IndicatorEdits::lastYear(plan));
    for (int year = first; year <= last; ++year) {
        const int count = activity.occurrencesIn(year);
        if (count == 0)
            continue;
        IndicatorValue v;
        v.year = year;
        v.plan = count * activity.participants;
        values << v;
    }
    return values;
}

EditMonitoring *PeopleEdits::trackAsIndicator(PlanDocument *document, qsizetype row, QString *id)
{
    const Plan &plan = document->plan();
    if (!validRow(row, plan.people.activities.size()))
        return nullptr;
    const CommunityActivity &activity = plan.people.activities.at(row);
    Indicator indicator;
    indicator.values = participationPlan(plan, activity);
    if (indicator.values.isEmpty())
        return nullptr;
    indicator.name = tr("Participants: %1").arg(activity.name);
    indicator.unit = tr("people a year");
    indicator.source =
        tr("Target from the activity calendar (%1 expected each time)").arg(activity.participants);
    Monitoring after = plan.monitoring;
    indicator.id = IndicatorEdits::uniqueId(after, QStringLiteral("participants ") + activity.name);
    if (id)
        *id = indicator.id;
    after.indicators.append(indicator);
    return new EditMonitoring(document, std::move(after),
                              tr("Track “%1” as an indicator").arg(activity.name));
}

} // namespace zeroplan
