#include "PayerTable.h"

#include "Payback.h"
#include "engine/Results.h"

#include <map>

namespace zeroplan {
namespace {

// `x` split by `shares`: each party but the last gets x × share, the last the rest, so that
// the parts add up to x.
std::map<Party, YearSeries> splitSeries(const YearSeries &x, const std::vector<PartyShare> &shares)
{
    std::map<Party, YearSeries> parts;
    YearSeries rest = x;
    for (size_t i = 0; i < shares.size(); ++i) {
        if (i + 1 == shares.size()) {
            parts[shares[i].party] = rest;
        } else {
            parts[shares[i].party] = x * shares[i].share;
            rest -= parts[shares[i].party];
        }
    }
    return parts;
}

// The fixed amounts of `amounts` taken from `x` in the parties' order (kAllParties), each at
// most what is left of the year's money (nothing when none is left); `x` keeps the rest, for
// the shares. Years outside the horizon are left out.
std::map<Party, YearSeries> takeAmounts(YearSeries &x, const QList<PartyAmounts> &amounts,
                                        int firstYear)
{
    std::map<Party, YearSeries> parts;
    for (Party p : kAllParties) {
        YearSeries wanted = YearSeries::Zero(x.size());
        bool named = false;
        for (const PartyAmounts &pa : amounts) {
            if (pa.party != p)
                continue;
            named = true;
            for (const YearAmount &a : pa.amounts) {
                const Eigen::Index t = a.year - firstYear;
                if (t >= 0 && t < x.size())
                    wanted(t) += a.amount;
            }
        }
        if (!named)
            continue;
        const YearSeries taken = wanted.max(0.0).min(x.max(0.0));
        x -= taken;
        parts[p] = taken;
    }
    return parts;
}

// The parts of `b` added to those of `a`, party by party.
std::map<Party, YearSeries> merged(std::map<Party, YearSeries> a,
                                   const std::map<Party, YearSeries> &b)
{
    for (const auto &[party, series] : b) {
        auto [it, added] = a.try_emplace(party, series);
        if (!added)
            it->second += series;
    }
    return a;
}

void finish(PartyMoney &m, int firstYear, double discountRate)
{
    m.npv = Payback::presentValue(m.net(), discountRate);
    const std::optional<Eigen::Index> t = Payback::year(m.net(), m.capex + m.opex);
    m.paybackYear.reset();
    if (t)
        m.paybackYear = firstYear + int(*t);
}

} // namespace

const PartyMoney *PayerTable::find(Party party) const
{
    for (const PartyMoney &m : parties) {
        if (m.party == party)
            return &m;
    }
    return nullptr;
}

std::vector<PartyShare> PayerTable::normalised(const QList<PartyShare> &shares)
{
    double sum = 0;
    for (const PartyShare &s : shares)
        sum += s.share;
    std::vector<PartyShare> out;
    if (!(sum > 0))
        return {{Party::Unassigned, 1.0}};
    for (Party p : kAllParties) {
        double share = 0;
        bool named = false;
        for (const PartyShare &s : shares) {
            if (s.party == p) {
                share += s.share;
                named = true;
            }
        }
        if (named && share > 0)
            out.push_back({p, share / sum});
    }
    return out;
}

PayerTable PayerTable::of(const MeasureResult &result, const PayerSplit *split, int firstYear,
                          double discountRate)
{
    const QList<PartyShare> none;
    const QList<PartyAmounts> noAmounts;
    YearSeries capexLeft = result.capex;
    YearSeries opexLeft = result.opex;
    const std::map<Party, YearSeries> capexFixed =
        takeAmounts(capexLeft, split ? split->capexAmounts : noAmounts, firstYear);
    const std::map<Party, YearSeries> opexFixed =
        takeAmounts(opexLeft, split ? split->opexAmounts : noAmounts, firstYear);
    const std::map<Party, YearSeries> capex =
        merged(capexFixed, splitSeries(capexLeft, normalised(split ? split->capex : none)));
    const std::map<Party, YearSeries> opex =
        merged(opexFixed, splitSeries(opexLeft, normalised(split ? split->opex : none)));
    const std::map<Party, YearSeries> savings =
        splitSeries(result.savings, normalised(split ? split->savings : none));
    const YearSeries zero = YearSeries::Zero(result.capex.size());
    PayerTable table;
    table.measureId = result.measureId;
    for (Party p : kAllParties) {
        if (!capex.count(p) && !opex.count(p) && !savings.count(p))
            continue;
        PartyMoney m;
        m.party = p;
        m.capex = capex.count(p) ? capex.at(p) : zero;
        m.opex = opex.count(p) ? opex.at(p) : zero;
        m.savings = savings.count(p) ? savings.at(p) : zero;
        finish(m, firstYear, discountRate);
        table.parties.push_back(std::move(m));
    }
    return table;
}

PayerTable PayerTable::total(const std::vector<PayerTable> &tables, Eigen::Index years,
                             int firstYear, double discountRate)
{
    PayerTable total;
    for (Party p : kAllParties) {
        PartyMoney sum;
        sum.party = p;
        sum.capex = sum.opex = sum.savings = YearSeries::Zero(years);
        bool any = false;
        for (const PayerTable &t : tables) {
            if (const PartyMoney *m = t.find(p)) {
                sum.capex += m->capex;
                sum.opex += m->opex;
                sum.savings += m->savings;
                any = true;
            }
        }
        if (!any)
            continue;
        finish(sum, firstYear, discountRate);
        total.parties.push_back(std::move(sum));
    }
    return total;
}

} // namespace zeroplan
