#pragma once

#include "ExportTable.h"
#include "engine/Results.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zeroplan {

// One scenario's results as the three tables a committee takes into a spreadsheet:
//  - Pathway: one row per year: BAU gross, the scenario's gross, sinks, credits, net,
//    cumulative net and residual (tCO2e);
//  - Wedges: one row per year, one column per measure (in the engine's order) with what it
//    took off net that year: its wedge + sink + credit (MeasureResult::abatement()), tCO2e;
//  - Costs: one row per measure: name, kind, stage, owner group, capex, opex and savings
//    over the horizon, NPV, present cost (plan currency), tCO2e abated and cost per tonne
//    abated (0 and blank for carbon credits, which abate nothing, and blank for a measure
//    that abates nothing), then tCO2e of credits bought and the cost per credit (0 and
//    blank but for carbon credits).
// Years are whole numbers; column names are translated and carry their units.
class ResultTables
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ResultTables)

public:
    enum class Kind
    {
        Pathway,
        Wedges,
        Costs
    };
    static constexpr Kind kAllKinds[] = {Kind::Pathway, Kind::Wedges, Kind::Costs};

    // `scenario` is one of result.scenarios (or a result on the same years); `currency` is
    // the plan's (community.currency), shown in the money columns' names.
    static ExportTable build(Kind kind, const PlanResult &result, const ScenarioResult &scenario,
                             const QString &currency);
    static QList<ExportTable> all(const PlanResult &result, const ScenarioResult &scenario,
                                  const QString &currency);

    static ExportTable pathway(const PlanResult &result, const ScenarioResult &scenario);
    static ExportTable wedges(const PlanResult &result, const ScenarioResult &scenario);
    static ExportTable costs(const ScenarioResult &scenario, const QString &currency);

    static QString title(Kind kind); // "Pathway", "Wedges", "Costs", translated

private:
    static QString withUnit(const QString &label, const QString &unit);
};

} // namespace zeroplan
