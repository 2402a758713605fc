#pragma once

#include "MeasureCatalogue.h"

namespace zeroplan {

struct Measure;

// One cost of a measure at full adoption, as the engine counts it: the part given per unit
// of a parameter (rate × quantity), the lump sum in the measure's costs (kept even for a kind
// priced per unit, so old files lose nothing), and their total.
struct MeasureCostPart
{
    CostRule rule;
    double rate = 0;     // the rate parameter's likely value (0 for a lump-sum cost)
    double quantity = 0; // the quantity parameter's likely value (per-unit costs only)
    double lumpSum = 0;  // the measure's costs.capex or costs.opex_per_year

    double perUnit() const { return rule.isPerUnit() ? rate * quantity : 0.0; }
    double total() const { return perUnit() + lumpSum; }
};

// The investment and the yearly running cost of a measure at full adoption, worked out the way
// the engine's CostModel does it (the investment is bought in the years adoption rises and
// again after each lifetime; running cost follows adoption). One place for the form, the
// report and the impact panel to read a measure's costs from.
struct MeasureCostSummary
{
    MeasureCostPart capex;
    MeasureCostPart opex; // per year; a per-effect rate is added by the engine on top

    static MeasureCostSummary of(const Measure &measure);
    // Per unit, rate × quantity from the likely values `value(key)` (what CostModel uses).
    template <typename Lookup> static double perUnit(const CostRule &rule, Lookup value)
    {
        return rule.isPerUnit() ? value(rule.rate) * value(rule.quantity) : 0.0;
    }
    // Whether any cost was entered: an investment or running cost above 0, or a price per
    // unit of effect above 0. A plan whose costs are all 0 has no honest cost per tonne.
    bool isEntered() const;
};

} // namespace zeroplan
