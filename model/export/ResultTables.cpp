#include "ResultTables.h"

#include "measures/MeasureCatalogue.h"

namespace zeroplan {

namespace {

const QString kTonnes = QStringLiteral("tCO2e");

// The value of `series` in year index `t`; blank where the series is shorter.
ExportCell at(const YearSeries &series, size_t t)
{
    const auto i = Eigen::Index(t);
    return i < series.size() ? ExportCell::number(series[i]) : ExportCell();
}

ExportCell textOrBlank(const QString &text)
{
    return text.isEmpty() ? ExportCell() : ExportCell::text(text);
}

} // namespace

QString ResultTables::title(Kind kind)
{
    switch (kind) {
    case Kind::Pathway:
        return tr("Pathway");
    case Kind::Wedges:
        return tr("Wedges");
    case Kind::Costs:
        return tr("Costs");
    }
    return {};
}

QString ResultTables::withUnit(const QString &label, const QString &unit)
{
    //: A column name and its unit, as in "Net (tCO2e)"
    return unit.isEmpty() ? label : tr("%1 (%2)").arg(label, unit);
}

ExportTable ResultTables::build(Kind kind, const PlanResult &result, const ScenarioResult &scenario,
                                const QString &currency)
{
    switch (kind) {
    case Kind::Pathway:
        return pathway(result, scenario);
    case Kind::Wedges:
        return wedges(result, scenario);
    case Kind::Costs:
        return costs(scenario, currency);
    }
    return {};
}

QList<ExportTable> ResultTables::all(const PlanResult &result, const ScenarioResult &scenario,
                                     const QString &currency)
{
    QList<ExportTable> tables;
    for (const Kind kind : kAllKinds)
        tables.append(build(kind, result, scenario, currency));
    return tables;
}

ExportTable ResultTables::pathway(const PlanResult &result, const ScenarioResult &scenario)
{
    ExportTable table;
    table.title = title(Kind::Pathway);
    table.header = {tr("Year"),
                    withUnit(tr("BAU gross"), kTonnes),
                    withUnit(tr("Gross"), kTonnes),
                    withUnit(tr("Sinks"), kTonnes),
                    withUnit(tr("Credits"), kTonnes),
                    withUnit(tr("Net"), kTonnes),
                    withUnit(tr("Cumulative net"), kTonnes),
                    withUnit(tr("Residual"), kTonnes)};
    for (size_t t = 0; t < result.years.size(); ++t) {
        table.rows.append({ExportCell::number(result.years[t]), at(result.bauGross, t),
                           at(scenario.gross, t), at(scenario.sinks, t), at(scenario.credits, t),
                           at(scenario.net, t), at(scenario.cumulativeNet, t),
                           at(scenario.residual, t)});
    }
    return table;
}

ExportTable ResultTables::wedges(const PlanResult &result, const ScenarioResult &scenario)
{
    ExportTable table;
    table.title = title(Kind::Wedges);
    table.header = {tr("Year")};
    std::vector<YearSeries> abatement;
    abatement.reserve(scenario.measures.size());
    for (const MeasureResult &m : scenario.measures) {
        table.header.append(withUnit(m.name, kTonnes));
        abatement.push_back(m.abatement());
    }
    for (size_t t = 0; t < result.years.size(); ++t) {
        ExportRow row{ExportCell::number(result.years[t])};
        for (const YearSeries &a : abatement)
            row.append(at(a, t));
        table.rows.append(row);
    }
    return table;
}

ExportTable ResultTables::costs(const ScenarioResult &scenario, const QString &currency)
{
    ExportTable table;
    table.title = title(Kind::Costs);
    //: The unit of a cost per tonne: plan currency per tonne CO2e ("CNY/tCO2e")
    const QString perTonne = currency.isEmpty() ? QString() : tr("%1/tCO2e").arg(currency);
    table.header = {tr("Measure"),
                    tr("Kind"),
                    tr("Stage"),
                    tr("Owner group"),
                    withUnit(tr("Capex total"), currency),
                    withUnit(tr("Opex total"), currency),
                    withUnit(tr("Savings total"), currency),
                    withUnit(tr("NPV"), currency),
                    withUnit(tr("Present cost"), currency),
                    withUnit(tr("Abated"), kTonnes),
                    withUnit(tr("Cost per tonne"), perTonne),
                    withUnit(tr("Credits bought"), kTonnes),
                    withUnit(tr("Cost per credit"), perTonne)};
    for (const MeasureResult &m : scenario.measures) {
        const ExportCell perTonneCell =
            m.costPerTonne ? ExportCell::number(*m.costPerTonne) : ExportCell();
        const ExportCell perCreditCell =
            m.costPerCredit ? ExportCell::number(*m.costPerCredit) : ExportCell();
        table.rows.append(
            {ExportCell::text(m.name),
             ExportCell::text(MeasureCatalogue::spec(m.kind).displayName()),
             ExportCell::text(measureStageName(m.stage)),
             textOrBlank(m.ownerGroup.isEmpty() ? QString()
                                                : MeasureCatalogue::ownerGroupName(m.ownerGroup)),
             ExportCell::number(m.capex.sum()), ExportCell::number(m.opex.sum()),
             ExportCell::number(m.savings.sum()), ExportCell::number(m.npv),
             ExportCell::number(m.presentCost), ExportCell::number(m.abatedTotal), perTonneCell,
             ExportCell::number(m.creditedTotal), perCreditCell});
    }
    return table;
}

} // namespace zeroplan
