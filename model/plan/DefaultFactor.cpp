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
    return factor.carrier == carrier && unit && unit->dimension == dimension &&
           !DefaultFactor::isMeasureFactor(factor);
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
    const QString grid = plan.community.gridRegion;
    QList<const EmissionFactor *> ofGrid; // the plan's own grid region first ("CN-East")
    for (const EmissionFactor *f : fitting) {
        if (!grid.isEmpty() && f->region == grid)
            ofGrid.append(f);
    }
    if (ofGrid.size() == 1)
        return ofGrid.first()->id;
    const QString home = country(grid);
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

// The choice, with how many of the library's factors fitted when there were several and the
// one taken is of the plan's grid region or country (so the user is told why this one).
DefaultFactor::Choice chosen(const QString &id, const Plan &plan, const FactorLibrary &library,
                             const QString &carrier, Dimension dimension)
{
    DefaultFactor::Choice choice{id, {}};
    const EmissionFactor *factor = library.find(id);
    const QString grid = plan.community.gridRegion;
    if (!factor || factor->region.isEmpty() || grid.isEmpty() ||
        (factor->region != grid && factor->region != country(grid)))
        return choice;
    int fitting = 0;
    for (const EmissionFactor &f : library.factors())
        fitting += fits(f, carrier, dimension);
    if (fitting > 1)
        choice.fittingInLibrary = fitting;
    return choice;
}

} // namespace

bool DefaultFactor::isMeasureFactor(const EmissionFactor &factor)
{
    return factor.id.startsWith(QLatin1String("composting-"));
}

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
            return plan.community.electricityFactor.isEmpty()
                       ? chosen(f->id, plan, library, carrier, lineUnit->dimension)
                       : Choice{f->id, {}};
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
            return chosen(id, plan, library, carrier, lineUnit->dimension);
    }
    Choice choice;
    for (const EmissionFactor *f : fitting)
        choice.candidates.append(f->id);
    return choice;
}

} // namespace zeroplan
