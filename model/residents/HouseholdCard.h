#pragma once

#include "EigenTypes.h"
#include "PayerTable.h"

#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace zeroplan {

struct Measure;
struct Residents;

// What a typical household sees of a measure, or of a whole scenario (docs/residents.md,
// "The household card"): the residents' share of the money divided by the households reached.
struct HouseholdCard
{
    QString measureId;     // empty for a scenario's card
    double households = 0; // households reached (0: no per-household figures)
    // The residents' investment per household in the first purchase cycle (from the start
    // year for one lifetime), and the government subsidy per household in the same years.
    double upfront = 0;
    double subsidy = 0;
    YearSeries billChange;       // per household per year: residents' opex − residents' savings
    YearSeries outlay;           // per household per year: residents' capex + opex − savings
    YearSeries cost;             // per household per year: residents' capex + opex
    int billYear = 0;            // the first year of full adoption (a scenario: the last measure's)
    double yearlyBillChange = 0; // billChange in billYear; < 0: the bill falls
    std::optional<int> paybackYear;  // Payback::year of −outlay
    std::optional<int> paybackYears; // paybackYear − the year of the first outlay
    // Years in which the outlay is above the threshold share of the median income; none
    // when the plan gives no threshold or no income (affordability unknown).
    std::optional<QList<int>> unaffordableYears;

    // The card of one measure from its payer table; `level` is the scenario's level of it.
    static HouseholdCard ofMeasure(const PayerTable &table, const Measure &measure, double level,
                                   double communityHouseholds, const Residents &residents,
                                   int firstYear);
    // A household that takes part in every measure of `cards`: their sum.
    static HouseholdCard ofScenario(const std::vector<HouseholdCard> &cards,
                                    const Residents &residents, int firstYear, Eigen::Index years);

private:
    void finish(const Residents &residents, int firstYear);
};

} // namespace zeroplan
