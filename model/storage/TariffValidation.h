#pragma once

#include "ProblemReport.h"
#include "plan/Plan.h"

namespace zeroplan {

// Checks the own tariffs of measure `m` of `plan` found at `path` ("/measures/3"): an unknown
// carrier, a unit the carrier is not measured in, a negative price, a cap that is not above
// zero and a carrier given twice are errors; a cap with no household to count it for, and a
// tariff without a source, are warnings. Each message names the measure and the carrier.
void checkTariffs(ProblemReport &report, const Plan &plan, const Measure &m, const QString &path);

} // namespace zeroplan
