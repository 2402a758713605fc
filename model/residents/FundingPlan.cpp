#include "FundingPlan.h"

#include "plan/Residents.h"

namespace zeroplan {
namespace {

// Gaps below this (plan currency) are rounding, not a shortfall.
constexpr double kShortfallTolerance = 1e-6;

} // namespace

bool FundingPlan::needsSource(Party party)
{
    return party == Party::Government || party == Party::Sponsors || party == Party::Crowdfunding;
}

YearSeries FundingPlan::amounts(const QList<YearAmount> &amounts, int firstYear, Eigen::Index years)
{
    YearSeries out = YearSeries::Zero(years);
    for (const YearAmount &a : amounts) {
        const Eigen::Index t = a.year - firstYear;
        if (t >= 0 && t < years)
            out[t] += a.amount;
    }
    return out;
}

FundingPlan FundingPlan::of(const PayerTable &total, const Residents &residents, int firstYear,
                            Eigen::Index years)
{
    FundingPlan plan;
    plan.shortfall = YearSeries::Zero(years);
    for (Party p : kAllParties) {
        FundingLine line;
        line.party = p;
        line.spending = line.sources = YearSeries::Zero(years);
        if (const PartyMoney *m = total.find(p))
            line.spending = m->capex + m->opex;
        bool named = false;
        for (const FundingSource &s : residents.funding) {
            if (s.pays() == p) {
                line.sources += amounts(s.amounts, firstYear, years);
                named = true;
            }
        }
        line.checked = named || needsSource(p);
        const bool spends = (line.spending.abs() > 0).any();
        if (!spends && !named)
            continue;
        if (line.checked)
            plan.shortfall += line.gap();
        plan.lines.push_back(std::move(line));
    }
    for (Eigen::Index t = 0; t < years; ++t) {
        if (plan.shortfall[t] > kShortfallTolerance)
            plan.shortfallYears.append(firstYear + int(t));
    }
    return plan;
}

} // namespace zeroplan
