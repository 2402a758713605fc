#include "FactorLibrary.h"

namespace zeroplan {
namespace {

bool isGridFactor(const EmissionFactor &f, const QString &gridRegion)
{
    return f.carrier == QLatin1String("electricity") && f.region == gridRegion;
}

} // namespace

FactorLibrary::FactorLibrary(QString version, QList<EmissionFactor> factors)
    : m_version(std::move(version)), m_factors(std::move(factors))
{
}

const EmissionFactor *FactorLibrary::find(const QString &id) const
{
    for (const EmissionFactor &f : m_factors) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QStringList FactorLibrary::gridRegions() const
{
    QStringList regions;
    for (const EmissionFactor &f : m_factors) {
        if (f.carrier == QLatin1String("electricity") && !f.region.isEmpty() &&
            !regions.contains(f.region))
            regions << f.region;
    }
    regions.sort();
    return regions;
}

const EmissionFactor *FactorLibrary::gridFactor(const QString &gridRegion, int year) const
{
    if (gridRegion.isEmpty())
        return nullptr;
    const EmissionFactor *latestBefore = nullptr;
    const EmissionFactor *earliest = nullptr;
    for (const EmissionFactor &f : m_factors) {
        if (!isGridFactor(f, gridRegion))
            continue;
        if (f.year <= year && (!latestBefore || f.year > latestBefore->year))
            latestBefore = &f;
        if (!earliest || f.year < earliest->year)
            earliest = &f;
    }
    return latestBefore ? latestBefore : earliest;
}

} // namespace zeroplan
