#pragma once

#include <QString>
#include <optional>

namespace zeroplan {

// GPC (Global Protocol for Community-Scale GHG Inventories) sectors.
enum class Sector
{
    StationaryEnergy,
    Transport,
    Waste,
    IPPU,
    AFOLU
};

QString sectorId(Sector s); // "stationary_energy", "transport", …
std::optional<Sector> sectorFromId(const QString &id);
QString sectorName(Sector s); // translated
// The common subsector ids (residential, commercial, public, industrial, agricultural)
// by name, translated; any other id as it is.
QString subsectorName(const QString &id);
inline constexpr Sector kAllSectors[] = {Sector::StationaryEnergy, Sector::Transport, Sector::Waste,
                                         Sector::IPPU, Sector::AFOLU};

} // namespace zeroplan
