#pragma once

#include "inventory/ActivityLine.h"
#include "inventory/Sector.h"

#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// How an actual inventory's figures were obtained.
enum class ActualQuality
{
    Measured,  // meter readings, bills, weighbridge tickets
    Estimated, // from partial data, scaled
    Modelled,  // from a model or national statistics
};

QString actualQualityId(ActualQuality quality); // "measured", "estimated", "modelled"
std::optional<ActualQuality> actualQualityFromId(const QString &id);
QString actualQualityName(ActualQuality quality); // translated

// The gross emissions of a sector where only its total is known for a year.
struct SectorTotal
{
    Sector sector = Sector::StationaryEnergy;
    double tonnes = 0; // tCO2e
    bool operator==(const SectorTotal &) const = default;
};

// What the community actually emitted in a later year: activity lines as in the baseline (the
// same GPC structure and factor handling) and, where only totals are known, totals per sector;
// with the drivers of that year the decomposition needs.
struct ActualInventory
{
    int year = 0;
    QList<ActivityLine> activities;
    QList<SectorTotal> sectorTotals;
    std::optional<double> population; // none: the plan's driver-grown figure
    std::optional<double> households;
    std::optional<double> heatingDegreeDays;
    QString source;
    ActualQuality quality = ActualQuality::Estimated;
    bool operator==(const ActualInventory &) const = default;
};

} // namespace zeroplan
