#pragma once

#include "MeasureColours.h"
#include "StackedWedgeChart.h"
#include "engine/Results.h"

#include <QStringList>

namespace zeroplan {

// The stacked wedges of one scenario: from the scenario's net emissions up to BAU, one area
// per measure (its wedge + sink + credit, in the engine's order), named as the user named
// the measure and coloured as the measure is in every chart (MeasureColours). Past
// kNamedWedges + 1 measures, the kNamedWedges largest (by total abatement) keep a wedge each
// and the rest share one grey "Other measures (N)" wedge at the bottom of the stack, so the
// chart, its legend and its memory stay bounded for plans with thousands of measures.
// Empty state: "Add a measure to this scenario to see its wedge."
class WedgeChart : public StackedWedgeChart
{
    Q_OBJECT

public:
    static constexpr int kNamedWedges = 12;

    explicit WedgeChart(QWidget *parent = nullptr);
    void setResults(const PlanResult &result, const ScenarioResult *scenario,
                    const MeasureColours &colours = {});

    // One area per named measure in the engine's order, then the "Other measures" wedge if
    // any (wedges()); upper − lower = the measure's (or the others') abatement. The measure
    // each wedge stands for (empty for "Other measures").
    QStringList wedgeMeasureIds() const { return m_ids; }

private:
    QStringList m_ids;
};

} // namespace zeroplan
