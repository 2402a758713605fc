#pragma once

#include "Gwp.h"

#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

enum class Confidence
{
    High,
    Medium,
    Low
};

struct GasAmount
{
    Gas gas = Gas::CO2e;
    double value = 0; // mass of this gas (in EmissionFactor::massUnit) per activity unit
    bool operator==(const GasAmount &) const = default;
};

struct FactorPoint
{
    int year = 0;
    double value = 0; // CO2e (or the single gas) per activity unit, same units as the factor
    bool operator==(const FactorPoint &) const = default;
};

// Emissions per unit of activity: one or more gases, each weighed by the GWP set, with a
// citation and, where it changes (a grid that decarbonises), a trajectory over years.
struct EmissionFactor
{
    QString id;
    QString name;
    QString carrier;        // carrier id it applies to ("electricity"); empty = any
    QList<GasAmount> gases; // one entry for a CO2e or single-gas factor
    QString massUnit = QStringLiteral("kg"); // numerator: g, kg or t
    QString activityUnit;                    // denominator: kWh, m³, L, t, km, …
    GwpSet gwp = GwpSet::AR6; // the set a CO2e figure was published with (information)
    QString region;
    int year = 0;
    QString source;
    Confidence confidence = Confidence::Medium;
    QList<FactorPoint> trajectory; // only for single-gas factors; sorted by year
    // The library's Chinese name and source (name_zh, source_zh in factors.json); a plan's own
    // factors keep none: their text is the user's (FactorText tells a copied one apart).
    QString nameZh;
    QString sourceZh;

    QString unit() const { return massUnit + QLatin1Char('/') + activityUnit; }
    // The name and source for a reader of `language` ("en", "zh_CN"): the Chinese text where
    // the language is Chinese and the factor has it, else the English; the id for no name.
    QString displayName(const QString &language) const;
    QString displaySource(const QString &language) const;
    // tCO2e per activity unit in the base year of the factor (the `gases` values), each gas
    // weighed by `set` — the plan's GWP set, so that one inventory uses one set throughout.
    double tonnesCO2ePerUnit(GwpSet set) const;
    // tCO2e per activity unit in `year`: trajectory interpolated linearly between its points,
    // held flat before the first and after the last. The factor's own (year, value) is the
    // first point when it comes before the trajectory. The gases' value when there is none.
    double tonnesCO2ePerUnit(int year, GwpSet set) const;

    bool operator==(const EmissionFactor &) const = default;
};

QString confidenceId(Confidence c);
std::optional<Confidence> confidenceFromId(const QString &id);

} // namespace zeroplan
