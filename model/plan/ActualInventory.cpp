#include "ActualInventory.h"

#include "EnumId.h"

#include <QCoreApplication>

namespace zeroplan {

QString actualQualityId(ActualQuality quality)
{
    switch (quality) {
    case ActualQuality::Measured:
        return QStringLiteral("measured");
    case ActualQuality::Estimated:
        return QStringLiteral("estimated");
    case ActualQuality::Modelled:
        return QStringLiteral("modelled");
    }
    return {};
}

std::optional<ActualQuality> actualQualityFromId(const QString &id)
{
    return enumFromId<ActualQuality>(
        id, {ActualQuality::Measured, ActualQuality::Estimated, ActualQuality::Modelled},
        actualQualityId);
}

QString actualQualityName(ActualQuality quality)
{
    switch (quality) {
    case ActualQuality::Measured:
        return QCoreApplication::translate("zeroplan::ActualInventory", "Measured");
    case ActualQuality::Estimated:
        return QCoreApplication::translate("zeroplan::ActualInventory", "Estimated");
    case ActualQuality::Modelled:
        return QCoreApplication::translate("zeroplan::ActualInventory", "Modelled");
    }
    return {};
}

} // namespace zeroplan
