#include "ResidentsText.h"

#include "NumberFormat.h"
#include "engine/Results.h"
#include "plan/Residents.h"
#include "residents/ResidentsRun.h"

#include <cmath>

namespace zeroplan {

QString ResidentsText::years(const QList<int> &years)
{
    QStringList parts;
    for (qsizetype i = 0; i < years.size();) {
        qsizetype j = i;
        while (j + 1 < years.size() && years.at(j + 1) == years.at(j) + 1)
            ++j;
        if (j - i >= 2) {
            parts.append(
                tr("%1–%2", "a run of years")
                    .arg(NumberFormat::year(years.at(i)), NumberFormat::year(years.at(j))));
        } else {
            for (qsizetype k = i; k <= j; ++k)
                parts.append(NumberFormat::year(years.at(k)));
        }
        i = j + 1;
    }
    return parts.join(tr(", ", "between years in a list"));
}

QString ResidentsText::billChange(double perYear, const QString &currency)
{
    const QString amount = NumberFormat::money(std::abs(perYear), currency);
    if (std::abs(perYear) < 0.5)
        return tr("%1/yr", "money per year").arg(NumberFormat::money(0, currency));
    return perYear > 0 ? tr("+%1/yr", "the bill rises by").arg(amount)
                       : tr("−%1/yr", "the bill falls by").arg(amount);
}

QString ResidentsText::payback(const HouseholdCard &card, int horizonEnd)
{
    if (!(card.cost.size() > 0 && card.cost.sum() > 0))
        return tr("nothing to pay back");
    if (!card.paybackYears || !card.paybackYear)
        return tr("not paid back by %1").arg(NumberFormat::year(horizonEnd));
    return tr("%n year(s) (paid back in %1)", nullptr, *card.paybackYears)
        .arg(NumberFormat::year(*card.paybackYear));
}

QString ResidentsText::affordability(const HouseholdCard &card, const Residents &residents)
{
    if (!card.unaffordableYears)
        return tr("not judged: no income or threshold given");
    const QString share = NumberFormat::percent(residents.affordabilityShare.value_or(0), 0);
    if (card.unaffordableYears->isEmpty())
        return tr("within %1 of the median income in every year").arg(share);
    return tr("above %1 of the median income in %2").arg(share, years(*card.unaffordableYears));
}

QString ResidentsText::affordabilityFlag(const HouseholdCard &card)
{
    if (!card.unaffordableYears)
        return tr("not judged");
    if (card.unaffordableYears->isEmpty())
        return tr("within");
    return tr("above in %1").arg(years(*card.unaffordableYears));
}

QStringList ResidentsText::measureHeader()
{
    return {tr("Measure"),
            tr("Households"),
            tr("Upfront per household"),
            tr("Subsidy per household"),
            tr("Yearly bill change"),
            tr("Payback"),
            tr("Affordability")};
}

QList<QStringList> ResidentsText::measureRows(const ResidentsRun &run, const ScenarioResult &result,
                                              const QString &currency, int horizonEnd)
{
    QList<QStringList> rows;
    for (size_t i = 0; i < run.cards.size() && i < result.measures.size(); ++i) {
        const HouseholdCard &card = run.cards[i];
        if (!(card.households > 0))
            continue;
        rows.append({result.measures[i].name, NumberFormat::number(card.households),
                     NumberFormat::money(card.upfront, currency),
                     NumberFormat::money(card.subsidy, currency),
                     billChange(card.yearlyBillChange, currency), payback(card, horizonEnd),
                     affordabilityFlag(card)});
    }
    return rows;
}

QStringList ResidentsText::partyHeader(const QString &currency)
{
    const QString unit = NumberFormat::moneyColumnUnit(currency);
    return {tr("Party"),
            tr("Investment (%1)").arg(unit),
            tr("Running cost (%1)").arg(unit),
            tr("Savings received (%1)").arg(unit),
            tr("NPV (%1)").arg(unit),
            tr("Payback year")};
}

QList<QStringList> ResidentsText::partyRows(const PayerTable &total, const QString &currency)
{
    QList<QStringList> rows;
    for (const PartyMoney &m : total.parties) {
        rows.append({partyName(m.party), NumberFormat::moneyInColumnUnit(m.capex.sum(), currency),
                     NumberFormat::moneyInColumnUnit(m.opex.sum(), currency),
                     NumberFormat::moneyInColumnUnit(m.savings.sum(), currency),
                     NumberFormat::moneyInColumnUnit(m.npv, currency),
                     m.paybackYear ? NumberFormat::year(*m.paybackYear) : tr("—")});
    }
    return rows;
}

} // namespace zeroplan
