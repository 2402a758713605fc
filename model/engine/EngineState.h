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
    // A detailed state books wedges and money for every change, column by column; a plain
    // one (Monte Carlo, sensitivity) only keeps the activity, which is all that net emissions
    // need, and holds each pool of added columns (EngineColumn::pool) as one column: a plan
    // with thousands of heat pumps then works on a few sums, not on thousands of columns.
    EngineState(const EngineInput &input, int samples, bool detailed);
    // Back to BAU for `samples` samples, keeping the memory already allocated.
    void reset(int samples);

    // The activity of sample 0 at some point of a run, to start other runs from there.
    struct Snapshot
    {
        std::vector<std::pair<size_t, YearSeries>> activity; // changed slots only
    };
    Snapshot snapshot() const;
    // `samples` samples, each with the activity of the snapshot.
    void restore(const Snapshot &snapshot, int samples);

    int samples() const { return m_samples; }
    // The columns a measure works on: its targets, or in a plain state each pool once.
    const std::vector<int> &targetsOf(const EngineMeasure &m) const
    {
        return m_detailed ? m.targets : m.pooledTargets;
    }
    int years() const { return m_input.years; }
    const EngineInput &input() const { return m_input; }

    // T x B activity of a column (materialised from BAU on first use).
    const YearBySample &activity(int column);

    // Starts booking a new measure: clears the wedge and the money saved. Energy it changes
    // is valued at the column's price, or at the measure's own `tariffs` within their caps.
    void beginMeasure(bool energyValued = true, const std::vector<EngineTariff> *tariffs = nullptr);
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
    // Where a column's activity is held: its own slot, or in a plain state its pool's.
    size_t slot(int column) const
    {
        return size_t(m_detailed ? column : m_input.columns[size_t(column)].pool);
    }
    void book(int column);
    // The money for `moved` units of `column` (removed > 0, added < 0), each year at the
    // current measure's tariff for the column's carrier within what is left of its cap, the
    // rest at the column's price.
    YearSeries value(int column, const YearSeries &moved);
    double weightOf(int column, Weight weight) const;

    const EngineInput &m_input;
    int m_samples;
    bool m_detailed;
    bool m_valued = true;
    std::vector<YearBySample> m_activity;
    std::vector<bool> m_materialised;
    YearBySample m_wedge;
    YearSeries m_savings;
    const std::vector<EngineTariff> *m_tariffs = nullptr;
    std::vector<YearSeries> m_tariffUsed; // per tariff: units already at its price this measure
    // Scratch arrays, reused so that the engine's inner calls do not allocate.
    YearBySample m_removed; // what the last change removed (negative: added)
    YearBySample m_total;
    YearBySample m_keep;
    YearBySample m_done;
};

} // namespace zeroplan
