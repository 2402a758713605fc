#include "Gwp.h"

#include "EnumId.h"

namespace zeroplan {

double gwp100(Gas gas, GwpSet set)
{
    const bool ar6 = set == GwpSet::AR6;
    switch (gas) {
    case Gas::CO2e:
    case Gas::CO2:
        return 1.0;
    case Gas::CH4:
        return ar6 ? 27.9 : 28.0;
    case Gas::CH4Fossil:
        return ar6 ? 29.8 : 30.0;
    case Gas::CH4Biogenic:
        return ar6 ? 27.0 : 28.0;
    case Gas::N2O:
        return ar6 ? 273.0 : 265.0;
    }
    return 1.0;
}

QString gasId(Gas gas)
{
    switch (gas) {
    case Gas::CO2e:
        return QStringLiteral("CO2e");
    case Gas::CO2:
        return QStringLiteral("CO2");
    case Gas::CH4:
        return QStringLiteral("CH4");
    case Gas::CH4Fossil:
        return QStringLiteral("CH4_fossil");
    case Gas::CH4Biogenic:
        return QStringLiteral("CH4_biogenic");
    case Gas::N2O:
        return QStringLiteral("N2O");
    }
    return {};
}

std::optional<Gas> gasFromId(const QString &id)
{
    return enumFromId<Gas>(
        id, {Gas::CO2e, Gas::CO2, Gas::CH4, Gas::CH4Fossil, Gas::CH4Biogenic, Gas::N2O}, gasId);
}

QString gwpSetId(GwpSet set)
{
    return set == GwpSet::AR5 ? QStringLiteral("AR5") : QStringLiteral("AR6");
}

std::optional<GwpSet> gwpSetFromId(const QString &id)
{
    if (id == QLatin1String("AR5"))
        return GwpSet::AR5;
    if (id == QLatin1String("AR6"))
        return GwpSet::AR6;
    return std::nullopt;
}

} // namespace zeroplan
