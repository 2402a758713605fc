#pragma once

#include "EngineState.h"

namespace zeroplan {

// What one measure does, for B samples at once. `parameters` holds one row per parameter
// slot of the input and one column per sample.
struct MeasureEffect
{
    YearBySample sink;     // tCO2 taken up
    YearBySample credit;   // tCO2e of credits
    YearSeries extraOpex;  // running costs that follow from the effect (sample 0)
};

// Applies measure `index` of the state's input to the state and returns its offsets and
// costs; its reductions are booked in the state's wedge.
MeasureEffect applyMeasure(int index, const Eigen::ArrayXXd &parameters, EngineState &state);

} // namespace zeroplan
