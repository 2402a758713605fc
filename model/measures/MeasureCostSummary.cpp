#include "MeasureCostSummary.h"

#include "Measure.h"

namespace zeroplan {
namespace {

// The likely value of parameter `key` of `measure`, or the catalogue default when the plan
// does not give it (as the engine does).
double likelyValue(const Measure &measure, const MeasureKindSpec &spec, const char *key)
{
    if (!key)
        return 0;
    const ParameterSpec *p = spec.parameter(QLatin1String(key));
    return measure.parameter(QLatin1String(key), p ? p->value : 0.0);
}

MeasureCostPart part(const Measure &measure, const MeasureKindSpec &spec, const CostRule &rule,
                     double lumpSum)
{
    MeasureCostPart c;
    c.rule = rule;
    c.rate = likelyValue(measure, spec, rule.rate);
    c.quantity = likelyValue(measure, spec, rule.quantity);
    c.lumpSum = lumpSum;
    return c;
}

} // namespace

MeasureCostSummary MeasureCostSummary::of(const Measure &measure)
{
    const MeasureKindSpec &spec = MeasureCatalogue::spec(measure.kind);
    return {part(measure, spec, spec.capexRule, measure.costs.capex),
            part(measure, spec, spec.opexRule, measure.costs.opexPerYear)};
}

bool MeasureCostSummary::isEntered() const
{
    return capex.total() > 0 || opex.total() > 0 || (opex.rule.isPerEffect() && opex.rate > 0) ||
           (capex.rule.isPerEffect() && capex.rate > 0);
}

} // namespace zeroplan
