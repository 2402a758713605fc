#pragma once

#include "inventory/ActivityLine.h"
#include "inventory/EmissionFactor.h"
#include "inventory/Gwp.h"
#include "measures/Measure.h"

namespace zeroplan {

// Every value of the plan's enums that have an id in plan files, in declaration order,
// for reading ids and listing the allowed ones in messages (sectors and measure kinds have
// theirs next to their enum: kAllSectors, kAllMeasureKinds).
inline constexpr GwpSet kAllGwpSets[] = {GwpSet::AR5, GwpSet::AR6};
inline constexpr Gas kAllGases[] = {Gas::CO2e,      Gas::CO2,         Gas::CH4,
                                    Gas::CH4Fossil, Gas::CH4Biogenic, Gas::N2O};
inline constexpr Confidence kAllConfidences[] = {Confidence::High, Confidence::Medium,
                                                 Confidence::Low};
inline constexpr DataQuality kAllDataQualities[] = {DataQuality::High, DataQuality::Medium,
                                                    DataQuality::Low};
inline constexpr NotationKey kAllNotationKeys[] = {
    NotationKey::None, NotationKey::NO, NotationKey::IE, NotationKey::NE, NotationKey::C};
inline constexpr Driver kAllDrivers[] = {Driver::Population, Driver::Households, Driver::Fixed};
inline constexpr RampShape kAllRampShapes[] = {RampShape::Linear, RampShape::SCurve};
inline constexpr MeasureStatus kAllMeasureStatuses[] = {
    MeasureStatus::Proposed, MeasureStatus::Approved, MeasureStatus::InProgress,
    MeasureStatus::Done};

} // namespace zeroplan
