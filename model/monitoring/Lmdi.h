#pragma once

#include <vector>

namespace zeroplan {

// The additive log-mean Divisia index decomposition (LMDI-I) of a change in an aggregate
// E = Σᵢ Πₖ xᵢₖ between two years into one effect per factor k:
//
//   ΔEₖ = Σᵢ L(Eᵢᵀ, Eᵢ⁰) · ln(xᵢₖᵀ / xᵢₖ⁰),   L(a, b) = (a − b) / (ln a − ln b),  L(a, a) = a,
//
// and the effects add up exactly to Eᵀ − E⁰ (Ang 2004, "Decomposition analysis for
// policymaking in energy: which is the preferred method?", Energy Policy 32:1131–1139;
// Ang 2015, "LMDI decomposition approach: a guide for implementation", Energy Policy
// 86:233–238). An item with a zero factor value in one year (a line that appears or
// disappears) takes the analytic limit of Ang & Liu 2007 ("Handling zero values in index
// decomposition analysis", Energy Policy 35:238–246): the whole of its change goes to the
// factor(s) that are zero, shared equally when there are several, and none to the others.
class Lmdi
{
public:
    // One item (a line of the inventory): its factor values in the first and the last year, in
    // the same order for every item.
    struct Item
    {
        std::vector<double> first;
        std::vector<double> last;
    };

    // The effect of each factor, in the order of the items' values. Every item must have as
    // many values as `factors`; negative values are not defined for LMDI and count as zero.
    static std::vector<double> effects(const std::vector<Item> &items, int factors);

    // The logarithmic mean L(a, b) of two positive numbers.
    static double logMean(double a, double b);
};

} // namespace zeroplan
