#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace zeroplan {

// A working group of the community (docs/people.md): the residents who take a field on
// (energy, transport, waste, food, …). Measures name the group that owns them by its id.
struct WorkingGroup
{
    QString id; // unique in the plan; what Measure::ownerGroup refers to
    QString name;
    QString lead;
    int members = 0;    // the group's core members
    int volunteers = 0; // volunteers who help it
    bool operator==(const WorkingGroup &) const = default;
};

// The community's volunteer network as a whole.
struct VolunteerNetwork
{
    int size = 0;            // people
    double hoursPerYear = 0; // volunteer hours the network gives in a year
    QString source;
    bool operator==(const VolunteerNetwork &) const = default;
};

// How often a community activity takes place.
enum class Recurrence
{
    Once,      // on `date`
    Monthly,   // every month from first to last year
    Quarterly, // four times a year, three months apart, one of them in `month`
    Yearly     // in `month`
};

inline constexpr Recurrence kAllRecurrences[] = {Recurrence::Once, Recurrence::Monthly,
                                                 Recurrence::Quarterly, Recurrence::Yearly};

// The file id of a recurrence ("once", "monthly", "quarterly", "yearly").
QString recurrenceId(Recurrence recurrence);
// Its name in the reader's language ("Once", "Monthly", …).
QString recurrenceName(Recurrence recurrence);

// An activity of the community's calendar (a swap market, a talk, a clean-up day). It
// supports measures but reduces nothing by itself: the engine never reads it. Its expected
// participants are a target, which monitoring can follow as an indicator.
struct CommunityActivity
{
    QString name;
    QString group; // working group id that runs it (may be empty)
    Recurrence recurrence = Recurrence::Yearly;
    QDate date;        // Once: the day
    int month = 1;     // Yearly: its month; Quarterly: the first month of the four
    int firstYear = 0; // recurring: the first and last year it runs
    int lastYear = 0;
    double participants = 0;      // expected per occurrence
    double costPerOccurrence = 0; // plan currency
    QStringList measures;         // ids of the measures it supports
    QString note;

    // The months (1–12) it takes place in `year`, in order; none outside its years.
    QList<int> monthsIn(int year) const;
    int occurrencesIn(int year) const { return int(monthsIn(year).size()); }
    // The years it takes place in (Once: its date's year; recurring: first to last).
    int startYear() const;
    int endYear() const;
    bool operator==(const CommunityActivity &) const = default;
};

// The people side of the plan: working groups, the volunteer network and the activity
// calendar (docs/people.md). Nothing here is counted as a reduction.
struct People
{
    QList<WorkingGroup> groups;
    VolunteerNetwork volunteers;
    QList<CommunityActivity> activities;

    bool isEmpty() const
    {
        return groups.isEmpty() && volunteers == VolunteerNetwork() && activities.isEmpty();
    }
    const WorkingGroup *findGroup(const QString &id) const
    {
        for (const WorkingGroup &g : groups) {
            if (g.id == id)
                return &g;
        }
        return nullptr;
    }
    // How an owner group id shows: the plan group's name, else the catalogue's name of the id
    // (an older plan's "energy"), else the id itself.
    QString groupName(const QString &id) const;
    // The four working groups of the guide (energy, transport, waste, food), named in the
    // reader's language; what a new plan starts with.
    static QList<WorkingGroup> defaultGroups();
    bool operator==(const People &) const = default;
};

} // namespace zeroplan
