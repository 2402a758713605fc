#include "Carrier.h"

#include <QCoreApplication>
#include <QHash>

namespace zeroplan {

QString Carrier::displayName() const
{
    return QCoreApplication::translate("zeroplan::Carrier", name);
}

std::optional<double> Carrier::kwhPerUnit(const QString &unitSymbol) const
{
    const auto unit = Units::find(unitSymbol);
    if (!unit || !fits(unit->dimension))
        return std::nullopt;
    switch (unit->dimension) {
    case Dimension::Energy:
        return unit->toBase;
    case Dimension::Volume:
        if (kwhPerVolumeBase > 0)
            return unit->toBase * kwhPerVolumeBase;
        break;
    case Dimension::Mass:
        if (kwhPerMassBase > 0)
            return unit->toBase * kwhPerMassBase;
        break;
    default:
        break;
    }
    return std::nullopt;
}

const QList<Carrier> &Carriers::all()
{
    using D = Dimension;
    // Net calorific values: IPCC 2006 Guidelines Vol. 2 Table 1.2 (LPG 47.3 TJ/Gg, motor
    // gasoline 44.3 TJ/Gg, gas/diesel oil 43.0 TJ/Gg, other bituminous coal 25.8 TJ/Gg) with
    // densities 0.74 kg/L (petrol) and 0.84 kg/L (diesel) (docs/factors.md); natural
    // gas 38.931 MJ/Nm³, the Chinese default of GB/T 32151 (389.31 GJ per 10⁴ Nm³).
    static const QList<Carrier> carriers{
        {QStringLiteral("electricity"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "Grid electricity"),
         {D::Energy},
         0,
         0,
         {},
         QStringLiteral("kWh")},
        {QStringLiteral("natural_gas"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "Natural gas"),
         {D::Volume, D::Energy},
         38.931 / 3.6,
         0,
         QStringLiteral("GB/T 32151: 389.31 GJ per 10^4 Nm3"),
         QStringLiteral("m³")},
        {QStringLiteral("lpg"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "LPG"),
         {D::Mass, D::Volume, D::Energy},
         47.3 * 1000.0 / 3.6 * 0.54,
         47.3 * 1000.0 / 3.6,
         QStringLiteral("IPCC 2006 V2 T1.2: 47.3 TJ/Gg; density 0.54 kg/L"),
         QStringLiteral("kg")},
        {QStringLiteral("petrol"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "Petrol (gasoline)"),
         {D::Volume, D::Mass, D::Energy},
         44.3 * 1000.0 / 3.6 * 0.74,
         44.3 * 1000.0 / 3.6,
         QStringLiteral("IPCC 2006 V2 T1.2: 44.3 TJ/Gg; density 0.74 kg/L"),
         QStringLiteral("L")},
        {QStringLiteral("diesel"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "Diesel"),
         {D::Volume, D::Mass, D::Energy},
         43.0 * 1000.0 / 3.6 * 0.84,
         43.0 * 1000.0 / 3.6,
         QStringLiteral("IPCC 2006 V2 T1.2: 43.0 TJ/Gg; density 0.84 kg/L"),
         QStringLiteral("L")},
        {QStringLiteral("coal"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "Coal"),
         {D::Mass, D::Energy},
         0,
         25.8 * 1000.0 / 3.6,
         QStringLiteral("IPCC 2006 V2 T1.2: other bituminous coal 25.8 TJ/Gg"),
         QStringLiteral("t")},
        {QStringLiteral("district_heat"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "District heat"),
         {D::Energy},
         0,
         0,
         {},
         QStringLiteral("GJ")},
        {QStringLiteral("car_travel"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "Private car travel"),
         {D::VehicleDistance},
         0,
         0,
         {},
         QStringLiteral("vehicle-km")},
        {QStringLiteral("public_transport"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "Public transport travel"),
         {D::PassengerDistance, D::VehicleDistance},
         0,
         0,
         {},
         QStringLiteral("passenger-km")},
        {QStringLiteral("landfill_waste"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "Mixed waste to landfill"),
         {D::Mass},
         0,
         0,
         {},
         QStringLiteral("t")},
        {QStringLiteral("food_waste"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "Food waste to landfill"),
         {D::Mass},
         0,
         0,
         {},
         QStringLiteral("t")},
        {QStringLiteral("incinerated_waste"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "Waste to incineration"),
         {D::Mass},
         0,
         0,
         {},
         QStringLiteral("t")},
        // Domestic wastewater by the residents a treatment plant serves (the IPCC method is per
        // person: docs/factors.md), or by the volume a utility bills.
        {QStringLiteral("wastewater"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "Wastewater"),
         {D::PersonTime, D::Volume},
         0,
         0,
         {},
         QStringLiteral("person-year")},
        {QStringLiteral("other"),
         QT_TRANSLATE_NOOP("zeroplan::Carrier", "Other"),
         {D::Energy, D::Volume, D::Mass, D::VehicleDistance, D::PassengerDistance, D::Emissions,
          D::PersonTime},
         0,
         0,
         {},
         QStringLiteral("kWh")},
    };
    return carriers;
}

const Carrier *Carriers::find(const QString &id)
{
    static const QHash<QString, const Carrier *> byId = [] {
        QHash<QString, const Carrier *> h;
        for (const Carrier &c : all())
            h.insert(c.id, &c);
        return h;
    }();
    return byId.value(id, nullptr);
}

std::optional<double> carrierUnitRatio(const Carrier *carrier, const QString &from,
                                       const QString &to)
{
    if (auto direct = Units::convert(1.0, from, to))
        return direct;
    if (!carrier)
        return std::nullopt;
    const auto fromKwh = carrier->kwhPerUnit(from);
    const auto toKwh = carrier->kwhPerUnit(to);
    if (fromKwh && toKwh && *toKwh > 0)
        return *fromKwh / *toKwh;
    return std::nullopt;
}

} // namespace zeroplan
