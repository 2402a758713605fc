#pragma once

#include <QList>
#include <vector>

namespace zeroplan {

struct EngineInput;

// The measures of a compiled scenario split into groups that do not interact
// (docs/optimiser.md, "Exact under interaction"): two measures are in one group when they
// act on a common activity — a target column, the pool a target belongs to, or the activity
// one of them adds (a heat pump's electricity that solar covers). Measures of different
// groups change disjoint columns, so the engine's totals of a choice of levels are the sum of
// each group's run on its own; within a group, order and interaction count, so a group is
// evaluated as a whole. Each group holds indices into EngineInput::measures, in engine order.
QList<std::vector<int>> interactionGroups(const EngineInput &input);

} // namespace zeroplan
