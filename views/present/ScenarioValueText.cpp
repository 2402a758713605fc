#include "ScenarioValueText.h"

#include "NumberFormat.h"
#include "ParameterDisplay.h"
#include "measures/MeasureCatalogue.h"
#include "plan/ScenarioValues.h"

#include <cmath>

namespace zeroplan {

namespace {

// As it was typed: the places it has (up to four), so 6 ha reads "6 ha" and 0.25 "0.25".
QString asTyped(double value)
{
    int places = 0;
    while (places < 4 && std::abs(std::round(value * std::pow(10.0, places)) -
                                  value * std::pow(10.0, places)) > 1e-9)
        ++places;
    return NumberFormat::number(value, places);
}

} // namespace

QString ScenarioValueText::value(const Measure &measure, const QString &field, double value,
                                 const QString &currency)
{
    if (field == ScenarioValues::kStartYear)
        return NumberFormat::year(int(value));
    if (field == ScenarioValues::kRampYears || field == ScenarioValues::kLifetimeYears)
        return tr("%n year(s)", "", int(value));
    if (field == ScenarioValues::kCapex)
        return NumberFormat::money(value, currency);
    if (field == ScenarioValues::kOpexPerYear)
        return tr("%1 a year").arg(NumberFormat::money(value, currency));
    for (const ParameterSpec &spec : MeasureCatalogue::spec(measure.kind).parameters) {
        if (field != QLatin1String(spec.key))
            continue;
        const QString unit = ParameterDisplay::unit(spec, currency);
        const QString number = asTyped(value * ParameterDisplay::scale(spec));
        return unit.isEmpty() ? number : tr("%1 %2", "a number and its unit").arg(number, unit);
    }
    return asTyped(value);
}

QString ScenarioValueText::line(const Measure &measure, const QString &field, double value,
                                const QString &currency)
{
    return tr("%1 of %2: %3")
        .arg(ScenarioValues::fieldName(measure, field), MeasureCatalogue::displayName(measure),
             ScenarioValueText::value(measure, field, value, currency));
}

} // namespace zeroplan
