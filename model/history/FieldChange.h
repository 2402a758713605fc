#pragma once

#include <QJsonValue>
#include <QString>

namespace zeroplan {

// One value of a plan that differs between two states of it (PlanDiff), or that one change
// made (ChangeEntry): where it is, as the plan's JSON form names it (docs/history.md), and its
// value before and after. A part added has no value before (null), one removed none after.
struct FieldChange
{
    // The object it belongs to: the plan's top-level part ("community", "measures"), and for a
    // part that is a list, the item's key ("led" for measures[led]; empty for the plan's own
    // fields and its one-of parts).
    QString part;
    QString key;
    // The field within the object, a path of JSON keys ("parameters.capacity_kwp.value");
    // empty when the whole object was added or removed.
    QString field;
    QJsonValue before; // QJsonValue::Null: added
    QJsonValue after;  // QJsonValue::Null: removed

    // "measures[led]", "community": the object as one string.
    QString object() const;
    // "measures[led].parameters.capacity_kwp.value".
    QString path() const;
    // A value as one short line for a table or a list: a number in the locale's form, text as
    // it is, an object by its name or id ("{Rooftop solar}"), a list's first items, "—" for
    // none.
    static QString valueText(const QJsonValue &value);
    bool operator==(const FieldChange &) const = default;
};

} // namespace zeroplan
