#pragma once

#include "MeasureKind.h"
#include "inventory/EmissionFactor.h"
#include "inventory/Sector.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zeroplan {

struct Measure;

// One named parameter of a measure kind, with its default, its range and where the default
// comes from. Names and units are English source text; translate with the accessors.
struct ParameterSpec
{
    const char *key;
    const char *name;
    const char *unit;       // display unit ("kWp", "share", "kWh/kWp/yr", …)
    double value;           // likely default
    double low;             // default range for Monte Carlo; equal to value if not uncertain
    double high;
    double minimum;         // allowed range
    double maximum;
    const char *source;
    Confidence confidence;

    QString displayName() const;
    QString displayUnit() const;
};

// Which activity lines a measure of a kind acts on when the plan names none.
struct TargetRule
{
    QStringList carriers;          // any of these carriers (empty = any carrier)
    QList<Sector> sectors;         // and in one of these sectors (empty = any)
    QStringList subsectors;        // or, where set, in one of these subsectors
    bool explicitOnly = false;     // the plan must name the targets (custom measures)
    bool none = false;             // acts on no activity line (sinks, credits)
};

struct MeasureKindSpec
{
    MeasureKind kind;
    const char *name;
    const char *explanation;       // one line a committee understands
    MeasureStage stage;
    const char *ownerGroup;        // default working group
    TargetRule targets;
    QList<ParameterSpec> parameters;

    QString displayName() const;
    QString displayExplanation() const;
    const ParameterSpec *parameter(const QString &key) const;
    int parameterIndex(const char *key) const; // -1 if the kind has no such parameter
};

class MeasureCatalogue
{
public:
    static const QList<MeasureKindSpec> &all();
    static const MeasureKindSpec &spec(MeasureKind kind);
    // A measure of `kind` with every parameter at its catalogue default.
    static Measure makeDefault(MeasureKind kind, const QString &id, int startYear);
    static QStringList ownerGroups(); // ids: energy, transport, waste, food, greening, community
    static QString ownerGroupName(const QString &id); // translated
};

QString measureStageName(MeasureStage stage); // translated

} // namespace zeroplan
