#pragma once

#include "EngineInput.h"
#include "Results.h"

namespace zeroplan {

// One-at-a-time sensitivity: each uncertain parameter at its low and at its high value,
// every other at its likely value; the net emissions of the target year, for a tornado chart.
class Sensitivity
{
public:
    static SensitivityResult run(const EngineInput &input);
};

} // namespace zeroplan
