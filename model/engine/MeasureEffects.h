#pragma once

#include "EngineState.h"

namespace zeroplan {

// What one measure does besides the reductions booked in the state, for B samples at once.
// Each field is empty (size 0) where the measure has none.
struct MeasureEffect
{
    YearBySample sink;    // tCO2 taken up
    YearBySample credit;  // tCO2e of credits
    YearSeries extraOpex; // running costs that follow from the effect (sample 0)
    // Carbon accounts (sample 0): tCO2e the scheme credits, of which the wedge is the
    // additional part, and what its points cost each year.
    YearSeries credited;
    YearSeries pointsBudget;
};

// Applies measure `index` of the state's input to the state and returns its offsets and
// costs; its reductions are booked in the state's wedge.
MeasureEffect applyMeasure(int index, const Eigen::ArrayXXd &parameters, EngineState &state);

} // namespace zeroplan
