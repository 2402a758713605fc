#pragma once

#include "FieldChange.h"

#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

struct Plan;
class FactorLibrary;

// What one scenario of one version of a plan comes to (docs/history.md, "Compare"): the
// figures a committee looks at first.
struct ScenarioOutcome
{
    std::optional<int> neutralFrom; // the year from which net stays ≤ 0; none: never
    int lastYear = 0;               // the plan's horizon end
    double netInLastYear = 0;       // tCO2e
    double cumulativeNet = 0;       // Σ net from the base year to the horizon end, tCO2e
    double presentCost = 0;         // every measure's present cost, plan currency
    QString currency;

    bool operator==(const ScenarioOutcome &) const = default;
};

// One scenario in two versions side by side; a scenario only one of them has is missing in
// the other.
struct OutcomePair
{
    QString scenario; // its name
    std::optional<ScenarioOutcome> from;
    std::optional<ScenarioOutcome> to;
};

// Two versions of a plan compared: the inputs field by field (PlanDiff) and the results of
// every scenario side by side, both plans run through the engine.
struct VersionComparison
{
    QList<FieldChange> inputs;
    QList<OutcomePair> outcomes; // the scenarios of `from` in its order, then those only `to` has
    // Business as usual's gross emissions in the base year, in each version.
    double baselineFrom = 0;
    double baselineTo = 0;

    static VersionComparison between(const Plan &from, const Plan &to,
                                     const FactorLibrary &library);
};

} // namespace zeroplan
