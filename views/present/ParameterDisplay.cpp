#include "ParameterDisplay.h"

#include "measures/MeasureCatalogue.h"
#include "present/NumberFormat.h"

namespace zeroplan {

bool ParameterDisplay::isShare(const ParameterSpec &spec)
{
    return qstrcmp(spec.unit, "share") == 0 || qstrcmp(spec.unit, "share/yr") == 0;
}

QString ParameterDisplay::unit(const ParameterSpec &spec, const QString &currency)
{
    QString unit = spec.displayUnit();
    if (isShare(spec))
        unit.replace(QStringLiteral("share"), QStringLiteral("%"));
    // "元/kWp" where money is written in 元 (Chinese, CNY), "CNY/kWp" otherwise.
    unit.replace(QStringLiteral("currency"), NumberFormat::currencyUnit(currency));
    unit.replace(QStringLiteral("CO2"), QStringLiteral("CO₂"));
    return unit;
}

} // namespace zeroplan
