#pragma once

#include "optimise/OptimiseRequest.h"
#include "optimise/OptimiseResult.h"

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

struct Plan;

// optimise --format table: the answer for a terminal — the target, the least-cost choice
// (each measure's level), its cost, investment, net in the target year and neutrality year,
// the marginal cost of the target, the alternatives; or, when infeasible, what would make it
// feasible.
class OptimiseTable
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::OptimiseTable)

public:
    static QString format(const Plan &plan, const OptimiseRequest &request,
                          const OptimiseResult &result);

private:
    static QString choice(const Plan &plan, const Portfolio &portfolio);
};

} // namespace zeroplan
