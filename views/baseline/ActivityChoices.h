#pragma once

#include "common/PickerChoice.h"
#include "inventory/ActivityLine.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace zeroplan {

struct Plan;
struct EmissionFactor;
class FactorLibrary;

// What the baseline table's pickers offer for a line: the units its carrier can be given in,
// the emission factors that fit its carrier and unit, and the GPC lists (sectors, scopes,
// data quality, notation keys). The model hands these to ChoiceDelegate, so what a picker
// offers is decided here, without a widget.
class ActivityChoices
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ActivityChoices)

public:
    static QList<PickerChoice> sectors();
    static QList<PickerChoice> carriers();
    // Canonical symbols of every dimension the carrier can be given in; none if unknown.
    static QList<PickerChoice> units(const QString &carrier);
    // The plan's factors, then the library's (those the plan does not override), for the
    // carrier (or for any carrier) whose activity unit has the dimension of `unit`.
    // The value of the factor picker's last entry, "New factor…", which opens FactorDialog.
    static QString newFactorValue();
    static QList<PickerChoice> factors(const Plan &plan, const FactorLibrary &library,
                                       const QString &carrier, const QString &unit);
    static QList<PickerChoice> scopes();
    static QList<PickerChoice> dataQualities();
    static QList<PickerChoice> notationKeys();

    static QString dataQualityName(DataQuality quality); // translated
    static QString notationKeyName(NotationKey key);     // "NO – not occurring", "" for None
    // "South China grid 2023 · 0.4042 kgCO₂e/kWh · MEE 2023", CO₂e in the plan's GWP set.
    static QString factorText(const EmissionFactor &factor, const Plan &plan);
    static QString factorToolTip(const EmissionFactor &factor, const Plan &plan);
};

} // namespace zeroplan
