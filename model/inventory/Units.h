#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace zeroplan {

// What a quantity measures. Conversions happen only within one dimension.
enum class Dimension
{
    Energy,            // base unit kWh
    Volume,            // base unit m³
    Mass,              // base unit t
    VehicleDistance,   // base unit vehicle-km (plain "km" means a km driven)
    PassengerDistance, // base unit passenger-km
    Emissions,         // base unit tCO2e (for lines and measure outputs already in CO2e)
    PersonTime,        // base unit person-year: residents served for a year (wastewater)
};

struct Unit
{
    QString symbol; // canonical symbol, e.g. "kWh", "m³", "t"
    Dimension dimension;
    double toBase; // multiply an amount in this unit by toBase to get the base unit
};

// The units module: look-up by symbol or alias (度 = 千瓦时 = kWh, 万千瓦时 = 万kWh, 吉焦 = GJ,
// 兆焦 = MJ, 吨标煤 = tce, 立方米 = 方 = m³, 吨 = t, 公斤 = kg, 升 = L, 公里 = km,
// 人·年 = person-year), conversions and dimension checks.
class Units
{
public:
    static std::optional<Unit> find(const QString &symbol);
    static bool isKnown(const QString &symbol) { return find(symbol).has_value(); }
    // Amount in `from` expressed in `to`; nothing if either is unknown or the dimensions differ.
    static std::optional<double> convert(double amount, const QString &from, const QString &to);
    static QString baseSymbol(Dimension dimension);
    static QString dimensionName(Dimension dimension); // translated
    static QStringList symbols(Dimension dimension);   // canonical symbols only
};

} // namespace zeroplan
