#pragma once

#include <QString>

namespace zeroplan {

// A value of one measure that one scenario sets differently from the plan's measure
// (docs/measures.md, "Values that differ by scenario"; LEAP's inheritance): what the measure
// form calls "this scenario's value". `field` is one of ScenarioValues::kStartYear,
// kRampYears, kLifetimeYears, kCapex, kOpexPerYear, or a parameter key of the measure's kind
// ("capacity_kwp").
struct ScenarioOverride
{
    QString measure; // measure id
    QString field;
    double value = 0;
    bool operator==(const ScenarioOverride &) const = default;
};

} // namespace zeroplan
