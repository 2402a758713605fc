#pragma once

// The one place that includes Eigen. Arrays are for element-wise work over years and
// samples; a year series has one entry per year from the base year to the horizon end.
#include <Eigen/Core>

namespace zeroplan {

using YearSeries = Eigen::ArrayXd;                         // T
using YearBySource = Eigen::ArrayXXd;                      // T x S
using YearBySample = Eigen::ArrayXXd;                      // T x B (B samples side by side)
using SampleRow = Eigen::Array<double, 1, Eigen::Dynamic>; // 1 x B

} // namespace zeroplan
