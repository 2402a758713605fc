#pragma once

#include "EmissionFactor.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zeroplan {

// A versioned set of emission factors with their sources. ZeroPlan ships one
// (resources/factors/factors.json, read by FactorLibraryJson::builtIn() in model/storage); a
// plan records which version it used and may override any factor by giving one with the same
// id.
class FactorLibrary
{
public:
    FactorLibrary() = default;
    FactorLibrary(QString version, QList<EmissionFactor> factors);

    QString version() const { return m_version; }
    const QList<EmissionFactor> &factors() const { return m_factors; }
    const EmissionFactor *find(const QString &id) const;
    // Grid regions that have an electricity factor ("CN-National", "CN-South", "EU", …).
    QStringList gridRegions() const;
    // The electricity factor of `gridRegion` for `year`, or the latest one before it
    // (the earliest one if all are later). Nothing if the region has none.
    const EmissionFactor *gridFactor(const QString &gridRegion, int year) const;

private:
    QString m_version;
    QList<EmissionFactor> m_factors;
};

} // namespace zeroplan
