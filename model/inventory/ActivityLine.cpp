#include "ActivityLine.h"

#include "EnumId.h"

namespace zeroplan {

QString dataQualityId(DataQuality q)
{
    switch (q) {
    case DataQuality::High: return QStringLiteral("high");
    case DataQuality::Medium: return QStringLiteral("medium");
    case DataQuality::Low: return QStringLiteral("low");
    }
    return {};
}

std::optional<DataQuality> dataQualityFromId(const QString &id)
{
    return enumFromId<DataQuality>(id, {DataQuality::High, DataQuality::Medium, DataQuality::Low}, dataQualityId);
}

QString notationKeyId(NotationKey k)
{
    switch (k) {
    case NotationKey::None: return {};
    case NotationKey::NO: return QStringLiteral("NO");
    case NotationKey::IE: return QStringLiteral("IE");
    case NotationKey::NE: return QStringLiteral("NE");
    case NotationKey::C: return QStringLiteral("C");
    }
    return {};
}

std::optional<NotationKey> notationKeyFromId(const QString &id)
{
    return enumFromId<NotationKey>(id, {NotationKey::None, NotationKey::NO, NotationKey::IE, NotationKey::NE,
                          NotationKey::C}, notationKeyId);
}

QString driverId(Driver d)
{
    switch (d) {
    case Driver::Population: return QStringLiteral("population");
    case Driver::Households: return QStringLiteral("households");
    case Driver::Fixed: return QStringLiteral("fixed");
    }
    return {};
}

std::optional<Driver> driverFromId(const QString &id)
{
    return enumFromId<Driver>(id, {Driver::Population, Driver::Households, Driver::Fixed}, driverId);
}

} // namespace zeroplan
