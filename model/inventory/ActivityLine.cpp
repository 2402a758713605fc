#include "ActivityLine.h"

#include "EnumId.h"

namespace zeroplan {

QString dataQualityId(DataQuality q)
{
    switch (q) {
    case DataQuality::High:
        return QStringLiteral("high");
    case DataQuality::Medium:
        return QStringLiteral("medium");
    case DataQuality::Low:
        return QStringLiteral("low");
    }
    return {};
}

std::optional<DataQuality> dataQualityFromId(const QString &id)
{
    return enumFromId<DataQuality>(id, {DataQuality::High, DataQuality::Medium, DataQuality::Low},
                                   dataQualityId);
}

QString notationKeyId(NotationKey k)
{
    switch (k) {
    case NotationKey::None:
        return {};
    case NotationKey::NO:
        return QStringLiteral("NO");
    case NotationKey::IE:
        return QStringLiteral("IE");
    case NotationKey::NE:
        return QStringLiteral("NE");
    case NotationKey::C:
        return QStringLiteral("C");
    }
    return {};
}

std::optional<NotationKey> notationKeyFromId(const QString &id)
{
    return enumFromId<NotationKey>(
        id, {NotationKey::None, NotationKey::NO, NotationKey::IE, NotationKey::NE, NotationKey::C},
        notationKeyId);
}

QString driverId(Driver d)
{
    switch (d) {
    case Driver::Population:
        return QStringLiteral("population");
    case Driver::Households:
        return QStringLiteral("households");
    case Driver::Fixed:
        return QStringLiteral("fixed");
    }
    return {};
}

std::optional<Driver> driverFromId(const QString &id)
{
    return enumFromId<Driver>(id, {Driver::Population, Driver::Households, Driver::Fixed},
                              driverId);
}

namespace {
bool isWasteStream(const QString &carrier)
{
    return carrier.endsWith(QLatin1String("_waste")) || carrier == QLatin1String("wastewater");
}
} // namespace

int defaultScope(const QString &carrier)
{
    if (carrier == QLatin1String("electricity") || carrier == QLatin1String("district_heat"))
        return 2;
    return isWasteStream(carrier) ? 3 : 1;
}

Sector defaultSector(const QString &carrier)
{
    if (isWasteStream(carrier))
        return Sector::Waste;
    // Petrol and diesel in a community are almost always vehicle fuel; LPG is for cooking.
    if (carrier == QLatin1String("car_travel") || carrier == QLatin1String("public_transport") ||
        carrier == QLatin1String("petrol") || carrier == QLatin1String("diesel"))
        return Sector::Transport;
    return Sector::StationaryEnergy;
}

} // namespace zeroplan
