#include "MeasureCatalogue.h"

#include <QCoreApplication>
#include <cstring>

namespace zeroplan {

QString ParameterSpec::displayName() const
{
    return QCoreApplication::translate("zeroplan::MeasureCatalogue", name);
}

namespace {

// The parameters' display units, for lupdate: translations keep the words "share",
// "currency" and "CO2", which the measure form replaces with "%", the plan's currency and
// "CO₂".
[[maybe_unused]] constexpr struct
{
    const char *source;
    const char *comment;
} kParameterUnits[] = {
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "0/1",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "L/100 km",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "currency/ha",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "currency/kWh",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "currency/kWp",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "currency/kWp/yr",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "currency/point",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "currency/t",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "ha",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "kWh heat/kWh",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "kWh/kWp/yr",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "kWh/km",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "kWh/m²/yr",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "kWp",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "m²",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "points/t",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "currency/yr",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "points/person/yr",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "share",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "share/yr",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "t/yr",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "tCO2/ha/yr",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "tCO2e/person/yr",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "tCO2e/t",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "tCO2e/yr",
                       "keep the words share and currency and CO2 as they are"),
    QT_TRANSLATE_NOOP3("zeroplan::ParameterUnit", "yr",
                       "keep the words share and currency and CO2 as they are"),
};
} // namespace

QString ParameterSpec::displayUnit() const
{
    return QCoreApplication::translate("zeroplan::ParameterUnit", unit,
                                       "keep the words share and currency and CO2 as they are");
}

bool ParameterSpec::isSwitch() const
{
    return std::strcmp(unit, "0/1") == 0;
}

int ParameterSpec::decimals() const
{
    const int places = decimalsOfUnit(unit);
    return places >= 0 ? places : 3;
}

int ParameterSpec::decimalsOfUnit(const char *unit)
{
    // Shares to a tenth of a per cent; money to a hundredth of the currency, and a kWh's
    // price to a thousandth (grid and green tariffs are quoted so: 0.068 per kWh); amounts
    // to what their figures are quoted to.
    static const struct
    {
        const char *unit;
        int places;
    } kPlaces[] = {
        {"0/1", 0},
        {"share", 3},
        {"share/yr", 3},
        {"currency/kWh", 3},
        {"currency/kWp", 2},
        {"currency/kWp/yr", 2},
        {"currency/ha", 2},
        {"currency/t", 2},
        {"currency/point", 2},
        {"kWp", 1},
        {"kWh/kWp/yr", 0},
        {"kWh/km", 3},
        {"L/100 km", 1},
        {"t/yr", 1},
        {"tCO2e/t", 3},
        {"kWh heat/kWh", 2},
        {"m²", 0},
        {"kWh/m²/yr", 0},
        {"tCO2e/person/yr", 3},
        {"points/t", 0},
        {"points/person/yr", 0},
        {"currency/yr", 2},
        {"ha", 2},
        {"tCO2/ha/yr", 1},
        {"yr", 0},
        {"tCO2e/yr", 1},
    };
    for (const auto &row : kPlaces) {
        if (std::strcmp(row.unit, unit) == 0)
            return row.places;
    }
    return -1;
}

} // namespace zeroplan
