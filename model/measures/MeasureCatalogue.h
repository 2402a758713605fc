#pragma once

#include "MeasureKind.h"
#include "MeasureTraits.h"
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
    const char *unit; // display unit ("kWp", "share", "kWh/kWp/yr", …)
    double value;     // likely default
    double low;       // default range for Monte Carlo; equal to value if not uncertain
    double high;
    double minimum; // allowed range
    double maximum;
    const char *source;
    Confidence confidence;

    QString displayName() const;
    QString displayUnit() const;
    // A yes/no switch (unit "0/1"): 0 is no, 1 is yes; the form shows a check box.
    bool isSwitch() const;
    // The decimal places a value in this unit needs, in the unit itself (a share's 0.005 needs
    // 3; the form shows it as 0.5 %): what the unit's figures are given to, not what the
    // default happens to be, so 0.03 per kWh can be typed where the default is 0.
    int decimals() const;
    // The places for `unit`; -1 for a unit the catalogue does not use.
    static int decimalsOfUnit(const char *unit);
};

// Which activity lines a measure of a kind may act on, and which it acts on when the plan
// names none: a line whose carrier is accepted and, where sectors or subsectors are listed,
// that lies in one of those sectors or one of those subsectors.
struct TargetRule
{
    QStringList carriers;      // accepted carriers (empty = any carrier)
    QList<Sector> sectors;     // default targets: lines in one of these sectors …
    QStringList subsectors;    // … or in one of these subsectors (both empty = any line)
    bool explicitOnly = false; // the plan must name the targets (custom measures)
    bool none = false;         // acts on no activity line (sinks, credits)

    bool acceptsCarrier(const QString &carrier) const
    {
        return !none && (carriers.isEmpty() || carriers.contains(carrier));
    }
    bool matchesByDefault(const QString &carrier, Sector sector, const QString &subsector) const
    {
        if (explicitOnly || !acceptsCarrier(carrier))
            return false;
        if (sectors.isEmpty() && subsectors.isEmpty())
            return true;
        return sectors.contains(sector) || subsectors.contains(subsector);
    }
};

// How one cost of a kind (its investment or its running cost) is given: as a lump sum in the
// measure's costs (rate null), as `rate` × `quantity`, two parameters of the kind (rooftop
// solar: capex_per_kwp × capacity_kwp), or, with `quantity` null, as `rate` per unit of what
// the measure does, which only the engine works out (green power: premium_per_kwh × kWh
// bought green). A kind has one model per cost: the form offers no lump sum beside a rate.
struct CostRule
{
    const char *rate = nullptr;
    const char *quantity = nullptr;

    bool isLumpSum() const { return rate == nullptr; }
    bool isPerUnit() const { return rate != nullptr && quantity != nullptr; }
    bool isPerEffect() const { return rate != nullptr && quantity == nullptr; }
};

// What a committee counts when it reports how far a measure of the kind has got, in the
// measure's own unit: the value of parameter `parameter` reached so far (kWp installed,
// tonnes composted, share of trips), rising from `before` (a parameter holding the value
// before the measure, e.g. the recycling rate, or null for 0). A kind without a parameter of
// its own (LED, smart energy, custom) counts the share of the measure carried out, 0 to 1.
struct AdoptionRule
{
    const char *parameter = nullptr;
    const char *before = nullptr;
};

struct MeasureKindSpec
{
    MeasureKind kind;
    const char *name;
    const char *explanation; // one line a committee understands
    MeasureStage stage;
    const char *ownerGroup; // default working group
    TargetRule targets;
    QList<ParameterSpec> parameters;
    // Years after which the investment is renewed, for a new measure of this kind, and where
    // the figure comes from (English source text).
    int lifetimeYears = 25;
    const char *lifetimeSource = "";
    bool lifetimeAssumed = false; // no source: the plan format's default, marked "assumed"
    // How its investment and its running cost are given (docs/measures.md, "Costs").
    CostRule capexRule = {};
    CostRule opexRule = {};
    MeasureTraits traits = {};
    AdoptionRule adoption = {}; // how its progress is counted (monitoring)

    QString displayName() const;
    QString displayExplanation() const;
    QString displayLifetimeSource() const;
    const ParameterSpec *parameter(const QString &key) const;
    int parameterIndex(const char *key) const; // -1 if the kind has no such parameter
};

class MeasureCatalogue
{
public:
    static const QList<MeasureKindSpec> &all();
    static const MeasureKindSpec &spec(MeasureKind kind);
    // A measure of `kind` with every parameter at its catalogue default and the catalogue's
    // co-benefits (CoBenefitDefaults).
    static Measure makeDefault(MeasureKind kind, const QString &id, int startYear);
    static QStringList ownerGroups(); // ids: energy, transport, waste, food, greening, community
    static QString ownerGroupName(const QString &id); // translated
    // The name a reader of `language` ("en", "zh_CN"; empty = CatalogueText::currentLanguage)
    // sees for `m`: the kind's catalogue name in that language while the plan holds the
    // catalogue's name in any language (also with the number UniqueName adds: "Rooftop solar
    // PV 2"), else the user's own name as typed; the id for a measure without a name.
    static QString displayName(const Measure &m, const QString &language = QString());
    // The source of parameter `key` of `m` the same way: the catalogue's source in `language`
    // while the plan holds the catalogue's in any language (or none), else the plan's. A
    // source stored as "Catalogue default: <the catalogue's source>" (目录默认：…) in either
    // language is the catalogue's too, and is shown with the prefix in `language`.
    static QString displaySource(const Measure &m, const QString &key,
                                 const QString &language = QString());
};

QString measureStageName(MeasureStage stage); // translated

} // namespace zeroplan
