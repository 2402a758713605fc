#include "Sector.h"

#include "EnumId.h"

#include <QCoreApplication>

namespace zeroplan {

QString sectorId(Sector s)
{
    switch (s) {
    case Sector::StationaryEnergy:
        return QStringLiteral("stationary_energy");
    case Sector::Transport:
        return QStringLiteral("transport");
    case Sector::Waste:
        return QStringLiteral("waste");
    case Sector::IPPU:
        return QStringLiteral("ippu");
    case Sector::AFOLU:
        return QStringLiteral("afolu");
    }
    return {};
}

std::optional<Sector> sectorFromId(const QString &id)
{
    return enumFromId<Sector>(
        id,
        {Sector::StationaryEnergy, Sector::Transport, Sector::Waste, Sector::IPPU, Sector::AFOLU},
        sectorId);
}

QString sectorName(Sector s)
{
    switch (s) {
    case Sector::StationaryEnergy:
        return QCoreApplication::translate("zeroplan::Sector", "Stationary energy");
    case Sector::Transport:
        return QCoreApplication::translate("zeroplan::Sector", "Transport");
    case Sector::Waste:
        return QCoreApplication::translate("zeroplan::Sector", "Waste");
    case Sector::IPPU:
        return QCoreApplication::translate("zeroplan::Sector", "Industrial processes (IPPU)");
    case Sector::AFOLU:
        return QCoreApplication::translate("zeroplan::Sector", "Agriculture, forestry, land use");
    }
    return {};
}

QString subsectorName(const QString &id)
{
    static const struct
    {
        const char *id;
        const char *name;
    } known[] = {
        {"residential", QT_TRANSLATE_NOOP("zeroplan::Sector", "Residential")},
        {"commercial", QT_TRANSLATE_NOOP("zeroplan::Sector", "Commercial")},
        {"public", QT_TRANSLATE_NOOP("zeroplan::Sector", "Public")},
        {"industrial", QT_TRANSLATE_NOOP("zeroplan::Sector", "Industrial")},
        {"agricultural", QT_TRANSLATE_NOOP("zeroplan::Sector", "Agricultural")},
    };
    // Ids as a meter file or a table gives them ("Residential", " residential ") too.
    const QString key = id.trimmed().toLower();
    for (const auto &k : known) {
        if (key == QLatin1String(k.id))
            return QCoreApplication::translate("zeroplan::Sector", k.name);
    }
    return id;
}

} // namespace zeroplan
