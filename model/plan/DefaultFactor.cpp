#include "DefaultFactor.h"

#include "FactorResolver.h"
#include "Plan.h"
#include "inventory/FactorLibrary.h"
#include "inventory/Units.h"

namespace zeroplan {

namespace {

bool fits(const EmissionFactor &factor, const QString &carrier, Dimension dimension)
{
    const auto unit = Units::find(factor.activityUnit);
    return factor.carrier == carrier && unit && unit->dimension == dimension;
}

// "CN-South" → "CN": the country part of a grid region, which library regions also use.
QString country(const QString &gridRegion)
{
    return gridRegion.section(QLatin1Char('-'), 0, 0);
}

// The library's factor for the plan's country, else the IPCC default, else the only fitting
// factor if it names no region. A factor of another country is never chosen on its own: a
// Chinese plan's bus line gets no UK bus factor, it is listed as a problem instead.
QString fromLibrary(const QList<const EmissionFactor *> &fitting, const Plan &plan)
{
    if (fitting.size() == 1 && fitting.first()->region.isEmpty())
        return fitting.first()->id;
    const QString home = country(plan.community.gridRegion);
    for (const QString &region : {home, QStringLiteral("IPCC")}) {
        QList<const EmissionFactor *> matching;
        for (const EmissionFactor *f : fitting) {
            if (!region.isEmpty() && country(f->region) == region)
                matching.append(f);
        }
        if (matching.size() == 1)
            return matching.first()->id;
    }
    return {};
}

} // namespace

DefaultFactor::Choice DefaultFactor::choose(const Plan &plan, const FactorLibrary &library,
                                            const QString &carrier, const QString &unit)
{
    const auto lineUnit = Units::find(unit);
    if (!lineUnit)
        return {};
    const FactorResolver resolver(plan, library);
    for (const ActivityLine &line : plan.activities) {
        const EmissionFactor *f = resolver.find(line.factor);
        if (line.carrier == carrier && f && fits(*f, carrier, lineUnit->dimension))
            return {f->id, {}};
    }
    if (carrier == QLatin1String("electricity")) {
        if (const EmissionFactor *f = resolver.electricity();
            f && fits(*f, carrier, lineUnit->dimension))
            return {f->id, {}};
    }
    QList<const EmissionFactor *> own;
    for (const EmissionFactor &f : plan.factors) {
        if (fits(f, carrier, lineUnit->dimension))
            own.append(&f);
    }
    if (own.size() == 1)
        return {own.first()->id, {}};
    QList<const EmissionFactor *> fitting = own;
    if (own.isEmpty()) {
        for (const EmissionFactor &f : library.factors()) {
            if (fits(f, carrier, lineUnit->dimension))
                fitting.append(&f);
        }
        if (QString id = fromLibrary(fitting, plan); !id.isEmpty())
            return {id, {}};
    }
    Choice choice;
    for (const EmissionFactor *f : fitting)
        choice.candidates.append(f->id);
    return choice;
}

} // namespace zeroplan
