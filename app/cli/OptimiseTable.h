#pragma once

#include "optimise/OptimiseRequest.h"
#include "optimise/OptimiseResult.h"
#include "optimise/RobustOptimiser.h"

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

struct Plan;

// optimise --format table: the answer for a terminal — the target, the least-cost choice
// (each measure's level), its cost, investment, net in the target year and neutrality year,
// the marginal cost of the target, the alternatives; or, when infeasible, what would make it
// feasible; with `robust`, how often each measure was chosen over the Monte Carlo draws.
class OptimiseTable
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::OptimiseTable)

public:
    static QString format(const Plan &plan, const OptimiseRequest &request,
                          const OptimiseResult &result, const RobustResult *robust = nullptr);

private:
    static QString choice(const Plan &plan, const Portfolio &portfolio);
    static QString limits(const Plan &plan, const OptimiseRequest &request);
    static QString feasibleWithout(const QStringList &ids);
    static QString robustness(const Plan &plan, const RobustResult &robust);
};

} // namespace zeroplan
