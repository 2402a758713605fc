#pragma once

#include "Measure.h"

#include <QList>
#include <QString>

namespace zeroplan {

// One parameter a carbon-account preset sets: its likely value, its range (low = high: not
// uncertain) and where the figure comes from (English source text, translated on use).
struct CarbonPointPresetValue
{
    const char *key;
    double value;
    double low;
    double high;
    const char *source;
};

// A named set of parameters for a resident carbon-accounts measure (docs/measures.md,
// "Presets"): how a known scheme works, with the source or "assumption" of each figure.
struct CarbonPointPreset
{
    const char *id; // korea_tiers, shenzhen_electricity, green_travel, information_only
    const char *name;
    QList<CarbonPointPresetValue> values;

    QString displayName() const;
};

// The presets of the carbon-accounts model. A preset sets the model's parameters and leaves
// the plan's own choices alone: the programme's duration and budget cap, and the value of a
// point unless the preset has a sourced one in CNY and the plan counts in CNY.
class CarbonPointPresets
{
public:
    static const QList<CarbonPointPreset> &all();
    static const CarbonPointPreset *find(const QString &id);
    // `measure` (a carbon-accounts measure) with the preset's parameters; each source says
    // which preset it came from. `currency` is the plan's.
    static Measure applied(const Measure &measure, const CarbonPointPreset &preset,
                           const QString &currency);
};

} // namespace zeroplan
