#pragma once

#include "CoBenefit.h"
#include "MeasureKind.h"
#include "MeasureTariff.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace zeroplan {

// A figure that may be uncertain: the likely value with an optional low/high range
// (sampled as a triangular distribution) and where it comes from.
struct UncertainValue
{
    double value = 0;
    std::optional<double> low;
    std::optional<double> high;
    QString source;

    bool isUncertain() const { return low && high && *high > *low; }
    bool operator==(const UncertainValue &) const = default;
};

enum class RampShape
{
    Linear,
    SCurve
};
enum class MeasureStatus
{
    Proposed,
    Approved,
    InProgress,
    Done
};

struct MeasureCosts
{
    double capex = 0;       // one-off investment at full adoption (plan currency)
    double opexPerYear = 0; // running cost per year at full adoption
    bool operator==(const MeasureCosts &) const = default;
};

// An instance of a catalogue kind in a plan.
struct Measure
{
    QString id; // unique in the plan
    MeasureKind kind = MeasureKind::Custom;
    QString name;                             // as the user named it
    QMap<QString, UncertainValue> parameters; // keys from the kind's catalogue entry
    QStringList targets;                      // activity line ids; empty = the kind's default
    int startYear = 0;
    int rampYears = 0; // years to full adoption; 0 = at once
    RampShape rampShape = RampShape::Linear;
    int lifetimeYears = 25; // after which the investment is renewed
    MeasureCosts costs;
    QString ownerGroup; // energy, transport, waste, food, greening, …
    MeasureStatus status = MeasureStatus::Proposed;
    QString source;
    QString note;
    // Besides carbon (docs/measures.md, "Co-benefits"): one entry per assessed dimension; a
    // dimension without one is not assessed.
    QList<CoBenefit> coBenefits;
    // Energy this measure buys or saves at a price of its own, at most one per carrier.
    QList<MeasureTariff> tariffs;
    const MeasureTariff *tariff(const QString &carrier) const
    {
        for (const MeasureTariff &t : tariffs) {
            if (t.carrier == carrier)
                return &t;
        }
        return nullptr;
    }

    double parameter(const QString &key, double fallback) const
    {
        const auto it = parameters.constFind(key);
        return it == parameters.cend() ? fallback : it->value;
    }
    bool operator==(const Measure &) const = default;
};

QString rampShapeId(RampShape s);
std::optional<RampShape> rampShapeFromId(const QString &id);
QString measureStatusId(MeasureStatus s);
std::optional<MeasureStatus> measureStatusFromId(const QString &id);
QString measureStatusName(MeasureStatus s); // translated

} // namespace zeroplan
