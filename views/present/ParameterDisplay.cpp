#include "ParameterDisplay.h"

#include "measures/MeasureCatalogue.h"

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
    unit.replace(QStringLiteral("currency"), currency);
    unit.replace(QStringLiteral("CO2"), QStringLiteral("CO₂"));
    return unit;
}

} // namespace zeroplan
