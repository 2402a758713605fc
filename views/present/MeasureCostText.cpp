#include "MeasureCostText.h"

#include "ParameterDisplay.h"
#include "measures/Measure.h"
#include "measures/MeasureCostSummary.h"
#include "present/NumberFormat.h"

#include <cmath>

namespace zeroplan {
namespace {

const ParameterSpec *specOf(const Measure &measure, const char *key)
{
    return key ? MeasureCatalogue::spec(measure.kind).parameter(QLatin1String(key)) : nullptr;
}

// A parameter's figure as people write it: whole numbers without decimals (50, not 50.0).
QString figure(double value)
{
    return value == std::round(value) ? NumberFormat::number(value, 0)
                                      : NumberFormat::significant(value);
}

} // namespace

QString MeasureCostText::investment(const Measure &measure, const QString &currency)
{
    return describe(measure, MeasureCostSummary::of(measure).capex, currency, false);
}

QString MeasureCostText::runningCost(const Measure &measure, const QString &currency)
{
    return describe(measure, MeasureCostSummary::of(measure).opex, currency, true);
}

QString MeasureCostText::describe(const Measure &measure, const MeasureCostPart &part,
                                  const QString &currency, bool yearly)
{
    const auto money = [&](double amount) {
        return yearly ? tr("%1 a year", "money").arg(NumberFormat::money(amount, currency))
                      : NumberFormat::money(amount, currency);
    };
    const ParameterSpec *rate = specOf(measure, part.rule.rate);
    const ParameterSpec *quantity = specOf(measure, part.rule.quantity);
    QString text;
    if (part.rule.isLumpSum() || !rate)
        return part.lumpSum > 0 ? money(part.lumpSum) : tr("not entered");
    if (part.rule.isPerEffect()) {
        text = part.rate > 0
                   ? tr("%1 %2 (%3), on what the measure does", "rate, unit, parameter name")
                         .arg(figure(part.rate), ParameterDisplay::unit(*rate, currency),
                              rate->displayName())
                   : tr("not entered: enter your quote in “%1”").arg(rate->displayName());
    } else if (part.rate > 0 && quantity) {
        text = tr("%1 (%2 %3 × %4 %5)", "total (quantity unit × rate unit)")
                   .arg(money(part.perUnit()), figure(part.quantity),
                        ParameterDisplay::unit(*quantity, currency), figure(part.rate),
                        ParameterDisplay::unit(*rate, currency));
    } else {
        text = tr("not entered: enter your quote in “%1”").arg(rate->displayName());
    }
    if (part.lumpSum > 0)
        text = (yearly ? tr("%1, plus %2 from the file", "per-unit cost, lump sum")
                       : tr("%1, plus a one-off %2 from the file", "per-unit cost, lump sum"))
                   .arg(text, money(part.lumpSum));
    return text;
}

} // namespace zeroplan
