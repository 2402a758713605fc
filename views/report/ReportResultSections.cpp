// The pathway, scenario comparison, costs and uncertainty of the printed plan (ReportSections).
#include "ReportSections.h"

#include "ReportLayout.h"
#include "charts/CumulativeChart.h"
#include "charts/FanChart.h"
#include "charts/MaccChart.h"
#include "charts/MeasureColours.h"
#include "charts/PathwayChart.h"
#include "charts/TornadoChart.h"
#include "charts/WedgeChart.h"
#include "engine/PlanRun.h"
#include "engine/Results.h"
#include "plan/Plan.h"
#include "present/MeasureCostModel.h"
#include "present/NumberFormat.h"
#include "present/PathwayVerdict.h"
#include "present/ProbabilityWords.h"
#include "present/ScenarioComparisonModel.h"
#include "present/UncertaintyRun.h"

#include <QSet>

namespace zeroplan {

namespace {

// The years the pathway table lists: the base year, every interim-target and the neutrality
// year, every fifth year in between, and the horizon's end.
QList<int> milestoneYears(const Plan &plan)
{
    const Community &c = plan.community;
    QSet<int> years{c.baseYear, c.horizonEnd};
    for (int y = c.baseYear + 1; y < c.horizonEnd; ++y) {
        if (y % 5 == 0)
            years.insert(y);
    }
    for (const InterimTarget &t : c.targets.interim)
        years.insert(t.year);
    if (c.targets.neutralityYear)
        years.insert(*c.targets.neutralityYear);
    QList<int> sorted;
    for (int y : years) {
        if (y >= c.baseYear && y <= c.horizonEnd)
            sorted.append(y);
    }
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// The target path's value in `year`, interpolated between its points; none outside it.
std::optional<double> targetIn(const QList<QPointF> &path, int year)
{
    for (int i = 0; i + 1 < path.size(); ++i) {
        const QPointF a = path.at(i), b = path.at(i + 1);
        if (year >= a.x() && year <= b.x())
            return b.x() == a.x() ? b.y()
                                  : a.y() + (b.y() - a.y()) * (year - a.x()) / (b.x() - a.x());
    }
    return std::nullopt;
}

} // namespace

void ReportSections::pathway()
{
    heading(ReportSection::Pathway);
    const Plan &plan = m_context.plan;
    const PlanResult &result = m_context.result;
    paragraph(PathwayVerdict::text(plan, m_context.scenario));
    auto pathwayChart = std::make_unique<PathwayChart>();
    pathwayChart->setResults(plan, result, m_context.options.scenario);
    chart(std::move(pathwayChart), 92);
    note(tr("Net emissions of every scenario against business as usual (BAU) and the target "
            "path; for \u201c%1\u201d, gross emissions and the sinks and credits below zero.")
             .arg(scenarioName()));

    const ScenarioResult *scenario = m_context.scenario;
    if (scenario) {
        const QList<QPointF> target = PathwayChart::targetPath(plan, result);
        QList<QStringList> rows;
        for (int year : milestoneYears(plan)) {
            const int i = result.yearIndex(year);
            const std::optional<double> t = targetIn(target, year);
            rows.append({NumberFormat::year(year), NumberFormat::number(result.bauGross[i]),
                         NumberFormat::number(scenario->gross[i]),
                         NumberFormat::number(scenario->sinks[i] + scenario->credits[i]),
                         NumberFormat::number(scenario->net[i]),
                         t ? NumberFormat::number(*t) : tr("—")});
        }
        const Qt::Alignment right = Qt::AlignRight;
        subheading(tr("Emissions by year, \u201c%1\u201d (tCO₂e/yr)").arg(scenarioName()));
        table({1, 1.4, 1.4, 1.6, 1.4, 1.4}, {Qt::AlignLeft, right, right, right, right, right},
              {tr("Year"), tr("BAU"), tr("Gross"), tr("Sinks and credits"), tr("Net"),
               tr("Target path")},
              rows);
    }

    subheading(tr("Wedges: what each measure cuts"));
    auto wedges = std::make_unique<WedgeChart>();
    wedges->setResults(result, scenario, MeasureColours(plan));
    // Tall enough for the legend beside the plot to name every wedge: the named measures and
    // the one "Other measures" wedge past them.
    const size_t wedgeCount =
        std::min(scenario ? scenario->measures.size() : 0, size_t(WedgeChart::kNamedWedges + 1));
    chart(std::move(wedges), std::max(100.0, 40 + 5.5 * double(wedgeCount)));
    note(tr("Each wedge is the cut a measure makes after the measures applied before it "
            "(sequential attribution), so the wedges add up to BAU minus the scenario's net."));

    if (plan.community.targets.carbonBudget) {
        subheading(tr("Cumulative emissions against the carbon budget"));
        auto cumulative = std::make_unique<CumulativeChart>();
        cumulative->setResults(result, scenario, plan.community.targets.carbonBudget);
        chart(std::move(cumulative), 72);
    }
}

void ReportSections::scenarios()
{
    heading(ReportSection::Scenarios);
    const Plan &plan = m_context.plan;
    if (plan.scenarios.isEmpty()) {
        paragraph(tr("The plan has no scenarios yet."));
        return;
    }
    paragraph(tr("The plan's scenarios side by side, with business as usual first."));
    ScenarioComparisonModel comparison;
    comparison.setResults(plan, m_context.result, m_context.run.bau);
    QList<qreal> weights{2.6};
    for (int c = 0; c < comparison.columnCount(); ++c)
        weights.append(1.4);
    modelTable(comparison, weights);
    for (const Scenario &s : plan.scenarios) {
        if (!s.description.isEmpty())
            note(tr("%1: %2", "scenario name: description").arg(s.name, s.description));
    }
}

void ReportSections::costs()
{
    heading(ReportSection::Costs);
    const Plan &plan = m_context.plan;
    const ScenarioResult *scenario = m_context.scenario;
    paragraph(tr("What the measures of \u201c%1\u201d cost and save over %2 to %3, in present "
                 "values at a discount rate of %4. A negative cost per tonne means the measure "
                 "pays for itself.")
                  .arg(scenarioName(), NumberFormat::year(plan.community.baseYear),
                       NumberFormat::year(plan.community.horizonEnd),
                       NumberFormat::percent(plan.community.discountRate, 1)));
    if (scenario && scenario->creditedTotal > 0) {
        paragraph(
            tr("Carbon credits are listed apart and left out of every total of abatement "
               "and of the cost per tonne abated: %1 of credits cost %2 in present value "
               "(%3 per credit).")
                .arg(NumberFormat::tonnes(scenario->creditedTotal),
                     NumberFormat::money(scenario->presentCreditCost, plan.community.currency),
                     scenario->costPerCredit ? NumberFormat::moneyPerTonne(*scenario->costPerCredit,
                                                                           plan.community.currency)
                                             : tr("—")));
    }
    MeasureCostModel costs;
    costs.setScenario(scenario, plan.community.currency);
    if (costs.measureCount() > 0)
        modelTable(costs, {2.6, 1.8, 1.4, 1.4, 1.4, 1.4, 1.4, 1.5}, true);
    subheading(tr("Marginal abatement cost curve"));
    auto macc = std::make_unique<MaccChart>();
    macc->setPoints(scenario ? scenario->macc() : std::vector<MaccPoint>{}, plan.community.currency,
                    scenario ? scenario->creditPoints() : std::vector<MaccPoint>{},
                    MeasureColours(plan));
    chart(std::move(macc), 90);
    note(tr("Each bar is a measure: its width the tonnes it abates over the horizon, its height "
            "the cost per tonne; cheapest first. Trees planted take CO₂ up and stand on the "
            "curve; carbon credits bought abate nothing and, if any, are drawn hatched after "
            "it, at their price per credit."));
}

void ReportSections::uncertainty()
{
    heading(ReportSection::Uncertainty);
    const Plan &plan = m_context.plan;
    if (!m_context.scenario) {
        paragraph(tr("Add a scenario to see how sure its outcome is."));
        return;
    }
    const EngineInput &input = m_context.run.inputs.at(size_t(m_context.options.scenario));
    const UncertaintyOutcome outcome =
        UncertaintyRun::computeNow(input, m_context.options.uncertaintySamples);
    if (outcome.uncertainParameters == 0) {
        paragraph(tr("No measure of \u201c%1\u201d has a low–high range, so the outcome is "
                     "shown as certain. Give the uncertain values a range to see how sure it is.")
                      .arg(scenarioName()));
        return;
    }
    const UncertaintyResult &u = outcome.uncertainty;
    paragraph(ProbabilityWords::sentence(u.targetYear, u.pNeutralByTarget));
    note(tr("%1 simulated futures (Monte Carlo), each drawing the %n uncertain value(s) from "
            "their low–likely–high ranges.",
            nullptr, outcome.uncertainParameters)
             .arg(NumberFormat::number(u.samples)));
    auto fan = std::make_unique<FanChart>();
    fan->setUncertainty(outcome.firstYear, u);
    chart(std::move(fan), 80);
    subheading(tr("Which values matter most"));
    QHash<QString, MeasureKind> kinds;
    for (const Measure &m : plan.measures)
        kinds.insert(m.id, m.kind);
    auto tornado = std::make_unique<TornadoChart>();
    tornado->setMeasureKinds(kinds);
    tornado->setSensitivity(outcome.sensitivity);
    chart(std::move(tornado), 85);
    note(tr("Net emissions in %1 with one value at its low or high end and every other at its "
            "likely value; the longest bars are the values most worth pinning down.")
             .arg(NumberFormat::year(outcome.sensitivity.targetYear)));
}

} // namespace zeroplan
