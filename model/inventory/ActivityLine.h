#pragma once

#include "Sector.h"

#include <QString>
#include <optional>

namespace zeroplan {

enum class DataQuality
{
    High,
    Medium,
    Low
}; // GPC data quality
enum class NotationKey
{
    None,
    NO,
    IE,
    NE,
    C
}; // GPC notation keys
enum class Driver
{
    Population,
    Households,
    Fixed
}; // what makes the line grow in BAU

// One line of the baseline inventory (基准清单的一行).
struct ActivityLine
{
    QString id; // unique in the plan; measures target lines by id
    Sector sector = Sector::StationaryEnergy;
    QString subsector; // free text id: residential, commercial, public, …
    int scope = 1;     // 1, 2 or 3
    QString carrier;   // carrier id
    double amount = 0; // per year, in `unit`, base year
    QString unit;
    QString factor; // emission factor id (plan's factors, then the library)
    DataQuality dataQuality = DataQuality::Medium;
    NotationKey notationKey = NotationKey::None; // set where no number exists; amount is 0
    Driver driver = Driver::Population;
    QString source;
    QString note;

    bool operator==(const ActivityLine &) const = default;
};

QString dataQualityId(DataQuality q);
std::optional<DataQuality> dataQualityFromId(const QString &id);
QString notationKeyId(NotationKey k); // "" for None, "NO", "IE", "NE", "C"
std::optional<NotationKey> notationKeyFromId(const QString &id);
QString driverId(Driver d);
// What a new line of a carrier starts with where nothing else says: the GPC scope (grid
// electricity and district heat 2, waste treated outside the community 3, fuel burnt here 1)
// and the sector (waste streams: waste; car, public transport, petrol and diesel: transport;
// the rest: stationary energy).
int defaultScope(const QString &carrier);
Sector defaultSector(const QString &carrier);
std::optional<Driver> driverFromId(const QString &id);

} // namespace zeroplan
