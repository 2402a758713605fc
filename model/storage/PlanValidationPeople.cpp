// PlanValidation: the people side of the plan (docs/people.md) — working groups (an id each,
// counts not negative), the volunteer network, the activity calendar (a name, a known group,
// known measures, months and years that exist, counts and costs not negative), and the owner
// group of each measure.
#include "PlanValidation.h"

#include "JsonObjectReader.h"
#include "PlanJson.h"
#include "measures/MeasureCatalogue.h"

#include <cmath>

namespace zeroplan {
namespace {

QString rowName(const QString &name, qsizetype index)
{
    return name.trimmed().isEmpty() ? QStringLiteral("#%1").arg(index + 1) : name;
}

} // namespace

void PlanValidation::checkPeopleSection()
{
    const People &people = m_plan.people;
    QHash<QString, QString> ids;
    for (qsizetype i = 0; i < people.groups.size(); ++i) {
        const WorkingGroup &g = people.groups[i];
        const QString path = jsonPointer(QStringLiteral("/people/groups"), i);
        const QString name = rowName(g.name.isEmpty() ? g.id : g.name, i);
        if (g.id.trimmed().isEmpty())
            m_report.error(at(path, "id"), PlanJson::tr("working group %1 has no id").arg(name));
        else
            checkUnique(m_report, ids, g.id, at(path, "id"));
        checkPrintable(m_report, g.name, at(path, "name"));
        for (const auto &[count, key] :
             {std::pair{g.members, "members"}, std::pair{g.volunteers, "volunteers"}}) {
            if (count < 0)
                m_report.error(at(path, key),
                               PlanJson::tr("working group \"%1\": %2 is %3; a count of people "
                                            "cannot be negative")
                                   .arg(name, QLatin1String(key))
                                   .arg(count));
        }
    }
    const VolunteerNetwork &v = people.volunteers;
    if (v.size < 0)
        m_report.error(QStringLiteral("/people/volunteers/size"),
                       PlanJson::tr("the volunteer network has %1 people; a count of people "
                                    "cannot be negative")
                           .arg(v.size));
    if (!ProblemReport::isNonNegative(v.hoursPerYear))
        m_report.error(QStringLiteral("/people/volunteers/hours_per_year"),
                       PlanJson::tr("the volunteer network gives %1 hours a year; hours cannot "
                                    "be negative")
                           .arg(ProblemReport::number(v.hoursPerYear)));

    // A measure's owner: a group of the plan, or (an older plan, a plan without groups) one of
    // the catalogue's group ids.
    if (!people.groups.isEmpty()) {
        const QStringList catalogue = MeasureCatalogue::ownerGroups();
        for (qsizetype i = 0; i < m_plan.measures.size(); ++i) {
            const Measure &m = m_plan.measures[i];
            if (m.ownerGroup.isEmpty() || people.findGroup(m.ownerGroup) ||
                catalogue.contains(m.ownerGroup))
                continue;
            m_report.warning(at("measures", i, "owner_group"),
                             PlanJson::tr("measure \"%1\" is owned by group \"%2\", which is not "
                                          "one of the plan's working groups")
                                 .arg(m.name.isEmpty() ? m.id : m.name, m.ownerGroup));
        }
    }
    for (qsizetype i = 0; i < people.activities.size(); ++i)
        checkCommunityActivity(people.activities[i],
                               jsonPointer(QStringLiteral("/people/activities"), i), i);
}

void PlanValidation::checkCommunityActivity(const CommunityActivity &a, const QString &path,
                                            qsizetype index)
{
    const QString name = rowName(a.name, index);
    if (a.name.trimmed().isEmpty())
        m_report.error(at(path, "name"), PlanJson::tr("activity %1 has no name").arg(name));
    checkPrintable(m_report, a.name, at(path, "name"));
    if (!a.group.isEmpty() && !m_plan.people.findGroup(a.group))
        m_report.warning(at(path, "group"),
                         PlanJson::tr("activity \"%1\": its group \"%2\" is not one of the "
                                      "plan's working groups")
                             .arg(name, a.group));
    for (qsizetype j = 0; j < a.measures.size(); ++j) {
        if (!m_plan.findMeasure(a.measures[j]))
            m_report.warning(jsonPointer(at(path, "measures"), j),
                             PlanJson::tr("activity \"%1\" supports measure \"%2\", which the "
                                          "plan does not have")
                                 .arg(name, a.measures[j]));
    }
    if (a.recurrence == Recurrence::Once) {
        if (a.date.isValid() && !inHorizon(a.date.year()))
            m_report.warning(
                at(path, "date"),
                PlanJson::tr("activity \"%1\": %2")
                    .arg(name, outsideHorizon(PlanJson::tr("its year"), a.date.year())));
    } else {
        if (a.recurrence != Recurrence::Monthly && (a.month < 1 || a.month > 12))
            m_report.error(at(path, "month"),
                           PlanJson::tr("activity \"%1\": month %2 does not exist; a month is "
                                        "from 1 to 12")
                               .arg(name)
                               .arg(a.month));
        if (a.lastYear < a.firstYear)
            m_report.error(at(path, "last_year"),
                           PlanJson::tr("activity \"%1\": its last year %2 is before its first "
                                        "year %3")
                               .arg(name)
                               .arg(a.lastYear)
                               .arg(a.firstYear));
        else if (!inHorizon(a.firstYear) || !inHorizon(a.lastYear))
            m_report.warning(
                at(path, inHorizon(a.firstYear) ? "last_year" : "first_year"),
                PlanJson::tr("activity \"%1\": %2")
                    .arg(name, outsideHorizon(PlanJson::tr("its year"),
                                              inHorizon(a.firstYear) ? a.lastYear : a.firstYear)));
    }
    if (!ProblemReport::isNonNegative(a.participants))
        m_report.error(at(path, "participants"),
                       PlanJson::tr("activity \"%1\": %2 participants; a count of people cannot "
                                    "be negative")
                           .arg(name, ProblemReport::number(a.participants)));
    if (!ProblemReport::isNonNegative(a.costPerOccurrence))
        m_report.error(at(path, "cost"),
                       PlanJson::tr("activity \"%1\": its cost %2 is negative")
                           .arg(name, ProblemReport::number(a.costPerOccurrence)));
}

} // namespace zeroplan
