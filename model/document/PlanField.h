#pragma once

#include "ChangeEvent.h"
#include "plan/Plan.h"

#include <QString>
#include <functional>

namespace zeroplan {

// One field of one object in a plan, for ChangeValue: how to read and write it, what an
// edit of it is called in the Edit menu and which part of the plan it belongs to.
template <typename Value> struct PlanField
{
    // The field's place in the plan format ("/measures/2/parameters/capacity_kwp"): two
    // edits with the same key in a row merge into one undo step.
    QString key;
    QString text; // the undo step's name: "Change population"
    ChangeEvent event;
    std::function<Value(const Plan &)> get;
    std::function<void(Plan &, const Value &)> set;
};

// A field from a path into the plan, written once for reading and writing:
//     planField<double>(key, text, event, [](auto &plan) -> auto & { return
//     plan.community.population; })
template <typename Value, typename At>
PlanField<Value> planField(const QString &key, const QString &text, const ChangeEvent &event, At at)
{
    return {key, text, event, [at](const Plan &plan) { return Value(at(plan)); },
            [at](Plan &plan, const Value &value) { at(plan) = value; }};
}

} // namespace zeroplan
