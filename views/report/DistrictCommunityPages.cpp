// The district report's page per community (DistrictReportSections).
#include "DistrictReportSections.h"

#include "FigureGridBlock.h"
#include "ReportLayout.h"
#include "TextBlock.h"
#include "charts/PathwayChart.h"
#include "district/DistrictFlags.h"
#include "district/DistrictRollup.h"
#include "district/LeagueRow.h"
#include "plan/District.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"
#include "storage/DistrictLoader.h"

#include <QDir>

namespace zeroplan {

void DistrictReportSections::communityPages()
{
    for (int i = 0; i < m_context.rollup.size(); ++i)
        communityPage(i);
}

void DistrictReportSections::communityPage(int index)
{
    const CommunityRun &run = m_context.rollup.community(index);
    const LeagueRow &row = m_context.rows.at(size_t(index));
    heading(run.name);
    const QString scenario = run.noScenario ? planText("no scenario") : run.scenario;
    paragraph(tr("%1 · scenario \u201c%2\u201d").arg(communityTypeName(run.type), scenario));
    for (const LinkState &state : m_context.load.links) {
        if (state.member == index && state.status == LinkStatus::Changed)
            note(tr("%1 changed since it was linked; printed as it is now.")
                     .arg(QDir::toNativeSeparators(state.filePath)));
    }
    if (run.scenarioNotFound)
        note(tr("The district asks for the scenario \u201c%1\u201d, which the plan does not "
                "have; \u201c%2\u201d is counted instead.")
                 .arg(run.scenarioAsked, scenario));
    if (run.noScenario)
        note(tr("The plan has no scenario: its business as usual is counted."));

    const QString none = planText("—");
    const QList<FigureGridBlock::Figure> figures = {
        {planText("Baseline (%1)").arg(NumberFormat::year(row.baseYear)),
         NumberFormat::tonnesPerYear(row.baseGross)},
        {tr("Per resident (tCO₂e/yr)"),
         row.grossPerResident ? NumberFormat::number(*row.grossPerResident, 2) : none},
        {tr("Net emissions in %1").arg(NumberFormat::year(row.targetYear)),
         NumberFormat::tonnesPerYear(row.targetNet)},
        {tr("Planned reduction by %1").arg(NumberFormat::year(row.targetYear)),
         row.plannedReduction ? NumberFormat::percent(*row.plannedReduction, 1) : none},
        {tr("Neutral from"),
         row.neutralityYear ? NumberFormat::year(*row.neutralityYear) : tr("not reached")},
        {planText("Cost per tonne abated"),
         row.costPerTonne ? NumberFormat::moneyPerTonne(*row.costPerTonne, row.currency) : none},
        {tr("Residents"), NumberFormat::number(row.population)},
        {planText("Households"), NumberFormat::number(row.households)},
        {tr("Latest data"), NumberFormat::year(row.latestDataYear)}};
    m_context.layout.add<FigureGridBlock>(figures, 3)->spaceBeforeMm = 3;

    // Its pathway, BAU against the net emissions of the scenario the district counts: a plan
    // holding that scenario alone, with the roll-up's results for it.
    Plan plan = run.plan;
    PlanResult result;
    for (int y = run.baseYear; y <= run.horizonEnd; ++y)
        result.years.push_back(y);
    result.bauGross = run.bauGross;
    QList<Scenario> chosen;
    if (!run.noScenario) {
        for (const Scenario &s : plan.scenarios) {
            if (s.name == run.scenario) {
                chosen.append(s);
                break;
            }
        }
        result.scenarios.push_back(run.result);
    }
    plan.scenarios = chosen;
    auto pathway = std::make_unique<PathwayChart>();
    pathway->setResults(plan, result, result.scenarios.empty() ? -1 : 0);
    chart(std::move(pathway), 95);

    QStringList reasons;
    for (const DistrictFlag &flag : m_context.flags) {
        if (flag.community == index)
            reasons.append(flag.message);
    }
    if (!reasons.isEmpty()) {
        subheading(tr("Needs help"));
        for (const QString &reason : reasons)
            paragraph(reason);
    }
}

} // namespace zeroplan
