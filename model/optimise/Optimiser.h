#pragma once

#include "EigenTypes.h"
#include "OptimiseProgress.h"
#include "OptimiseRequest.h"
#include "OptimiseResult.h"

#include <QCoreApplication>

namespace zeroplan {

class FactorLibrary;
struct Plan;

// The least-cost way to the target (docs/optimiser.md): the candidates' measures are split
// into interaction groups (InteractionGroups), every combination of levels of each group is run
// by the engine (GroupOptions), and a binary program solved by CBC (MipSolver) picks one
// combination per group: least present cost, net in the target year at most the target,
// investment within the budget, prerequisites and exclusions kept. The chosen portfolio run
// through the engine as a scenario gives the optimiser's figures exactly (groups do not
// interact), which the tests check. `progress`, if given, is told of the steps as they are made
// and may cancel the run (OptimiseProgress).
class Optimiser
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::Optimiser)

public:
    static OptimiseResult run(const Plan &plan, const OptimiseRequest &request,
                              const FactorLibrary &library, const OptimiseProgress &progress = {});
    // One Monte Carlo draw for RobustOptimiser: the same program with the uncertain parameters
    // at `parameters` (one per ParameterSlot of the candidates compiled at full level, as
    // MonteCarlo::drawParameters gives a column), on one thread; only the least-cost choice
    // (`best`, without the re-run, the marginal cost, alternatives or what would make an
    // infeasible target feasible). Failed when `parameters` does not fit.
    static OptimiseResult runDraw(const Plan &plan, const OptimiseRequest &request,
                                  const FactorLibrary &library, const Eigen::ArrayXd &parameters);

private:
    static OptimiseResult solve(const Plan &plan, const OptimiseRequest &request,
                                const FactorLibrary &library, const Eigen::ArrayXd *draw,
                                const OptimiseProgress &progress);
};

} // namespace zeroplan
