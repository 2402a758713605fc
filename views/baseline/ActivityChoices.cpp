#include "ActivityChoices.h"

#include "inventory/Carrier.h"
#include "inventory/FactorLibrary.h"
#include "inventory/Units.h"
#include "plan/DefaultFactor.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"
#include "storage/FactorText.h"

#include <QLocale>
#include <QSet>

namespace zeroplan {

namespace {

bool factorFits(const EmissionFactor &factor, const QString &carrier, Dimension dimension)
{
    if (!factor.carrier.isEmpty() && factor.carrier != carrier)
        return false;
    const auto unit = Units::find(factor.activityUnit);
    return unit && unit->dimension == dimension;
}

// CO₂e per activity unit in the factor's own mass unit (kg, g or t), in the plan's base year
// and GWP set: the figure the baseline's emissions column multiplies by.
double co2ePerUnit(const EmissionFactor &factor, const Plan &plan)
{
    const double tonnes = factor.tonnesCO2ePerUnit(plan.community.baseYear, plan.gwp);
    return tonnes * Units::convert(1.0, QStringLiteral("t"), factor.massUnit).value_or(1.0);
}

} // namespace

QList<PickerChoice> ActivityChoices::sectors()
{
    QList<PickerChoice> out;
    for (const Sector s : kAllSectors)
        out.append({sectorName(s), sectorId(s), {}});
    return out;
}

QList<PickerChoice> ActivityChoices::carriers()
{
    QList<PickerChoice> out;
    for (const Carrier &c : Carriers::all()) {
        QStringList dimensions;
        for (const Dimension d : c.dimensions)
            dimensions << Units::dimensionName(d);
        out.append({c.displayName(), c.id,
                    tr("Given in units of %1").arg(dimensions.join(QStringLiteral(", ")))});
    }
    return out;
}

QList<PickerChoice> ActivityChoices::units(const QString &carrier)
{
    QList<PickerChoice> out;
    const Carrier *c = Carriers::find(carrier);
    if (!c)
        return out;
    for (const Dimension d : c->dimensions) {
        for (const QString &symbol : Units::symbols(d))
            out.append({symbol, symbol, Units::dimensionName(d)});
    }
    return out;
}

QList<PickerChoice> ActivityChoices::factors(const Plan &plan, const FactorLibrary &library,
                                             const QString &carrier, const QString &unit)
{
    QList<PickerChoice> out;
    const auto lineUnit = Units::find(unit);
    if (!lineUnit)
        return out;
    QSet<QString> planIds;
    for (const EmissionFactor &f : plan.factors) {
        planIds.insert(f.id);
        if (factorFits(f, carrier, lineUnit->dimension))
            out.append({factorText(f, plan), f.id, factorToolTip(f, plan)});
    }
    for (const EmissionFactor &f : library.factors()) {
        // A composting factor is a measure's, never a baseline line's (DefaultFactor).
        if (!planIds.contains(f.id) && factorFits(f, carrier, lineUnit->dimension) &&
            !DefaultFactor::isMeasureFactor(f))
            out.append({factorText(f, plan), f.id, factorToolTip(f, plan)});
    }
    out.append({tr("New factor…"), newFactorValue(),
                tr("Enter the community's own factor for this carrier and unit, with its "
                   "source")});
    return out;
}

QString ActivityChoices::newFactorValue()
{
    return QStringLiteral("zeroplan:new-factor"); // never an id: ids have no colon
}

QList<PickerChoice> ActivityChoices::scopes()
{
    return {{QStringLiteral("1"), 1, tr("Scope 1: emissions from sources in the community")},
            {QStringLiteral("2"), 2, tr("Scope 2: grid electricity, heat or steam used here")},
            {QStringLiteral("3"), 3,
             tr("Scope 3: emissions elsewhere caused by the community (waste treated outside)")}};
}

QList<PickerChoice> ActivityChoices::dataQualities()
{
    QList<PickerChoice> out;
    for (const DataQuality q : {DataQuality::High, DataQuality::Medium, DataQuality::Low})
        out.append({dataQualityName(q), dataQualityId(q), {}});
    return out;
}

QList<PickerChoice> ActivityChoices::notationKeys()
{
    QList<PickerChoice> out{{tr("(none: the amount is known)"), QString(), {}}};
    for (const NotationKey k : {NotationKey::NO, NotationKey::IE, NotationKey::NE, NotationKey::C})
        out.append({notationKeyName(k), notationKeyId(k), {}});
    return out;
}

QString ActivityChoices::dataQualityName(DataQuality quality)
{
    switch (quality) {
    case DataQuality::High:
        return tr("High");
    case DataQuality::Medium:
        return tr("Medium");
    case DataQuality::Low:
        return tr("Low");
    }
    return {};
}

QString ActivityChoices::notationKeyName(NotationKey key)
{
    switch (key) {
    case NotationKey::None:
        return {};
    case NotationKey::NO:
        return tr("NO – not occurring");
    case NotationKey::IE:
        return tr("IE – included elsewhere");
    case NotationKey::NE:
        return tr("NE – not estimated");
    case NotationKey::C:
        return tr("C – confidential");
    }
    return {};
}

QString ActivityChoices::factorText(const EmissionFactor &factor, const Plan &plan)
{
    const QString name = FactorText::name(factor);
    const QString source = FactorText::source(factor);
    const QString value = tr("%1 %2CO₂e/%3", "value, mass unit, activity unit")
                              .arg(QLocale().toString(co2ePerUnit(factor, plan), 'g', 4),
                                   factor.massUnit, factor.activityUnit);
    if (source.isEmpty())
        return tr("%1 · %2", "factor name · value").arg(name, value);
    return tr("%1 · %2 · %3", "factor name · value · source").arg(name, value, source);
}

QString ActivityChoices::factorToolTip(const EmissionFactor &factor, const Plan &plan)
{
    QStringList lines{factorText(factor, plan)};
    if (!factor.region.isEmpty())
        lines << tr("Region: %1").arg(FactorText::regionName(factor.region));
    if (factor.year > 0)
        lines << tr("Year: %1").arg(NumberFormat::year(factor.year));
    if (!factor.trajectory.isEmpty())
        lines << tr("Changes over the years; the value shown is the base year's.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace zeroplan
