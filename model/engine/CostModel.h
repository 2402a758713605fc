#pragma once

#include "EngineInput.h"
#include "Results.h"

namespace zeroplan {

// Money over the years for one measure, and its present values.
class CostModel
{
public:
    explicit CostModel(const EngineInput &input);

    // Capex follows adoption: each increase of adoption is bought in the year it happens and
    // bought again every `lifetime` years after. Opex is paid on the share adopted.
    YearSeries capex(const EngineMeasure &m, const Eigen::ArrayXd &likely) const;
    YearSeries opex(const EngineMeasure &m, const Eigen::ArrayXd &likely) const;
    // Fills npv, presentCost, the abated and credited totals, their present values and the
    // cost per tonne abated (or, for credits bought, per credit) from the series.
    void summarise(MeasureResult &r) const;
    // Σ x(t) / (1 + r)^t, for a series or an expression of series.
    template <typename Series> double presentValue(const Eigen::ArrayBase<Series> &x) const
    {
        return (x * m_discount).sum();
    }

private:
    double kindCapex(const EngineMeasure &m, const Eigen::ArrayXd &likely) const;
    double kindOpex(const EngineMeasure &m, const Eigen::ArrayXd &likely) const;

    YearSeries m_discount;
};

} // namespace zeroplan
