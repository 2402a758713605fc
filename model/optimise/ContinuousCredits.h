#pragma once

#include "GroupOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

class OptimiseLimits;
struct EngineInput;
struct OptimiseResult;
struct Plan;

// Credits within a cap as a continuous quantity (docs/optimiser.md, "Credits as any quantity").
// A credit measure acts on no activity line, so it is an interaction group of its own; what it
// gives (credits = level × tonnes a year, cost = credits × price) is linear in its level, so
// any level between its lowest and highest is a mix of the two ends: the program takes the two
// ends' options as continuous variables adding up to 1 instead of one binary per level.

// The levels a credit candidate with `levels` (sorted, distinct) is run at to see whether it is
// linear: its lowest, its highest and two between (a third and two thirds of the way).
QList<double> linearityLevels(const QList<double> &levels);

// `sampled`, a one-measure group run at linearityLevels(), as its two ends marked continuous,
// when every figure of the two inner runs (reduction, gross reduction and investment per year,
// present cost, and the investment each of `limits`' payers bears) is what the ends give by
// linear interpolation, to 1e-9 of the figure's size; nothing when one is not (a payer's fixed
// amount taken first, for one) or `sampled` is not such a group.
std::optional<GroupOptions> continuousGroup(const GroupOptions &sampled,
                                            const OptimiseLimits &limits, const EngineInput &input,
                                            const Plan &plan);

// What the result says of the credits it took as any quantity and of those it kept to their
// levels, by the plan's measure names, translated; empty when neither.
class ContinuousCreditsText
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ContinuousCreditsText)

public:
    static QString of(const Plan &plan, const OptimiseResult &result);
};

} // namespace zeroplan
