#include "HouseholdCard.h"

#include "Payback.h"
#include "measures/Measure.h"
#include "plan/Residents.h"

#include <algorithm>

namespace zeroplan {

HouseholdCard HouseholdCard::ofMeasure(const PayerTable &table, const Measure &measure,
                                       double level, double communityHouseholds,
                                       const Residents &residents, int firstYear)
{
    HouseholdCard card;
    card.measureId = table.measureId;
    const Eigen::Index years = table.parties.empty() ? 0 : table.parties.front().capex.size();
    card.billChange = card.outlay = card.cost = YearSeries::Zero(years);
    const int lastYear = firstYear + int(years) - 1;
    card.billYear = std::clamp(measure.startYear + std::max(measure.rampYears, 1) - 1, firstYear,
                               std::max(firstYear, lastYear));
    // A measure at level 0.5 reaches half the households it would at full level.
    card.households = residents.householdsReached(measure.id, communityHouseholds) * level;
    if (!(card.households > 0) || years == 0)
        return card;
    const PartyMoney *paying = table.find(Party::Residents);
    const PartyMoney *government = table.find(Party::Government);
    const int from = std::max(measure.startYear, firstYear) - firstYear;
    const int to = std::min<int>(measure.startYear + std::max(measure.lifetimeYears, 1) - firstYear,
                                 int(years)); // one past the last year of the first cycle
    if (paying) {
        card.billChange = (paying->opex - paying->savings) / card.households;
        card.outlay = (paying->capex + paying->opex - paying->savings) / card.households;
        card.cost = (paying->capex + paying->opex) / card.households;
        if (to > from)
            card.upfront = paying->capex.segment(from, to - from).sum() / card.households;
    }
    if (government && to > from)
        card.subsidy = government->capex.segment(from, to - from).sum() / card.households;
    card.finish(residents, firstYear);
    return card;
}

HouseholdCard HouseholdCard::ofScenario(const std::vector<HouseholdCard> &cards,
                                        const Residents &residents, int firstYear,
                                        Eigen::Index years)
{
    HouseholdCard card;
    card.billChange = card.outlay = card.cost = YearSeries::Zero(years);
    card.billYear = firstYear;
    for (const HouseholdCard &c : cards) {
        if (!(c.households > 0))
            continue;
        card.households = std::max(card.households, c.households);
        card.upfront += c.upfront;
        card.subsidy += c.subsidy;
        card.billChange += c.billChange;
        card.outlay += c.outlay;
        card.cost += c.cost;
        card.billYear = std::max(card.billYear, c.billYear);
    }
    card.finish(residents, firstYear);
    return card;
}

void HouseholdCard::finish(const Residents &residents, int firstYear)
{
    const Eigen::Index years = outlay.size();
    const Eigen::Index billIndex = billYear - firstYear;
    yearlyBillChange = billIndex >= 0 && billIndex < years ? billChange[billIndex] : 0.0;
    paybackYear.reset();
    paybackYears.reset();
    if (const std::optional<Eigen::Index> t = Payback::year(-outlay, cost)) {
        paybackYear = firstYear + int(*t);
        Eigen::Index first = 0;
        while (first < years && !(cost[first] > 0))
            ++first;
        paybackYears = int(*t - first);
    }
    unaffordableYears.reset();
    if (!residents.affordabilityShare || residents.medianIncome.isEmpty() || !(households > 0))
        return;
    QList<int> flagged;
    for (Eigen::Index t = 0; t < years; ++t) {
        const int year = firstYear + int(t);
        const double limit = *residents.affordabilityShare * residents.incomeIn(year).value_or(0);
        if (outlay[t] > limit)
            flagged.append(year);
    }
    unaffordableYears = flagged;
}

} // namespace zeroplan
