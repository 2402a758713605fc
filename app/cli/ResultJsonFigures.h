#pragma once

#include "engine/Results.h"

#include <QJsonObject>

namespace zeroplan {

// The neutrality and credit figures that ResultJson (model/storage) does not write yet, added
// to its scenarios and measures for `simulate --format json` (docs/cli.md): per scenario
// `neutral_from` (the year from which net stays ≤ 0 to the horizon end), `baseline_empty`,
// `present_abatement_cost`, `credited_total`, `present_credits`, `present_credit_cost`,
// `cost_per_credit`; per measure `credited_total` and `cost_per_credit`. Existing keys are
// left as ResultJson wrote them. Belongs in ResultJson::scenario()/measures() once that file
// is free to change; the keys and their meaning stay.
class ResultJsonFigures
{
public:
    // `json` is ResultJson::toJson(plan, result, …): its scenarios in result's order.
    static QJsonObject add(QJsonObject json, const PlanResult &result);
    static QJsonObject addTo(QJsonObject scenario, const ScenarioResult &result);
};

} // namespace zeroplan
