#include "PeopleJson.h"

#include <QJsonArray>

namespace zeroplan {
namespace {

QJsonObject writeGroup(const WorkingGroup &g)
{
    return QJsonObject{
        {QStringLiteral("id"), g.id},
        {QStringLiteral("name"), g.name},
        {QStringLiteral("lead"), g.lead},
        {QStringLiteral("members"), g.members},
        {QStringLiteral("volunteers"), g.volunteers},
    };
}

QJsonObject writeActivity(const CommunityActivity &a)
{
    QJsonObject o{
        {QStringLiteral("name"), a.name},
        {QStringLiteral("group"), a.group},
        {QStringLiteral("recurrence"), recurrenceId(a.recurrence)},
        {QStringLiteral("participants"), a.participants},
        {QStringLiteral("cost"), a.costPerOccurrence},
        {QStringLiteral("measures"), QJsonArray::fromStringList(a.measures)},
        {QStringLiteral("note"), a.note},
    };
    if (a.recurrence == Recurrence::Once) {
        o.insert(QStringLiteral("date"), a.date.toString(Qt::ISODate));
    } else {
        if (a.recurrence != Recurrence::Monthly)
            o.insert(QStringLiteral("month"), a.month);
        o.insert(QStringLiteral("first_year"), a.firstYear);
        o.insert(QStringLiteral("last_year"), a.lastYear);
    }
    return o;
}

QDate readDate(JsonObjectReader &r, const char *key)
{
    const std::optional<QString> text = r.text(key, Presence::Required);
    if (!text)
        return {};
    const QDate d = QDate::fromString(*text, Qt::ISODate);
    if (!d.isValid())
        r.error(r.pathOf(key), PlanJson::tr("\"%1\" is not a date; write it as year-month-day, "
                                            "e.g. \"2026-03-01\"")
                                   .arg(*text));
    return d;
}

CommunityActivity readActivity(JsonObjectReader &a)
{
    CommunityActivity activity;
    activity.name = a.text("name", Presence::Required).value_or(QString());
    activity.group = a.text("group", QString());
    activity.recurrence = a.choice("recurrence", Presence::Required, kAllRecurrences, recurrenceId)
                              .value_or(Recurrence::Yearly);
    if (activity.recurrence == Recurrence::Once) {
        activity.date = readDate(a, "date");
    } else {
        if (activity.recurrence != Recurrence::Monthly)
            activity.month = a.integer("month", Presence::Required).value_or(1);
        activity.firstYear = a.integer("first_year", Presence::Required).value_or(0);
        activity.lastYear = a.integer("last_year", Presence::Required).value_or(0);
    }
    activity.participants = a.number("participants", 0.0);
    activity.costPerOccurrence = a.number("cost", 0.0);
    if (std::optional<QJsonArray> measures = a.array("measures", Presence::Optional)) {
        for (qsizetype i = 0; i < measures->size(); ++i) {
            const QJsonValue v = measures->at(i);
            if (v.isString())
                activity.measures << v.toString();
            else
                a.error(jsonPointer(a.pathOf("measures"), i),
                        PlanJson::tr("expected a measure id (text), found %1")
                            .arg(JsonObjectReader::describe(v)));
        }
    }
    activity.note = a.text("note", QString());
    a.warnUnknownKeys();
    return activity;
}

} // namespace

QJsonObject PeopleJson::write(const People &people)
{
    QJsonArray groups;
    for (const WorkingGroup &g : people.groups)
        groups.append(writeGroup(g));
    QJsonArray activities;
    for (const CommunityActivity &a : people.activities)
        activities.append(writeActivity(a));
    return QJsonObject{
        {QStringLiteral("groups"), groups},
        {QStringLiteral("volunteers"),
         QJsonObject{{QStringLiteral("size"), people.volunteers.size},
                     {QStringLiteral("hours_per_year"), people.volunteers.hoursPerYear},
                     {QStringLiteral("source"), people.volunteers.source}}},
        {QStringLiteral("activities"), activities},
    };
}

People PeopleJson::read(JsonObjectReader &r)
{
    PlanProblems &problems = r.problems();
    People people;
    people.groups = r.list("groups", [&](const QJsonValue &v, const QString &p) {
        JsonObjectReader g(v, p, problems);
        WorkingGroup group;
        group.id = g.text("id", Presence::Required).value_or(QString());
        group.name = g.text("name", QString());
        group.lead = g.text("lead", QString());
        group.members = g.integer("members", 0);
        group.volunteers = g.integer("volunteers", 0);
        g.warnUnknownKeys();
        return group;
    });
    if (std::optional<JsonObjectReader> v = r.object("volunteers", Presence::Optional)) {
        people.volunteers.size = v->integer("size", 0);
        people.volunteers.hoursPerYear = v->number("hours_per_year", 0.0);
        people.volunteers.source = v->text("source", QString());
        v->warnUnknownKeys();
    }
    people.activities = r.list("activities", [&](const QJsonValue &v, const QString &p) {
        JsonObjectReader a(v, p, problems);
        return readActivity(a);
    });
    r.warnUnknownKeys();
    return people;
}

} // namespace zeroplan
