#pragma once

#include <QString>
#include <optional>

namespace zeroplan {

// A price of a measure's own for one energy carrier (docs/measures.md, "A measure's own
// tariff"), such as Beijing's valley tariff for coal-to-electricity heat pumps: the carrier's
// energy the measure adds or saves is valued at `price` instead of the plan's price, up to
// `capPerHousehold` units per household reached and year; beyond the cap (and for every
// other measure) the plan's price applies.
struct MeasureTariff
{
    QString carrier;  // carrier id, e.g. "electricity"
    QString unit;     // the unit `price` and `capPerHousehold` are given in, e.g. "kWh"
    double price = 0; // plan currency per unit
    std::optional<double> capPerHousehold; // units per household and year; none: no cap
    QString source;
    bool operator==(const MeasureTariff &) const = default;
};

} // namespace zeroplan
