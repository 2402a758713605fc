#pragma once

#include "FieldChange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace zeroplan {

struct Plan;

// What differs between two plans, field by field (docs/history.md, "What changed"): both are
// written in the JSON plan format (PlanJson) and compared value by value. A list of objects is
// compared item by item, each known by its key (a measure by its id, a scenario by its name,
// a scenario's measure by the measure, a price by its carrier, a year's figures by the year;
// an item with none by its place), so a scenario added shows as that, not as every later item
// changed, and a list put in another order as no change; a list of plain values is one value.
// Changes come in the order of the second plan's parts, then what it no longer has.
class PlanDiff
{
public:
    static QList<FieldChange> between(const Plan &before, const Plan &after);
    static QList<FieldChange> between(const QJsonObject &before, const QJsonObject &after);

    // The items of a list of objects by the key each is known by, in order ("#3" for the third
    // when it has none, or one an earlier item has); PlanMerge merges lists the same way.
    static QList<std::pair<QString, QJsonValue>> keyedItems(const QJsonArray &list);
    // Whether `value` is a list whose items are objects, compared item by item.
    static bool isListOfObjects(const QJsonValue &value);
};

} // namespace zeroplan
