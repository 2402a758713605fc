#include "Units.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace zeroplan {
namespace {

struct UnitRow
{
    const char16_t *symbol;
    const char16_t *canonical;
    Dimension dimension;
    double toBase;
};

// GB/T 2589-2020 《综合能耗计算通则》 (General principles for calculation of the
// comprehensive energy consumption): 1 kg of standard coal equivalent is 29,307.6 kJ.
constexpr double kMjPerKgce = 29.3076;
constexpr double kKwhPerKgce = kMjPerKgce / 3.6;

// Aliases point at their canonical symbol; a canonical row names itself.
constexpr std::array kUnits{
    UnitRow{u"kWh", u"kWh", Dimension::Energy, 1.0},
    UnitRow{u"度", u"kWh", Dimension::Energy, 1.0},
    UnitRow{u"千瓦时", u"kWh", Dimension::Energy, 1.0},
    UnitRow{u"千瓦·时", u"kWh", Dimension::Energy, 1.0},
    // 万千瓦时: ten thousand kWh, as electricity bills and statistics give large amounts.
    UnitRow{u"万kWh", u"万kWh", Dimension::Energy, 1.0e4},
    UnitRow{u"万千瓦时", u"万kWh", Dimension::Energy, 1.0e4},
    UnitRow{u"万度", u"万kWh", Dimension::Energy, 1.0e4},
    UnitRow{u"MWh", u"MWh", Dimension::Energy, 1000.0},
    UnitRow{u"GWh", u"GWh", Dimension::Energy, 1.0e6},
    UnitRow{u"MJ", u"MJ", Dimension::Energy, 1.0 / 3.6},
    UnitRow{u"兆焦", u"MJ", Dimension::Energy, 1.0 / 3.6},
    UnitRow{u"GJ", u"GJ", Dimension::Energy, 1000.0 / 3.6},
    UnitRow{u"吉焦", u"GJ", Dimension::Energy, 1000.0 / 3.6},
    UnitRow{u"TJ", u"TJ", Dimension::Energy, 1.0e6 / 3.6},
    // Standard coal equivalent (标准煤): 1 kgce = 29.3076 MJ (7,000 kcal), GB/T 2589-2020
    // 《综合能耗计算通则》; so 1 kgce = 29.3076 / 3.6 = 8.141 kWh, 1 tce = 8,141 kWh.
    UnitRow{u"kgce", u"kgce", Dimension::Energy, kKwhPerKgce},
    UnitRow{u"千克标准煤", u"kgce", Dimension::Energy, kKwhPerKgce},
    UnitRow{u"千克标煤", u"kgce", Dimension::Energy, kKwhPerKgce},
    UnitRow{u"公斤标煤", u"kgce", Dimension::Energy, kKwhPerKgce},
    UnitRow{u"tce", u"tce", Dimension::Energy, 1000.0 * kKwhPerKgce},
    UnitRow{u"吨标煤", u"tce", Dimension::Energy, 1000.0 * kKwhPerKgce},
    UnitRow{u"吨标准煤", u"tce", Dimension::Energy, 1000.0 * kKwhPerKgce},
    UnitRow{u"m³", u"m³", Dimension::Volume, 1.0},
    UnitRow{u"m3", u"m³", Dimension::Volume, 1.0},
    UnitRow{u"Nm³", u"m³", Dimension::Volume, 1.0},
    UnitRow{u"Nm3", u"m³", Dimension::Volume, 1.0},
    UnitRow{u"立方米", u"m³", Dimension::Volume, 1.0},
    UnitRow{u"方", u"m³", Dimension::Volume, 1.0},
    UnitRow{u"立方", u"m³", Dimension::Volume, 1.0},
    UnitRow{u"L", u"L", Dimension::Volume, 0.001},
    UnitRow{u"l", u"L", Dimension::Volume, 0.001},
    UnitRow{u"升", u"L", Dimension::Volume, 0.001},
    UnitRow{u"t", u"t", Dimension::Mass, 1.0},
    UnitRow{u"吨", u"t", Dimension::Mass, 1.0},
    UnitRow{u"kg", u"kg", Dimension::Mass, 0.001},
    UnitRow{u"公斤", u"kg", Dimension::Mass, 0.001},
    UnitRow{u"千克", u"kg", Dimension::Mass, 0.001},
    UnitRow{u"g", u"g", Dimension::Mass, 1.0e-6},
    UnitRow{u"克", u"g", Dimension::Mass, 1.0e-6},
    UnitRow{u"vehicle-km", u"vehicle-km", Dimension::VehicleDistance, 1.0},
    UnitRow{u"vkm", u"vehicle-km", Dimension::VehicleDistance, 1.0},
    UnitRow{u"km", u"km", Dimension::VehicleDistance, 1.0},
    UnitRow{u"公里", u"km", Dimension::VehicleDistance, 1.0},
    UnitRow{u"passenger-km", u"passenger-km", Dimension::PassengerDistance, 1.0},
    UnitRow{u"pkm", u"passenger-km", Dimension::PassengerDistance, 1.0},
    UnitRow{u"tCO2e", u"tCO2e", Dimension::Emissions, 1.0},
    UnitRow{u"kgCO2e", u"kgCO2e", Dimension::Emissions, 0.001},
    // Residents served times years: what a wastewater factor per person is given per.
    UnitRow{u"person-year", u"person-year", Dimension::PersonTime, 1.0},
    UnitRow{u"person-years", u"person-year", Dimension::PersonTime, 1.0},
    UnitRow{u"person-yr", u"person-year", Dimension::PersonTime, 1.0},
    UnitRow{u"人·年", u"person-year", Dimension::PersonTime, 1.0},
    UnitRow{u"人・年", u"person-year", Dimension::PersonTime, 1.0},
    UnitRow{u"人•年", u"person-year", Dimension::PersonTime, 1.0},
    UnitRow{u"人年", u"person-year", Dimension::PersonTime, 1.0},
};

} // namespace

