// ReportSections: "What this plan means for residents" (docs/report.md, docs/residents.md) —
// the households reached and the typical household's card, each measure's figures, who pays
// how much over the horizon, the funding plan and its shortfall years, and what the points
// budget of a carbon-accounts scheme buys. A plan with no residents section says so and points
// to the Residents page.
#include "ReportSections.h"

#include "FigureGridBlock.h"
#include "ReportLayout.h"
#include "charts/FundingChart.h"
#include "charts/PayerChart.h"
#include "engine/Results.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"
#include "present/ResidentsText.h"
#include "residents/Payback.h"
#include "residents/ResidentsRun.h"

namespace zeroplan {

void ReportSections::residents()
{
    heading(ReportSection::Residents);
    const Plan &plan = m_context.plan;
    const ScenarioResult *scenario = m_context.scenario;
    if (!scenario) {
        paragraph(tr("Add a scenario to see what it means for residents."));
        return;
    }
    if (plan.residents.isEmpty()) {
        paragraph(tr("The plan does not say yet who pays for its measures or what households "
                     "see of them: give each measure's payer split on the Residents page."));
        return;
    }
    const QString currency = plan.community.currency;
    const ResidentsRun run = ResidentsRun::of(plan, *scenario);
    const HouseholdCard &card = run.household;
    const int first = scenario->firstYear;
    const int last = first + int(scenario->gross.size()) - 1;
    const Eigen::Index years = scenario->gross.size();
    const PartyMoney *residents = run.total.find(Party::Residents);
    const PartyMoney *government = run.total.find(Party::Government);

    // The community's average: the residents' running cost less their savings in the card's
    // bill year, over every household of the community.
    const Eigen::Index billIndex = std::clamp<Eigen::Index>(card.billYear - first, 0, years - 1);
    const double averageBill =
        residents && plan.community.households > 0
            ? (residents->opex - residents->savings)[billIndex] / plan.community.households
            : 0.0;
    paragraph(
        tr("In \u201c%1\u201d the measures reach up to %2 households. A household that takes "
           "part in every measure pays %3 up front and receives %4 of subsidy; its yearly bill "
           "changes by %5 in %6. Over all %7 households of the community the bill changes by "
           "%8 on average. Over %9 to %10 the residents invest %11 and the government "
           "%12.")
            .arg(scenarioName(), NumberFormat::number(card.households),
                 NumberFormat::money(card.upfront, currency),
                 NumberFormat::money(card.subsidy, currency),
                 ResidentsText::billChange(card.yearlyBillChange, currency),
                 NumberFormat::year(card.billYear), NumberFormat::number(plan.community.households),
                 ResidentsText::billChange(averageBill, currency), NumberFormat::year(first))
            .arg(NumberFormat::year(last),
                 NumberFormat::money(residents ? residents->capex.sum() : 0, currency),
                 NumberFormat::money(government ? government->capex.sum() : 0, currency)));
    m_context.layout
        .add<FigureGridBlock>(
            QList<FigureGridBlock::Figure>{
                {tr("Households reached"), NumberFormat::number(card.households)},
                {tr("Pays up front"), NumberFormat::money(card.upfront, currency)},
                {tr("Subsidy received"), NumberFormat::money(card.subsidy, currency)},
                {tr("Yearly bill change (%1)").arg(NumberFormat::year(card.billYear)),
                 ResidentsText::billChange(card.yearlyBillChange, currency)},
                {tr("Paid back after"), ResidentsText::payback(card, last)},
                {tr("Affordability"), ResidentsText::affordability(card, plan.residents)}},
            2)
        ->spaceBeforeMm = 3;
    note(tr("Per household reached: the residents' share of each measure's money divided by "
            "the households it reaches; up front is the first purchase cycle. A minus sign: the "
            "bill falls."));

    const QList<QStringList> measureRows =
        ResidentsText::measureRows(run, *scenario, currency, last);
    if (!measureRows.isEmpty()) {
        subheading(tr("Each measure, per household reached"));
        const Qt::Alignment right = Qt::AlignRight;
        table({2.4, 1.2, 1.4, 1.4, 1.5, 1.8, 1.6},
              {Qt::AlignLeft, right, right, right, right, Qt::AlignLeft, Qt::AlignLeft},
              ResidentsText::measureHeader(), measureRows);
    }

    subheading(tr("Who pays how much"));
    paragraph(tr("Each party's money over %1 to %2: what it invests, its running costs, the "
                 "bill savings it receives, and its net present value at a discount rate of %3.")
                  .arg(NumberFormat::year(first), NumberFormat::year(last),
                       NumberFormat::percent(plan.community.discountRate, 1)));
    const Qt::Alignment right = Qt::AlignRight;
    table({2.2, 1.4, 1.4, 1.5, 1.4, 1.1}, {Qt::AlignLeft, right, right, right, right, right},
          ResidentsText::partyHeader(currency), ResidentsText::partyRows(run.total, currency));
    auto payerChart = std::make_unique<PayerChart>();
    payerChart->setTable(run.total, first, last, currency);
    chart(std::move(payerChart), std::max(80.0, 30 + 12.0 * double(run.total.parties.size())));

    subheading(tr("Funding plan"));
    paragraph(run.funding.shortfallYears.isEmpty()
                  ? tr("The funding sources cover what the parties that need them spend in "
                       "every year.")
                  : tr("The funding sources fall short in %1: %2 in all.")
                        .arg(ResidentsText::years(run.funding.shortfallYears),
                             NumberFormat::money(run.funding.shortfall.sum(), currency)));
    QList<QStringList> fundingRows;
    for (const FundingLine &line : run.funding.lines) {
        if (!line.checked)
            continue;
        fundingRows.append({partyName(line.party),
                            NumberFormat::moneyInColumnUnit(line.spending.sum(), currency),
                            NumberFormat::moneyInColumnUnit(line.sources.sum(), currency),
                            NumberFormat::moneyInColumnUnit(line.gap().sum(), currency)});
    }
    if (!fundingRows.isEmpty()) {
        const QString unit = NumberFormat::moneyColumnUnit(currency);
        table({2.2, 1.5, 1.5, 1.5}, {Qt::AlignLeft, right, right, right},
              {tr("Party"), tr("Spending (%1)").arg(unit), tr("Funding sources (%1)").arg(unit),
               tr("Shortfall (%1)").arg(unit)},
              fundingRows);
        auto funding = std::make_unique<FundingChart>();
        funding->setPlan(run.funding, first, currency);
        chart(std::move(funding), 75);
    }
    note(tr("A party is held against funding sources when its money exists only through one "
            "(government subsidy, sponsors, crowdfunding) or a source names it; the others pay "
            "from their own budgets. Money a source gives beyond a year's spending is not "
            "carried over."));

    // Carbon accounts: what the points budget buys, credited and additional tonnes apart.
    for (size_t i = 0; i < scenario->measures.size(); ++i) {
        const MeasureResult &m = scenario->measures[i];
        if (!m.accountsCredited.size())
            continue;
        QStringList payers;
        if (i < run.measures.size()) {
            for (const PartyMoney &p : run.measures[i].parties) {
                if (p.opex.sum() > 0)
                    payers.append(partyName(p.party));
            }
        }
        const auto perTonne = [&](const std::optional<double> &v) {
            return v ? NumberFormat::moneyPerTonne(*v, currency) : tr("—");
        };
        subheading(tr("Carbon accounts: %1").arg(m.name));
        paragraph(tr("The points budget is %1 over %2 to %3 (%4 in present value), paid by %5. "
                     "It buys %6 credited to residents' accounts, of which %7 are additional "
                     "cuts: %8 per credited tonne and %9 per additional tonne.")
                      .arg(NumberFormat::money(m.pointsBudget.sum(), currency),
                           NumberFormat::year(first), NumberFormat::year(last),
                           NumberFormat::money(
                               Payback::presentValue(m.pointsBudget, plan.community.discountRate),
                               currency),
                           payers.isEmpty() ? tr("no one named (unassigned)")
                                            : payers.join(tr(", ", "between party names")),
                           NumberFormat::tonnes(m.accountsCredited.sum()),
                           NumberFormat::tonnes(m.accountsAdditional.sum()),
                           perTonne(m.costPerCreditedTonne), perTonne(m.costPerTonne)));
    }
}

} // namespace zeroplan
