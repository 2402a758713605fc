#pragma once

#include "plan/AdoptedPlan.h"

namespace zeroplan {

struct Plan;
class FactorLibrary;

// "Adopt this scenario": freezes a copy of the plan with scenario `scenario` alone (and no
// monitoring of its own) and the pathway and wedges the engine computes for it.
AdoptedPlan adoptScenario(const Plan &plan, int scenario, const FactorLibrary &library,
                          const QDate &date, const QString &label);

} // namespace zeroplan
