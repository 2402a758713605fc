#pragma once

#include "EigenTypes.h"

#include <utility>
#include <vector>

namespace zeroplan {

struct EngineColumn;
struct MeasureTariff;

// A measure's own tariff as the engine applies it (docs/measures.md, "A measure's own
// tariff"): the columns of its carrier, each with how many tariff units one of the column's
// units is, and the yearly cap in tariff units (households reached × adoption × cap per
// household; infinite without a cap).
struct EngineTariff
{
    double price = 0; // plan currency per tariff unit
    YearSeries cap;
    double capAtFullAdoption = 0; // households reached × cap per household; ∞ without a cap
    std::vector<std::pair<int, double>> columns; // column index, tariff units per column unit

    // The tariff of `tariff` over `columns` for a measure with `adoption` reaching
    // `households` households at full level. Columns whose unit does not convert are left out
    // (validation reports the unit).
    static EngineTariff compile(const MeasureTariff &tariff,
                                const std::vector<EngineColumn> &columns,
                                const YearSeries &adoption, double households);
    // The cap for the measure's adoption curve: capAtFullAdoption × adoption (∞ without a cap).
    void setAdoption(const YearSeries &adoption);
    // The tariff units per unit of `column`, or 0 when the tariff does not price it.
    double ratioOf(int column) const;
};

} // namespace zeroplan
