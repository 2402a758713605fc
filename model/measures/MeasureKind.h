#pragma once

#include <QString>
#include <optional>

namespace zeroplan {

// The measure catalogue's kinds (docs/measures.md).
enum class MeasureKind
{
    RooftopSolar,
    SharedTransport,
    Composting,
    WasteSorting,
    LedLighting,
    HeatPump,
    BuildingRetrofit,
    GreenPower,
    SmartEnergy,
    CarbonAccounts,
    TreePlanting,
    CarbonCredits,
    Custom,
};

// The fixed order in which the engine applies measures: each stage acts on the activity
// left by the stages before it.
enum class MeasureStage
{
    DemandReduction,
    Switching,
    Supply,
    SinksAndCredits
};

inline constexpr MeasureKind kAllMeasureKinds[] = {
    MeasureKind::RooftopSolar,     MeasureKind::SharedTransport, MeasureKind::Composting,
    MeasureKind::WasteSorting,     MeasureKind::LedLighting,     MeasureKind::HeatPump,
    MeasureKind::BuildingRetrofit, MeasureKind::GreenPower,      MeasureKind::SmartEnergy,
    MeasureKind::CarbonAccounts,   MeasureKind::TreePlanting,    MeasureKind::CarbonCredits,
    MeasureKind::Custom,
};

QString measureKindId(MeasureKind k); // "rooftop_solar", …
std::optional<MeasureKind> measureKindFromId(const QString &id);

} // namespace zeroplan
