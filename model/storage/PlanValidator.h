#pragma once

#include "PlanProblem.h"
#include "plan/Plan.h"

namespace zeroplan {

class FactorLibrary;

// Checks a plan that is well-formed as JSON for consistency: references resolve, units fit
// carriers and factors, years lie in the horizon, parameters in their allowed range, …
// Problems are located by the JSON path the plan's fields have in the plan format, so it
// serves plans edited in the app as well as plans read from a file.
class PlanValidator
{
public:
    static PlanProblems validate(const Plan &plan, const FactorLibrary &library);
};

} // namespace zeroplan
