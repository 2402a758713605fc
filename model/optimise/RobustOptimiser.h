#pragma once

#include "OptimiseProgress.h"
#include "OptimiseRequest.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace zeroplan {

class FactorLibrary;
struct Plan;

// How often a candidate was chosen over the draws.
struct RobustMeasure
{
    QString measure;      // measure id
    int chosen = 0;       // feasible draws whose least-cost choice uses it (level above 0)
    double meanLevel = 0; // its mean level over the feasible draws (0 where not chosen)
};

// The least-cost choice on Monte Carlo draws of the plan's uncertain parameters
// (docs/optimiser.md, "Robustness").
struct RobustResult
{
    int draws = 0;                 // solves, one per draw
    quint64 seed = 1;              // of the draws (MonteCarlo::drawParameters)
    int feasible = 0;              // draws in which the target could be met within the limits
    int failed = 0;                // draws in which the solver stopped without an answer
    QList<RobustMeasure> measures; // every candidate, in the plan's order
    bool cancelled = false;        // the progress callback said stop: the counts mean nothing

    double feasibleShare() const { return draws > 0 ? double(feasible) / draws : 0.0; }
    // The share of the feasible draws that chose `m`.
    double chosenShare(const RobustMeasure &m) const
    {
        return feasible > 0 ? double(m.chosen) / feasible : 0.0;
    }
};

// Solves the same request on `draws` Monte Carlo draws of the uncertain parameters of the
// candidates (triangular over each low/likely/high, one seeded stream as Monte Carlo draws
// them), each with Optimiser::runDraw, the draws spread over `threads` threads (0 = one per
// core); the result does not depend on the number of threads. With an invalid request every
// draw fails: run Optimiser::run first, which names the field. `progress`, if given, is told of
// each draw solved (`done` of `draws`) and may cancel: the draws not yet started are skipped and
// the result says `cancelled`.
class RobustOptimiser
{
public:
    static RobustResult run(const Plan &plan, const OptimiseRequest &request,
                            const FactorLibrary &library, int draws, quint64 seed, int threads = 0,
                            const OptimiseProgress &progress = {});
};

} // namespace zeroplan
