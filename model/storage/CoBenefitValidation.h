#pragma once

#include "ProblemReport.h"
#include "measures/Measure.h"

namespace zeroplan {

// Checks the co-benefits of measure `m` found at `path` ("/measures/3"): a dimension given
// twice is an error; a figure without a source, or a bills figure (the engine counts bill
// savings already), is a warning. Each message names the measure and the dimension.
void checkCoBenefits(ProblemReport &report, const Measure &m, const QString &path);

} // namespace zeroplan
