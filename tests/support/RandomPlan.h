#pragma once

#include "plan/Plan.h"

#include <cstdint>

namespace zeroplan::test {

// A plan with `lines` activity lines over every carrier the catalogue acts on and
// `measures` measures of every kind with random sizes, ranges, starts and ramps, and one
// scenario "all" with every measure at a random level. Factors are the plan's own (the
// fixtures' cited figures), so no library is needed. Same seed, same plan.
Plan randomPlan(std::uint64_t seed, int lines, int measures, int baseYear = 2024,
                int horizonEnd = 2060);

} // namespace zeroplan::test
