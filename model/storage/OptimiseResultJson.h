#pragma once

#include "optimise/OptimiseRequest.h"
#include "optimise/OptimiseResult.h"
#include "optimise/RobustOptimiser.h"

#include <QJsonObject>

namespace zeroplan {

struct Plan;

// What the optimiser found, as JSON in the stable shape documented in docs/cli.md
// ("optimise"): tCO2e, the plan's currency, levels as fractions.
class OptimiseResultJson
{
public:
    static constexpr int kFormatVersion = 1;

    // `robust`: the robustness over Monte Carlo draws, when asked for (`robustness`).
    static QJsonObject toJson(const Plan &plan, const OptimiseRequest &request,
                              const OptimiseResult &result, const RobustResult *robust = nullptr);
    static QString outcomeId(OptimiseResult::Outcome outcome); // "optimal", "infeasible", …
};

} // namespace zeroplan
