#pragma once

#include "EngineInput.h"

#include <vector>

namespace zeroplan {

// The activity matrix while measures are applied, for B samples side by side (B = 1 for the
// deterministic run). Every change of activity goes through the methods below, which book
// the emissions it removes to the current measure's wedge — so the wedges add up to BAU
// minus scenario by construction — and, in the detailed run, the money it saves.
class EngineState
{
public:
    // A detailed state books wedges and money for every change; a plain one (Monte Carlo)
    // only keeps the activity, which is all that net emissions need.
    EngineState(const EngineInput &input, int samples, bool detailed);
    // Back to BAU for `samples` samples, keeping the memory already allocated.
    void reset(int samples);

    int samples() const { return m_samples; }
    int years() const { return m_input.years; }
    const EngineInput &input() const { return m_input; }

    // T x B activity of a column (materialised from BAU on first use).
    const YearBySample &activity(int column);

    // Starts booking a new measure: clears the wedge and the money saved.
    void beginMeasure(bool energyValued = true);
    const YearBySample &wedge() const { return m_wedge; }
    const YearSeries &savings() const { return m_savings; }

    // Keeps the share `keep` (in [0, 1]) of a column.
    void scale(int column, const YearBySample &keep);
    // The same, returning what it removed (valid until the next change).
    const YearBySample &scaleAndReport(int column, const YearBySample &keep);
    void add(int column, const YearBySample &amount); // amount ≥ 0
    enum class Weight
    {
        Energy,
        Base,
        Emissions
    };
    // Removes `amount` (kWh, base units or tCO2e per year and sample) from the columns in
    // proportion to what each holds, never below zero. Returns what was removed (valid
    // until the next call).
    const YearBySample &removeProportionally(const std::vector<int> &columns,
                                             const YearBySample &amount, Weight weight);
    // Σ over columns of activity × weight (kWh, base units or tCO2e); valid until the next
    // call.
    const YearBySample &total(const std::vector<int> &columns, Weight weight);

    // Gross emissions per year and sample of the current activity.
    YearBySample gross() const;
    // Emissions per year of one column in sample 0.
    YearSeries emissions(int column) const;

private:
    YearBySample &mutableActivity(int column);
    void book(int column);
    double weightOf(int column, Weight weight) const;

    const EngineInput &m_input;
    int m_samples;
    bool m_detailed;
    bool m_valued = true;
    std::vector<YearBySample> m_activity;
    std::vector<bool> m_materialised;
    YearBySample m_wedge;
    YearSeries m_savings;
    // Scratch arrays, reused so that the engine's inner calls do not allocate.
    YearBySample m_removed; // what the last change removed (negative: added)
    YearBySample m_total;
    YearBySample m_keep;
    YearBySample m_done;
};

} // namespace zeroplan
