#include "EnergyPicker.h"

#include "inventory/Carrier.h"
#include "inventory/Units.h"

#include <QLocale>
#include <cmath>

namespace zeroplan::EnergyPicker {

bool isPriceable(const Carrier &carrier)
{
    return carrier.id != QLatin1String("other") &&
           carrier.kwhPerUnit(carrier.usualUnit).value_or(0) > 0;
}

QList<PickerChoice> carrierChoices()
{
    QList<PickerChoice> choices;
    for (const Carrier &c : Carriers::all()) {
        if (isPriceable(c))
            choices.append({c.displayName(), c.id, QString()});
    }
    return choices;
}

QList<PickerChoice> unitChoices(const Carrier *carrier)
{
    QList<PickerChoice> choices;
    if (!carrier)
        return choices;
    for (const Dimension d : carrier->dimensions) {
        for (const QString &symbol : Units::symbols(d))
            choices.append({symbol, symbol, Units::dimensionName(d)});
    }
    return choices;
}

double cellNumber(const QVariant &value)
{
    bool ok = false;
    const double number = value.metaType() == QMetaType::fromType<QString>()
                              ? QLocale().toDouble(value.toString().trimmed(), &ok)
                              : value.toDouble(&ok);
    return ok ? number : std::nan("");
}

} // namespace zeroplan::EnergyPicker
