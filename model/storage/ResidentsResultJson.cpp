#include "ResidentsResultJson.h"

#include "ResultJson.h"
#include "engine/Results.h"
#include "plan/Plan.h"

namespace zeroplan {
namespace {

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray years(const QList<int> &list)
{
    QJsonArray out;
    for (int y : list)
        out.append(y);
    return out;
}

QJsonArray parties(const PayerTable &table)
{
    QJsonArray out;
    for (const PartyMoney &m : table.parties) {
        out.append(QJsonObject{
            {QStringLiteral("party"), partyId(m.party)},
            {QStringLiteral("capex"), ResultJson::series(m.capex)},
            {QStringLiteral("opex"), ResultJson::series(m.opex)},
            {QStringLiteral("savings"), ResultJson::series(m.savings)},
            {QStringLiteral("net"), ResultJson::series(m.net())},
            {QStringLiteral("npv"), ResultJson::number(m.npv)},
            {QStringLiteral("payback_year"), optionalInt(m.paybackYear)},
        });
    }
    return out;
}

QJsonObject card(const HouseholdCard &c)
{
    QJsonValue unaffordable(QJsonValue::Null);
    QJsonValue affordable(QJsonValue::Null);
    if (c.unaffordableYears) {
        unaffordable = years(*c.unaffordableYears);
        affordable = c.unaffordableYears->isEmpty();
    }
    return {
        {QStringLiteral("households"), ResultJson::number(c.households)},
        {QStringLiteral("upfront"), ResultJson::number(c.upfront)},
        {QStringLiteral("subsidy"), ResultJson::number(c.subsidy)},
        {QStringLiteral("bill_year"), c.billYear},
        {QStringLiteral("yearly_bill_change"), ResultJson::number(c.yearlyBillChange)},
        {QStringLiteral("bill_change"), ResultJson::series(c.billChange)},
        {QStringLiteral("outlay"), ResultJson::series(c.outlay)},
        {QStringLiteral("payback_year"), optionalInt(c.paybackYear)},
        {QStringLiteral("payback_years"), optionalInt(c.paybackYears)},
        {QStringLiteral("affordable"), affordable},
        {QStringLiteral("unaffordable_years"), unaffordable},
    };
}

} // namespace

void ResidentsResultJson::insert(QJsonObject &scenario, const Plan &plan,
                                 const ScenarioResult &result)
{
    const ResidentsRun run = ResidentsRun::of(plan, result);
    scenario.insert(QStringLiteral("payers"), payers(run, result));
    scenario.insert(QStringLiteral("household"), household(run, result));
    scenario.insert(QStringLiteral("funding"), funding(run, plan, result));
}

QJsonObject ResidentsResultJson::payers(const ResidentsRun &run, const ScenarioResult &result)
{
    QJsonArray measures;
    for (size_t i = 0; i < run.measures.size() && i < result.measures.size(); ++i) {
        measures.append(QJsonObject{
            {QStringLiteral("measure"), result.measures[i].name},
            {QStringLiteral("measure_id"), run.measures[i].measureId},
            {QStringLiteral("parties"), parties(run.measures[i])},
        });
    }
    return {{QStringLiteral("total"), parties(run.total)}, {QStringLiteral("measures"), measures}};
}

QJsonObject ResidentsResultJson::household(const ResidentsRun &run, const ScenarioResult &result)
{
    QJsonArray measures;
    for (size_t i = 0; i < run.cards.size() && i < result.measures.size(); ++i) {
        QJsonObject o = card(run.cards[i]);
        o.insert(QStringLiteral("measure"), result.measures[i].name);
        o.insert(QStringLiteral("measure_id"), run.cards[i].measureId);
        measures.append(o);
    }
    return {{QStringLiteral("scenario"), card(run.household)},
            {QStringLiteral("measures"), measures}};
}

QJsonObject ResidentsResultJson::funding(const ResidentsRun &run, const Plan &plan,
                                         const ScenarioResult &result)
{
    const Eigen::Index count = result.gross.size();
    QJsonArray sources;
    for (const FundingSource &s : plan.residents.funding) {
        sources.append(QJsonObject{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("kind"), fundingKindId(s.kind)},
            {QStringLiteral("party"), partyId(s.pays())},
            {QStringLiteral("amounts"),
             ResultJson::series(FundingPlan::amounts(s.amounts, result.firstYear, count))},
        });
    }
    QJsonArray lines;
    for (const FundingLine &l : run.funding.lines) {
        lines.append(QJsonObject{
            {QStringLiteral("party"), partyId(l.party)},
            {QStringLiteral("checked"), l.checked},
            {QStringLiteral("spending"), ResultJson::series(l.spending)},
            {QStringLiteral("sources"), ResultJson::series(l.sources)},
            {QStringLiteral("gap"), ResultJson::series(l.gap())},
        });
    }
    return {{QStringLiteral("sources"), sources},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("shortfall"), ResultJson::series(run.funding.shortfall)},
            {QStringLiteral("shortfall_years"), years(run.funding.shortfallYears)}};
}

} // namespace zeroplan
