#pragma once

#include "residents/ResidentsRun.h"

#include <QJsonObject>

namespace zeroplan {

struct Plan;
struct ScenarioResult;

// Who pays and what households see, as the JSON of `simulate --format json` (docs/cli.md,
// "payers", "household", "funding"): money in the plan's currency, one entry per year.
class ResidentsResultJson
{
public:
    // Inserts "payers", "household" and "funding" for `result` into its scenario object.
    static void insert(QJsonObject &scenario, const Plan &plan, const ScenarioResult &result);
    static QJsonObject payers(const ResidentsRun &run, const ScenarioResult &result);
    static QJsonObject household(const ResidentsRun &run, const ScenarioResult &result);
    static QJsonObject funding(const ResidentsRun &run, const Plan &plan,
                               const ScenarioResult &result);
};

} // namespace zeroplan
