#include "EmissionFactor.h"

#include "EnumId.h"

#include "Units.h"

namespace zeroplan {
namespace {

double tonnesPerMassUnit(const QString &massUnit)
{
    const auto unit = Units::find(massUnit);
    return unit && unit->dimension == Dimension::Mass ? unit->toBase : 0.0;
}

} // namespace

QString EmissionFactor::displayName(const QString &language) const
{
    if (language.startsWith(QLatin1String("zh")) && !nameZh.isEmpty())
        return nameZh;
    return name.isEmpty() ? id : name;
}

QString EmissionFactor::displaySource(const QString &language) const
{
    if (language.startsWith(QLatin1String("zh")) && !sourceZh.isEmpty())
        return sourceZh;
    return source;
}

double EmissionFactor::tonnesCO2ePerUnit(GwpSet set) const
{
    double co2e = 0;
    for (const GasAmount &g : gases)
        co2e += g.value * gwp100(g.gas, set);
    return co2e * tonnesPerMassUnit(massUnit);
}

double EmissionFactor::tonnesCO2ePerUnit(int atYear, GwpSet set) const
{
    if (trajectory.isEmpty() || gases.size() != 1)
        return tonnesCO2ePerUnit(set);
    const double scale = gwp100(gases.first().gas, set) * tonnesPerMassUnit(massUnit);
    // The factor's own figure for its year is the first point of the path.
    QList<FactorPoint> points;
    if (year > 0 && year < trajectory.first().year)
        points.append({year, gases.first().value});
    points.append(trajectory);
    if (atYear <= points.first().year)
        return points.first().value * scale;
    for (qsizetype i = 1; i < points.size(); ++i) {
        const FactorPoint &a = points[i - 1];
        const FactorPoint &b = points[i];
        if (atYear <= b.year) {
            const double f = double(atYear - a.year) / double(b.year - a.year);
            return (a.value + f * (b.value - a.value)) * scale;
        }
    }
    return points.last().value * scale;
}

QString confidenceId(Confidence c)
{
    switch (c) {
    case Confidence::High:
        return QStringLiteral("high");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::Low:
        return QStringLiteral("low");
    }
    return {};
}

std::optional<Confidence> confidenceFromId(const QString &id)
{
    return enumFromId<Confidence>(id, {Confidence::High, Confidence::Medium, Confidence::Low},
                                  confidenceId);
}

} // namespace zeroplan