std::optional<Unit> Units::find(const QString &symbol)
{
    static const QHash<QString, Unit> bySymbol = [] {
        QHash<QString, Unit> h;
        for (const UnitRow &row : kUnits)
            h.insert(QString::fromUtf16(row.symbol),
                     Unit{QString::fromUtf16(row.canonical), row.dimension, row.toBase});
        return h;
    }();
    auto it = bySymbol.constFind(symbol);
    if (it == bySymbol.cend())
        it = bySymbol.constFind(symbol.trimmed());
    return it == bySymbol.cend() ? std::nullopt : std::optional<Unit>(*it);
}

std::optional<double> Units::convert(double amount, const QString &from, const QString &to)
{
    const auto a = find(from);
    const auto b = find(to);
    if (!a || !b || a->dimension != b->dimension)
        return std::nullopt;
    return amount * a->toBase / b->toBase;
}

QString Units::baseSymbol(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Energy:
        return QStringLiteral("kWh");
    case Dimension::Volume:
        return QStringLiteral("m³");
    case Dimension::Mass:
        return QStringLiteral("t");
    case Dimension::VehicleDistance:
        return QStringLiteral("vehicle-km");
    case Dimension::PassengerDistance:
        return QStringLiteral("passenger-km");
    case Dimension::Emissions:
        return QStringLiteral("tCO2e");
    case Dimension::PersonTime:
        return QStringLiteral("person-year");
    }
    return {};
}

QString Units::dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Energy:
        return QCoreApplication::translate("zeroplan::Units", "energy");
    case Dimension::Volume:
        return QCoreApplication::translate("zeroplan::Units", "volume");
    case Dimension::Mass:
        return QCoreApplication::translate("zeroplan::Units", "mass");
    case Dimension::VehicleDistance:
        return QCoreApplication::translate("zeroplan::Units", "vehicle distance");
    case Dimension::PassengerDistance:
        return QCoreApplication::translate("zeroplan::Units", "passenger distance");
    case Dimension::Emissions:
        return QCoreApplication::translate("zeroplan::Units", "emissions");
    case Dimension::PersonTime:
        return QCoreApplication::translate("zeroplan::Units", "population served");
    }
    return {};
}

QStringList Units::symbols(Dimension dimension)
{
    QStringList out;
    for (const UnitRow &row : kUnits) {
        if (row.dimension == dimension && QStringView(row.symbol) == QStringView(row.canonical))
            out << QString::fromUtf16(row.symbol);
    }
    return out;
}

} // namespace zeroplan
