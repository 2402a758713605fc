#pragma once

#include "PickerChoice.h"

#include <QList>
#include <QVariant>

namespace zeroplan {

struct Carrier;

// What the tables that price energy share (the plan's prices, a measure's own tariffs).
namespace EnergyPicker {

// A carrier a community buys as energy, which a price can value (not travel, waste or "other").
bool isPriceable(const Carrier &carrier);
// The priceable carriers, by their names, for a carrier cell's picker.
QList<PickerChoice> carrierChoices();
// The units `carrier` may be given in, grouped by dimension, for a unit cell's picker.
QList<PickerChoice> unitChoices(const Carrier *carrier);
// A number from a cell editor: text in the user's locale, or a number; NaN if it is neither.
double cellNumber(const QVariant &value);

} // namespace EnergyPicker
} // namespace zeroplan
