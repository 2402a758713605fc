#pragma once

#include "Units.h"

#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// What an activity line measures: an energy carrier, a kind of travel or a waste stream.
// The carrier decides which unit dimensions fit a line, and how much energy one unit holds.
struct Carrier
{
    QString id;                  // stable id used in plan files, e.g. "natural_gas"
    const char *name;            // English name; translate with displayName()
    QList<Dimension> dimensions; // dimensions an amount of this carrier may be given in
    // Energy (kWh, net calorific value) in one base unit of a non-energy dimension, for fuels.
    // Zero where the carrier holds no energy that measures convert (waste, travel).
    double kwhPerVolumeBase = 0; // per m³
    double kwhPerMassBase = 0;   // per t
    QString ncvSource;
    // The unit a bill or meter gives this carrier in, which a new or changed line starts with
    // (natural gas in m³ from the gas bill, petrol in litres, heat in GJ, waste in tonnes).
    QString usualUnit;

    QString displayName() const;
    bool fits(Dimension d) const { return dimensions.contains(d); }
    // kWh in one unit of `unitSymbol`, or nothing if the unit does not hold energy here.
    std::optional<double> kwhPerUnit(const QString &unitSymbol) const;
};

// How many `to` units one `from` unit of `carrier` is: directly within a dimension, or through
// the carrier's energy content (m³ of gas ↔ kWh). `carrier` may be null (direct only).
std::optional<double> carrierUnitRatio(const Carrier *carrier, const QString &from,
                                       const QString &to);

class Carriers
{
public:
    static const QList<Carrier> &all();
    static const Carrier *find(const QString &id);
};

} // namespace zeroplan
