#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace zeroplan {

struct Plan;

// Where a problem's JSON path ("/activities/3/factor") points in the app: the page, the
// item of the page's list and the field, and the same in words for the Problems panel
// ("Baseline, line 4 (Grid electricity), emission factor") in the UI language.
struct ProblemLocation
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ProblemLocation)

public:
    enum class Area
    {
        Plan,      // the plan as a whole, or a part no page edits (factors, prices, trends)
        Community, // the Community page: the community, its targets, title, growth, people
        Baseline,  // an activity line
        Measures,  // a measure
        Scenarios, // a scenario
    };

    Area area = Area::Plan;
    int item = -1;      // index into the area's list (line, measure, scenario); -1: none
    QStringList tokens; // the path's tokens, unescaped ("activities", "3", "factor")

    // Reads a JSON pointer; anything it does not know is Area::Plan.
    static ProblemLocation of(const QString &path);
    // The tokens after the item ("factor", or "parameters", "capacity_t", "low").
    QStringList field() const;
    // In words, with the items named from `plan` where they still exist.
    QString describe(const Plan &plan) const;
    // The Baseline table's column (ActivityTableModel::Column) of an activity line's field, or
    // -1 for a field it has no column for (id, driver) or a place that is no line.
    int activityColumn() const;

private:
    QString describeCommunity(const Plan &plan) const;
    QString describePeople(const Plan &plan) const; // a path under /people
    QString describeActivity(const Plan &plan) const;
    QString describeMeasure(const Plan &plan) const;
    QString describeScenario(const Plan &plan) const;
    QString describeOther(const Plan &plan) const;
};

} // namespace zeroplan
