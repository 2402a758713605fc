#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace zeroplan {

// What an edit changed in the open plan, for the views that show it (Tiled's ChangeEvent).
// A view refreshes the part named, or only the rows `index` .. `index + count - 1` of its list.
struct ChangeEvent
{
    enum class Part
    {
        Plan,       // the whole plan (loaded, imported into, reverted): refresh everything
        Header,     // title, prepared by, factor set, GWP set
        Community,  // the community and its targets
        Factors,    // the plan's own emission factors
        Prices,     // carrier prices
        Drivers,    // growth drivers and sector trends
        Activities, // the baseline's activity lines
        Measures,
        Scenarios,
        Monitoring, // adoptions, actual inventories, measure progress
        Residents,  // who pays: payer splits, income, affordability, funding sources
        People,     // working groups, volunteers, the activity calendar
    };
    enum class Kind
    {
        Changed,
        Added,
        Removed
    };

    Part part = Part::Plan;
    Kind kind = Kind::Changed;
    qsizetype index = -1; // the item of the part's list; -1: the part as a whole
    qsizetype count = 1;  // items added or removed from `index` on

    static ChangeEvent changed(Part part, qsizetype index = -1)
    {
        return {part, Kind::Changed, index, 1};
    }
    static ChangeEvent added(Part part, qsizetype index, qsizetype count = 1)
    {
        return {part, Kind::Added, index, count};
    }
    static ChangeEvent removed(Part part, qsizetype index, qsizetype count = 1)
    {
        return {part, Kind::Removed, index, count};
    }

    bool operator==(const ChangeEvent &) const = default;
};

} // namespace zeroplan

Q_DECLARE_METATYPE(zeroplan::ChangeEvent)
