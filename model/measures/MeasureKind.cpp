#include "MeasureKind.h"

#include "EnumId.h"

namespace zeroplan {

QString measureKindId(MeasureKind k)
{
    switch (k) {
    case MeasureKind::RooftopSolar:
        return QStringLiteral("rooftop_solar");
    case MeasureKind::SharedTransport:
        return QStringLiteral("shared_transport");
    case MeasureKind::Composting:
        return QStringLiteral("composting");
    case MeasureKind::WasteSorting:
        return QStringLiteral("waste_sorting");
    case MeasureKind::LedLighting:
        return QStringLiteral("led_lighting");
    case MeasureKind::HeatPump:
        return QStringLiteral("heat_pump");
    case MeasureKind::BuildingRetrofit:
        return QStringLiteral("building_retrofit");
    case MeasureKind::GreenPower:
        return QStringLiteral("green_power");
    case MeasureKind::SmartEnergy:
        return QStringLiteral("smart_energy");
    case MeasureKind::CarbonAccounts:
        return QStringLiteral("carbon_accounts");
    case MeasureKind::TreePlanting:
        return QStringLiteral("tree_planting");
    case MeasureKind::CarbonCredits:
        return QStringLiteral("carbon_credits");
    case MeasureKind::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<MeasureKind> measureKindFromId(const QString &id)
{
    for (MeasureKind k : kAllMeasureKinds) {
        if (measureKindId(k) == id)
            return k;
    }
    return std::nullopt;
}

} // namespace zeroplan
