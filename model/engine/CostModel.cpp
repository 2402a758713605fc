#include "CostModel.h"

#include "measures/MeasureCostSummary.h"

#include <cmath>

namespace zeroplan {
namespace {

double likelyOf(const EngineMeasure &m, const Eigen::ArrayXd &likely, const char *key)
{
    const int i = m.spec->parameterIndex(key);
    return i < 0 ? 0.0 : likely[m.parameterRows[size_t(i)]];
}

} // namespace

CostModel::CostModel(const EngineInput &input)
{
    const YearSeries t = YearSeries::LinSpaced(input.years, 0.0, double(input.years - 1));
    m_discount = (-t * std::log1p(input.discountRate)).exp();
}

double CostModel::kindCapex(const EngineMeasure &m, const Eigen::ArrayXd &likely) const
{
    // The catalogue says how each kind's investment is given (MeasureKindSpec::capexRule).
    return MeasureCostSummary::perUnit(m.spec->capexRule,
                                       [&](const char *key) { return likelyOf(m, likely, key); });
}

double CostModel::kindOpex(const EngineMeasure &m, const Eigen::ArrayXd &likely) const
{
    return MeasureCostSummary::perUnit(m.spec->opexRule,
                                       [&](const char *key) { return likelyOf(m, likely, key); });
}

YearSeries CostModel::capex(const EngineMeasure &m, const Eigen::ArrayXd &likely) const
{
    return m.purchases * (m.costs.capex + kindCapex(m, likely));
}

YearSeries CostModel::opex(const EngineMeasure &m, const Eigen::ArrayXd &likely) const
{
    return m.adoption * (m.costs.opexPerYear + kindOpex(m, likely));
}

void CostModel::summarise(MeasureResult &r) const
{
    // Credits bought are offsets on paper, not abatement: they get a price per credit of
    // their own and never a cost per tonne abated (docs/engine.md, "Costs").
    r.abatedTotal = (r.wedge + r.sink).sum();
    r.creditedTotal = r.credit.sum();
    r.npv = presentValue(r.savings - r.capex - r.opex);
    r.presentCost = -r.npv;
    r.presentAbatement = presentValue(r.wedge + r.sink);
    r.presentCredits = presentValue(r.credit);
    r.costPerTonne.reset();
    r.costPerCredit.reset();
    r.costPerCreditedTonne.reset();
    if (r.accountsCredited.size()) {
        const double credited = presentValue(r.accountsCredited);
        if (credited > 1e-9)
            r.costPerCreditedTonne = r.presentCost / credited;
    }
    if (r.isCredit()) {
        if (r.presentCredits > 1e-9)
            r.costPerCredit = r.presentCost / r.presentCredits;
    } else if (r.presentAbatement > 1e-9) {
        r.costPerTonne = r.presentCost / r.presentAbatement;
    }
}

} // namespace zeroplan
