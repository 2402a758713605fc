#pragma once

#include "inventory/Sector.h"

namespace zeroplan {

// Activity a measure of a kind adds, in a column of its own (docs/engine.md).
enum class AddedActivity
{
    None,
    Electricity,      // heat pumps, shared transport: the electricity they run on
    CompostEmissions, // composting: the tCO2e the compost still emits
};

// What a measure of a kind does besides acting on its targets. The engine, the validator and
// the views read these instead of testing for particular kinds, so a new kind states its
// behaviour in the catalogue, in one place (CONTRIBUTING.md, "Adding a measure kind").
struct MeasureTraits
{
    AddedActivity adds = AddedActivity::None;
    Sector addedSector = Sector::StationaryEnergy; // where added electricity is booked
    // Bought offsets: they lower net emissions on paper, never abate; kept out of the MACC
    // and out of every cost per tonne abated, and exported in the credits ledger.
    bool credit = false;
    // The energy it removes from its targets is energy no longer bought (false for green
    // power: the same kWh are still bought, at a premium).
    bool savesEnergyCosts = true;
};

} // namespace zeroplan
